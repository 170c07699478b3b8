// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JoinBlockPiecesCommand: the inverse of SplitBlockCommand — joins a piece with the piece of the
// same block that follows it on the page (the next fragment of that block). The piece keeps its id,
// place, role and join; its span grows to the end of the other piece, which is removed (with any
// flag and correction of it; undo restores them). A correction of the kept piece is removed too,
// as its text no longer matches the span. Articles left empty are removed.
// Obsolete when the piece is unknown or no later piece of its block exists.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class JoinBlockPiecesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(JoinBlockPiecesCommand)
public:
    JoinBlockPiecesCommand(ReviewDocument *document, int pieceId, QUndoCommand *parent = nullptr);

    /// Id of the piece of the same block that follows pieceId on the page, or -1.
    static int nextPieceOfBlock(const Segmentation &seg, int pieceId);
    static std::optional<Segmentation> apply(const Segmentation &seg, int pieceId);
};

} // namespace galley
