// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitArticleCommand.h"

#include "PieceTransfer.h"

namespace galley {

SplitArticleCommand::SplitArticleCommand(ReviewDocument *document, int articleId, int beforePieceId, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Split article"));
    setResult(apply(before(), articleId, beforePieceId));
}

std::optional<Segmentation> SplitArticleCommand::apply(const Segmentation &seg, int articleId, int beforePieceId)
{
    const int a = seg.indexOfArticle(articleId);
    if (a < 0)
        return std::nullopt;
    const int at = seg.articles[a].indexOfPiece(beforePieceId);
    if (at <= 0)
        return std::nullopt;
    Segmentation out = seg;
    QList<int> moving;
    for (int i = at; i < seg.articles[a].pieces.size(); ++i)
        moving.append(seg.articles[a].pieces[i].id);
    PieceTransfer::Taken taken = PieceTransfer::take(out, moving);
    Article article;
    article.id = out.nextArticleId++;
    article.pieces = taken.pieces;
    article.pieces.first().continuesParagraph = false;
    article.flags = taken.flags;
    out.articles.insert(a + 1, article);
    return out;
}

} // namespace galley
