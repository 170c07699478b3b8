// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReorderPieceCommand: moves a piece up or down in its article's reading order (Alt+Up = -1,
// Alt+Down = +1; larger steps are allowed and clamped to the article). Obsolete for a furniture
// piece, an unknown id, or when the piece is already at the end it is moved towards.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class ReorderPieceCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ReorderPieceCommand)
public:
    ReorderPieceCommand(ReviewDocument *document, int pieceId, int delta, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int pieceId, int delta);
};

} // namespace galley
