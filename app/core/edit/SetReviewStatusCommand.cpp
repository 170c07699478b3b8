// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetReviewStatusCommand.h"

#include <QSet>

namespace galley {

SetReviewStatusCommand::SetReviewStatusCommand(ReviewDocument *document, QList<int> articleIds, ReviewStatus status,
                                               QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const QSet<int> distinct(articleIds.cbegin(), articleIds.cend());
    setText(tr("Mark %n article(s) as %1", nullptr, int(distinct.size())).arg(reviewStatusDisplayName(status)));
    setResult(apply(before(), articleIds, status));
}

std::optional<Segmentation> SetReviewStatusCommand::apply(const Segmentation &seg, const QList<int> &articleIds,
                                                          ReviewStatus status)
{
    if (articleIds.isEmpty())
        return std::nullopt;
    Segmentation out = seg;
    for (int id : articleIds) {
        const int a = out.indexOfArticle(id);
        if (a < 0)
            return std::nullopt;
        out.articles[a].status = status;
    }
    return out;
}

} // namespace galley
