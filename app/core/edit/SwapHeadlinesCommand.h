// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SwapHeadlinesCommand: exchanges the headline pieces of two articles (the engine gave each story
// the other's headline). Each headline piece takes the other's place in the reading order; flags
// about them go along. If only one article has a headline it moves to the other (to the top, after
// opening kickers). Obsolete for unknown or equal ids, or when neither article has a headline.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class SwapHeadlinesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SwapHeadlinesCommand)
public:
    SwapHeadlinesCommand(ReviewDocument *document, int articleIdA, int articleIdB, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int articleIdA, int articleIdB);
};

} // namespace galley
