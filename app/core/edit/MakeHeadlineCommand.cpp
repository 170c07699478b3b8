// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MakeHeadlineCommand.h"

namespace galley {

MakeHeadlineCommand::MakeHeadlineCommand(ReviewDocument *document, int pieceId, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Make headline"));
    setResult(apply(before(), pieceId));
}

std::optional<Segmentation> MakeHeadlineCommand::apply(const Segmentation &seg, int pieceId)
{
    const auto [a, i] = seg.locatePiece(pieceId);
    if (a < 0 || i < 0)
        return std::nullopt;
    const Article &article = seg.articles[a];
    if (article.pieces[i].role == Role::Headline) {
        bool otherHeadline = false;
        for (const Piece &p : article.pieces)
            otherHeadline |= p.role == Role::Headline && p.id != pieceId;
        if (!otherHeadline)
            return std::nullopt;
    }
    Segmentation out = seg;
    QList<Piece> &pieces = out.articles[a].pieces;
    Piece piece = pieces.takeAt(i);
    int oldHeadline = -1;
    for (int k = 0; k < pieces.size(); ++k) {
        if (pieces[k].role == Role::Headline) {
            if (oldHeadline < 0)
                oldHeadline = k;
            pieces[k].role = Role::Subheadline;
        }
    }
    int at = oldHeadline;
    if (at < 0) {
        at = 0;
        while (at < pieces.size() && pieces[at].role == Role::Kicker)
            ++at;
    }
    piece.role = Role::Headline;
    piece.continuesParagraph = false;
    pieces.insert(at, piece);
    return out;
}

} // namespace galley
