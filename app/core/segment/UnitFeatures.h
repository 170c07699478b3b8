// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UnitFeatures: what the engine's two learned models read.
//  - role features of one LineUnit in its context (the line before and after) → its role;
//  - the same role features → "this unit opens an article's text" (its first body line: a lead
//    such as 据新华社…电 or a dateline, learned from which lines open articles in the gold);
//  - link features of an ordered pair of units (a, b) → "b carries on a's article right after a"
//    (reading order), from how a ends and b begins (sentence cut, word made across the join,
//    column widths), their distance in the text, their roles and the words they share.
// Hand-written language cues (LanguageCues) are features here; the weights are learned
// (tools/train, docs/segmentation.md).
#include "LineUnit.h"
#include "LinearModel.h"
#include "TopicWindows.h"

#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace galley {

/// The role classes of the role model, in model order.
enum class UnitRole { Body, Headline, Kicker, Subheadline, Byline, Caption, Credit, JumpLine, Furniture, Count };

/// The likeliest role of a line, from its role probabilities (roleClasses() order, not empty); the
/// first of equal ones.
UnitRole likeliestRole(const std::vector<double> &probabilities);
/// Headline, kicker, subheadline and byline: the lines that head an article's text.
bool isDisplayRole(UnitRole role);

class UnitFeatures {
public:
    static const QStringList &roleClasses();
    static const QStringList &roleFeatureNames();
    static const QStringList &linkFeatureNames();

    static FeatureVector roleFeatures(QStringView text, const QList<LineUnit> &units, qsizetype i);
    /// Role features plus the first role model's probabilities of the unit and its neighbours (two
    /// before, two after): what the second role model and the start model read, so that a headline's
    /// second line or the line after a headline group is decided knowing its neighbours.
    static const QStringList &contextFeatureNames();
    static FeatureVector contextFeatures(QStringView text, const QList<LineUnit> &units,
                                         const std::vector<std::vector<double>> &firstRoles, qsizetype i);
    /// The same, from the unit's roleFeatures() (taken over: computed once for all three models).
    static FeatureVector contextFeatures(FeatureVector roleFeatures, const std::vector<std::vector<double>> &firstRoles,
                                         qsizetype i);
    /// roles: role probabilities of every unit (roleClasses() order); starts: of every unit, the
    /// probability that it opens an article's text (the start model, which reads roleFeatures());
    /// windows: the page's TopicWindows (LineUnits::of gives them), for shared words and topic.
    static FeatureVector linkFeatures(QStringView text, const QList<LineUnit> &units,
                                      const std::vector<std::vector<double>> &roles,
                                      const std::vector<double> &starts, const TopicWindows &windows,
                                      qsizetype a, qsizetype b);
};

struct LinkQuickParts; // LinkScorer's, UnitFeatures.cpp

/// LinkScorer: the link model applied to the candidate pairs of one page without building feature
/// vectors. The words two lines share and the likeness of the texts on either side of their join
/// are counted once for the page (SharedCounts), and the costliest measure, the word made across the
/// join (an ICU dictionary look-up), is taken last and only for pairs that could reach the
/// probability the caller asks for. Borrows everything it is given; it must all outlive the scorer.
/// A copy shares the page's counts index and quick-sum parts and keeps its own row of counts (a
/// cache): one scorer is not for several threads at once, one copy per thread is.
class LinkScorer {
public:
    /// links: a two-class link model over linkFeatureNames(); the rest as for linkFeatures(); reach:
    /// the largest |a − b| the scorer's SharedCounts are counted for (pairs farther apart, such as
    /// jumps, are measured on their own).
    LinkScorer(const LinearModel &links, QStringView text, const QList<LineUnit> &units,
               const std::vector<std::vector<double>> &roles, const std::vector<double> &starts,
               const TopicWindows &windows, qsizetype reach);

    /// The link model's probability that b carries on right after a — bit for bit
    /// links.probability(UnitFeatures::linkFeatures(…, a, b)) — or nothing when it is certainly below
    /// atLeast (0 ≤ atLeast < 1; with 0, always the probability).
    std::optional<double> probability(qsizetype a, qsizetype b, double atLeast = 0) const;

    /// A pair's probability as probability() gives it, with the model's log-odds log(p / (1 − p))
    /// taken from its sums (p rounds to 1 beyond about 37 log-odds, the sums do not); logOdds is 0
    /// for a link model that is not two-class (EngineModel rejects such a file).
    struct Scored {
        double probability = 0;
        double logOdds = 0;
    };
    /// As probability(), with the log-odds.
    std::optional<Scored> scored(qsizetype a, qsizetype b, double atLeast = 0) const;

    /// The quick pre-check's log-odds of a two-class model (0 for any other): the model's sum for
    /// the pair without the word bridge, taken in double, with each line's role probabilities folded
    /// into the role-pair weights once for the page (9 products per pair instead of 81), and for
    /// lines that are not adjacent the features that read one line only summed once for that line
    /// (about 40 terms per pair instead of 200). Pairs it puts below the floor asked for, even with
    /// the strongest bridge, are never fully scored.
    double quickLogOdds(qsizetype a, qsizetype b) const;

    /// Log-odds by which the quick sum may differ from the model's: far above what rounding the
    /// values to float (a relative 2^-24 each, as the model's sum does) and another summation order
    /// can make of sums a few thousand in magnitude at most; tst_learnedengine measures the
    /// difference on every pair of four pages.
    static constexpr double kQuickMargin = 1e-3;

private:
    // Log-odds by which rounding may differ between the bound and the exact sum; far above it.
    static constexpr double kRoundingMargin = 1e-6;

    const LinearModel &m_links;
    QStringView m_text;
    const QList<LineUnit> &m_units;
    const std::vector<std::vector<double>> &m_roles;
    const std::vector<double> &m_starts;
    const TopicWindows &m_windows;
    SharedCounts m_counts;
    qsizetype m_reach = 0;
    double m_bridgeLift = 0; // the most a word bridge adds to the log-odds
    // log(atLeast / (1 − atLeast)) of the last atLeast asked for (a cache: the link pass asks with
    // one atLeast for every pair).
    mutable double m_floorOf = 0, m_floorLogOdds = 0;
    std::shared_ptr<const LinkQuickParts> m_quick; // the quick sum's parts; null: no pre-check for this model
};

} // namespace galley
