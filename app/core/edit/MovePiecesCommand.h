// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MovePiecesCommand: moves pieces (from any articles and/or the page furniture) into an article —
// a drag and drop in the article panel, also within one article.
//  - The moved pieces keep their ids, roles and paragraph joins (pieces from the furniture become
//    Body) and keep the order they had in the document (articles in order, then furniture).
//  - targetIndex is a drop position in the target article as it is before the move (0 = before its
//    first piece, its piece count or -1 = at the end); pieces of the target itself that are moved
//    are accounted for.
//  - Flags about the moved pieces go along, but a "weak-join" flag (does the piece belong to its
//    article?) of a piece moved to another article is dropped: the move answers it. Articles left
//    without pieces are removed (an empty article has nothing to review or export; undo brings it
//    back).
// Obsolete when an id is unknown, the target index is out of range, or nothing would change.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class MovePiecesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(MovePiecesCommand)
public:
    MovePiecesCommand(ReviewDocument *document, QList<int> pieceIds, int targetArticleId, int targetIndex = -1,
                      QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &pieceIds, int targetArticleId,
                                             int targetIndex = -1);
};

} // namespace galley
