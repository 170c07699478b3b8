// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MovePiecesCommand.h"

#include "PieceTransfer.h"

namespace galley {

MovePiecesCommand::MovePiecesCommand(ReviewDocument *document, QList<int> pieceIds, int targetArticleId, int targetIndex,
                                     QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QList<int> ids = PieceTransfer::inDocumentOrder(before(), pieceIds);
    setText(tr("Move %n piece(s)", nullptr, int(ids.size())));
    setResult(apply(before(), pieceIds, targetArticleId, targetIndex));
}

std::optional<Segmentation> MovePiecesCommand::apply(const Segmentation &seg, const QList<int> &pieceIds,
                                                     int targetArticleId, int targetIndex)
{
    const int t = seg.indexOfArticle(targetArticleId);
    if (t < 0 || !PieceTransfer::allExist(seg, pieceIds))
        return std::nullopt;
    const Article &target = seg.articles[t];
    if (targetIndex < -1 || targetIndex > target.pieces.size())
        return std::nullopt;
    const QList<int> ids = PieceTransfer::inDocumentOrder(seg, pieceIds);

    // The first piece at or after the drop position that stays where it is.
    int anchorId = -1;
    if (targetIndex >= 0) {
        for (int i = targetIndex; i < target.pieces.size() && anchorId < 0; ++i)
            if (!ids.contains(target.pieces[i].id))
                anchorId = target.pieces[i].id;
    }

    // A weak join asks whether a piece belongs to its article: moving it to another one answers it.
    QList<int> leaving;
    for (int id : ids)
        if (const auto [a, i] = seg.locatePiece(id); a < 0 || seg.articles[a].id != targetArticleId)
            leaving.append(id);

    Segmentation out = seg;
    PieceTransfer::Taken taken = PieceTransfer::take(out, ids);
    taken.flags.removeIf([&](const Flag &f) { return f.kind == QLatin1String("weak-join") && leaving.contains(f.pieceId); });
    for (Piece &p : taken.pieces)
        if (p.role == Role::Furniture)
            p.role = Role::Body;
    Article &dest = out.articles[out.indexOfArticle(targetArticleId)];
    const int at = anchorId >= 0 ? dest.indexOfPiece(anchorId) : int(dest.pieces.size());
    for (int k = 0; k < taken.pieces.size(); ++k)
        dest.pieces.insert(at + k, taken.pieces[k]);
    dest.flags.append(taken.flags);
    PieceTransfer::removeEmptyArticles(out);
    return out;
}

} // namespace galley
