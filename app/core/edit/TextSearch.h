// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextSearch: find and replace over the text an editor sees (ReviewDocument::pieceText(): the
// correction if there is one, else the wrap-repaired page text) — never over the raw page.
//  - Scope Article: the pieces of SearchOptions::articleId in reading order. Scope Page: the pieces of
//    every article in article order, then the page furniture.
//  - Plain text or a regular expression (QRegularExpression, Perl syntax); case-insensitive unless
//    caseSensitive. Empty matches (e.g. of "x*") are skipped. An invalid expression finds nothing;
//    patternError() says why.
//  - Whole word: the match must not be glued to a word character of a spaced script (Latin,
//    Cyrillic, Greek, Hangul …) or a digit on either side. Han and other scripts written without
//    spaces have no word boundaries in the text, so a match that starts or ends with such a character
//    counts as a whole word on that side.
//  - Replacement: plain text, or with a regular expression \0…\99 and $0…$99 insert captured groups,
//    ${name} a named group, \\ and $$ a literal backslash or dollar.
// Offsets are UTF-16 units into ReviewDocument::pieceText(pieceId).
#include "model/ReviewDocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace galley {

struct SearchOptions {
    enum class Scope { Article, Page };
    QString pattern;
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWord = false;
    Scope scope = Scope::Page;
    int articleId = 0; ///< for Scope::Article
};

struct SearchMatch {
    int pieceId = 0;
    qsizetype start = 0;  ///< UTF-16 units into pieceText(pieceId)
    qsizetype length = 0;
    QString replacement;  ///< what the match becomes with the replacement given to find()

    friend bool operator==(const SearchMatch &, const SearchMatch &) = default;
};

class TextSearch {
public:
    /// Every match in scope, in scope order and by position within a piece.
    static QList<SearchMatch> find(const ReviewDocument &document, const SearchOptions &options,
                                   const QString &replacement = {});
    /// New text of every piece in scope that has a match (pieces without one are left out), for
    /// ReplaceAllCommand.
    static QHash<int, QString> replaceAll(const ReviewDocument &document, const SearchOptions &options,
                                          const QString &replacement);
    /// New text of the match's piece with only that match replaced (Replace / Replace & Find Next), for
    /// ReplaceAllCommand: empty when the match no longer fits the piece's current text (it changed since
    /// the search) or nothing would change. Offsets: UTF-16 units of pieceText().
    static QHash<int, QString> replaceOne(const ReviewDocument &document, const SearchMatch &match);
    /// Empty if options.pattern can be searched for, else a message for the find bar.
    static QString patternError(const SearchOptions &options);
    /// The pieces searched, in order.
    static QList<int> piecesInScope(const ReviewDocument &document, const SearchOptions &options);
    /// Matches in one text (for callers that search text not in a document, e.g. a field being edited).
    static QList<SearchMatch> findInText(const QString &text, const SearchOptions &options,
                                         const QString &replacement = {}, int pieceId = 0);
};

} // namespace galley
