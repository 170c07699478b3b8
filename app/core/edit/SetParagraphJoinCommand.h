// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SetParagraphJoinCommand: joins a piece to the previous paragraph (a sentence cut at a column end:
// continuesParagraph = true) or breaks the paragraph there (false). Obsolete for a furniture piece,
// an unknown id, or when the piece already has that setting.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class SetParagraphJoinCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SetParagraphJoinCommand)
public:
    SetParagraphJoinCommand(ReviewDocument *document, int pieceId, bool continuesParagraph, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int pieceId, bool continuesParagraph);
};

} // namespace galley
