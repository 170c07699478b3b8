// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ContinuationLinker: finds where a sentence cut at a column end carries on, anywhere on the page.
//
// A link A → B says fragment B continues A's paragraph. Candidates: A ends mid-sentence (running
// text or a lead), B does not start a paragraph (FragmentLayout::startKind). Each pair is scored from
// general evidence, every term named in the link's reasons:
//   - how clearly B begins mid-sentence (full-width first line, a first clause of one character);
//   - distance in page order, counting only running text between (B right after A is usual; a lead
//     may stand just after the body it opens — "a news lead placed after its own body");
//   - a headline between A and B speaks against the link;
//   - a word made across the join (ICU: 文|化 → 文化; 25|日; hyphenation);
//   - an unclosed quotation in A that B closes;
//   - the same column width.
// Links are accepted best first, each fragment at most once on each side, never forming a cycle; a
// display line found to carry on a sentence is read as running text and the page linked again
// (at most kRelinkRounds rounds, each rescoring only the pairs near what changed).
//
// splitInterleaved() first splits a block that holds two interleaved column fragments: a short line
// inside the block that does not end a sentence, followed by a full line, where the part before the
// cut continues into another fragment and the part after continues one (both by a word made across
// the join) while the two parts make no word with each other.
#include "Fragment.h"
#include "WordBridge.h"

#include <QHash>

#include <QList>
#include <QStringList>
#include <QStringView>

namespace galley {

struct ContinuationLink {
    int from = -1;       ///< index of A in the fragment list
    int to = -1;         ///< index of B
    double score = 0;
    QStringList reasons;
};

class ContinuationLinker {
public:
    /// Word bridges already looked up, by (A, B) fragment index: the texts do not change while one
    /// page is linked, so one dictionary look-up serves every score of the pair.
    using BridgeCache = QHash<quint64, WordBridge::Kind>;

    /// Score at and above which a link is made.
    static constexpr double kThreshold = 3.0;
    /// How many fragments before and after a fragment are searched for its continuation.
    static constexpr int kWindow = 6;
    /// How many times link() links again after display lines were found to carry on a sentence
    /// (each round may turn more display lines into running text). The 73 dev pages settle in 1 to 5
    /// rounds; the bound keeps a crafted chain of display lines from costing a round per line.
    static constexpr int kRelinkRounds = 8;

    /// Splits fragments holding two interleaved column fragments (see above); returns how many.
    static int splitInterleaved(QStringView text, QList<Fragment> &fragments);
    /// The accepted links between fragments (page order indexes).
    static QList<ContinuationLink> link(QStringView text, const QList<Fragment> &fragments, BridgeCache *cache = nullptr);
    /// The score of A → B with its reasons (no threshold applied); score <= 0 when not a candidate.
    static ContinuationLink score(QStringView text, const QList<Fragment> &fragments, int a, int b,
                                  BridgeCache *cache = nullptr);
};

} // namespace galley
