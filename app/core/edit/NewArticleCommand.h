// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NewArticleCommand: makes a new article from selected pieces (of any articles and/or the page
// furniture). The pieces keep their ids, roles and paragraph joins and are ordered as they were in
// the document (articles in order, then furniture by page position); flags about them go along.
// The new article is inserted right after the article that held the first of the pieces (at the
// end if they all came from the furniture). Articles left without pieces are removed.
// Pieces taken from the furniture become Body. Obsolete when a piece id is unknown or the list is empty.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class NewArticleCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(NewArticleCommand)
public:
    NewArticleCommand(ReviewDocument *document, QList<int> pieceIds, QUndoCommand *parent = nullptr);

    /// The id the new article gets (valid when not obsolete).
    int articleId() const { return m_articleId; }

    static std::optional<Segmentation> apply(const Segmentation &seg, const QList<int> &pieceIds);

private:
    int m_articleId = 0;
};

} // namespace galley
