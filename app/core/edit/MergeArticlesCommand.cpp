// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeArticlesCommand.h"

#include <QSet>

#include <algorithm>

namespace galley {

MergeArticlesCommand::MergeArticlesCommand(ReviewDocument *document, QList<int> articleIds, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QSet<int> distinct(articleIds.cbegin(), articleIds.cend());
    setText(tr("Merge %n article(s)", nullptr, int(distinct.size())));
    setResult(apply(before(), articleIds));
}

std::optional<Segmentation> MergeArticlesCommand::apply(const Segmentation &seg, const QList<int> &articleIds)
{
    QList<int> indexes;
    for (int id : articleIds) {
        const int i = seg.indexOfArticle(id);
        if (i < 0)
            return std::nullopt;
        if (!indexes.contains(i))
            indexes.append(i);
    }
    if (indexes.size() < 2)
        return std::nullopt;
    std::sort(indexes.begin(), indexes.end());

    Segmentation out = seg;
    Article &into = out.articles[indexes.first()];
    for (int k = 1; k < indexes.size(); ++k) {
        const Article &from = seg.articles[indexes[k]];
        into.pieces.append(from.pieces);
        into.flags.append(from.flags);
        if (!from.note.isEmpty())
            into.note = into.note.isEmpty() ? from.note : into.note + QStringLiteral("\n\n") + from.note;
    }
    for (int k = indexes.size() - 1; k >= 1; --k)
        out.articles.removeAt(indexes[k]);
    return out;
}

} // namespace galley
