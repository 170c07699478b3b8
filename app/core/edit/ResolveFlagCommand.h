// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ResolveFlagCommand: marks one of an article's flags (something the engine was unsure of) as
// resolved, or reopens it. flagIndex indexes Article::flags. Obsolete for an unknown article, an
// index out of range, or when the flag already has that state.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class ResolveFlagCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ResolveFlagCommand)
public:
    ResolveFlagCommand(ReviewDocument *document, int articleId, int flagIndex, bool resolved,
                       QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int articleId, int flagIndex, bool resolved);
};

} // namespace galley
