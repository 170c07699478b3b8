// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Segmentation: what the engine (and then the editor) made of one page: its articles in page order
// and the pieces that belong to no article (page furniture). A plain value: copying is cheap
// (implicitly shared lists), which is what the undo commands rely on.
#include "Article.h"

#include <QList>

namespace galley {

struct Segmentation {
    QList<Article> articles;
    QList<Piece> furniture;
    int nextPieceId = 1;
    int nextArticleId = 1;

    /// Article index and piece index of the piece with id; {-1, i} for furniture, {-1, -1} if absent.
    std::pair<int, int> locatePiece(int pieceId) const;
    const Piece *piece(int pieceId) const;
    int indexOfArticle(int articleId) const;
    /// Pieces of all articles and furniture, ordered by span start.
    QList<Piece> allPieces() const;
    int openFlagCount() const;

    friend bool operator==(const Segmentation &, const Segmentation &) = default;
};

} // namespace galley
