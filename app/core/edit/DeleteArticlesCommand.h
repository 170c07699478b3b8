// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DeleteArticlesCommand: deletes whole articles — "Delete Article", and "Send to Page Furniture" on
// article rows (an advertisement the engine took for a story). Every piece of the articles goes to
// the page furniture (SendToFurnitureCommand::apply, so the raw text is never lost and the pieces
// can be taken back into an article); the articles, their flags, statuses and notes go (undo brings
// all of it back). Obsolete when an id is unknown or the list is empty.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class DeleteArticlesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteArticlesCommand)
public:
    DeleteArticlesCommand(ReviewDocument *document, QList<int> articleIds, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &articleIds);
    /// The article to select after deleting articleIds from seg: the first one after the last of
    /// them that stays, else the last one before them that stays; 0 when none stays.
    static int nextArticle(const Segmentation &seg, const QList<int> &articleIds);
};

} // namespace galley
