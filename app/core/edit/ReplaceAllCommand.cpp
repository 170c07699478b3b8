// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceAllCommand.h"

namespace galley {

ReplaceAllCommand::ReplaceAllCommand(ReviewDocument *document, QHash<int, QString> newTextByPiece, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Replace in %n piece(s)", nullptr, int(newTextByPiece.size())));
    if (!document || newTextByPiece.isEmpty())
        return;
    QHash<int, QString> corrections = document->corrections();
    for (auto it = newTextByPiece.cbegin(); it != newTextByPiece.cend(); ++it) {
        if (!before().piece(it.key()))
            return;
        if (it.value() == document->repairedPieceText(it.key()))
            corrections.remove(it.key());
        else
            corrections.insert(it.key(), it.value());
    }
    setResult(before());
    setCorrectionsAfter(corrections);
}

} // namespace galley
