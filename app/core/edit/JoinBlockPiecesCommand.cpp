// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinBlockPiecesCommand.h"

#include "PieceTransfer.h"

namespace galley {

JoinBlockPiecesCommand::JoinBlockPiecesCommand(ReviewDocument *document, int pieceId, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Join block fragments"));
    if (!document)
        return;
    const int other = nextPieceOfBlock(before(), pieceId);
    setResult(apply(before(), pieceId));
    if (!isObsolete() && (document->hasCorrection(pieceId) || document->hasCorrection(other))) {
        QHash<int, QString> corrections = document->corrections();
        corrections.remove(pieceId);
        corrections.remove(other);
        setCorrectionsAfter(corrections);
    }
}

int JoinBlockPiecesCommand::nextPieceOfBlock(const Segmentation &seg, int pieceId)
{
    const Piece *piece = seg.piece(pieceId);
    if (!piece || piece->block < 0)
        return -1;
    const Piece *best = nullptr;
    for (const Piece &p : seg.allPieces())
        if (p.block == piece->block && p.id != pieceId && p.span.start >= piece->span.end
            && (!best || p.span.start < best->span.start))
            best = seg.piece(p.id);
    return best ? best->id : -1;
}

std::optional<Segmentation> JoinBlockPiecesCommand::apply(const Segmentation &seg, int pieceId)
{
    const int otherId = nextPieceOfBlock(seg, pieceId);
    if (otherId < 0)
        return std::nullopt;
    Segmentation out = seg;
    const qsizetype end = seg.piece(otherId)->span.end;
    PieceTransfer::take(out, {otherId});
    const auto [a, i] = out.locatePiece(pieceId);
    Piece &kept = a < 0 ? out.furniture[i] : out.articles[a].pieces[i];
    kept.span.end = end;
    PieceTransfer::removeEmptyArticles(out);
    return out;
}

} // namespace galley
