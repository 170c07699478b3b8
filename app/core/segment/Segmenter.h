// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Segmenter: the automatic segmentation of one page, in four stages (see docs/segmentation.md):
//   RoleClassifier → ContinuationLinker → ArticleAssembler, with WrapRepair applied to text on output.
// Every decision carries a confidence and a reason; doubtful ones become Flags.
#include "ContinuationLinker.h"
#include "Fragment.h"
#include "model/Page.h"
#include "model/Segmentation.h"

namespace galley {

class Segmenter {
public:
    /// Which engine segment() runs on text pages. Learned (the default): the learned reading-order
    /// engine (ReadingOrder → HeadlineMatcher → ArticleBuilder, parameters fitted by tools/train; see
    /// docs/segmentation.md), which scores higher than the rules on every kind of held-out page
    /// (docs/quality.md). Rules: the hand-written stages below, fitted to the seed page, chosen with
    /// the environment variable GALLEY_ENGINE=rules (the desk's tests pin it: their expectations are
    /// written against its known segmentation of the seed page).
    enum class Engine { Rules, Learned };
    static Engine engine();

    /// Classifies page's blocks (writes Block::role/confidence/reasons) and returns the articles.
    /// A page with boxes (PDF, ALTO, hOCR, PAGE) goes to the geometry-aware LayoutSegmenter when
    /// LayoutSegmenter::applies() says so; text pages to the engine above.
    static Segmentation segment(Page &page);

    /// The stages before assembly, for tests and diagnostics: the page's fragments measured,
    /// classified and split where columns interleave (page order), and the continuation links.
    struct Analysis {
        QList<Fragment> fragments;
        QList<ContinuationLink> links;
    };
    static Analysis analyse(const Page &page);
};

} // namespace galley
