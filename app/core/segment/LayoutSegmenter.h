// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
    /// The anchor step of analyse() on a page already measured, classified and grouped.
    static Analysis anchor(LayoutPage page, const LayoutModel &model);

    /// An article before pieces are made: its head group (-1: none) and text segments.
    struct Draft {
        int head = -1;
        QList<int> segments;
    };
    /// Anchors less likely than this leave a segment open to the jump stage first.
    static constexpr double SureAnchor = 0.5;
    /// One draft per head group with the segments it anchors at least SureAnchor, then the other
    /// segments grouped (side by side with their text starting at one height, or stacked in a column).
    static QList<Draft> drafts(const Analysis &a);
    /// After linkContinuations: the segments of headless drafts that were not linked go back to the
    /// head group they were anchored to (if any, above LayoutModel::anchorThreshold).
    static void settle(const Analysis &a, QList<Draft> &drafts);
    /// Jumps: a headless draft whose text starts mid-paragraph joins the headed draft whose text
    /// ends mid-sentence when the continuation model (LayoutAnalysis::continuationFeatures) says so
    /// with probability at least 0.5; likeliest pairs first, each draft once on each side.
    static void linkContinuations(const LayoutPage &page, QList<Draft> &drafts, const LinearModel &continuations);
};

} // namespace galley
