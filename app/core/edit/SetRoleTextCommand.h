// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SetRoleTextCommand: the editor types an article's headline, kicker, subheadline or byline in its
// field. The text becomes the correction of the article's first piece with that role (the field
// shows all of them joined, ArticleRenderer::field, so any further pieces of the role are emptied
// or, when editor-added, removed); if the
// article has none, an editor-added piece is created for it (new id from nextPieceId, block -1,
// empty span, confidence 1) at the usual place: a kicker at the top, a headline after opening
// kickers, a subheadline or byline after the headline block (kickers, headline, subheadlines).
// Clearing the field of an editor-added piece removes that piece; a text equal to the page text
// removes the correction. Consecutive edits of the same field merge into one undo step.
// Obsolete for an unknown article, Role::Furniture, or when nothing would change.
#include "SegmentationEditCommand.h"

#include "model/Role.h"

#include <QCoreApplication>

namespace galley {

class SetRoleTextCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SetRoleTextCommand)
public:
    SetRoleTextCommand(ReviewDocument *document, int articleId, Role role, QString text, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_articleId = 0;
    Role m_role = Role::Unknown;
};

} // namespace galley
