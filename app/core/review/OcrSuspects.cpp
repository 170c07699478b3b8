// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrSuspects.h"

#include <QFile>
#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace galley {

namespace {

struct Confusions {
    QHash<char16_t, QList<char16_t>> han;            // a character → the others of its group, in order
    QList<std::pair<QString, QString>> latin;        // read → printed, both directions of every line
    QStringList hanWords;                            // known words ICU's dictionary splits
};

// data/ocr-confusions.txt, built in as a resource (see its header for the format and the source).
Confusions loadConfusions()
{
    Confusions c;
    QFile f(QStringLiteral(":/galley/review/ocr-confusions.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return c;
    enum { None, Han, HanWords, Latin } section = None;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line == QLatin1String("[han]")) {
            section = Han;
            continue;
        }
        if (line == QLatin1String("[han-words]")) {
            section = HanWords;
            continue;
        }
        if (line == QLatin1String("[latin]")) {
            section = Latin;
            continue;
        }
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (section == HanWords) {
            c.hanWords.append(line);
        } else if (section == Han) {
            for (const QString &a : parts)
                for (const QString &b : parts)
                    if (a != b && a.size() == 1 && b.size() == 1)
                        c.han[a.at(0).unicode()].append(b.at(0).unicode());
        } else if (section == Latin && parts.size() == 2) {
            c.latin.append({parts[0], parts[1]});
            c.latin.append({parts[1], parts[0]});
        }
    }
    return c;
}

const Confusions &confusions()
{
    static const Confusions c = loadConfusions();
    return c;
}

QString findWordList()
{
    const QString env = qEnvironmentVariable("GALLEY_WORDLIST");
    QStringList candidates;
    if (!env.isEmpty())
        candidates << env;
    candidates << QStringLiteral("/usr/share/dict/words") << QStringLiteral("/usr/share/dict/american-english")
               << QStringLiteral("/usr/share/dict/british-english");
    for (const QString &p : std::as_const(candidates))
        if (QFile::exists(p))
            return p;
    return {};
}

struct WordList {
    QString path;
    QSet<QString> words; // lower case
};

const WordList &wordList()
{
    static const WordList list = [] {
        WordList w;
        w.path = findWordList();
        QFile f(w.path);
        if (w.path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return WordList{};
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString word = QString::fromUtf8(raw).trimmed();
            if (!word.isEmpty() && !word.contains(u'\''))
                w.words.insert(word.toLower());
        }
        return w;
    }();
    return list;
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool allHan(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isHan);
}

// Word boundaries of ICU's dictionary-based word break iterator (UTF-16 offsets, 0 and size included).
class WordBreaks {
public:
    WordBreaks()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            m_iterator.reset();
    }
    bool valid() const { return bool(m_iterator); }
    std::vector<qsizetype> of(const QString &text)
    {
        std::vector<qsizetype> out;
        m_text = icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_iterator->setText(m_text);
        for (int32_t b = m_iterator->first(); b != icu::BreakIterator::DONE; b = m_iterator->next())
            out.push_back(b);
        return out;
    }
    /// The segment [start, end) holding position i.
    static std::pair<qsizetype, qsizetype> segment(const std::vector<qsizetype> &breaks, qsizetype i)
    {
        auto it = std::upper_bound(breaks.begin(), breaks.end(), i);
        const qsizetype end = it == breaks.end() ? breaks.back() : *it;
        const qsizetype start = it == breaks.begin() ? 0 : *(it - 1);
        return {start, end};
    }

private:
    std::unique_ptr<icu::BreakIterator> m_iterator;
    icu::UnicodeString m_text;
};

void hanSuspects(const QString &text, int pieceId, QList<OcrSuspect> &out)
{
    const Confusions &c = confusions();
    if (c.han.isEmpty())
        return;
    bool any = false;
    for (const QChar ch : text)
        any = any || c.han.contains(ch.unicode());
    if (!any)
        return;
    WordBreaks breaks;
    if (!breaks.valid())
        return;
    std::vector<qsizetype> words = breaks.of(text);
    // The known words ICU splits become one segment each (their inner breaks are dropped).
    for (const QString &w : c.hanWords)
        for (qsizetype at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.size()))
            words.erase(std::remove_if(words.begin(), words.end(), [&](qsizetype b) { return b > at && b < at + w.size(); }), words.end());
    constexpr qsizetype kWindow = 3; // characters either side tried with the other member
    qsizetype coveredUntil = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto found = c.han.constFind(text.at(i).unicode());
        if (found == c.han.cend() || i < coveredUntil)
            continue;
        const auto [s, e] = WordBreaks::segment(words, i);
        if (e - s >= 2 && allHan(QStringView(text).sliced(s, e - s)))
            continue; // part of a known word: 出口, 人口, 路口
        const qsizetype ws = std::max<qsizetype>(0, i - kWindow);
        const qsizetype we = std::min<qsizetype>(text.size(), i + kWindow + 1);
        for (const char16_t alternative : *found) {
            QString window = text.mid(ws, we - ws);
            window[i - ws] = QChar(alternative);
            const std::vector<qsizetype> wb = breaks.of(window);
            const auto [s2, e2] = WordBreaks::segment(wb, i - ws);
            if (e2 - s2 < 2 || !allHan(QStringView(window).sliced(s2, e2 - s2)))
                continue;
            // The new word must not cut into a word the text already has (由内蒙古: 由 → 田 makes 田内
            // but would break 内蒙古): every word it touches lies inside it, or is one character.
            bool cutsAWord = false;
            for (qsizetype at = ws + s2; at < ws + e2 && !cutsAWord;) {
                const auto [os, oe] = WordBreaks::segment(words, at);
                cutsAWord = oe - os >= 2 && (os < ws + s2 || oe > ws + e2);
                at = oe;
            }
            if (cutsAWord)
                continue;
            OcrSuspect suspect;
            suspect.pieceId = pieceId;
            suspect.start = ws + s2;
            suspect.length = e2 - s2;
            suspect.form = text.mid(suspect.start, suspect.length);
            suspect.suggestion = window.mid(s2, e2 - s2);
            out.append(suspect);
            coveredUntil = suspect.start + suspect.length;
            break;
        }
    }
}

bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && (c.script() == QChar::Script_Latin || c.isDigit());
}

void latinSuspects(const QString &text, int pieceId, QList<OcrSuspect> &out)
{
    const WordList &list = wordList();
    const Confusions &c = confusions();
    if (list.words.isEmpty() || c.latin.isEmpty())
        return;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isLatinWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isLatinWordChar(text.at(i)))
            ++i;
        const QString word = text.mid(start, i - start);
        const bool hasLetter = std::any_of(word.begin(), word.end(), [](QChar ch) { return ch.isLetter(); });
        if (word.size() < 3 || !hasLetter || list.words.contains(word.toLower()))
            continue;
        for (const auto &[read, printed] : c.latin) {
            QString suggestion;
            for (qsizetype at = word.indexOf(read); at >= 0 && suggestion.isEmpty(); at = word.indexOf(read, at + 1)) {
                const QString candidate = QString(word).replace(at, read.size(), printed);
                if (list.words.contains(candidate.toLower()))
                    suggestion = candidate;
            }
            if (!suggestion.isEmpty()) {
                out.append({pieceId, start, word.size(), word, suggestion});
                break;
            }
        }
    }
}

} // namespace

QList<OcrSuspect> OcrSuspects::inText(const QString &text, int pieceId)
{
    QList<OcrSuspect> out;
    hanSuspects(text, pieceId, out);
    latinSuspects(text, pieceId, out);
    std::stable_sort(out.begin(), out.end(), [](const OcrSuspect &a, const OcrSuspect &b) { return a.start < b.start; });
    return out;
}

QList<OcrSuspect> OcrSuspects::find(const ReviewDocument &document)
{
    QList<OcrSuspect> out;
    const Segmentation &seg = document.segmentation();
    for (const Article &a : seg.articles)
        for (const Piece &p : a.pieces)
            out += inText(document.pieceText(p.id), p.id);
    for (const Piece &p : seg.furniture)
        out += inText(document.pieceText(p.id), p.id);
    return out;
}

QList<OcrErrorSeries> OcrSuspects::series(const QList<OcrSuspect> &suspects)
{
    QList<OcrErrorSeries> out;
    QHash<QString, qsizetype> index; // form + U+001F + suggestion → position in out (lookup only)
    for (const OcrSuspect &s : suspects) {
        const QString key = s.form + QChar(0x1F) + s.suggestion;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out.append({s.form, s.suggestion, {}});
        }
        out[*it].occurrences.append(s);
    }
    std::stable_sort(out.begin(), out.end(), [](const OcrErrorSeries &a, const OcrErrorSeries &b) {
        if (a.occurrences.size() != b.occurrences.size())
            return a.occurrences.size() > b.occurrences.size();
        return a.form < b.form || (a.form == b.form && a.suggestion < b.suggestion);
    });
    return out;
}

QHash<int, QString> OcrSuspects::fixTexts(const ReviewDocument &document, const QList<OcrSuspect> &occurrences,
                                         const QString &replacement)
{
    QHash<int, QList<OcrSuspect>> byPiece;
    for (const OcrSuspect &s : occurrences)
        byPiece[s.pieceId].append(s);
    QHash<int, QString> out;
    for (auto it = byPiece.begin(); it != byPiece.end(); ++it) {
        QList<OcrSuspect> list = it.value();
        // From the end, so earlier offsets stay right.
        std::sort(list.begin(), list.end(), [](const OcrSuspect &a, const OcrSuspect &b) { return a.start > b.start; });
        QString text = document.pieceText(it.key());
        const QString before = text;
        qsizetype limit = text.size();
        for (const OcrSuspect &s : std::as_const(list)) {
            if (s.start < 0 || s.start + s.length > limit || QStringView(text).sliced(s.start, s.length) != s.form)
                continue; // changed since it was found, or overlapping the one after
            text.replace(s.start, s.length, replacement);
            limit = s.start;
        }
        if (text != before)
            out.insert(it.key(), text);
    }
    return out;
}

bool OcrSuspects::wordListAvailable()
{
    return !wordList().words.isEmpty();
}

QString OcrSuspects::wordListPath()
{
    return wordList().path;
}

} // namespace galley
