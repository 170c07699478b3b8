// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReplaceAllCommand: "Replace All" of the find bar — new texts for many pieces (from
// TextSearch::replaceAll()) applied as ONE undo step. Each text becomes the piece's correction
// (a text equal to the wrap-repaired page text removes it); the raw page is never changed.
// Obsolete when a piece id is unknown, the table is empty, or no text would change.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>
#include <QHash>

namespace galley {

class ReplaceAllCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ReplaceAllCommand)
public:
    ReplaceAllCommand(ReviewDocument *document, QHash<int, QString> newTextByPiece, QUndoCommand *parent = nullptr);
};

} // namespace galley
