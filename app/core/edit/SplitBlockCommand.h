// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SplitBlockCommand: splits a piece at the cursor — for a block that holds two interleaved column
// fragments. The piece keeps its id and the part before splitAt; a new piece (id from
// Segmentation::nextPieceId, same block, role and confidence, not continuing a paragraph) gets the
// part from splitAt on and follows it directly in the same article (or the furniture). White space
// at the cut is left out of both spans.
// splitAt is a UTF-16 offset in the page text (not in the piece). A correction of the piece cannot
// be cut reliably and is removed (undo restores it).
// Obsolete when the piece is unknown or either part would hold no text.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class SplitBlockCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SplitBlockCommand)
public:
    SplitBlockCommand(ReviewDocument *document, int pieceId, qsizetype splitAt, QUndoCommand *parent = nullptr);

    /// The id of the new second piece (valid when not obsolete).
    int newPieceId() const { return m_newPieceId; }

    static std::optional<Segmentation> apply(const Segmentation &seg, const Page &page, int pieceId, qsizetype splitAt);

    /// The page position (UTF-16 units of Page::text()) of a cursor position in the text the editor
    /// sees for the piece (ReviewDocument::pieceText(), wrap-repaired), for splitting at the cursor.
    /// -1 if the piece is unknown, has a correction (its text no longer follows the page) or the
    /// offset lies outside the text.
    static qsizetype pageOffset(const ReviewDocument &document, int pieceId, qsizetype textOffset);

private:
    int m_newPieceId = 0;
};

} // namespace galley
