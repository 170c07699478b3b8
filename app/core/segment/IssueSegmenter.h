// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IssueSegmenter: the segmentation of a whole document, however many printed pages it holds.
//  - A single-page document: exactly Segmenter::segment().
//  - An issue (Page::printedPages() not empty): the engine segments each printed page on its own
//    (IssueJoiner::printedPage; it never links text across a page boundary by itself), the
//    per-page results are put together in page order (IssueJoiner::appendShifted), and then the
//    jump-line step (linkJumps) joins the parts of an article that continues on another page.
// Jump-line step: every line of the first and last two lines of each piece is read with
// JumpLineCues. A jump out on printed page p ("（下转第3版）", "See DEBATE, back page", "Continued on
// Page 5") is paired with the first unpaired jump in on the page it names whose "from" page is p (or
// that names none) and whose keyword, when both have one, is the same (case and white space
// ignored); a keyword jump with no jump in there goes to the first article on that page whose
// headline holds the keyword. The article holding the jump in (or, when the jump in stands alone —
// furniture or an article of nothing else — the next article on its page) is linked after the
// article holding the jump out (or, for a jump out in the furniture, the last article before it on
// its page) with LinkArticlesCommand::apply. Each link adds a reason to both jump pieces.
#include "model/Page.h"
#include "model/Segmentation.h"

#include <QList>

namespace galley {

class IssueSegmenter {
public:
    /// Classifies page's blocks (Block::role …) and returns the articles of the whole document. The
    /// printed pages are segmented at once on a pool of their own (WorkPools::printedPages(); the
    /// calling thread waits, and may itself be a task of another pool); the result does not depend
    /// on how many threads there are.
    static Segmentation segment(Page &page);

    /// One link the jump-line step made: the article ids before linking.
    struct JumpLink {
        int firstArticleId = 0;
        int continuationArticleId = 0;
        int fromPage = 0; ///< printed page numbers
        int toPage = 0;
    };
    /// The jump-line step on an issue's segmentation (see above); returns the links made, in order.
    static QList<JumpLink> linkJumps(const Page &page, Segmentation &seg);
};

} // namespace galley
