// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HeadlineMatcher: gives headline groups left alone by the link pass to the article texts left
// without a headline — one decision over the page. Extractors often print a page's headlines apart
// from their texts (all bodies first, then all headlines, or shuffled), so the line-to-line link
// model, which leans on nearness, cannot join them. Here a pair (group, text) is scored by the
// match model (EngineModel::headlines, fitted by tools/train on gold articles) from:
//  - how much of the group's wording the text opens with and holds (TextSimilarity units);
//  - the pair's ranks: the k-th left-alone group against the k-th headless text (headlines printed
//    in a layer keep their articles' order);
//  - nearness and order in the text, and how surely the text's first line opens an article.
// Of the pairs likelier than one half, each group and text at most once, the likeliest pairing is
// taken (Assignment: the largest sum of log-odds), not the likeliest pair first.
// Before that, lineCuts() (right after the link pass), layerCuts() (a page printed in layers, aligned
// in order), prefixCuts(), cuts() and jointCuts() cut apart display lines and texts that hold several
// articles, with the same model at the same odds.
// Cost: each of match(), lineCuts(), prefixCuts(), cuts(), jointCuts() and unmatchedCuts() scores at
// most about kMaxPairs pairs on a page (match: beyond that only pairs of near rank); the page's pass runs match()
// twice when unmatchedCuts() cuts, so at most about seven times that in all (and twice the rest of the
// link pass when lineCuts() cuts: ReadingOrder::analyse()). Given a TextWordings, they measure each
// whole text's wording once between them.
#include "LinearModel.h"
#include "LineUnit.h"

#include <QSet>
#include <QStringList>

#include <map>
#include <span>
#include <vector>

namespace galley {

/// A run of units in reading order: a left-alone headline group, or a headless article text.
struct UnitChain {
    std::vector<qsizetype> units; ///< indices into the page's LineUnits, reading order
};

/// A text the link pass gave display lines to: its display lines, then the rest of its chain.
struct HeadedText {
    std::vector<qsizetype> display, text; ///< indices into the page's LineUnits, reading order
};

/// The wording of whole texts (the page's chains) as the match model reads it, measured once per
/// page analysis and kept for the steps after: match() and each cut weigh mostly the same texts, and
/// measuring a text's wording costs about as much as scoring 32 pairs. Keyed by the text's units, so
/// it holds for one page's units only (after HeadlineMatcher::lineCuts the page has other units: a
/// new TextWordings). Parts of texts a cut weighs are measured each time, not kept. Owned by the
/// caller; not for several threads at once.
class TextWordings {
public:
    struct Wording {
        QSet<quint64> opening, body; ///< TextSimilarity units of the first 300 and 1,500 UTF-16 units
    };
    /// The wording of the text made of units `text` (reading order) of the page.
    const Wording &of(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> text);

private:
    std::map<std::vector<qsizetype>, Wording> m_byText;
};

class HeadlineMatcher {
public:
    static constexpr qsizetype kMaxPairs = 200000;

    static const QStringList &featureNames();

    /// One scored pair: group index, text index and its features.
    struct Pair {
        qsizetype group, text;
        FeatureVector features;
    };
    /// The pairs worth scoring on a page (all of them up to kMaxPairs, else those of near rank), in
    /// (group, text) order. starts: start probability of every unit (ReadingOrder).
    static std::vector<Pair> pairs(QStringView pageText, const QList<LineUnit> &units, const std::vector<UnitChain> &groups,
                                   const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                                   TextWordings *wordings = nullptr);
    /// Groups of more units than this are left whole by cuts() (cost: a layer of a page's headlines
    /// with their kickers, subheadlines and bylines is a few dozen lines).
    static constexpr qsizetype kMaxCutUnits = 48;
    /// prefixCuts(), cuts() and jointCuts() cut display lines only where both parts hold a headline
    /// line (an article has one headline; a kicker, subheadline or byline goes with the headline it
    /// stands by): headlines[u] says whether unit u's likeliest role is headline.
    /// Where to cut the groups. A layer of headlines printed together is often linked into one group,
    /// each headline read as the line after the one before. A group is cut before its unit c when
    /// the part before c and the part from c on each match some text likelier than one half, and
    /// not the same text: two headlines that name two texts head two articles. Cuts are made left to
    /// right, each part scored with the rank it has among the groups once cut. Returns the units
    /// to cut before, in order. Cost: per group of k units, 2 (k − 1) parts scored against the
    /// texts of its band, within kMaxPairs pairs for the page.
    static std::vector<qsizetype> cuts(QStringView pageText, const QList<LineUnit> &units,
                                       const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                       const std::vector<double> &starts, const std::vector<char> &headlines,
                                       const LinearModel &model, TextWordings *wordings = nullptr);
    /// Where to cut the display lines that head a text (headed: in text order), when the link pass
    /// gave one text the headlines of two articles printed together (the lower one is the text's, the
    /// upper one another's). The display lines are cut before their unit c when the part before c
    /// matches a headless text (texts, in text order) likelier than one half, and that text is its
    /// likeliest of the headless texts and the text it heads (the first on a tie); the part is scored
    /// as one more group among groups. The first such c for each text; the part from c on stays
    /// with its text. Returns the units to cut before. Cost: per text, (display lines − 1) parts
    /// scored against the headless texts, within kMaxPairs pairs for the page.
    static std::vector<qsizetype> prefixCuts(QStringView pageText, const QList<LineUnit> &units,
                                             const std::vector<HeadedText> &headed, const std::vector<UnitChain> &groups,
                                             const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                                             const std::vector<char> &headlines, const LinearModel &model, TextWordings *wordings = nullptr);
    /// Where to cut display lines that hold the headlines of two articles. PDF block extraction
    /// (PyMuPDF's text blocks, one block a line of the page, its printed lines joined by a space)
    /// puts two headlines printed side by side on one row into one block. A line whose likeliest
    /// role is headline (headlines[u]), of k ≥ 2 printed lines (FragmentLayout::printedLines: CJK
    /// text only; lines of more than kMaxCutUnits printed lines are left whole), in a group (groups)
    /// or heading a text (headed), is cut before its printed line i when the part before i and the
    /// part from i, each scored as a group of its own (ranks: a line left alone is two groups where
    /// its group stands, a line heading a text gives one part to the groups where it stands; the
    /// groups as shifted by the lines cut before it; the first part with the second standing after
    /// it), match a text likelier than one half, not the same text, and each likelier than any other
    /// group matches that text (else the match would not give it to the part); texts: the headless
    /// texts and the text the line heads. Not where a
    /// word runs on from printed line i − 1 into i (WordBridge), nor where line i − 1 ends with a
    /// comma or colon (script::isClauseMark): one headline wraps there. Of such
    /// i, the one with the largest product of the two probabilities; then each part of two or more
    /// printed lines is cut again the same way (a line may hold three headlines). No new parameter: the fitted
    /// match model at its even odds, as cuts() takes it. Returns the page-text positions (UTF-16
    /// units) where a line is cut (the first unit of each part after the first), in page order;
    /// LineUnits::of() makes a unit of each part. Cost: per line, 2 (k − 1) parts scored
    /// against the texts, and for a place where both parts match the other groups' rows; within
    /// kMaxPairs pairs for the page.
    static std::vector<qsizetype> lineCuts(QStringView pageText, const QList<LineUnit> &units,
                                           const std::vector<UnitChain> &groups, const std::vector<HeadedText> &headed,
                                           const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                                           const std::vector<char> &headlines, const LinearModel &model, TextWordings *wordings = nullptr);
    /// Where to cut a group and a text together. When the bodies of a layered page run on into
    /// each other, two headlines of one group both name the same merged text and cuts() leaves
    /// them whole. Here a group is cut before its unit c and a text before its unit d when the part
    /// of the group before c matches the part of the text before d, and the part from c matches
    /// the part from d, each likelier than one half; of all such (c, text, d), the likeliest: the
    /// product of the two match probabilities and of d's start probability (the match model does not
    /// weigh where a text begins: every text it was fitted on begins where an article does). At
    /// most one joint cut per group, groups in order, each scored with the texts as cut so far (the
    /// part of a text from d placed among the texts by its first unit, as orphan chains are listed).
    /// Returns (group unit, text unit) pairs to cut before. Cost: for each of the page's text lines
    /// d that could still win, the wording of the cut text's parts, and for each of the group's
    /// k − 1 cuts two parts scored against the texts; each group within its share of kMaxPairs
    /// pairs (a part's wording measured counted as 32 pairs).
    static std::vector<std::pair<qsizetype, qsizetype>> jointCuts(QStringView pageText, const QList<LineUnit> &units,
                                                                  const std::vector<UnitChain> &groups,
                                                                  const std::vector<UnitChain> &texts,
                                                                  const std::vector<double> &starts,
                                                                  const std::vector<char> &headlines,
                                                                  const LinearModel &model, TextWordings *wordings = nullptr);
    /// Where to cut texts for the groups match() leaves without one. On a page printed in layers
    /// (every article's text, then every headline) the link pass runs the texts of several articles
    /// into one, and a headline whose article's text is the middle of such a text matches no text.
    /// matched: match()'s pairs for these groups and texts (texts in text order, by first unit). For
    /// each group left without a text, in order, a text is cut before its unit d — a paragraph's
    /// first line: the line before ends a sentence — when, with that cut made (the part from d placed
    /// among the texts by its first unit), the part from d is the group's likeliest text and likelier
    /// than one half, and for the group the text was matched to (if any) the part before d is still
    /// its likeliest text and likelier than one half. Of all such d, the one with the largest product
    /// of the match probability and d's start probability (the first on a tie; the match model barely
    /// weighs where a text begins). No new parameter: the fitted match model at its even odds, as
    /// match() takes it. Returns the units to cut before, in the order found.
    /// Cost: each text and each candidate d visited counts as one pair, each d scored as two wordings
    /// (2 kWordingCost) and one or two rows of all the texts; at most kMaxPairs pairs for the page.
    static std::vector<qsizetype> unmatchedCuts(QStringView pageText, const QList<LineUnit> &units,
                                                const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                                const std::vector<double> &starts,
                                                const std::vector<std::pair<qsizetype, qsizetype>> &matched,
                                                const LinearModel &model, TextWordings *wordings = nullptr);
    /// layerCuts(): the most display lines in a piece that heads an article (a kicker, a headline of a
    /// few lines, a subheadline, a byline).
    static constexpr qsizetype kMaxLayerPiece = 8;
    /// Where to cut the groups and texts of a page printed in layers. On such a page (every
    /// article's text, then every headline: pdftotext -raw of a PDF drawn so) the link pass runs
    /// several articles' texts into one and links their headlines into a few groups; no part of a
    /// group then names a text of its own, and the cuts above, each needing a match likelier than
    /// one half on the texts as they stand, cut nothing. Here the groups and the texts (in text
    /// order, paired by match() or not) are read as two sequences in page order — the groups'
    /// display lines, and the texts with a boundary wherever a paragraph begins (after a sentence's
    /// end or a display line, display[u]; never before a display line: a chain that opens with one
    /// is no text) — and aligned in order (headlines printed in a layer keep their articles' order,
    /// as the match model's rank features say): a piece of display lines (at most kMaxLayerPiece
    /// lines of one group, holding a headline line: headlines[u]) is paired with a piece of text,
    /// or either is left alone; only a pair cuts a text, at both ends. The alignment taken has the
    /// largest sum of the log-odds of its pairs (the match model, the pair read as the k-th group
    /// with the k-th text and the other texts as every piece that could begin outside it) and of its
    /// cuts (the start model's log-odds at the line cut before); nothing cut and nothing paired is 0.
    /// Then the fitted match model pairs the page's groups and texts so cut (match()): the pairs of
    /// the alignment it does not make are left out with their cuts, round after round until it makes
    /// every pair left; a group is cut only before a piece paired that follows another piece paired
    /// (a byline, or a headline's second line, left alone stays with the piece before it); and the
    /// cuts stand only if match() on the chains so cut makes more than pairedBefore pairs (what it
    /// makes on them uncut). No new parameter. Returns the units to cut before (display lines and
    /// text), sorted; empty when nothing is cut. Cost: (display lines + pieces) × boundaries ×
    /// boundaries of one text steps in the alignment, not run beyond kMaxPairs, which also bounds
    /// its work (each containment one, each stretch of text measured kWordingCost); then match()
    /// once a round, at most as many rounds as pairs.
    static std::vector<qsizetype> layerCuts(QStringView pageText, const QList<LineUnit> &units,
                                            const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                            const std::vector<double> &starts, const std::vector<char> &headlines,
                                            const std::vector<char> &display, qsizetype pairedBefore,
                                            const LinearModel &model, TextWordings *wordings = nullptr);
    /// The pairing of groups and texts (Assignment::likeliest over the pairs likelier than one half):
    /// (group index, text index) in that order, each index at most once.
    static std::vector<std::pair<qsizetype, qsizetype>> match(QStringView pageText, const QList<LineUnit> &units,
                                                              const std::vector<UnitChain> &groups,
                                                              const std::vector<UnitChain> &texts,
                                                              const std::vector<double> &starts,
                                                              const LinearModel &model, TextWordings *wordings = nullptr);
};

} // namespace galley
