// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MakeHeadlineCommand: makes a piece its article's headline, as an editor expects from "this is the
// headline": every other headline of the article becomes a subheadline, and the piece takes the
// place of the previous headline in the reading order (with no previous headline: the top of the
// article, after kickers that open it). The piece no longer continues a paragraph.
// Obsolete for a furniture piece, an unknown id, or a piece that is already the only headline.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class MakeHeadlineCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(MakeHeadlineCommand)
public:
    MakeHeadlineCommand(ReviewDocument *document, int pieceId, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int pieceId);
};

} // namespace galley
