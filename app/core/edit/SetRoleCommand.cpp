// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetRoleCommand.h"

#include "PieceTransfer.h"
#include "SendToFurnitureCommand.h"

namespace galley {

SetRoleCommand::SetRoleCommand(ReviewDocument *document, QList<int> pieceIds, Role role, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QList<int> ids = PieceTransfer::inDocumentOrder(before(), pieceIds);
    setText(tr("Set role of %n piece(s) to %1", nullptr, int(ids.size())).arg(roleDisplayName(role)));
    setResult(apply(before(), pieceIds, role));
}

std::optional<Segmentation> SetRoleCommand::apply(const Segmentation &seg, const QList<int> &pieceIds, Role role)
{
    if (!PieceTransfer::allExist(seg, pieceIds))
        return std::nullopt;
    if (role == Role::Furniture)
        return SendToFurnitureCommand::apply(seg, pieceIds);
    Segmentation out = seg;
    for (int id : pieceIds) {
        const auto [a, i] = out.locatePiece(id);
        Piece &p = a < 0 ? out.furniture[i] : out.articles[a].pieces[i];
        p.role = role;
    }
    return out;
}

} // namespace galley
