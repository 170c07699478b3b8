// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include "segment/ScriptClass.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace galley {

namespace {

QRegularExpression expressionFor(const SearchOptions &o)
{
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!o.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(o.regularExpression ? o.pattern : QRegularExpression::escape(o.pattern), flags);
}

// A character that forms words with its neighbours: letters of spaced scripts, digits, marks.
bool isWordChar(char32_t c)
{
    if (!c)
        return false;
    if (script::isNoSpace(c))
        return false;
    return script::isSpacedLetter(c) || QChar::isDigit(c) || QChar::isMark(c) || c == U'_';
}

bool isWholeWord(const QString &text, qsizetype start, qsizetype end)
{
    const char32_t first = script::codePointAt(text, start);
    const char32_t last = script::codePointBefore(text, end);
    const char32_t before = script::codePointBefore(text, start);
    const char32_t after = script::codePointAt(text, end);
    if (isWordChar(first) && isWordChar(before))
        return false;
    if (isWordChar(last) && isWordChar(after))
        return false;
    return true;
}

QString expand(const QString &replacement, const QRegularExpressionMatch &m)
{
    QString out;
    out.reserve(replacement.size());
    const qsizetype n = replacement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = replacement[i];
        if ((c == u'\\' || c == u'$') && i + 1 < n) {
            const QChar d = replacement[i + 1];
            if (d == c) {
                out += c;
                ++i;
                continue;
            }
            if (d.isDigit()) {
                int group = d.digitValue();
                qsizetype j = i + 2;
                if (j < n && replacement[j].isDigit() && group * 10 + replacement[j].digitValue() <= m.lastCapturedIndex()) {
                    group = group * 10 + replacement[j].digitValue();
                    ++j;
                }
                out += m.captured(group);
                i = j - 1;
                continue;
            }
            if (c == u'$' && d == u'{') {
                const qsizetype close = replacement.indexOf(u'}', i + 2);
                if (close > 0) {
                    out += m.captured(replacement.sliced(i + 2, close - i - 2));
                    i = close;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString TextSearch::patternError(const SearchOptions &options)
{
    if (options.pattern.isEmpty())
        return QCoreApplication::translate("TextSearch", "Nothing to search for");
    const QRegularExpression re = expressionFor(options);
    if (!re.isValid())
        return QCoreApplication::translate("TextSearch", "Invalid regular expression at position %1: %2")
            .arg(re.patternErrorOffset())
            .arg(re.errorString());
    return QString();
}

QList<int> TextSearch::piecesInScope(const ReviewDocument &document, const SearchOptions &options)
{
    QList<int> ids;
    const Segmentation &seg = document.segmentation();
    if (options.scope == SearchOptions::Scope::Article) {
        const int a = seg.indexOfArticle(options.articleId);
        if (a >= 0)
            for (const Piece &p : seg.articles[a].pieces)
                ids.append(p.id);
        return ids;
    }
    for (const Article &a : seg.articles)
        for (const Piece &p : a.pieces)
            ids.append(p.id);
    for (const Piece &p : seg.furniture)
        ids.append(p.id);
    return ids;
}

namespace {

// The matches of an already compiled expression in one piece's text (compiling once per search, not
// once per piece, is what keeps a page-wide search fast).
QList<SearchMatch> matchesIn(const QRegularExpression &re, const QString &text, const SearchOptions &options,
                             const QString &replacement, int pieceId)
{
    QList<SearchMatch> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        if (options.wholeWord && !isWholeWord(text, m.capturedStart(), m.capturedEnd()))
            continue;
        SearchMatch match;
        match.pieceId = pieceId;
        match.start = m.capturedStart();
        match.length = m.capturedLength();
        match.replacement = options.regularExpression ? expand(replacement, m) : replacement;
        out.append(match);
    }
    return out;
}

} // namespace

QList<SearchMatch> TextSearch::findInText(const QString &text, const SearchOptions &options, const QString &replacement,
                                          int pieceId)
{
    if (options.pattern.isEmpty())
        return {};
    const QRegularExpression re = expressionFor(options);
    if (!re.isValid())
        return {};
    return matchesIn(re, text, options, replacement, pieceId);
}

QList<SearchMatch> TextSearch::find(const ReviewDocument &document, const SearchOptions &options,
                                    const QString &replacement)
{
    QList<SearchMatch> out;
    const QRegularExpression re = expressionFor(options);
    if (options.pattern.isEmpty() || !re.isValid())
        return out;
    for (int id : piecesInScope(document, options))
        out.append(matchesIn(re, document.pieceText(id), options, replacement, id));
    return out;
}

QHash<int, QString> TextSearch::replaceOne(const ReviewDocument &document, const SearchMatch &match)
{
    const QString text = document.pieceText(match.pieceId);
    if (match.start < 0 || match.length < 0 || match.start + match.length > text.size())
        return {};
    QString result = text;
    result.replace(match.start, match.length, match.replacement);
    if (result == text)
        return {};
    return {{match.pieceId, result}};
}

QHash<int, QString> TextSearch::replaceAll(const ReviewDocument &document, const SearchOptions &options,
                                           const QString &replacement)
{
    QHash<int, QString> out;
    const QRegularExpression re = expressionFor(options);
    if (options.pattern.isEmpty() || !re.isValid())
        return out;
    for (int id : piecesInScope(document, options)) {
        const QString text = document.pieceText(id);
        const QList<SearchMatch> matches = matchesIn(re, text, options, replacement, id);
        if (matches.isEmpty())
            continue;
        QString result;
        qsizetype pos = 0;
        for (const SearchMatch &m : matches) {
            result += QStringView(text).sliced(pos, m.start - pos);
            result += m.replacement;
            pos = m.start + m.length;
        }
        result += QStringView(text).sliced(pos);
        if (result != text)
            out.insert(id, result);
    }
    return out;
}

} // namespace galley
