// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SendToFurnitureCommand: takes pieces out of their articles into the page furniture (folio, page
// number, section banner, stray fragments: text that belongs to no article). They get the role
// Furniture and are kept in page order there; flags about them are dropped; articles left without
// pieces are removed (undo restores all of it). Pieces already in the furniture are left alone.
// Obsolete when an id is unknown or every piece is furniture already.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class SendToFurnitureCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SendToFurnitureCommand)
public:
    SendToFurnitureCommand(ReviewDocument *document, QList<int> pieceIds, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &pieceIds);
};

} // namespace galley
