// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewArticleCommand.h"

#include "PieceTransfer.h"

namespace galley {

NewArticleCommand::NewArticleCommand(ReviewDocument *document, QList<int> pieceIds, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QList<int> ids = PieceTransfer::inDocumentOrder(before(), pieceIds);
    setText(tr("New article from %n piece(s)", nullptr, int(ids.size())));
    if (!PieceTransfer::allExist(before(), pieceIds))
        return;
    m_articleId = before().nextArticleId;
    setResult(apply(before(), pieceIds));
}

std::optional<Segmentation> NewArticleCommand::apply(const Segmentation &seg, const QList<int> &pieceIds)
{
    if (!PieceTransfer::allExist(seg, pieceIds))
        return std::nullopt;
    Segmentation out = seg;
    const QList<int> ids = PieceTransfer::inDocumentOrder(seg, pieceIds);
    const int firstArticle = seg.locatePiece(ids.first()).first;
    const int anchorId = firstArticle >= 0 ? seg.articles[firstArticle].id : -1;

    PieceTransfer::Taken taken = PieceTransfer::take(out, ids);
    Article article;
    article.id = out.nextArticleId++;
    article.pieces = taken.pieces;
    article.flags = taken.flags;
    if (!article.pieces.isEmpty())
        article.pieces.first().continuesParagraph = false;
    for (Piece &p : article.pieces)
        if (p.role == Role::Furniture)
            p.role = Role::Body;

    const int anchor = out.indexOfArticle(anchorId);
    out.articles.insert(anchor >= 0 ? anchor + 1 : out.articles.size(), article);
    PieceTransfer::removeEmptyArticles(out);
    return out;
}

} // namespace galley
