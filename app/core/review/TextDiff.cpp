// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDiff.h"

#include <QChar>

#include <algorithm>
#include <vector>

namespace galley {

namespace {

// A letter or digit of a script written with spaces between words.
bool isWordChar(char32_t c)
{
    if (!QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Mark_NonSpacing)
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return false;
    default:
        return true;
    }
}

void append(QList<DiffRun> &runs, DiffRun::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().text += text;
    else
        runs.append({kind, text});
}

// Myers' greedy forward search with the V arrays kept per step for the walk back.
// Returns false when more than maxEdits edits would be needed.
bool myers(const QStringList &a, const QStringList &b, int maxEdits, QList<DiffRun> &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, maxEdits);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)]; // down: an insertion
            else
                x = v[size_t(offset + k - 1)] + 1; // right: a deletion
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Walk back from (n, m), collecting the steps in reverse.
    struct Step { DiffRun::Kind kind; int index; };
    std::vector<Step> steps;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            --x;
            --y;
            steps.push_back({DiffRun::Kind::Same, x});
        }
        if (down)
            steps.push_back({DiffRun::Kind::Inserted, --y});
        else
            steps.push_back({DiffRun::Kind::Deleted, --x});
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        steps.push_back({DiffRun::Kind::Same, x});
    }
    // Forward, with a change's deletions before its insertions.
    std::reverse(steps.begin(), steps.end());
    QString deleted, inserted;
    auto flush = [&] {
        append(out, DiffRun::Kind::Deleted, deleted);
        append(out, DiffRun::Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const Step &s : steps) {
        if (s.kind == DiffRun::Kind::Same) {
            flush();
            append(out, DiffRun::Kind::Same, a[s.index]);
        } else if (s.kind == DiffRun::Kind::Deleted) {
            deleted += a[s.index];
        } else {
            inserted += b[s.index];
        }
    }
    flush();
    return true;
}

} // namespace

QStringList TextDiff::tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        char32_t c = text.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(char16_t(c)) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        i += len;
        if (isWordChar(c)) {
            while (i < text.size()) {
                char32_t d = text.at(i).unicode();
                qsizetype dl = 1;
                if (QChar::isHighSurrogate(char16_t(d)) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                    d = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                    dl = 2;
                }
                if (!isWordChar(d))
                    break;
                i += dl;
            }
        }
        out << text.mid(start, i - start);
    }
    return out;
}

TextDiff::Stretch TextDiff::changedStretch(const QString &before, const QString &after)
{
    Stretch s;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (s.prefix < shorter && before[s.prefix] == after[s.prefix])
        ++s.prefix;
    while (s.suffix < shorter - s.prefix && before[before.size() - 1 - s.suffix] == after[after.size() - 1 - s.suffix])
        ++s.suffix;
    while (s.prefix > 0 && before[s.prefix - 1].isHighSurrogate())
        --s.prefix;
    while (s.suffix > 0 && before[before.size() - s.suffix].isLowSurrogate())
        --s.suffix;
    return s;
}

QList<DiffRun> TextDiff::diff(const QString &before, const QString &after)
{
    QList<DiffRun> runs;
    if (before == after) {
        append(runs, DiffRun::Kind::Same, before);
        return runs;
    }
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    append(runs, DiffRun::Kind::Same, a.mid(0, prefix).join(QString()));
    const QStringList midA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList midB = b.mid(prefix, b.size() - prefix - suffix);
    QList<DiffRun> middle;
    if (!myers(midA, midB, kMaxEdits, middle)) {
        middle.clear();
        append(middle, DiffRun::Kind::Deleted, midA.join(QString()));
        append(middle, DiffRun::Kind::Inserted, midB.join(QString()));
    }
    for (const DiffRun &r : std::as_const(middle))
        append(runs, r.kind, r.text);
    append(runs, DiffRun::Kind::Same, a.mid(a.size() - suffix).join(QString()));
    return runs;
}

QList<PieceDiff> ArticleDiff::forArticle(const ReviewDocument &document, int articleId)
{
    QList<PieceDiff> out;
    const Segmentation &seg = document.segmentation();
    const auto it = std::find_if(seg.articles.cbegin(), seg.articles.cend(), [&](const Article &a) { return a.id == articleId; });
    if (it == seg.articles.cend())
        return out;
    for (const Piece &p : it->pieces) {
        PieceDiff d;
        d.pieceId = p.id;
        d.role = p.role;
        d.corrected = document.hasCorrection(p.id);
        d.editorPiece = p.block < 0;
        const QString now = document.pieceText(p.id);
        if (d.editorPiece)
            append(d.runs, DiffRun::Kind::Inserted, now);
        else if (!d.corrected)
            append(d.runs, DiffRun::Kind::Same, now);
        else
            d.runs = TextDiff::diff(document.repairedPieceText(p.id), now);
        out.append(d);
    }
    return out;
}

} // namespace galley
