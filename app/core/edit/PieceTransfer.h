// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PieceTransfer: the building blocks the structure-edit commands compose their pure functions from —
// taking pieces out of a Segmentation (with the flags that are about them), putting them into an
// article, dropping articles left empty. Works on Segmentation values only (no document, no undo).
// Piece ids are never changed here.
#include "model/Segmentation.h"

#include <QList>

namespace galley {

class PieceTransfer {
public:
    struct Taken {
        QList<Piece> pieces; ///< in document order (articles in order, then furniture)
        QList<Flag> flags;   ///< flags of the articles the pieces left that were about them
    };

    /// Whether every id names a piece of seg (articles or furniture) and the list is not empty.
    static bool allExist(const Segmentation &seg, const QList<int> &pieceIds);
    /// Removes the pieces with the given ids from seg (articles and furniture). Unknown ids are skipped.
    static Taken take(Segmentation &seg, const QList<int> &pieceIds);
    /// Removes articles without pieces. Returns how many were removed.
    static int removeEmptyArticles(Segmentation &seg);
    /// Inserts pieces into furniture, keeping furniture ordered by span start; sets their role to
    /// Role::Furniture and clears continuesParagraph.
    static void addToFurniture(Segmentation &seg, QList<Piece> pieces);
    /// Document order of a piece: (article index, piece index), furniture after all articles.
    static std::pair<int, int> documentPosition(const Segmentation &seg, int pieceId);
    /// The ids sorted by documentPosition, duplicates and unknown ids dropped.
    static QList<int> inDocumentOrder(const Segmentation &seg, const QList<int> &pieceIds);
};

} // namespace galley
