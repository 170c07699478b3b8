// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteArticlesCommand.h"

#include "SendToFurnitureCommand.h"

#include <QSet>

namespace galley {

DeleteArticlesCommand::DeleteArticlesCommand(ReviewDocument *document, QList<int> articleIds, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QSet<int> distinct(articleIds.cbegin(), articleIds.cend());
    setText(tr("Delete %n article(s) (pieces to page furniture)", nullptr, int(distinct.size())));
    setResult(apply(before(), articleIds));
}

std::optional<Segmentation> DeleteArticlesCommand::apply(const Segmentation &seg, const QList<int> &articleIds)
{
    if (articleIds.isEmpty())
        return std::nullopt;
    QList<int> pieces;
    QSet<int> editorPieces;
    for (int id : articleIds) {
        const int a = seg.indexOfArticle(id);
        if (a < 0)
            return std::nullopt;
        for (const Piece &p : seg.articles[a].pieces) {
            pieces.append(p.id);
            if (p.block < 0)
                editorPieces.insert(p.id);
        }
    }
    std::optional<Segmentation> out = SendToFurnitureCommand::apply(seg, pieces);
    if (!out)
        return std::nullopt;
    // Editor-added pieces (block -1: a typed headline) have no page text to keep.
    out->furniture.removeIf([&](const Piece &p) { return editorPieces.contains(p.id); });
    // Articles whose pieces were all editor pieces are left empty by nothing: drop the named ones.
    const QSet<int> ids(articleIds.cbegin(), articleIds.cend());
    out->articles.removeIf([&](const Article &a) { return ids.contains(a.id); });
    return out;
}

int DeleteArticlesCommand::nextArticle(const Segmentation &seg, const QList<int> &articleIds)
{
    const QSet<int> ids(articleIds.cbegin(), articleIds.cend());
    int last = -1;
    for (int a = 0; a < seg.articles.size(); ++a)
        if (ids.contains(seg.articles[a].id))
            last = a;
    if (last < 0)
        return 0;
    for (int a = last + 1; a < seg.articles.size(); ++a)
        if (!ids.contains(seg.articles[a].id))
            return seg.articles[a].id;
    for (int a = last - 1; a >= 0; --a)
        if (!ids.contains(seg.articles[a].id))
            return seg.articles[a].id;
    return 0;
}

} // namespace galley
