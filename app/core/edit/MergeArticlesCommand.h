// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MergeArticlesCommand: merges several articles into the first of them in page (list) order. The
// pieces of the others are appended in that order; their flags follow; the notes are joined with a
// blank line; the merged article keeps the first one's id and review status. Headline roles are
// left as they are (use MakeHeadlineCommand to choose the headline).
// Obsolete with fewer than two distinct known article ids.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class MergeArticlesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(MergeArticlesCommand)
public:
    MergeArticlesCommand(ReviewDocument *document, QList<int> articleIds, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &articleIds);
};

} // namespace galley
