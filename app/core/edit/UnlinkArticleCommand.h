// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UnlinkArticleCommand: the reverse of LinkArticlesCommand — splits an article that runs over
// several printed pages of an issue into one article per part: each run of consecutive pieces on
// the same printed page (Page::printedPageAt of the piece's start) becomes an article. The first part
// keeps the article's id, status and note; the others get new ids, status Unreviewed, the flags
// about their pieces, and take their place among the articles in issue order (after the last
// article that starts before them). Each part's first piece starts a paragraph.
// Obsolete when the article is unknown or lies on one printed page.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class UnlinkArticleCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(UnlinkArticleCommand)
public:
    UnlinkArticleCommand(ReviewDocument *document, int articleId, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Page &page, const Segmentation &seg, int articleId);
    /// Whether the article's pieces lie on more than one printed page (what the command would split).
    static bool spansPages(const Page &page, const Segmentation &seg, int articleId);
};

} // namespace galley
