// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleBuilder: turns the chains of ReadingOrder into the page's articles.
//  - every chain (a line and its successors) is one article, its pieces in chain order, except that
//    the display pieces (kicker, headline, subheadline, byline) come first, in chain order;
//  - lines whose most likely role is furniture stay out of articles (page furniture);
//  - body pieces carry on the paragraph before them when that one's sentence was cut or its last
//    printed line is full (Piece::continuesParagraph);
//  - articles are in page order of their first line.
// Doubtful decisions become Flags: an article with no headline; a link below kWeakLink into a piece,
// as "weak-continuation" where the piece is lead or body text carrying on the paragraph before it
// and as "weak-join" for any other piece (a display line, a caption, a paragraph of its own: the
// doubt is whether it belongs to the article); a text that ends mid-sentence with nothing after it.
// Every flag holds on the builder's own output by FlagChecker's test.
#include "ReadingOrder.h"
#include "model/Segmentation.h"

namespace galley {

class ArticleBuilder {
public:
    /// Probability below which an accepted link is flagged as weak.
    static constexpr double kWeakLink = 0.7;

    /// pageText: the text of the page analysed (the units' spans index it, UTF-16 units).
    static Segmentation build(const PageAnalysis &analysis, QStringView pageText);
    /// Role of a unit from its probabilities (the most likely one).
    static Role roleOf(const std::vector<double> &probabilities, const LineUnit &unit);
};

} // namespace galley
