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
    /// Which engine segment() runs. Rules: the stages below (the default). Learned: the learned
    /// reading-order engine (ReadingOrder → ArticleBuilder, parameters fitted by tools/train; see
    /// docs/segmentation.md), chosen with the environment variable GALLEY_ENGINE=learned while it is
    /// being brought up to the rules engine on every kind of page (docs/quality.md has both).
    enum class Engine { Rules, Learned };
    static Engine engine();

    /// Classifies page's blocks (writes Block::role/confidence/reasons) and returns the articles.
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
