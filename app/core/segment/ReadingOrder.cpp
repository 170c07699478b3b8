// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingOrder.h"

#include "Assignment.h"
#include "HeadlineMatcher.h"
#include "LineRanges.h"
#include "TextSimilarity.h"
#include "UnitFeatures.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace galley {

namespace {

// Pages of fewer than twice this many lines are measured and scored on the calling thread; longer
// ones in ranges of lines at once (LineRanges.h). Speed only: the output is the same.
constexpr qsizetype kLinesPerRange = 1024;

// out[i] = measure(i) for every line i of units, in ranges of lines at once.
template <typename Out, typename Measure>
std::vector<Out> perLine(const QList<LineUnit> &units, Measure measure)
{
    std::vector<Out> out(std::size_t(units.size()));
    forEachLineRange(units.size(), lineRangeCount(units.size(), kLinesPerRange), [&](int, qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[std::size_t(i)] = measure(i);
    });
    return out;
}

} // namespace

std::vector<std::vector<double>> ReadingOrder::roleProbabilities(QStringView text, const QList<LineUnit> &units,
                                                                 const LinearModel &roles)
{
    return perLine<std::vector<double>>(units, [&](qsizetype i) {
        return roles.probabilities(UnitFeatures::roleFeatures(text, units, i));
    });
}

std::vector<std::vector<double>> ReadingOrder::contextRoleProbabilities(QStringView text, const QList<LineUnit> &units,
                                                                        const std::vector<std::vector<double>> &firstRoles,
                                                                        const LinearModel &roleContext)
{
    return perLine<std::vector<double>>(units, [&](qsizetype i) {
        return roleContext.probabilities(UnitFeatures::contextFeatures(text, units, firstRoles, i));
    });
}

std::vector<double> ReadingOrder::startProbabilities(QStringView text, const QList<LineUnit> &units,
                                                     const std::vector<std::vector<double>> &firstRoles,
                                                     const LinearModel &starts)
{
    return perLine<double>(units, [&](qsizetype i) {
        return starts.probabilities(UnitFeatures::contextFeatures(text, units, firstRoles, i))[1];
    });
}

namespace {

// The role models and the start model of every line, as roleProbabilities,
// contextRoleProbabilities and startProbabilities give them, with each line's role features built
// once for the three models (and its context features once for the two that read them).
void lineModels(QStringView text, const QList<LineUnit> &units, const EngineModel &model, PageAnalysis *out)
{
    const auto features = perLine<FeatureVector>(units, [&](qsizetype i) { return UnitFeatures::roleFeatures(text, units, i); });
    const auto firstRoles = perLine<std::vector<double>>(units, [&](qsizetype i) {
        return model.roles.probabilities(features[std::size_t(i)]);
    });
    struct Context {
        std::vector<double> roles;
        double start = 0;
    };
    auto context = perLine<Context>(units, [&](qsizetype i) {
        const FeatureVector f = UnitFeatures::contextFeatures(features[std::size_t(i)], firstRoles, i);
        return Context{model.roleContext.probabilities(f), model.starts.probabilities(f)[1]};
    });
    out->roles.resize(context.size());
    out->starts.resize(context.size());
    for (std::size_t i = 0; i < context.size(); ++i) {
        out->roles[i] = std::move(context[i].roles);
        out->starts[i] = context[i].start;
    }
}

// The ends of the chains that links make, each line with one successor and one predecessor at
// most: a link a → b joins the chain that a ends to the one b heads, and closes a cycle exactly
// when b heads the chain that a ends.
struct ChainEnds {
    std::vector<qsizetype> head, tail; // head[t] for a chain tail t, tail[h] for a chain head h

    explicit ChainEnds(qsizetype n)
        : head(std::size_t(n)), tail(std::size_t(n))
    {
        std::iota(head.begin(), head.end(), qsizetype(0));
        std::iota(tail.begin(), tail.end(), qsizetype(0));
    }
    bool closesCycle(qsizetype a, qsizetype b) const { return head[std::size_t(a)] == b; }
    // a ends a chain and b heads another.
    void join(qsizetype a, qsizetype b)
    {
        const qsizetype h = head[std::size_t(a)], t = tail[std::size_t(b)];
        head[std::size_t(t)] = h;
        tail[std::size_t(h)] = t;
    }
};

} // namespace

std::vector<ReadingOrder::Link> ReadingOrder::likeliestLinks(std::vector<Link> candidates, double floorLogOdds, qsizetype n)
{
    std::vector<ScoredPair> pairs;
    pairs.reserve(candidates.size());
    for (const Link &l : candidates)
        if (l.logOdds > floorLogOdds)
            pairs.push_back({l.logOdds - floorLogOdds, l.a, l.b});
    const std::vector<std::pair<qsizetype, qsizetype>> chosen = Assignment::likeliest(std::move(pairs)); // (a, b) order
    const auto isChosen = [&](const Link &l) {
        return std::binary_search(chosen.begin(), chosen.end(), std::pair<qsizetype, qsizetype>(l.a, l.b));
    };
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const Link &l) { return !isChosen(l); }),
                     candidates.end());
    // Strongest first by log-odds (probabilities of strong links round to 1 and would tie).
    std::sort(candidates.begin(), candidates.end(), [](const Link &x, const Link &y) {
        if (x.logOdds != y.logOdds)
            return x.logOdds > y.logOdds;
        if (x.probability != y.probability)
            return x.probability > y.probability;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    // The chosen links give each unit one successor and one predecessor at most.
    ChainEnds ends(n);
    std::vector<Link> out;
    for (const Link &l : candidates) {
        if (ends.closesCycle(l.a, l.b))
            continue;
        ends.join(l.a, l.b);
        out.push_back(l);
    }
    return out;
}

bool ReadingOrder::isCandidate(qsizetype n, qsizetype a, qsizetype b)
{
    return a != b && std::abs(b - a) <= reach(n);
}

ReadingOrder::Pairs ReadingOrder::jumpPairs(const QList<LineUnit> &units)
{
    const qsizetype n = units.size(), r = reach(n);
    std::vector<std::pair<quint64, qsizetype>> heads; // (key, line), sorted: each key's lines in order
    for (qsizetype b = 0; b < n; ++b)
        if (units[b].jumpHeadKey != 0)
            heads.emplace_back(units[b].jumpHeadKey, b);
    std::sort(heads.begin(), heads.end());
    Pairs out;
    std::vector<qsizetype> found;
    for (qsizetype a = 0; a < n; ++a) {
        const quint64 key = units[a].jumpOutKey;
        if (key == 0)
            continue;
        // The key's heads before a − r and after a + r, walked outwards from the window: the
        // nearest first, the one before on a tie.
        const auto lo = std::lower_bound(heads.begin(), heads.end(), std::pair<quint64, qsizetype>(key, a - r));
        const auto hi = std::upper_bound(heads.begin(), heads.end(), std::pair<quint64, qsizetype>(key, a + r));
        auto before = std::make_reverse_iterator(lo);
        const auto beforeEnd = std::make_reverse_iterator(std::lower_bound(heads.begin(), lo, std::pair<quint64, qsizetype>(key, 0)));
        auto after = hi;
        found.clear();
        while (qsizetype(found.size()) < kJumpHeads) {
            const bool hasBefore = before != beforeEnd, hasAfter = after != heads.end() && after->first == key;
            if (!hasBefore && !hasAfter)
                break;
            if (hasBefore && (!hasAfter || a - before->second <= after->second - a))
                found.push_back((before++)->second);
            else
                found.push_back((after++)->second);
        }
        std::sort(found.begin(), found.end());
        for (qsizetype b : found)
            out.emplace_back(a, b);
    }
    return out;
}

namespace {

// How much of an article's text and of a caption attachCaptions compares (UTF-16 units), and how
// many set look-ups it makes at most on a page (cost only: captions beyond stay apart).
constexpr qsizetype kCaptionTextWording = 3000;
constexpr qsizetype kCaptionWording = 300;
constexpr qsizetype kCaptionLookUps = 20'000'000;

// Links less likely than this are not kept even for orphan headlines.
constexpr double kOrphanFloor = 0.02;

struct Candidate {
    double p;
    qsizetype a, b;
    double logOdds = 0; // the link model's log(p / (1 − p)), from its sums
};

bool byProbability(const Candidate &x, const Candidate &y)
{
    if (x.p != y.p)
        return x.p > y.p;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
}

// Chains of links, with their ends, so that a link never closes a cycle.
struct Chains : ChainEnds {
    using ChainEnds::ChainEnds;

    bool canLink(const PageAnalysis &out, qsizetype a, qsizetype b) const
    {
        return out.next[a] < 0 && out.prev[b] < 0 && !closesCycle(a, b);
    }
    void link(PageAnalysis &out, const Candidate &c)
    {
        out.next[c.a] = c.b;
        out.prev[c.b] = c.a;
        out.linkIn[c.b] = c.p;
        join(c.a, c.b);
    }
    // Cuts the link into b (b has a predecessor); the chain ends are right again after rebuild().
    static void cut(PageAnalysis &out, qsizetype b)
    {
        Q_ASSERT(out.prev[b] >= 0);
        out.next[out.prev[b]] = -1;
        out.prev[b] = -1;
        out.linkIn[b] = 0;
    }
    // The ends of every chain, from the links (after cuts). O(n).
    void rebuild(const PageAnalysis &out)
    {
        for (qsizetype h = 0; h < qsizetype(head.size()); ++h) {
            if (out.prev[h] >= 0)
                continue;
            qsizetype t = h;
            while (out.next[t] >= 0)
                t = out.next[t];
            head[t] = h;
            tail[h] = t;
        }
    }
};

bool isDisplayRole(const std::vector<double> &p)
{
    return isDisplayRole(likeliestRole(p));
}

bool isFurnitureRole(const std::vector<double> &p)
{
    return likeliestRole(p) == UnitRole::Furniture;
}

bool isCaptionRole(const std::vector<double> &p)
{
    const UnitRole role = likeliestRole(p);
    return role == UnitRole::Caption || role == UnitRole::Credit;
}

// What the chain that starts at head holds, by its lines' likeliest roles.
struct ChainKind {
    bool allDisplay = true;   // headline, kicker, subheadline and byline lines only
    bool anyDisplay = false;
    bool anyText = false;     // a line neither display nor furniture (body, caption, credit, jump line)
    bool anyBody = false;     // a text line that is no caption or credit
    bool anyTitle = false;    // a headline, kicker or subheadline line
};

ChainKind kindOf(const PageAnalysis &out, qsizetype head)
{
    ChainKind k;
    for (qsizetype u = head; u >= 0; u = out.next[u]) {
        const auto &roles = out.roles[std::size_t(u)];
        const bool display = isDisplayRole(roles), caption = isCaptionRole(roles);
        const bool text = !display && !isFurnitureRole(roles);
        k.allDisplay = k.allDisplay && display;
        k.anyDisplay = k.anyDisplay || display;
        k.anyText = k.anyText || text;
        k.anyBody = k.anyBody || (text && !caption);
        k.anyTitle = k.anyTitle || (display && likeliestRole(roles) != UnitRole::Byline);
    }
    return k;
}

// Which lines a line may carry on into, in the link pass, the jump pass and the orphan pass
// (likelyPairs); the headline match and the caption pass do not ask.
//  - Keyword jumps: a line that ends with a jump out ("… See DEAN, page 2") whose keyword names a
//    jump heading on the page (LineUnit::isJumpHeading: "DEAN", "Dean from page 1", not "… thanked
//    the dean.") leads only into a jump heading of its keyword (onlyInto: that key; else 0). The text
//    goes on where the jump says, not in the line printed after it. A jump out whose heading the
//    page lacks, or OCR lost, is left to the link model.
//  - A headline opens its article: a line whose likeliest role is headline is never the next line
//    of one whose likeliest role is running text, a caption, a credit, a jump line or furniture,
//    unless it could be a jump heading (LineUnit::isJumpHeading: a jump in, or one to four words
//    alone with no sentence end — a jump's heading, a section label; a Chinese line without a space
//    is one word, so Chinese headlines are left to the link model, see docs/quality.md stop 29);
//    attachHeadedScraps, last, takes such a link for a headline no text follows. Of the links of
//    this kind that the engine of stop 28 made into a tagged headline line on the 13 English
//    issues, 49 of 90 ran an advertisement's or a masthead's untagged lines into the story below,
//    7 joined two stories and 34 were right, many of them into jump headings: the link model is
//    fitted on tagged lines only and never saw such pairs as negatives. A caption or credit so cut
//    off goes with its story in the caption pass.
struct LinkTargets {
    std::vector<quint64> onlyInto; ///< by unit: the key of the jump heading its next line must be, or 0
    std::vector<char> headline;    ///< by unit: likeliest role headline, and it could not be a jump heading
    std::vector<char> display;     ///< by unit: likeliest role a display role (headline, kicker, subheadline, byline)
    const QList<LineUnit> *units = nullptr;

    LinkTargets(const QList<LineUnit> &lines, const std::vector<std::vector<double>> &roles)
        : onlyInto(std::size_t(lines.size()), 0), headline(std::size_t(lines.size()), 0),
          display(std::size_t(lines.size()), 0), units(&lines)
    {
        std::vector<quint64> headings;
        for (const LineUnit &u : lines)
            if (u.isJumpHeading())
                headings.push_back(u.jumpHeadKey);
        std::sort(headings.begin(), headings.end());
        for (qsizetype a = 0; a < lines.size(); ++a) {
            const UnitRole role = likeliestRole(roles[std::size_t(a)]);
            headline[std::size_t(a)] = role == UnitRole::Headline && !lines[a].isJumpHeading();
            display[std::size_t(a)] = isDisplayRole(role);
            const quint64 key = lines[a].jumpOutKey;
            if (key == 0)
                continue;
            // Headings of the key other than the line itself (a line can be a jump out and a heading at once).
            const auto [lo, hi] = std::equal_range(headings.begin(), headings.end(), key);
            if (hi - lo > (lines[a].isJumpHeading() && lines[a].jumpHeadKey == key ? 1 : 0))
                onlyInto[std::size_t(a)] = key;
        }
    }
    bool allows(qsizetype a, qsizetype b) const
    {
        if (headline[std::size_t(b)] && !display[std::size_t(a)])
            return false;
        const quint64 key = onlyInto[std::size_t(a)];
        return key == 0 || ((*units)[b].jumpHeadKey == key && (*units)[b].isJumpHeading());
    }
};

// The pairs (a, b) with a in [from, to) that likelyPairs takes from the reach of a, into out.
void likelyPairsFrom(const LinkScorer &scorer, const LinkTargets &targets, qsizetype n, qsizetype from, qsizetype to,
                     double atLeast, const std::vector<char> &froms, const std::vector<char> &tos,
                     std::vector<Candidate> *out)
{
    const qsizetype reach = ReadingOrder::reach(n);
    for (qsizetype a = from; a < to; ++a) {
        if (!froms[a])
            continue;
        const qsizetype last = std::min(n, a + reach + 1);
        for (qsizetype b = std::max<qsizetype>(0, a - reach); b < last; ++b) {
            if (!tos[b] || !ReadingOrder::isCandidate(n, a, b) || !targets.allows(a, b))
                continue;
            const std::optional<LinkScorer::Scored> s = scorer.scored(a, b, atLeast);
            if (s && s->probability >= atLeast)
                out->push_back({s->probability, a, b, s->logOdds});
        }
    }
}

// The candidate pairs (a, b) with a in froms and b in tos (masks by unit) at least atLeast likely
// (0 < atLeast < 1), best first, among the pairs within reach and the jumps beyond it
// (ReadingOrder::jumpPairs), a jump out only into its jump heads (LinkTargets). The scorer skips the
// costly measures of pairs that cannot get there.
// Ranges of lines are scored at once, each by its own copy of the scorer; the order does not depend
// on which range found a pair (byProbability is a total order).
std::vector<Candidate> likelyPairs(const LinkScorer &scorer, const ReadingOrder::Pairs &jumps, const LinkTargets &targets,
                                   qsizetype n, double atLeast, const std::vector<char> &froms, const std::vector<char> &tos)
{
    const int ranges = lineRangeCount(n, kLinesPerRange);
    std::vector<std::vector<Candidate>> found(static_cast<std::size_t>(ranges));
    forEachLineRange(n, ranges, [&](int range, qsizetype from, qsizetype to) {
        const LinkScorer own = scorer; // its own row of shared counts
        likelyPairsFrom(own, targets, n, from, to, atLeast, froms, tos, &found[std::size_t(range)]);
    });
    std::vector<Candidate> out;
    for (const auto &part : found)
        out.insert(out.end(), part.begin(), part.end());
    for (const auto &[a, b] : jumps) {
        if (!froms[a] || !tos[b] || !targets.allows(a, b))
            continue;
        const std::optional<LinkScorer::Scored> s = scorer.scored(a, b, atLeast);
        if (s && s->probability >= atLeast)
            out.push_back({s->probability, a, b, s->logOdds});
    }
    std::sort(out.begin(), out.end(), byProbability);
    return out;
}

// A link between two text lines says that b carries on a's text; the start model says how likely b
// is to open an article's text instead, and a line that opens one has no text line before it in its
// article. Both are fitted probabilities about the same line, so the link is left out when b's start
// is the likelier (a lead printed right after the end of another article's text, as extractors that
// keep the content stream's order give them). Links from or into display lines are not weighed so:
// an article's first text line follows its headline.
bool opensAnArticleRather(const PageAnalysis &out, const Candidate &c)
{
    return !isDisplayRole(out.roles[std::size_t(c.a)]) && !isDisplayRole(out.roles[std::size_t(c.b)])
           && out.starts[std::size_t(c.b)] > c.p;
}

// Pass 1: the likeliest set of links likelier than the threshold (ReadingOrder::likeliestLinks),
// leaving out those into a line the start model finds likelier to open an article, and those
// between the parts of a line cut in two (lineCuts cut it because each part names another
// article's text; the link pass would often join them again as one headline's lines).
// lineOf: each unit's line in the analysis before the cut (linesOf), or empty where no line is cut.
void acceptLinks(const LinkScorer &scorer, const ReadingOrder::Pairs &jumps, const LinkTargets &targets, double threshold,
                 Chains &chains, PageAnalysis &out, const std::vector<qsizetype> &lineOf)
{
    const qsizetype n = out.units.size();
    if (threshold >= 1.0)
        return;
    const std::vector<char> all(n, 1);
    const auto partsOfOneLine = [&](const Candidate &c) {
        return !lineOf.empty() && lineOf[std::size_t(c.a)] == lineOf[std::size_t(c.b)];
    };
    std::vector<ReadingOrder::Link> candidates;
    for (const Candidate &c : likelyPairs(scorer, jumps, targets, n, std::max(threshold, kOrphanFloor), all, all)) {
        if (c.p <= threshold)
            break;
        if (!opensAnArticleRather(out, c) && !partsOfOneLine(c))
            candidates.push_back({c.p, c.logOdds, c.a, c.b});
    }

    const double t = std::max(threshold, 1e-12);
    for (const ReadingOrder::Link &l : ReadingOrder::likeliestLinks(std::move(candidates), std::log(t / (1.0 - t)), n))
        if (chains.canLink(out, l.a, l.b))
            chains.link(out, Candidate{l.probability, l.a, l.b, l.logOdds});
}

// Pass 1b (the jump pass): a jump out still without its next line carries on at a free jump heading
// of its keyword (LinkTargets), the likeliest by the link model, whatever the probability above
// kOrphanFloor: the jump names where the text goes on, and the model, which weighs the keyword among
// every other measure, often puts that pair below one half (a heading far from its story). Best first.
void followJumps(const LinkScorer &scorer, const ReadingOrder::Pairs &jumps, const LinkTargets &targets, Chains &chains,
                 PageAnalysis &out)
{
    const qsizetype n = out.units.size();
    std::vector<char> outs(n, 0), heads(n, 0);
    bool any = false;
    for (qsizetype u = 0; u < n; ++u) {
        outs[u] = targets.onlyInto[std::size_t(u)] != 0 && out.next[u] < 0;
        heads[u] = out.units[u].isJumpHeading() && out.prev[u] < 0;
        any = any || outs[u];
    }
    if (!any)
        return;
    for (const Candidate &c : likelyPairs(scorer, jumps, targets, n, kOrphanFloor, outs, heads))
        if (chains.canLink(out, c.a, c.b))
            chains.link(out, c);
}

// The chains of display lines only, and the chains of text without a headline, kicker or
// subheadline that do not open with a display line (a byline read inside a text, as an author's name
// printed after the text often is, heads nothing), in text order of their heads.
void orphanChains(const PageAnalysis &out, std::vector<UnitChain> *groups, std::vector<UnitChain> *texts)
{
    const qsizetype n = out.units.size();
    for (qsizetype h = 0; h < n; ++h) {
        if (out.prev[h] >= 0)
            continue;
        UnitChain c;
        for (qsizetype u = h; u >= 0; u = out.next[u])
            c.units.push_back(u);
        const ChainKind kind = kindOf(out, h);
        if (kind.allDisplay)
            groups->push_back(std::move(c));
        else if (!kind.anyTitle && kind.anyText && !isDisplayRole(out.roles[std::size_t(h)]))
            texts->push_back(std::move(c));
    }
}

// The chains that open with display lines and go on with text, in text order of their heads.
std::vector<HeadedText> headedTexts(const PageAnalysis &out)
{
    std::vector<HeadedText> headed;
    const qsizetype n = out.units.size();
    for (qsizetype h = 0; h < n; ++h) {
        if (out.prev[h] >= 0 || !isDisplayRole(out.roles[std::size_t(h)]))
            continue;
        HeadedText t;
        qsizetype u = h;
        for (; u >= 0 && isDisplayRole(out.roles[std::size_t(u)]); u = out.next[u])
            t.display.push_back(u);
        for (; u >= 0; u = out.next[u])
            t.text.push_back(u);
        if (!t.text.empty())
            headed.push_back(std::move(t));
    }
    return headed;
}

// Cuts the links into the units `at`, then collects the orphan chains again (orphanChains).
void recut(const std::vector<qsizetype> &at, Chains &chains, PageAnalysis &out, std::vector<UnitChain> *groups,
           std::vector<UnitChain> *texts)
{
    if (at.empty())
        return;
    for (qsizetype b : at)
        Chains::cut(out, b);
    chains.rebuild(out);
    groups->clear();
    texts->clear();
    orphanChains(out, groups, texts);
}

// Whether each unit's likeliest role is headline.
std::vector<char> headlineLines(const PageAnalysis &out)
{
    std::vector<char> headlines(out.units.size());
    for (std::size_t u = 0; u < headlines.size(); ++u)
        headlines[u] = likeliestRole(out.roles[u]) == UnitRole::Headline;
    return headlines;
}

// After pass 1: where lines that hold two articles' headlines are cut (HeadlineMatcher::lineCuts).
std::vector<qsizetype> headlineLineCuts(const EngineModel &model, QStringView text, const PageAnalysis &out,
                                        TextWordings *wordings)
{
    std::vector<UnitChain> groups, texts;
    orphanChains(out, &groups, &texts);
    return HeadlineMatcher::lineCuts(text, out.units, groups, headedTexts(out), texts, out.starts, headlineLines(out),
                                     model.headlines, wordings);
}

// Pass 2: headline groups left alone go to headless texts, by the match model (HeadlineMatcher).
void matchHeadlineGroups(const EngineModel &model, QStringView text, const LinkTargets &targets, Chains &chains,
                         PageAnalysis &out, TextWordings *wordings)
{
    std::vector<UnitChain> groups, texts;
    orphanChains(out, &groups, &texts);
    const std::vector<char> headlines = headlineLines(out);
    // First, a page printed in layers: its groups and texts aligned in order, and cut where the
    // match model then pairs more of them than as the link pass left them.
    const qsizetype pairedBefore =
        qsizetype(HeadlineMatcher::match(text, out.units, groups, texts, out.starts, model.headlines, wordings).size());
    recut(HeadlineMatcher::layerCuts(text, out.units, groups, texts, out.starts, headlines, targets.display, pairedBefore,
                                     model.headlines, wordings),
          chains, out, &groups, &texts);
    // Headlines of two articles printed together and linked to the lower one's text are cut where
    // the upper part names a text without a headline; a layer of headlines linked into one group is
    // cut where its parts name different texts; then a group whose two headlines name one text that
    // runs two articles together is cut with that text.
    recut(HeadlineMatcher::prefixCuts(text, out.units, headedTexts(out), groups, texts, out.starts, headlines,
                                      model.headlines, wordings),
          chains, out, &groups, &texts);
    recut(HeadlineMatcher::cuts(text, out.units, groups, texts, out.starts, headlines, model.headlines, wordings), chains, out,
          &groups, &texts);
    std::vector<qsizetype> joint;
    for (const auto &[groupUnit, textUnit] :
         HeadlineMatcher::jointCuts(text, out.units, groups, texts, out.starts, headlines, model.headlines, wordings)) {
        joint.push_back(groupUnit);
        joint.push_back(textUnit);
    }
    recut(joint, chains, out, &groups, &texts);
    // A group left without a text names the middle of a text that runs articles together: that text
    // is cut where the group's article begins, and the match made again with the texts so cut.
    auto pairs = HeadlineMatcher::match(text, out.units, groups, texts, out.starts, model.headlines, wordings);
    const std::vector<qsizetype> atStarts =
        HeadlineMatcher::unmatchedCuts(text, out.units, groups, texts, out.starts, pairs, model.headlines, wordings);
    if (!atStarts.empty()) {
        recut(atStarts, chains, out, &groups, &texts);
        pairs = HeadlineMatcher::match(text, out.units, groups, texts, out.starts, model.headlines, wordings);
    }
    for (const auto &[g, t] : pairs) {
        const qsizetype a = groups[g].units.back(), b = texts[t].units.front();
        if (chains.canLink(out, a, b))
            chains.link(out, Candidate{0.5, a, b});
    }
}

// Pass 3: a headline group left alone (a chain of display lines only) belongs to some article, and
// an article's text left without one needs its headline: the best remaining links between the two
// kinds of chains are taken, best first, whatever their probability (an orphan headline far from
// its text, or headlines printed in a layer of their own).
void matchOrphanHeadlines(const LinkScorer &scorer, const ReadingOrder::Pairs &jumps, const LinkTargets &targets,
                          Chains &chains, PageAnalysis &out)
{
    const qsizetype n = out.units.size();
    std::vector<char> displayOnly(n, 0), headless(n, 0); // by chain head
    for (qsizetype h = 0; h < n; ++h) {
        if (out.prev[h] >= 0)
            continue;
        const ChainKind kind = kindOf(out, h);
        displayOnly[h] = kind.allDisplay;
        headless[h] = !kind.anyDisplay && kind.anyText;
    }
    // Only links from the end of a headline group to the start of a headless text are taken here;
    // taking them makes no other pair eligible, so only these pairs are scored.
    std::vector<char> groupEnds(n, 0);
    for (qsizetype a = 0; a < n; ++a)
        groupEnds[a] = out.next[a] < 0 && displayOnly[chains.head[a]];
    for (const Candidate &c : likelyPairs(scorer, jumps, targets, n, kOrphanFloor, groupEnds, headless)) {
        if (!chains.canLink(out, c.a, c.b) || !headless[c.b])
            continue;
        const qsizetype h = chains.head[c.a];
        if (!displayOnly[h])
            continue;
        chains.link(out, c);
        displayOnly[h] = 0;
        headless[c.b] = 0;
    }
}

// Pass 4: a chain that opens with a caption or credit and holds no display line (captions and
// credits only, or a caption wrapped over printed lines whose later lines read as text, or a credit
// read as text after it) goes with the article whose text holds most of its wording (a
// photograph's caption with the story it shows; TextSimilarity units of the caption's first 300
// UTF-16 units and of each article's first 3,000); linked after that article's last line.
// A caption that two texts hold equally, or none, stays apart. Cost: for each caption, its units ×
// the articles set look-ups, at most kCaptionLookUps for the page.
void attachCaptions(QStringView text, Chains &chains, PageAnalysis &out)
{
    const qsizetype n = out.units.size();
    std::vector<qsizetype> captionHeads, textHeads;
    for (qsizetype h = 0; h < n; ++h) {
        if (out.prev[h] >= 0)
            continue;
        const ChainKind kind = kindOf(out, h);
        if (isCaptionRole(out.roles[std::size_t(h)]) && !kind.anyDisplay)
            captionHeads.push_back(h);
        else if (kind.anyBody)
            textHeads.push_back(h);
    }
    if (captionHeads.empty() || textHeads.empty())
        return;
    const auto wordingOf = [&](qsizetype head, qsizetype limit) {
        QString words;
        for (qsizetype u = head; u >= 0 && words.size() < limit; u = out.next[u]) {
            if (!words.isEmpty())
                words += u' ';
            words += text.sliced(out.units[u].span.start, out.units[u].span.length());
        }
        return TextSimilarity::units(words);
    };
    std::vector<QSet<quint64>> texts;
    for (qsizetype h : textHeads)
        texts.push_back(wordingOf(h, kCaptionTextWording));
    qsizetype lookUps = kCaptionLookUps;
    for (qsizetype c : captionHeads) {
        const QSet<quint64> caption = wordingOf(c, kCaptionWording);
        lookUps -= caption.size() * qsizetype(texts.size());
        if (lookUps < 0)
            break; // the captions beyond stay apart
        double best = 0, second = 0;
        std::size_t at = 0;
        for (std::size_t k = 0; k < texts.size(); ++k) {
            const double held = TextSimilarity::containment(caption, texts[k]);
            if (held > best) {
                second = best;
                best = held;
                at = k;
            } else if (held > second) {
                second = held;
            }
        }
        const qsizetype tail = chains.tail[textHeads[at]];
        if (best > second && chains.canLink(out, tail, c))
            chains.link(out, Candidate{0.5, tail, c});
    }
}

// Last: a chain headed by a headline line that no text follows (display lines and furniture only;
// a caption, a credit or a jump line is text here, since a story's text misread as a caption may
// follow its headline), right after the last line of a chain that holds text, goes on that chain
// where the link model takes the pair (at least the threshold of the link pass). LinkTargets keeps
// a headline from being the next line of text so that it opens its own article; a headline with no
// text after it opens nothing (the display lines of an advertisement printed after its text), and
// left alone it would be an article of its own. Only the line printed right before the chain is
// asked; not a jump out bound for its jump heading (LinkTargets::onlyInto), nor the other part of
// a line cut in two (lineOf: each unit's line, empty when no line is cut). Each chain is walked
// once: linear.
void attachHeadedScraps(const LinkScorer &scorer, const LinkTargets &targets, double threshold,
                        const std::vector<qsizetype> &lineOf, Chains &chains, PageAnalysis &out)
{
    const qsizetype n = out.units.size();
    // Which chains hold text, by head (a link below keeps the head of a's chain, which holds text).
    std::vector<char> holdsText(std::size_t(n), 0);
    for (qsizetype h = 0; h < n; ++h)
        if (out.prev[h] < 0)
            holdsText[std::size_t(h)] = kindOf(out, h).anyText;
    for (qsizetype h = 1; h < n; ++h) {
        const qsizetype a = h - 1;
        if (!targets.headline[std::size_t(h)] || out.prev[h] >= 0 || holdsText[std::size_t(h)] || out.next[a] >= 0
            || targets.onlyInto[std::size_t(a)] != 0 || (!lineOf.empty() && lineOf[std::size_t(a)] == lineOf[std::size_t(h)])
            || !chains.canLink(out, a, h) || !holdsText[std::size_t(chains.head[std::size_t(a)])])
            continue;
        if (const std::optional<double> p = scorer.probability(a, h, threshold); p && *p >= threshold)
            chains.link(out, Candidate{*p, a, h});
    }
}

// The roles and start probabilities of `uncut`'s units given to the units of `out` they hold (out's
// units are uncut's with some lines cut in two, both parts taking their line's).
// For each of units (the page's lines, some cut in parts), the index of the line of lines (the same
// page's lines uncut) that holds it. O(units + lines).
std::vector<qsizetype> linesOf(const QList<LineUnit> &lines, const QList<LineUnit> &units)
{
    std::vector<qsizetype> out(std::size_t(units.size()));
    qsizetype j = 0;
    for (qsizetype u = 0; u < units.size(); ++u) {
        while (j + 1 < lines.size() && lines[j].span.end <= units[u].span.start)
            ++j;
        out[std::size_t(u)] = j;
    }
    return out;
}

// out's units take the roles and start probabilities of the uncut lines that hold them (lineOf:
// linesOf(uncut.units, out.units)).
void inheritLineModels(const PageAnalysis &uncut, const std::vector<qsizetype> &lineOf, PageAnalysis &out)
{
    out.roles.resize(std::size_t(out.units.size()));
    out.starts.resize(std::size_t(out.units.size()));
    for (std::size_t u = 0; u < lineOf.size(); ++u) {
        out.roles[u] = uncut.roles[std::size_t(lineOf[u])];
        out.starts[u] = uncut.starts[std::size_t(lineOf[u])];
    }
}

// ReadingOrder::analyse() with the page's lines cut at `cuts` (LineUnits::of), its units' roles and
// start probabilities those of `uncut`'s if given (inheritLineModels), else the line models'. With
// foundCuts, once the link pass is made the lines to cut are looked for (headlineLineCuts); if there
// are any they go to *foundCuts and the analysis stops there (the caller analyses the page again
// with them, this analysis's scorer and windows freed by then).
PageAnalysis analysePage(const Page &page, const EngineModel &model, std::vector<qsizetype> *foundCuts,
                         const std::vector<qsizetype> &cuts = {}, const PageAnalysis *uncut = nullptr)
{
    PageAnalysis out;
    const QStringView text = page.text();
    TopicWindows windows;
    out.units = LineUnits::of(page, &windows, cuts);
    const qsizetype n = out.units.size();
    out.next.assign(n, -1);
    out.prev.assign(n, -1);
    out.linkIn.assign(n, 0.0);
    if (model.isEmpty() || n == 0) {
        out.roles.assign(n, std::vector<double>(UnitFeatures::roleClasses().size(), 0.0));
        out.starts.assign(n, 0.0);
        for (auto &r : out.roles)
            r[0] = 1;
        return out;
    }
    const std::vector<qsizetype> lineOf = uncut ? linesOf(uncut->units, out.units) : std::vector<qsizetype>{};
    if (uncut)
        inheritLineModels(*uncut, lineOf, out);
    else
        lineModels(text, out.units, model, &out);
    const LinkScorer scorer(model.links, text, out.units, out.roles, out.starts, windows, ReadingOrder::reach(n));
    Chains chains(n);
    const auto jumps = ReadingOrder::jumpPairs(out.units);
    const LinkTargets targets(out.units, out.roles);
    acceptLinks(scorer, jumps, targets, model.linkThreshold(), chains, out, lineOf);
    followJumps(scorer, jumps, targets, chains, out);
    TextWordings wordings; // the texts' wording, for lineCuts, the cuts and the match
    if (foundCuts) {
        *foundCuts = headlineLineCuts(model, text, out, &wordings);
        if (!foundCuts->empty())
            return out;
    }
    matchHeadlineGroups(model, text, targets, chains, out, &wordings);
    matchOrphanHeadlines(scorer, jumps, targets, chains, out);
    attachCaptions(text, chains, out);
    attachHeadedScraps(scorer, targets, model.linkThreshold(), lineOf, chains, out);
    return out;
}

} // namespace

PageAnalysis ReadingOrder::analyse(const Page &page, const EngineModel &model, LineCuts lineCuts)
{
    if (lineCuts == LineCuts::None)
        return analysePage(page, model, nullptr);
    std::vector<qsizetype> cuts;
    PageAnalysis uncut = analysePage(page, model, &cuts);
    if (cuts.empty())
        return uncut;
    // Analysed again with the lines cut, its units keeping the roles and start probabilities their
    // lines had: the line models read a line's neighbours, and a cut is no reason to read the page's
    // other lines anew. Only the units, roles and starts of the first analysis are still needed.
    uncut.next = {};
    uncut.prev = {};
    uncut.linkIn = {};
    return analysePage(page, model, nullptr, cuts, &uncut);
}

} // namespace galley
