// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Segmentation.h"

#include <algorithm>

namespace galley {

std::pair<int, int> Segmentation::locatePiece(int pieceId) const
{
    for (int a = 0; a < articles.size(); ++a) {
        const int i = articles[a].indexOfPiece(pieceId);
        if (i >= 0)
            return {a, i};
    }
    for (int i = 0; i < furniture.size(); ++i)
        if (furniture[i].id == pieceId)
            return {-1, i};
    return {-1, -1};
}

const Piece *Segmentation::piece(int pieceId) const
{
    const auto [a, i] = locatePiece(pieceId);
    if (i < 0)
        return nullptr;
    return a < 0 ? &furniture[i] : &articles[a].pieces[i];
}

int Segmentation::indexOfArticle(int articleId) const
{
    for (int a = 0; a < articles.size(); ++a)
        if (articles[a].id == articleId)
            return a;
    return -1;
}

QList<Piece> Segmentation::allPieces() const
{
    QList<Piece> all = furniture;
    for (const Article &a : articles)
        all.append(a.pieces);
    std::stable_sort(all.begin(), all.end(), [](const Piece &x, const Piece &y) { return x.span.start < y.span.start; });
    return all;
}

int Segmentation::openFlagCount() const
{
    int n = 0;
    for (const Article &a : articles)
        n += a.openFlagCount();
    return n;
}

} // namespace galley
