// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OrderPiecesByPageCommand: "Order Pieces by Page Position" — puts pieces of one article in the
// order they stand on the page (span start in UTF-16 units of Page::text(); a scrambled table, rows
// the engine read in the wrong order), in one undo step.
//  - pieceIds empty: every piece of the article with page text; else only those pieces (all of
//    the article's). The ordered pieces take the places the chosen pieces held; every other piece
//    keeps its place. Editor-added pieces (block -1, no page text) are never moved.
//  - Pieces keep their ids, roles and paragraph joins.
// Obsolete for an unknown article, a piece not in it, or when the order is already the page's.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class OrderPiecesByPageCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(OrderPiecesByPageCommand)
public:
    OrderPiecesByPageCommand(ReviewDocument *document, int articleId, QList<int> pieceIds = {},
                             QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int articleId, const QList<int> &pieceIds = {});
};

} // namespace galley
