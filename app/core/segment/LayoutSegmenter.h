#pragma once
// LayoutSegmenter: the automatic segmentation of a page whose blocks carry boxes (PDF, ALTO, hOCR,
// PAGE; Page::hasGeometry()), from the geometry: each printed line's role from its type size and
// position (headline candidates from size and weight), columns as stacks of text lines, each text
// segment given to the head group (kicker, headline, subheadline) above it that the fitted anchor
// model finds likeliest, so an article is a region of the page; reading order inside an article by
// position (WordLayout::readingOrder). Stages and features: LayoutAnalysis; parameters: LayoutModel
// (fitted by tools/train/train-layout.sh). Segmenter::segment calls it for pages with geometry.
// Pieces are runs of lines of one block and role; a title printed letter-spaced, which the word
// grouper cut into one block per character, is one piece over those adjacent blocks.
// Deterministic: no hash iteration; ties fall to the lower index.
#include "LayoutAnalysis.h"
#include "LayoutModel.h"
#include "model/Page.h"
#include "model/Segmentation.h"

namespace galley {

class LayoutSegmenter {
public:
    /// Fewest printed lines a page needs for the geometry path: its measures (body size, line
    /// pitch, column width) are medians and quartiles over the lines, meaningless on a few.
    static constexpr int MinLines = 20;
    /// Whether Segmenter::segment takes the geometry path for page: it has boxes on at least
    /// MinLines lines, the built-in model loaded, and the environment variable GALLEY_LAYOUT is not
    /// "off" (which keeps every page on the text engine, for comparisons).
    static bool applies(const Page &page);
    /// The articles of page (which must have geometry) under model. Does not write Block roles
    /// (Segmenter::segment does).
    static Segmentation segment(const Page &page, const LayoutModel &model);
    /// The analysis segment() decides on (lines, roles, items, head groups, text segments) and each
    /// text segment's head group (-1: none) with its probability; for the trainer and tests.
    struct Analysis {
        LayoutPage page;
        QList<int> anchor;
        QList<double> anchorProbability;
    };
    static Analysis analyse(const Page &page, const LayoutModel &model);
};

} // namespace galley
