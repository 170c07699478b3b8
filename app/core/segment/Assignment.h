// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Assignment: the likeliest one-to-one pairing of two kinds of items (headline groups and article
// texts) from pair probabilities that a model gives each pair on its own.
//
// Taking pairs best first is not the likeliest pairing: with A–x at 0.95, A–y at 0.9 and B–x at 0.9
// (B has no other text), best first gives A–x and leaves B alone, while A–y with B–x is likelier.
// Here pairs are chosen to maximise the sum of their log-odds, log(p / (1 − p)): with the pairs' events
// taken as independent, the pairing whose probability is highest against leaving every item
// alone. Pairs at even odds or below are left out (each would lower the sum). The log-odds come
// from the model's sums, not from p, which rounds to 1 for strong pairs and would make them equal.
//
// How: the pairs form a bipartite graph; each connected part of it is solved on its own by the
// Hungarian method (Kuhn–Munkres, O(n³) for a part of n items on its larger side); a part of more
// than kMaxExactItems on a side is paired best first instead (cost only; a page's parts have a few
// items each). Cost: O(P log P) for P pairs, and at most kMaxExactItems² × (groups + texts) for
// the exact parts together.
// Deterministic: the pairs are put in (group, text) order first, so the same pairs in any order give
// the same answer; among pairings of equal sum, the one the Hungarian method meets first in that
// order (best first: the earlier pair in that order).
#include <QtGlobal>

#include <utility>
#include <vector>

namespace galley {

struct ScoredPair {
    double logOdds = 0;    ///< the model's log(p / (1 − p)) that the two belong together
    qsizetype group = 0;   ///< index of the item of the first kind (>= 0)
    qsizetype text = 0;    ///< index of the item of the second kind (>= 0)
};

class Assignment {
public:
    /// Parts of the pair graph with more items than this on a side are paired best first.
    static constexpr qsizetype kMaxExactItems = 64;

    /// The chosen pairs (group, text), each group and each text at most once, in (group, text)
    /// order. pairs: at most one per (group, text) (asserted); pairs of log-odds 0 or below, or NaN,
    /// are left out here (the caller need not).
    static std::vector<std::pair<qsizetype, qsizetype>> likeliest(std::vector<ScoredPair> pairs);
};

} // namespace galley
