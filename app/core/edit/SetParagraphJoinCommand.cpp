// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetParagraphJoinCommand.h"

namespace galley {

SetParagraphJoinCommand::SetParagraphJoinCommand(ReviewDocument *document, int pieceId, bool continuesParagraph,
                                                 QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(continuesParagraph ? tr("Join to previous paragraph") : tr("Break paragraph"));
    setResult(apply(before(), pieceId, continuesParagraph));
}

std::optional<Segmentation> SetParagraphJoinCommand::apply(const Segmentation &seg, int pieceId, bool continuesParagraph)
{
    const auto [a, i] = seg.locatePiece(pieceId);
    if (a < 0 || i < 0)
        return std::nullopt;
    Segmentation out = seg;
    out.articles[a].pieces[i].continuesParagraph = continuesParagraph;
    return out;
}

} // namespace galley
