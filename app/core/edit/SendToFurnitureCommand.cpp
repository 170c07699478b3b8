// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendToFurnitureCommand.h"

#include "PieceTransfer.h"

namespace galley {

SendToFurnitureCommand::SendToFurnitureCommand(ReviewDocument *document, QList<int> pieceIds, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QList<int> ids = PieceTransfer::inDocumentOrder(before(), pieceIds);
    setText(tr("Send %n piece(s) to page furniture", nullptr, int(ids.size())));
    setResult(apply(before(), pieceIds));
}

std::optional<Segmentation> SendToFurnitureCommand::apply(const Segmentation &seg, const QList<int> &pieceIds)
{
    if (!PieceTransfer::allExist(seg, pieceIds))
        return std::nullopt;
    QList<int> inArticles;
    for (int id : pieceIds)
        if (seg.locatePiece(id).first >= 0 && !inArticles.contains(id))
            inArticles.append(id);
    if (inArticles.isEmpty())
        return std::nullopt;
    Segmentation out = seg;
    PieceTransfer::Taken taken = PieceTransfer::take(out, inArticles);
    PieceTransfer::addToFurniture(out, taken.pieces);
    PieceTransfer::removeEmptyArticles(out);
    return out;
}

} // namespace galley
