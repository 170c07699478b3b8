// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagChecker.h"

#include "model/ReviewDocument.h"
#include "segment/LanguageCues.h"

namespace galley {

namespace {

/// True when the piece at index i of article ends its paragraph: no later lead or body piece
/// continues it before another paragraph starts.
bool endsParagraph(const Article &article, int i)
{
    for (int j = i + 1; j < article.pieces.size(); ++j)
        if (isBodyRole(article.pieces[j].role))
            return !article.pieces[j].continuesParagraph;
    return true;
}

bool hasHeadlineText(const ReviewDocument &document, const Article &article)
{
    for (const Piece &p : article.pieces)
        if (p.role == Role::Headline && !document.pieceText(p.id).trimmed().isEmpty())
            return true;
    return false;
}

} // namespace

bool FlagChecker::isFixed(const ReviewDocument &document, const Article &article, const Flag &flag)
{
    if (flag.kind == QLatin1String("no-headline"))
        return hasHeadlineText(document, article);
    const int i = article.indexOfPiece(flag.pieceId);
    if (i < 0)
        return true;
    const Piece &p = article.pieces[i];
    if (flag.kind == QLatin1String("orphan-headline"))
        return p.role != Role::Headline;
    if (flag.kind == QLatin1String("weak-continuation"))
        return !isBodyRole(p.role) || !p.continuesParagraph;
    if (flag.kind == QLatin1String("weak-join"))
        return false; // the piece is still in the article: whether it belongs is the editor's call
    if (flag.kind == QLatin1String("orphan-fragment"))
        return p.role != Role::Body || p.continuesParagraph;
    if (flag.kind == QLatin1String("open-end"))
        return !isBodyRole(p.role) || !endsParagraph(article, i)
               || LanguageCues::endsSentence(document.pieceText(p.id).trimmed());
    return false;
}

} // namespace galley
