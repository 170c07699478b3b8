// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SetRoleCommand: sets the role of pieces (headline, byline, body, table …), wherever they are.
// Role::Furniture sends article pieces to the page furniture (as SendToFurnitureCommand). Setting
// Headline does not demote another headline of the article (MakeHeadlineCommand does).
// Obsolete when an id is unknown or no role would change.
#include "SegmentationEditCommand.h"

#include "model/Role.h"

#include <QCoreApplication>

namespace galley {

class SetRoleCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SetRoleCommand)
public:
    SetRoleCommand(ReviewDocument *document, QList<int> pieceIds, Role role, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &pieceIds, Role role);
};

} // namespace galley
