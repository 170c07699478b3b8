// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReadingOrder: the learned core of the engine. For one page it
//  1. measures every line (LineUnits) and gives it role probabilities (the role model);
//     after step 2, a line that holds two articles' headlines is cut in two and the page analysed
//     again (HeadlineMatcher::lineCuts, analyse());
//  2. scores candidate pairs (a, b) with the link model: "b carries on right after a, in the same
//     article" — a single decision over the whole page: of the links likelier than one half, the
//     set with the largest sum of log-odds where each line has at most one successor and one
//     predecessor (likeliestLinks), and no cycles; a link between two text lines only where it is
//     likelier than the start model's probability that the second line opens an article; after a
//     line of two headlines is cut, no link between its parts. The chains that result are the
//     page's articles in reading order (ArticleBuilder).
// Candidate pairs: every ordered pair on pages of up to kAllPairsLimit lines, otherwise pairs at
// most kWindow lines apart, so the cost is linear in the page beyond that size; and beyond that
// reach, the jump pairs (a jump out and the jump heads of its keyword; jumpPairs(), n log n).
// Deterministic: candidates are scored in index order and ties broken by position.
#include "EngineModel.h"
#include "LineUnit.h"

#include <vector>

namespace galley {

struct PageAnalysis {
    QList<LineUnit> units;
    std::vector<std::vector<double>> roles; ///< per unit, UnitFeatures::roleClasses() order
    std::vector<double> starts;             ///< per unit, probability it opens an article's text
    std::vector<qsizetype> next;            ///< successor in reading order, or -1
    std::vector<qsizetype> prev;            ///< predecessor, or -1
    std::vector<double> linkIn;             ///< probability of the link prev → unit (0 without one)
};

class ReadingOrder {
public:
    static constexpr qsizetype kAllPairsLimit = 600;
    static constexpr qsizetype kWindow = 24;

    /// Whether analyse() may cut a line into two units (HeadlineMatcher::lineCuts): Find for the
    /// engine; None keeps one unit a line, as the training tool's gold is (LineUnits::of(page)).
    enum class LineCuts { Find, None };
    /// The page's units, their roles and start probabilities, and their reading order. When a line
    /// is cut (lineCuts Find and HeadlineMatcher::lineCuts finds a cut), the page is analysed once
    /// more with its lines so cut, and that analysis is returned (twice the cost on such a page).
    static PageAnalysis analyse(const Page &page, const EngineModel &model = EngineModel::builtIn(),
                                LineCuts lineCuts = LineCuts::Find);
    /// First-pass role probabilities of every unit (EngineModel::roles).
    static std::vector<std::vector<double>> roleProbabilities(QStringView text, const QList<LineUnit> &units,
                                                              const LinearModel &roles);
    /// Second-pass role probabilities (EngineModel::roleContext), given the first pass's.
    static std::vector<std::vector<double>> contextRoleProbabilities(QStringView text, const QList<LineUnit> &units,
                                                                     const std::vector<std::vector<double>> &firstRoles,
                                                                     const LinearModel &roleContext);
    /// Start probabilities of every unit (EngineModel::starts), given the first pass's roles.
    static std::vector<double> startProbabilities(QStringView text, const QList<LineUnit> &units,
                                                  const std::vector<std::vector<double>> &firstRoles,
                                                  const LinearModel &starts);
    /// Whether (a, b) is a candidate pair within reach on a page of n units (jumpPairs() are the
    /// candidates beyond it).
    static bool isCandidate(qsizetype n, qsizetype a, qsizetype b);
    /// (a, b) unit indices.
    using Pairs = std::vector<std::pair<qsizetype, qsizetype>>;
    /// How many jump heads a jump out is paired with at most.
    static constexpr qsizetype kJumpHeads = 4;
    /// Candidate pairs beyond reach(n): a jump out and a jump head with the same keyword
    /// (LineUnit::jumpOutKey, jumpHeadKey) — a story continued elsewhere in the issue — at most
    /// kJumpHeads heads for each jump out, the nearest in the text (the earlier on a tie); sorted by
    /// (a, b). O(n log n).
    static Pairs jumpPairs(const QList<LineUnit> &units);
    /// A candidate link a → b as the link pass weighs it.
    struct Link {
        double probability = 0; ///< the link model's
        double logOdds = 0;     ///< its log(p / (1 − p)), from the model's sums (p rounds to 1, they do not)
        qsizetype a = 0, b = 0; ///< unit indices, 0 ≤ a, b < n, a ≠ b; at most one candidate per (a, b)
    };
    /// The links the link pass makes of its candidates (any order; n: the page's unit count, every
    /// a and b below it — asserted by nothing, out of range is undefined). Of the candidates whose
    /// log-odds are above floorLogOdds (the threshold's; 0 for one half), the set with the largest
    /// sum of log-odds above it in which each unit has at most one successor and one predecessor
    /// (Assignment: the likeliest set were the links independent — so a line's best link is not
    /// taken when its successor is the only one another line can link into and the two other links
    /// together are likelier; a part of the pair graph of more than Assignment::kMaxExactItems on a
    /// side is taken best first). Then, strongest first, a link that would close a cycle is left out
    /// (a cycle loses its weakest link). Returned strongest first (log-odds, then probability, a, b).
    /// O(n + P log P) for P candidates, plus Assignment's cost. Never fails.
    static std::vector<Link> likeliestLinks(std::vector<Link> candidates, double floorLogOdds, qsizetype n);
    /// The largest |a − b| of a candidate pair on a page of n units (n: every pair).
    static qsizetype reach(qsizetype n) { return n <= kAllPairsLimit ? n : kWindow; }
};

} // namespace galley
