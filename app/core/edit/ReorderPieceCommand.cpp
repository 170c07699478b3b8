// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderPieceCommand.h"

#include <algorithm>

namespace galley {

ReorderPieceCommand::ReorderPieceCommand(ReviewDocument *document, int pieceId, int delta, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(delta < 0 ? tr("Move piece up") : tr("Move piece down"));
    setResult(apply(before(), pieceId, delta));
}

std::optional<Segmentation> ReorderPieceCommand::apply(const Segmentation &seg, int pieceId, int delta)
{
    const auto [a, i] = seg.locatePiece(pieceId);
    if (a < 0 || i < 0 || delta == 0)
        return std::nullopt;
    const int to = std::clamp(i + delta, 0, int(seg.articles[a].pieces.size()) - 1);
    if (to == i)
        return std::nullopt;
    Segmentation out = seg;
    out.articles[a].pieces.move(i, to);
    return out;
}

} // namespace galley
