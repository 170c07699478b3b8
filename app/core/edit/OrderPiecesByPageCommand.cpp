// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderPiecesByPageCommand.h"

#include <QSet>

#include <algorithm>

namespace galley {

OrderPiecesByPageCommand::OrderPiecesByPageCommand(ReviewDocument *document, int articleId, QList<int> pieceIds,
                                                   QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Order pieces by page position"));
    setResult(apply(before(), articleId, pieceIds));
}

std::optional<Segmentation> OrderPiecesByPageCommand::apply(const Segmentation &seg, int articleId,
                                                            const QList<int> &pieceIds)
{
    const int a = seg.indexOfArticle(articleId);
    if (a < 0)
        return std::nullopt;
    const QList<Piece> &pieces = seg.articles[a].pieces;
    const QSet<int> chosen(pieceIds.cbegin(), pieceIds.cend());
    for (int id : chosen)
        if (seg.articles[a].indexOfPiece(id) < 0)
            return std::nullopt;
    QList<int> places; // indexes into pieces that take part, in article order
    for (int i = 0; i < pieces.size(); ++i)
        if (pieces[i].block >= 0 && (chosen.isEmpty() || chosen.contains(pieces[i].id)))
            places.append(i);
    QList<Piece> ordered;
    for (int i : places)
        ordered.append(pieces[i]);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Piece &x, const Piece &y) {
        return x.span.start != y.span.start ? x.span.start < y.span.start : x.id < y.id;
    });
    Segmentation out = seg;
    QList<Piece> &target = out.articles[a].pieces;
    bool changed = false;
    for (int k = 0; k < places.size(); ++k) {
        changed = changed || target[places[k]].id != ordered[k].id;
        target[places[k]] = ordered[k];
    }
    if (!changed)
        return std::nullopt;
    return out;
}

} // namespace galley
