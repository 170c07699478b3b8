// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LinkArticlesCommand: links an article to its continuation on another printed page of an issue
// (a jump: "（下转第3版）" … "（上接第1版）", "See DEBATE, back page" … "DEBATE from page 1"): the
// continuation's pieces are appended to the first article's, in that order whatever the list order,
// and the continuation article goes. Its flags follow; notes are joined with a blank line; the first
// article keeps its id and review status. When the first part's last lead/body piece ends
// mid-sentence (LanguageCues::endsSentence on its raw text), the continuation's first lead/body
// piece carries on that paragraph (Piece::continuesParagraph), as a jump cuts a sentence in two.
// Obsolete when an id is unknown or both are the same article. The jump-line step of IssueSegmenter
// uses apply() as well; UnlinkArticleCommand is the reverse.
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class LinkArticlesCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(LinkArticlesCommand)
public:
    LinkArticlesCommand(ReviewDocument *document, int firstArticleId, int continuationArticleId, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Page &page, const Segmentation &seg, int firstArticleId,
                                             int continuationArticleId);
};

} // namespace galley
