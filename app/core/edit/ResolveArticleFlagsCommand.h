// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ResolveArticleFlagsCommand: "Resolve All Flags of Article" — marks every flag of one article that
// is not resolved yet as resolved, in one undo step (also the ones an edit has fixed, so that they
// stay quiet if their cause comes back). Obsolete for an unknown article or when none is left.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class ResolveArticleFlagsCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ResolveArticleFlagsCommand)
public:
    ResolveArticleFlagsCommand(ReviewDocument *document, int articleId, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int articleId);
};

} // namespace galley
