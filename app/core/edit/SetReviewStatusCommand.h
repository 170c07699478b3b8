// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SetReviewStatusCommand: sets the review status (unreviewed, in review, done) of articles.
// Obsolete when an id is unknown or no status would change.
#include "SegmentationEditCommand.h"

#include "model/ReviewStatus.h"

#include <QCoreApplication>

namespace galley {

class SetReviewStatusCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SetReviewStatusCommand)
public:
    SetReviewStatusCommand(ReviewDocument *document, QList<int> articleIds, ReviewStatus status,
                           QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &articleIds, ReviewStatus status);
};

} // namespace galley
