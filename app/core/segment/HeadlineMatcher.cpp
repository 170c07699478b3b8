// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlineMatcher.h"

#include "Assignment.h"
#include "FragmentLayout.h"
#include "ScriptClass.h"
#include "TextSimilarity.h"
#include "WordBridge.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>
#include <optional>
#include <span>

namespace galley {

namespace {

struct Names {
    QStringList names;
    void operator()(const char *name, double) { names.append(QString::fromLatin1(name)); }
};
struct Values {
    std::vector<float> *values;
    void operator()(const char *, double v) { values->push_back(float(v)); }
};

struct PairInput {
    double inOpening = 0, inText = 0; // share of the group's units found in the text's opening / first 1,500 units
    double inTextBelowBest = 0;       // best inText of this group over all texts, minus this one's (>= 0)
    double inTextAboveNext = 0;       // for the group's best text: its lead over the second best; else 0
    double rankGap = 1;               // |groupRank/groups - textRank/texts|
    bool sameRank = false, sameCount = false, adjacent = false, groupBefore = false;
    double distance = 0, starts = 0, groupLetters = 0;
};

template<typename Sink>
void dense(Sink &s, const PairInput &in)
{
    s("in_opening", in.inOpening);
    s("in_text", in.inText);
    s("rank_gap", in.rankGap);
    s("same_rank", in.sameRank);
    s("same_rank_same_count", in.sameRank && in.sameCount);
    s("adjacent", in.adjacent);
    s("group_before", in.groupBefore);
    s("distance", in.distance);
    s("text_starts", in.starts);
    s("group_letters", in.groupLetters);
    s("in_opening_x_same_rank", in.inOpening * in.sameRank);
    s("in_text_below_best", in.inTextBelowBest);
    s("in_text_above_next", in.inTextAboveNext);
    s("is_best", in.inTextBelowBest == 0 && in.inText > 0);
}

// The wording of a text or part of one: TextWordings::Wording, measured.
TextWordings::Wording measuredWording(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> text)
{
    return {TextSimilarity::units(LineUnits::textOf(pageText, units, text, 300)),
            TextSimilarity::units(LineUnits::textOf(pageText, units, text, 1500))};
}

// The texts as the match model sees them: where each begins and its wording, measured once for
// all the groups scored against it.
struct TextWording {
    std::vector<qsizetype> first;             // first unit
    std::vector<QSet<quint64>> opening, body; // first 300 and 1,500 UTF-16 units
    TextWordings *kept = nullptr;             // whole texts' wording, measured once (may be null)
    TextWording(QStringView pageText, const QList<LineUnit> &units, const std::vector<UnitChain> &texts,
                TextWordings *wordings)
        : first(texts.size()), opening(texts.size()), body(texts.size()), kept(wordings)
    {
        for (std::size_t t = 0; t < texts.size(); ++t)
            measure(pageText, units, texts[t].units, t, true);
    }
    qsizetype size() const { return qsizetype(first.size()); }
    // whole: text is a whole chain of the page (its wording kept in `kept`), not a part of one.
    void measure(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> text, std::size_t t,
                 bool whole)
    {
        first[t] = text.front();
        const TextWordings::Wording w = whole && kept ? kept->of(pageText, units, text) : measuredWording(pageText, units, text);
        opening[t] = w.opening;
        body[t] = w.body;
    }
    // The texts with one more, the units `text` (whole: a whole chain), at index t.
    // O(number of texts + 1,800).
    TextWording with(QStringView pageText, const QList<LineUnit> &units, std::size_t t, std::span<const qsizetype> text,
                     bool whole = true) const
    {
        TextWording out = *this;
        out.first.insert(out.first.begin() + std::ptrdiff_t(t), 0);
        out.opening.insert(out.opening.begin() + std::ptrdiff_t(t), QSet<quint64>());
        out.body.insert(out.body.begin() + std::ptrdiff_t(t), QSet<quint64>());
        out.measure(pageText, units, text, t, whole);
        return out;
    }
    // The texts once text t is cut before its unit at index d, the part from d put at index `at` of
    // the texts with the part before d in t's place (the part before then stands at t, or at t + 1
    // when at <= t). O(number of texts + 1,800).
    TextWording cutTo(QStringView pageText, const QList<LineUnit> &units, std::size_t t,
                      std::span<const qsizetype> text, std::size_t d, std::size_t at) const
    {
        TextWording out = with(pageText, units, at, text.subspan(d), false);
        out.measure(pageText, units, text.first(d), at <= t ? t + 1 : t, false);
        return out;
    }
};

// Measuring the wording of a text (TextWording::measure) costs about as much as scoring this many
// pairs; the cuts count it against their budget of kMaxPairs.
constexpr qsizetype kWordingCost = 32;

// Where a group stands among the groups: its rank and their count.
struct GroupRank {
    qsizetype rank, count;
};

// A group (or part of one) as the match model reads it: the wording of its first 200 UTF-16 units,
// its letters and its last unit (where it stands on the page); gap: units that will stand between
// it and the unit after its last (a line's first part, once the line is cut, has its second after it).
struct GroupWording {
    QSet<quint64> needle;
    qsizetype letters = 0, last = 0, gap = 0;
    GroupWording(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> group)
        : needle(TextSimilarity::units(LineUnits::textOf(pageText, units, group, 200))), last(group.back())
    {
        for (qsizetype u : group)
            letters += units[u].letters;
    }
    // The part [start, end) of the page text (UTF-16 units) within unit u, as a group of its own.
    GroupWording(QStringView pageText, qsizetype u, qsizetype start, qsizetype end)
        : needle(TextSimilarity::units(pageText.sliced(start, std::min<qsizetype>(end - start, 200)))), last(u)
    {
        for (QChar c : pageText.sliced(start, end - start))
            letters += c.isLetterOrNumber(); // as LineUnit::letters counts them
    }
};

// The features of one group (or part of one) against the texts [from, to), in text order.
std::vector<FeatureVector> scoreRow(const GroupWording &group, GroupRank where, const TextWording &wording,
                                    const std::vector<double> &starts, qsizetype from, qsizetype to)
{
    const qsizetype T = wording.size();
    const QSet<quint64> &needle = group.needle;
    const qsizetype letters = group.letters;
    std::vector<PairInput> row;
    double best = 0, second = 0;
    for (qsizetype t = from; t < to; ++t) {
        PairInput in;
        in.inOpening = TextSimilarity::containment(needle, wording.opening[t]);
        in.inText = TextSimilarity::containment(needle, wording.body[t]);
        if (in.inText > best) {
            second = best;
            best = in.inText;
        } else if (in.inText > second) {
            second = in.inText;
        }
        const double gr = double(where.rank) / double(where.count), tr = double(t) / double(T);
        in.rankGap = std::abs(gr - tr);
        in.sameRank = where.rank == t;
        in.sameCount = where.count == T;
        const qsizetype gLast = group.last, tFirst = wording.first[std::size_t(t)];
        const qsizetype apart = tFirst > gLast ? tFirst - gLast + group.gap : gLast - tFirst;
        in.adjacent = tFirst > gLast && apart == 1;
        in.groupBefore = gLast < tFirst;
        in.distance = std::log1p(double(apart));
        in.starts = starts[tFirst];
        in.groupLetters = std::log1p(double(letters));
        row.push_back(in);
    }
    std::vector<FeatureVector> out;
    out.reserve(row.size());
    for (PairInput &in : row) {
        in.inTextBelowBest = best - in.inText;
        in.inTextAboveNext = in.inText == best && best > 0 ? best - second : 0.0;
        FeatureVector f;
        Values s{&f.dense};
        dense(s, in);
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<FeatureVector> scoreRow(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> group,
                                    GroupRank where, const TextWording &wording, const std::vector<double> &starts,
                                    qsizetype from, qsizetype to)
{
    return scoreRow(GroupWording(pageText, units, group), where, wording, starts, from, to);
}

// The texts [from, to) scored for group g of G (all of them up to kMaxPairs pairs, else those of
// near rank).
std::pair<qsizetype, qsizetype> textBand(qsizetype g, qsizetype G, qsizetype T)
{
    const qsizetype band = G * T <= HeadlineMatcher::kMaxPairs ? T : std::max<qsizetype>(1, HeadlineMatcher::kMaxPairs / G / 2);
    if (band >= T)
        return {0, T};
    const qsizetype centre = G > 1 ? g * (T - 1) / (G - 1) : 0;
    return {std::max<qsizetype>(0, centre - band), std::min(T, centre + band + 1)};
}

// The likeliest pair of a scored row (its index in the row, its probability; the first on a tie;
// index -1 and 0 for an empty row).
std::pair<qsizetype, double> likeliest(const std::vector<FeatureVector> &row, const LinearModel &model)
{
    std::pair<qsizetype, double> best{-1, 0.0};
    for (qsizetype k = 0; k < qsizetype(row.size()); ++k) {
        const double p = model.probability(row[std::size_t(k)]);
        if (p > best.second)
            best = {k, p};
    }
    return best;
}

// For every i, how many of the first i units of a group are headline lines: a part [i, j) holds
// one when out[j] > out[i].
std::vector<qsizetype> headlinesBefore(std::span<const qsizetype> group, const std::vector<char> &headlines)
{
    std::vector<qsizetype> out(group.size() + 1, 0);
    for (std::size_t i = 0; i < group.size(); ++i)
        out[i + 1] = out[i] + (headlines[std::size_t(group[i])] ? 1 : 0);
    return out;
}

// The index of the first of chains (in order of their first units) that begins at or after unit:
// where a chain beginning at unit stands among them.
qsizetype firstChainFrom(const std::vector<UnitChain> &chains, qsizetype unit)
{
    return qsizetype(std::partition_point(chains.begin(), chains.end(),
                                          [unit](const UnitChain &c) { return c.units.front() < unit; })
                     - chains.begin());
}

} // namespace

const TextWordings::Wording &TextWordings::of(QStringView pageText, const QList<LineUnit> &units,
                                              std::span<const qsizetype> text)
{
    std::vector<qsizetype> key(text.begin(), text.end());
    const auto it = m_byText.find(key);
    if (it != m_byText.end())
        return it->second;
    return m_byText.emplace(std::move(key), measuredWording(pageText, units, text)).first->second;
}

const QStringList &HeadlineMatcher::featureNames()
{
    static const QStringList names = [] {
        Names s;
        dense(s, PairInput{});
        return s.names;
    }();
    return names;
}

std::vector<HeadlineMatcher::Pair> HeadlineMatcher::pairs(QStringView pageText, const QList<LineUnit> &units,
                                                         const std::vector<UnitChain> &groups,
                                                         const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                                                         TextWordings *wordings)
{
    std::vector<Pair> out;
    const qsizetype G = qsizetype(groups.size()), T = qsizetype(texts.size());
    if (G == 0 || T == 0)
        return out;
    const TextWording wording(pageText, units, texts, wordings);
    for (qsizetype g = 0; g < G; ++g) {
        const auto [from, to] = textBand(g, G, T);
        auto row = scoreRow(pageText, units, groups[std::size_t(g)].units, {g, G}, wording, starts, from, to);
        for (qsizetype k = 0; k < qsizetype(row.size()); ++k)
            out.push_back({g, from + k, std::move(row[std::size_t(k)])});
    }
    return out;
}

std::vector<qsizetype> HeadlineMatcher::cuts(QStringView pageText, const QList<LineUnit> &units,
                                             const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                             const std::vector<double> &starts, const std::vector<char> &headlines,
                                             const LinearModel &model, TextWordings *wordings)
{
    std::vector<qsizetype> out;
    const qsizetype G = qsizetype(groups.size()), T = qsizetype(texts.size());
    if (G == 0 || T < 2 || model.isEmpty())
        return out;
    std::optional<TextWording> wording; // measured once a part is scored
    qsizetype budget = kMaxPairs;
    // The likeliest text of a part and its probability (the first on a tie).
    const auto bestText = [&](std::span<const qsizetype> part, GroupRank where, qsizetype g) {
        const auto [from, to] = textBand(g, G, T);
        budget -= to - from;
        if (!wording)
            wording.emplace(pageText, units, texts, wordings);
        const auto [k, p] = likeliest(scoreRow(pageText, units, part, where, *wording, starts, from, to), model);
        return std::pair<qsizetype, double>{from + k, p};
    };
    for (qsizetype g = 0; g < G && budget > 0; ++g) {
        const std::vector<qsizetype> &all = groups[std::size_t(g)].units;
        if (all.size() < 2 || qsizetype(all.size()) > kMaxCutUnits)
            continue;
        const std::vector<qsizetype> held = headlinesBefore(all, headlines);
        std::size_t first = 0;
        for (std::size_t c = 1; c < all.size() && budget > 0; ++c) {
            if (held[c] == held[first] || held[all.size()] == held[c])
                continue;
            const qsizetype rank = g + qsizetype(out.size()), count = G + qsizetype(out.size()) + 1;
            const auto before = bestText(std::span(all).subspan(first, c - first), {rank, count}, g);
            const auto after = bestText(std::span(all).subspan(c), {rank + 1, count}, g);
            if (before.second > 0.5 && after.second > 0.5 && before.first != after.first) {
                out.push_back(all[c]);
                first = c;
            }
        }
    }
    return out;
}

std::vector<qsizetype> HeadlineMatcher::prefixCuts(QStringView pageText, const QList<LineUnit> &units,
                                                   const std::vector<HeadedText> &headed,
                                                   const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                                   const std::vector<double> &starts, const std::vector<char> &headlines,
                                                   const LinearModel &model, TextWordings *wordings)
{
    std::vector<qsizetype> out;
    if (texts.empty() || model.isEmpty())
        return out;
    std::optional<TextWording> wording; // measured once a text can be cut
    const qsizetype G = qsizetype(groups.size()) + 1;
    qsizetype budget = kMaxPairs;
    for (const HeadedText &h : headed) {
        const std::span<const qsizetype> display(h.display);
        if (display.size() < 2 || qsizetype(display.size()) > kMaxCutUnits || h.text.empty() || budget <= 0)
            continue;
        const std::vector<qsizetype> held = headlinesBefore(display, headlines);
        if (held[display.size()] < 2)
            continue;
        // The chain's own text among the headless texts, and the display part among the groups.
        const qsizetype own = firstChainFrom(texts, h.text.front());
        const qsizetype rank = firstChainFrom(groups, display.front()) + qsizetype(out.size());
        if (!wording)
            wording.emplace(pageText, units, texts, wordings);
        budget -= wording->size() + kWordingCost;
        const TextWording list = wording->with(pageText, units, std::size_t(own), h.text);
        for (std::size_t c = 1; c < display.size() && budget > 0; ++c) {
            if (held[c] == 0 || held[display.size()] == held[c])
                continue;
            budget -= list.size();
            const auto best = likeliest(
                scoreRow(pageText, units, display.first(c), {rank, G + qsizetype(out.size())}, list, starts, 0, list.size()),
                model);
            if (best.second > 0.5 && best.first != own) {
                out.push_back(display[c]);
                break;
            }
        }
    }
    return out;
}

namespace {

// A headline line lineCuts() may cut: its unit, the rank of its group among the groups (for a line
// heading a text, where a group of it would stand), and the headed text it heads (-1: it stands in
// a group left alone).
struct LineToCut {
    qsizetype unit, rank, heads;
};

// Every line of the groups and of the headed texts' display lines, in page order.
std::vector<LineToCut> linesToCut(const std::vector<UnitChain> &groups, const std::vector<HeadedText> &headed)
{
    std::vector<LineToCut> out;
    for (qsizetype g = 0; g < qsizetype(groups.size()); ++g)
        for (qsizetype u : groups[std::size_t(g)].units)
            out.push_back({u, g, -1});
    for (qsizetype h = 0; h < qsizetype(headed.size()); ++h) {
        const qsizetype rank = firstChainFrom(groups, headed[std::size_t(h)].display.front());
        for (qsizetype u : headed[std::size_t(h)].display)
            out.push_back({u, rank, h});
    }
    std::sort(out.begin(), out.end(), [](const LineToCut &x, const LineToCut &y) { return x.unit < y.unit; });
    return out;
}

// Whether one printed line runs on into the next, so that one headline wraps there: a word runs on
// across the two (WordBridge), or the first ends with a mark after which its sentence goes on
// (a comma or colon: script::isClauseMark).
bool runsOn(QStringView pageText, const PrintedLine &left, const PrintedLine &right)
{
    const QStringView first = pageText.sliced(left.start, left.end - left.start);
    if (script::isClauseMark(script::codePointBefore(first, first.size())))
        return true;
    return WordBridge::between(first, pageText.sliced(right.start, right.end - right.start)) != WordBridge::Kind::None;
}

// Where lineCuts() stands on a page: the groups' ranks as shifted by the cuts made so far, and the
// budget of pairs left.
struct LineCutSearch {
    QStringView pageText;
    const QList<LineUnit> &units;
    const std::vector<UnitChain> &groups;
    const std::vector<double> &starts;
    const LinearModel &model;
    qsizetype budget = HeadlineMatcher::kMaxPairs;
    std::vector<qsizetype> shiftsFrom; // per cut made: the groups from this index on stand one later
    std::vector<std::optional<GroupWording>> groupWordings; // per group, once measured
    std::optional<std::vector<double>> others;              // othersBest() of the line being cut

    LineCutSearch(QStringView pageText, const QList<LineUnit> &units, const std::vector<UnitChain> &groups,
                  const std::vector<double> &starts, const LinearModel &model)
        : pageText(pageText), units(units), groups(groups), starts(starts), model(model), groupWordings(groups.size())
    {
    }

    // Group g's rank once the cuts so far are made, and the groups' count with one more cut.
    qsizetype rankOf(qsizetype g) const
    {
        return g + qsizetype(std::count_if(shiftsFrom.begin(), shiftsFrom.end(), [g](qsizetype from) { return from <= g; }));
    }
    qsizetype countWithCut() const { return qsizetype(groups.size() + shiftsFrom.size()) + 1; }

    // The likeliest of the texts `list` for a group (or part), and its probability.
    std::pair<qsizetype, double> likeliestText(const GroupWording &group, GroupRank where, const TextWording &list)
    {
        budget -= list.size();
        return likeliest(scoreRow(group, where, list, starts, 0, list.size()), model);
    }
    // For each text of `list`, the likeliest that some group other than `line`'s own heads it, the
    // groups ranked as once the line is cut (a part that would not win its text in the match gains
    // nothing from the cut): each group's whole row scored (the match model reads the row), once a
    // line. Empty when the budget runs out first (then no part wins).
    std::vector<double> othersBest(const LineToCut &line, const TextWording &list)
    {
        std::vector<double> best(std::size_t(list.size()), 0.0);
        const qsizetype from = line.heads < 0 ? line.rank + 1 : line.rank, count = countWithCut();
        for (qsizetype g = 0; g < qsizetype(groups.size()); ++g) {
            if (line.heads < 0 && g == line.rank)
                continue;
            if (budget <= 0)
                return {};
            budget -= list.size();
            const auto row = scoreRow(wordingOf(g), {rankOf(g) + (g >= from ? 1 : 0), count}, list, starts, 0, list.size());
            for (std::size_t t = 0; t < row.size(); ++t)
                best[t] = std::max(best[t], model.probability(row[t]));
        }
        return best;
    }
    // Group g's wording, measured once for the page.
    const GroupWording &wordingOf(qsizetype g)
    {
        auto &w = groupWordings[std::size_t(g)];
        if (!w)
            w.emplace(pageText, units, groups[std::size_t(g)].units);
        return *w;
    }
    // Where to cut `line` (its printed lines `lines`, or some of them) against the texts `list`: the
    // index in `lines` of the second part's first printed line, or -1. partsBefore: parts of the line
    // cut off before `lines`; cutsInLine: cuts made in the line so far (each one more group).
    qsizetype bestCut(const LineToCut &line, const QList<PrintedLine> &lines, const TextWording &list,
                      qsizetype partsBefore = 0, qsizetype cutsInLine = 0)
    {
        // The parts' ranks: a line left alone is two groups once cut; a line heading a text gives
        // one part to the groups, where the line stands.
        const qsizetype rank = rankOf(line.rank) + partsBefore, count = countWithCut() + cutsInLine;
        const GroupRank first{rank, count}, second{line.heads < 0 ? rank + 1 : rank, count};
        double bestP = 0;
        qsizetype bestAt = -1;
        for (qsizetype i = 1; i < lines.size() && budget > 0; ++i) {
            if (runsOn(pageText, lines[i - 1], lines[i]))
                continue;
            GroupWording before(pageText, line.unit, lines.first().start, lines[i - 1].end);
            before.gap = 1;
            const auto [kb, pb] = likeliestText(before, first, list);
            if (pb <= 0.5)
                continue;
            const auto [ka, pa] = likeliestText(GroupWording(pageText, line.unit, lines[i].start, lines.last().end), second, list);
            if (pa <= 0.5 || ka == kb || pb * pa <= bestP)
                continue;
            if (!others)
                others = othersBest(line, list);
            if (others->empty() || (*others)[std::size_t(kb)] >= pb || (*others)[std::size_t(ka)] >= pa)
                continue;
            bestP = pb * pa;
            bestAt = i;
        }
        return bestAt;
    }
    // The printed lines of `line` to cut before, ascending: the best cut of the whole line, then of
    // each part of two or more printed lines, the same way (a line may hold three headlines).
    std::vector<qsizetype> cutsOfLine(const LineToCut &line, const QList<PrintedLine> &lines, const TextWording &list)
    {
        others.reset();
        std::vector<qsizetype> at;
        std::vector<std::pair<qsizetype, qsizetype>> parts{{0, lines.size()}}; // [from, to) of the printed lines
        while (!parts.empty() && budget > 0) {
            const qsizetype from = parts.back().first, to = parts.back().second; // no structured binding: clang 14 cannot capture one
            parts.pop_back();
            const auto partsBefore = std::count_if(at.begin(), at.end(), [from](qsizetype c) { return c <= from; });
            const qsizetype i = bestCut(line, lines.mid(from, to - from), list, qsizetype(partsBefore), qsizetype(at.size()));
            if (i < 0)
                continue;
            at.push_back(from + i);
            if (to - (from + i) >= 2)
                parts.push_back({from + i, to});
            if (i >= 2)
                parts.push_back({from, from + i});
        }
        std::sort(at.begin(), at.end());
        return at;
    }
};

} // namespace

std::vector<qsizetype> HeadlineMatcher::lineCuts(QStringView pageText, const QList<LineUnit> &units,
                                                 const std::vector<UnitChain> &groups,
                                                 const std::vector<HeadedText> &headed,
                                                 const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                                                 const std::vector<char> &headlines, const LinearModel &model, TextWordings *wordings)
{
    std::vector<qsizetype> out;
    if (texts.empty() || model.isEmpty())
        return out;
    LineCutSearch search(pageText, units, groups, starts, model);
    std::optional<TextWording> wording; // measured once a line can be cut
    for (const LineToCut &line : linesToCut(groups, headed)) {
        if (search.budget <= 0)
            break;
        if (!headlines[std::size_t(line.unit)] || units[line.unit].printedLines < 2)
            continue;
        const QList<PrintedLine> lines = FragmentLayout::printedLines(pageText, units[line.unit].span);
        if (lines.size() < 2 || lines.size() > kMaxCutUnits)
            continue;
        if (!wording)
            wording.emplace(pageText, units, texts, wordings);
        // The texts the parts are scored against: the headless ones and the one the line heads.
        std::optional<TextWording> withOwn;
        if (line.heads >= 0) {
            const std::vector<qsizetype> &own = headed[std::size_t(line.heads)].text;
            search.budget -= wording->size() + kWordingCost;
            withOwn = wording->with(pageText, units, std::size_t(firstChainFrom(texts, own.front())), own);
        }
        for (qsizetype c : search.cutsOfLine(line, lines, withOwn ? *withOwn : *wording)) {
            out.push_back(lines[c].start);
            search.shiftsFrom.push_back(line.heads < 0 ? line.rank + 1 : line.rank);
        }
    }
    return out;
}

namespace {

// The texts of jointCuts() and unmatchedCuts() as they stand: their units in text order (by first
// unit, as orphanChains() lists them) and the group each is matched to (-1: none).
struct CutTexts {
    std::vector<std::vector<qsizetype>> units;
    std::vector<qsizetype> owner;
    explicit CutTexts(const std::vector<UnitChain> &texts)
        : owner(texts.size(), -1)
    {
        for (const UnitChain &t : texts)
            units.push_back(t.units);
    }
    // Where the part of text t from its unit at index d stands once cut (`at`), and where the part
    // before d then stands (`before`): TextWording::cutTo's indices.
    struct Place {
        std::size_t at, before;
    };
    Place placeOfCut(std::size_t t, std::size_t d) const
    {
        const qsizetype u = units[t][d];
        const auto at = std::size_t(std::partition_point(units.begin(), units.end(),
                                                         [u](const std::vector<qsizetype> &x) { return x.front() < u; })
                                    - units.begin());
        return {at, at <= t ? t + 1 : t};
    }
    // Cuts text t before its unit at index d, the part from d put at index at with group g as its owner.
    void cut(std::size_t t, std::size_t d, std::size_t at, qsizetype g)
    {
        std::vector<qsizetype> after(units[t].begin() + std::ptrdiff_t(d), units[t].end());
        units[t].resize(d);
        units.insert(units.begin() + std::ptrdiff_t(at), std::move(after));
        owner.insert(owner.begin() + std::ptrdiff_t(at), g);
    }
};

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> HeadlineMatcher::jointCuts(QStringView pageText, const QList<LineUnit> &units,
                                                                        const std::vector<UnitChain> &groups,
                                                                        const std::vector<UnitChain> &texts,
                                                                        const std::vector<double> &starts,
                                                                        const std::vector<char> &headlines,
                                                                        const LinearModel &model, TextWordings *wordings)
{
    std::vector<std::pair<qsizetype, qsizetype>> out;
    const qsizetype G = qsizetype(groups.size());
    if (G == 0 || texts.empty() || model.isEmpty())
        return out;
    CutTexts now(texts); // the texts with the cuts made so far (no owners here)
    std::optional<TextWording> wording; // measured once a group can be cut
    qsizetype budget = 0;
    // The probability of group part `part` (rank `where`) with text k of the texts `w`.
    const auto probability = [&](std::span<const qsizetype> part, GroupRank where, const TextWording &w, qsizetype k) {
        budget -= w.size();
        return model.probability(scoreRow(pageText, units, part, where, w, starts, 0, w.size())[std::size_t(k)]);
    };
    for (qsizetype g = 0; g < G; ++g) {
        const std::span<const qsizetype> all(groups[std::size_t(g)].units);
        if (all.size() < 2 || qsizetype(all.size()) > kMaxCutUnits)
            continue;
        const std::vector<qsizetype> held = headlinesBefore(all, headlines);
        if (held[all.size()] < 2)
            continue;
        if (!wording)
            wording.emplace(pageText, units, texts, wordings);
        budget = kMaxPairs / G; // each group its share
        struct Best {
            double p = 0;
            std::size_t c = 0, t = 0, d = 0, at = 0;
        } best;
        const qsizetype rank = g + qsizetype(out.size()), count = G + qsizetype(out.size()) + 1;
        for (std::size_t t = 0; t < now.units.size() && budget > 0; ++t) {
            const std::vector<qsizetype> &text = now.units[t];
            for (std::size_t d = 1; d < text.size() && budget > 0; ++d) {
                const double start = starts[std::size_t(text[d])];
                if (start <= best.p) // the product cannot win
                    continue;
                budget -= 2 * kWordingCost;
                const auto [at, before] = now.placeOfCut(t, d);
                const TextWording w = wording->cutTo(pageText, units, t, text, d, at);
                for (std::size_t c = 1; c < all.size() && budget > 0; ++c) {
                    if (held[c] == 0 || held[all.size()] == held[c])
                        continue;
                    const double p1 = probability(all.first(c), {rank, count}, w, qsizetype(before));
                    if (p1 <= 0.5)
                        continue;
                    const double p2 = probability(all.subspan(c), {rank + 1, count}, w, qsizetype(at));
                    const double joint = p1 * p2 * start;
                    if (p2 > 0.5 && joint > best.p)
                        best = {joint, c, t, d, at};
                }
            }
        }
        if (best.c == 0)
            continue;
        out.emplace_back(all[best.c], now.units[best.t][best.d]);
        wording = wording->cutTo(pageText, units, best.t, now.units[best.t], best.d, best.at);
        now.cut(best.t, best.d, best.at, -1);
    }
    return out;
}

std::vector<qsizetype> HeadlineMatcher::unmatchedCuts(QStringView pageText, const QList<LineUnit> &units,
                                                      const std::vector<UnitChain> &groups,
                                                      const std::vector<UnitChain> &texts,
                                                      const std::vector<double> &starts,
                                                      const std::vector<std::pair<qsizetype, qsizetype>> &matched,
                                                      const LinearModel &model, TextWordings *wordings)
{
    std::vector<qsizetype> out;
    const qsizetype G = qsizetype(groups.size());
    if (qsizetype(matched.size()) == G || texts.empty() || model.isEmpty())
        return out;
    CutTexts now(texts);
    std::vector<char> hasText(std::size_t(G), 0);
    for (const auto &[g, t] : matched) {
        now.owner[std::size_t(t)] = g;
        hasText[std::size_t(g)] = 1;
    }
    std::optional<TextWording> wording; // measured once a cut is scored
    qsizetype budget = kMaxPairs;
    // Group h's likeliest text among the texts w and its probability (its whole row; match() then
    // pairs the page as one decision, so the cut part is likely, not sure, to be g's: the match is
    // made again after the cuts).
    const auto likeliestOf = [&](qsizetype h, const TextWording &w) {
        budget -= w.size();
        return likeliest(scoreRow(pageText, units, groups[std::size_t(h)].units, {h, G}, w, starts, 0, w.size()), model);
    };
    for (qsizetype g = 0; g < G && budget > 0; ++g) {
        if (hasText[std::size_t(g)])
            continue;
        struct Best {
            double p = 0;
            std::size_t t = 0, d = 0, at = 0;
        } best;
        for (std::size_t t = 0; t < now.units.size() && budget > 0; ++t) {
            const std::vector<qsizetype> &text = now.units[t];
            budget -= 1;
            for (std::size_t d = 1; d < text.size() && budget > 0; ++d) {
                budget -= 1;
                const double start = starts[std::size_t(text[d])];
                if (!units[text[d - 1]].endsSentence || start <= best.p) // the product cannot win
                    continue;
                if (!wording)
                    wording.emplace(pageText, units, texts, wordings);
                budget -= 2 * kWordingCost;
                const auto [at, before] = now.placeOfCut(t, d);
                const TextWording w = wording->cutTo(pageText, units, t, text, d, at);
                const auto [k, p] = likeliestOf(g, w);
                if (k != qsizetype(at) || p <= 0.5 || p * start <= best.p)
                    continue;
                if (const qsizetype h = now.owner[t]; h >= 0) {
                    const auto [kh, ph] = likeliestOf(h, w);
                    if (kh != qsizetype(before) || ph <= 0.5)
                        continue;
                }
                best = {p * start, t, d, at};
            }
        }
        if (best.d == 0)
            continue;
        out.push_back(now.units[best.t][best.d]);
        wording = wording->cutTo(pageText, units, best.t, now.units[best.t], best.d, best.at);
        now.cut(best.t, best.d, best.at, g);
        hasText[std::size_t(g)] = 1;
    }
    return out;
}

namespace {

// A pair the layer alignment makes: the first units of its piece of display lines and of its piece
// of text, and the text cuts that set its piece of text apart (units to cut before).
struct LayerPair {
    qsizetype head, text;
    std::vector<qsizetype> textCuts;
};

// The layer alignment of HeadlineMatcher::layerCuts: the groups and texts left unpaired, read as
// two sequences in page order — display lines (a layer of headlines) and text cut at paragraph
// starts — and aligned in order, each piece of display lines paired with a piece of text or left
// alone. Dynamic programming over (display lines taken, text boundaries taken).
class LayerAlignment {
public:
    LayerAlignment(QStringView pageText, const QList<LineUnit> &units, const std::vector<UnitChain> &groups,
                   const std::vector<UnitChain> &texts, const std::vector<double> &starts,
                   const std::vector<char> &headlines, const std::vector<char> &display, const LinearModel &model)
        : m_pageText(pageText), m_units(units), m_groups(groups), m_texts(texts), m_starts(starts), m_model(model)
    {
        collectHeads(headlines);
        collectBoundaries(display);
        m_before.resize(m_pieces.size());
        m_after.resize(m_pieces.size());
    }
    // The work the alignment takes (pairs scored), to hold it to a budget before running it.
    qsizetype cost() const
    {
        return (qsizetype(m_heads.size()) + 1 + qsizetype(m_pieces.size())) * qsizetype(m_bounds.size()) * (m_span + 1);
    }
    bool empty() const { return m_pieces.empty() || m_bounds.empty(); }
    // Runs the alignment; returns the pairs it makes, in page order.
    std::vector<LayerPair> align();

private:
    struct Piece {
        qsizetype from, to; // display lines [from, to) of m_heads, within one group
        GroupWording wording;
    };
    struct Bound {
        std::size_t text, d; // text index and unit index in it; d == text size: the text's end
        qsizetype chars;     // UTF-16 units of the text before it (textOf's joins counted)
    };
    void collectHeads(const std::vector<char> &headlines);
    void collectBoundaries(const std::vector<char> &display);
    // Boundaries j < e of one text: the wording of the text between them as the match model reads
    // it (at most its first 1,500 UTF-16 units, so every e from reach(j) on gives the same).
    qsizetype reach(std::size_t j) const;
    const TextWordings::Wording &window(std::size_t j, std::size_t e);
    double containment(std::size_t piece, std::size_t j, std::size_t e, bool opening);
    // The log-odds that piece and the text between boundaries j and e are one article's, the
    // texts other than it taken as all the pieces that could start outside it.
    double pairLogOdds(std::size_t piece, std::size_t j, std::size_t e);
    // The log-odds of cutting a text at boundary e: 0 at a text's end or start (no cut).
    double cutLogOdds(std::size_t e) const;
    bool isEnd(std::size_t j) const { return m_bounds[j].d == m_texts[m_bounds[j].text].units.size(); }
    bool forced(std::size_t j) const { return m_bounds[j].d == 0 || isEnd(j); }
    // The likeliest text for the piece other than the one between boundaries j and e: a text piece
    // that ends at j or in a text before, or one that begins at e or later (O(1) once the piece's
    // row is made: O(boundaries × boundaries of a text)).
    double outsideBest(std::size_t piece, std::size_t j, std::size_t e);
    // The last boundary of j's text (its end).
    std::size_t textEnd(std::size_t j) const { return m_textEnd[m_bounds[j].text]; }

    QStringView m_pageText;
    const QList<LineUnit> &m_units;
    const std::vector<UnitChain> &m_groups, &m_texts;
    const std::vector<double> &m_starts;
    const LinearModel &m_model;
    std::vector<qsizetype> m_heads;        // display lines of the groups, in order
    std::vector<qsizetype> m_headGroup;    // group of each display line
    std::vector<Piece> m_pieces;           // pieces of display lines that may head an article
    std::vector<std::vector<std::size_t>> m_piecesFrom; // by first display line
    std::vector<Bound> m_bounds;           // text boundaries in page order of texts; each text's end too
    std::vector<std::size_t> m_textEnd;    // by text: index of its end boundary
    qsizetype m_span = 0;                  // most boundaries in one text
    std::map<std::pair<std::size_t, std::size_t>, TextWordings::Wording> m_windows;
    std::map<std::tuple<std::size_t, std::size_t, std::size_t, bool>, double> m_contained;
    std::vector<std::vector<double>> m_before, m_after; // by piece: outsideBest's rows
    // Work left: each containment counts 1, each window's wording kWordingCost; align() gives up
    // (no pair) once it is spent.
    qsizetype m_budget = HeadlineMatcher::kMaxPairs;
};

// Texts cut where a paragraph begins in the layer alignment: the match model reads a text's first
// 1,500 UTF-16 units.
constexpr qsizetype kWindowChars = 1500;

void LayerAlignment::collectHeads(const std::vector<char> &headlines)
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        for (qsizetype u : m_groups[g].units) {
            m_heads.push_back(u);
            m_headGroup.push_back(qsizetype(g));
        }
    const qsizetype H = qsizetype(m_heads.size());
    m_piecesFrom.resize(std::size_t(H));
    for (qsizetype i = 0; i < H; ++i) {
        bool holds = false;
        const qsizetype group = m_headGroup[std::size_t(i)];
        for (qsizetype k = i; k < H && k - i < HeadlineMatcher::kMaxLayerPiece && m_headGroup[std::size_t(k)] == group; ++k) {
            holds = holds || headlines[std::size_t(m_heads[std::size_t(k)])];
            if (!holds)
                continue;
            const auto lines = std::span(m_heads).subspan(std::size_t(i), std::size_t(k + 1 - i));
            m_piecesFrom[std::size_t(i)].push_back(m_pieces.size());
            m_pieces.push_back({i, k + 1, GroupWording(m_pageText, m_units, lines)});
        }
    }
}

void LayerAlignment::collectBoundaries(const std::vector<char> &display)
{
    for (std::size_t t = 0; t < m_texts.size(); ++t) {
        const std::vector<qsizetype> &text = m_texts[t].units;
        qsizetype chars = 0, here = 0;
        for (std::size_t d = 0; d < text.size(); ++d) {
            // A paragraph's first line: after a sentence's end or a display line (a byline inside a
            // text), not a display line itself (a text cut before one would open with it, and a
            // chain that opens with a display line is no text).
            const bool opens = d > 0 && (m_units[text[d - 1]].endsSentence || display[std::size_t(text[d - 1])]);
            if (d == 0 || (opens && !display[std::size_t(text[d])])) {
                m_bounds.push_back({t, d, chars});
                ++here;
            }
            chars += m_units[text[d]].span.length() + 1;
        }
        m_textEnd.push_back(m_bounds.size());
        m_bounds.push_back({t, text.size(), chars});
        m_span = std::max(m_span, here);
    }
}

qsizetype LayerAlignment::reach(std::size_t j) const
{
    std::size_t e = j + 1;
    const std::size_t end = textEnd(j);
    while (e < end && m_bounds[e].chars - m_bounds[j].chars <= kWindowChars) // textOf's joins: one less
        ++e;
    return qsizetype(e);
}

const TextWordings::Wording &LayerAlignment::window(std::size_t j, std::size_t e)
{
    e = std::min(e, std::size_t(reach(j)));
    const auto key = std::make_pair(j, e);
    if (const auto it = m_windows.find(key); it != m_windows.end())
        return it->second;
    const std::vector<qsizetype> &text = m_texts[m_bounds[j].text].units;
    const std::size_t d = m_bounds[j].d, to = e == textEnd(j) ? text.size() : m_bounds[e].d;
    m_budget -= kWordingCost;
    return m_windows.emplace(key, measuredWording(m_pageText, m_units, std::span(text).subspan(d, to - d))).first->second;
}

double LayerAlignment::containment(std::size_t piece, std::size_t j, std::size_t e, bool opening)
{
    e = std::min(e, std::size_t(reach(j)));
    const auto key = std::make_tuple(piece, j, e, opening);
    if (const auto it = m_contained.find(key); it != m_contained.end())
        return it->second;
    const TextWordings::Wording &w = window(j, e);
    --m_budget;
    const double c = TextSimilarity::containment(m_pieces[piece].wording.needle, opening ? w.opening : w.body);
    m_contained.emplace(key, c);
    return c;
}

double LayerAlignment::outsideBest(std::size_t piece, std::size_t j, std::size_t e)
{
    std::vector<double> &before = m_before[piece], &after = m_after[piece];
    if (before.empty()) {
        const std::size_t B = m_bounds.size();
        // before[j]: the best of the pieces that end at j (in j's text) or in a text before;
        // after[e]: the best of the pieces that begin at e or later, each as long as its text.
        before.assign(B, 0.0);
        after.assign(B + 1, 0.0);
        double earlierTexts = 0;
        for (std::size_t k = 0; k < B; ++k) {
            if (k > 0 && m_bounds[k].text != m_bounds[k - 1].text)
                for (std::size_t b = k; b-- > 0 && m_bounds[b].text == m_bounds[k - 1].text;)
                    if (!isEnd(b))
                        earlierTexts = std::max(earlierTexts, containment(piece, b, textEnd(b), false));
            double best = earlierTexts;
            for (std::size_t b = k; b-- > 0 && m_bounds[b].text == m_bounds[k].text;)
                best = std::max(best, containment(piece, b, k, false));
            before[k] = best;
        }
        for (std::size_t b = B; b-- > 0;)
            after[b] = std::max(after[b + 1], isEnd(b) ? 0.0 : containment(piece, b, textEnd(b), false));
    }
    return std::max(before[j], after[e]);
}

double LayerAlignment::pairLogOdds(std::size_t piece, std::size_t j, std::size_t e)
{
    const GroupWording &group = m_pieces[piece].wording;
    PairInput in;
    in.inOpening = containment(piece, j, e, true);
    in.inText = containment(piece, j, e, false);
    // The best text outside: a piece that ends where this one begins, or one that begins after it.
    const double outside = outsideBest(piece, j, e);
    in.inTextBelowBest = std::max(0.0, outside - in.inText);
    in.inTextAboveNext = in.inText >= outside && in.inText > 0 ? in.inText - outside : 0.0;
    in.rankGap = 0;
    in.sameRank = in.sameCount = true;
    const qsizetype gLast = group.last, tFirst = m_texts[m_bounds[j].text].units[m_bounds[j].d];
    const qsizetype apart = tFirst > gLast ? tFirst - gLast : gLast - tFirst;
    in.adjacent = tFirst > gLast && apart == 1;
    in.groupBefore = gLast < tFirst;
    in.distance = std::log1p(double(apart));
    in.starts = m_starts[std::size_t(tFirst)];
    in.groupLetters = std::log1p(double(group.letters));
    FeatureVector f;
    Values s{&f.dense};
    dense(s, in);
    return m_model.logOdds(f);
}

double LayerAlignment::cutLogOdds(std::size_t e) const
{
    if (forced(e))
        return 0;
    const double p = std::clamp(m_starts[std::size_t(m_texts[m_bounds[e].text].units[m_bounds[e].d])], 1e-9, 1 - 1e-9);
    return std::log(p / (1 - p));
}

std::vector<LayerPair> LayerAlignment::align()
{
    const std::size_t H = m_heads.size(), B = m_bounds.size();
    // at[c][i][j]: the best sum of log-odds for the display lines from i and the text from boundary
    // j on, c telling whether the text is cut at j already (by the pair before), and its first step:
    // 0 a display line left alone, 1 on to the next boundary (no cut: the text between stays with
    // the piece before), 2 a pair (of `piece` and the text up to boundary `next`, cut at both ends).
    // The last boundary is the last text's end. Only a pair cuts a text, and each cut counts once.
    struct Step {
        double value = 0;
        int kind = -1;
        std::size_t piece = 0, next = 0;
    };
    std::vector<std::vector<Step>> at[2] = {std::vector<std::vector<Step>>(H + 1, std::vector<Step>(B)),
                                             std::vector<std::vector<Step>>(H + 1, std::vector<Step>(B))};
    for (std::size_t i = H + 1; i-- > 0;)
        for (std::size_t j = B; j-- > 0;)
            for (int c = 0; c < 2; ++c) {
                if (m_budget < 0)
                    return {};
                Step &best = at[c][i][j];
                if (i < H)
                    best = {at[c][i + 1][j].value, 0, 0, j};
                if (j + 1 == B)
                    continue;
                if (best.kind < 0 || at[0][i][j + 1].value > best.value)
                    best = {at[0][i][j + 1].value, 1, 0, j + 1};
                if (i == H || isEnd(j))
                    continue;
                const double cutHere = c ? 0.0 : cutLogOdds(j);
                for (std::size_t e = j + 1, end = textEnd(j); e <= end; ++e) {
                    const double cutThere = cutLogOdds(e);
                    for (std::size_t piece : m_piecesFrom[i]) {
                        const double total = at[1][std::size_t(m_pieces[piece].to)][e].value + cutHere + cutThere
                                             + pairLogOdds(piece, j, e);
                        if (total > best.value)
                            best = {total, 2, piece, e};
                    }
                }
            }
    // The best path's pairs, with a cut before the text piece's first and after its last line
    // (within its text).
    std::vector<LayerPair> pairs;
    int c = 0;
    for (std::size_t i = 0, j = 0; at[c][i][j].kind >= 0;) {
        const Step &s = at[c][i][j];
        if (s.kind == 0) {
            ++i;
            continue;
        }
        if (s.kind == 2) {
            LayerPair pair{m_heads[std::size_t(m_pieces[s.piece].from)], m_texts[m_bounds[j].text].units[m_bounds[j].d], {}};
            if (!forced(j))
                pair.textCuts.push_back(pair.text);
            if (!forced(s.next))
                pair.textCuts.push_back(m_texts[m_bounds[s.next].text].units[m_bounds[s.next].d]);
            pairs.push_back(std::move(pair));
            i = std::size_t(m_pieces[s.piece].to);
        }
        c = s.kind == 2 ? 1 : 0;
        j = s.next;
    }
    return pairs;
}

// The chains once cut before the units `at` (sorted): each chain's parts in order, the chains in
// order of their first units.
std::vector<UnitChain> cutChains(const std::vector<UnitChain> &chains, const std::vector<qsizetype> &at)
{
    std::vector<UnitChain> out;
    for (const UnitChain &c : chains) {
        UnitChain part;
        for (qsizetype u : c.units) {
            if (!part.units.empty() && std::binary_search(at.begin(), at.end(), u)) {
                out.push_back(std::move(part));
                part = {};
            }
            part.units.push_back(u);
        }
        out.push_back(std::move(part));
    }
    std::sort(out.begin(), out.end(), [](const UnitChain &a, const UnitChain &b) { return a.units.front() < b.units.front(); });
    return out;
}

// The match model's verdict on the layer alignment's pairs (HeadlineMatcher::layerCuts).
class LayerVerdict {
public:
    LayerVerdict(QStringView pageText, const QList<LineUnit> &units, const std::vector<UnitChain> &groups,
                 const std::vector<UnitChain> &texts, const std::vector<double> &starts, const LinearModel &model,
                 TextWordings *wordings)
        : m_pageText(pageText), m_units(units), m_groups(groups), m_texts(texts), m_starts(starts), m_model(model),
          m_wordings(wordings), m_placeOf(std::size_t(units.size()), {-1, 0})
    {
        for (std::size_t g = 0; g < groups.size(); ++g)
            for (std::size_t k = 0; k < groups[g].units.size(); ++k)
                m_placeOf[std::size_t(groups[g].units[k])] = {qsizetype(g), qsizetype(k)};
    }
    // The cuts for a set of pairs, sorted: each text piece set apart, and each group cut before the
    // first line of every piece paired but its first (lines left alone stay with the piece before
    // them: a byline with its headline, the second line of a headline with its first; the lines
    // before the first piece go with it).
    std::vector<qsizetype> cutsOf(const std::vector<LayerPair> &pairs) const
    {
        std::vector<qsizetype> at, heads;
        for (const LayerPair &p : pairs) {
            at.insert(at.end(), p.textCuts.begin(), p.textCuts.end());
            heads.push_back(p.head);
        }
        std::sort(heads.begin(), heads.end(),
                  [&](qsizetype x, qsizetype y) { return m_placeOf[std::size_t(x)] < m_placeOf[std::size_t(y)]; });
        for (std::size_t k = 1; k < heads.size(); ++k)
            if (m_placeOf[std::size_t(heads[k])].first == m_placeOf[std::size_t(heads[k - 1])].first)
                at.push_back(heads[k]);
        std::sort(at.begin(), at.end());
        at.erase(std::unique(at.begin(), at.end()), at.end());
        return at;
    }
    // The pairs of `pairs` that match() makes on the chains cut before `at` (a pair's piece of display
    // lines is the cut group that holds its first line), and in `made` how many pairs it makes.
    std::vector<LayerPair> confirmed(const std::vector<LayerPair> &pairs, const std::vector<qsizetype> &at,
                                     qsizetype *made) const
    {
        const std::vector<UnitChain> groups = cutChains(m_groups, at), texts = cutChains(m_texts, at);
        std::vector<qsizetype> groupOf(std::size_t(m_units.size()), -1);
        for (std::size_t g = 0; g < groups.size(); ++g)
            for (qsizetype u : groups[g].units)
                groupOf[std::size_t(u)] = qsizetype(g);
        std::vector<std::pair<qsizetype, qsizetype>> matched; // (cut group, first unit of its text)
        for (const auto &[g, t] : HeadlineMatcher::match(m_pageText, m_units, groups, texts, m_starts, m_model, m_wordings))
            matched.emplace_back(g, texts[std::size_t(t)].units.front());
        std::sort(matched.begin(), matched.end());
        *made = qsizetype(matched.size());
        std::vector<LayerPair> out;
        for (const LayerPair &p : pairs)
            if (std::binary_search(matched.begin(), matched.end(), std::make_pair(groupOf[std::size_t(p.head)], p.text)))
                out.push_back(p);
        return out;
    }

private:
    QStringView m_pageText;
    const QList<LineUnit> &m_units;
    const std::vector<UnitChain> &m_groups, &m_texts;
    const std::vector<double> &m_starts;
    const LinearModel &m_model;
    TextWordings *m_wordings;
    std::vector<std::pair<qsizetype, qsizetype>> m_placeOf; // by unit: its group and index there
};

} // namespace

std::vector<qsizetype> HeadlineMatcher::layerCuts(QStringView pageText, const QList<LineUnit> &units,
                                                  const std::vector<UnitChain> &groups, const std::vector<UnitChain> &texts,
                                                  const std::vector<double> &starts, const std::vector<char> &headlines,
                                                  const std::vector<char> &display, qsizetype pairedBefore,
                                                  const LinearModel &model, TextWordings *wordings)
{
    if (model.isEmpty() || groups.empty() || texts.empty())
        return {};
    LayerAlignment layer(pageText, units, groups, texts, starts, headlines, display, model);
    if (layer.empty() || layer.cost() > kMaxPairs)
        return {};
    std::vector<LayerPair> made = layer.align();
    // The fitted match model, on the groups and texts so cut, decides: the pairs of the alignment it
    // makes keep their cuts, the others are left out, and the cuts so chosen stand only if it makes
    // more pairs than before.
    const LayerVerdict verdict(pageText, units, groups, texts, starts, model, wordings);
    std::vector<qsizetype> at = verdict.cutsOf(made);
    if (at.empty())
        return {};
    // Each round leaves out the pairs match() does not make: at most as many rounds as pairs.
    qsizetype paired = 0;
    for (std::vector<LayerPair> confirmed = verdict.confirmed(made, at, &paired); confirmed.size() < made.size();
         confirmed = verdict.confirmed(made, at, &paired)) {
        made = std::move(confirmed);
        at = verdict.cutsOf(made);
        if (at.empty())
            return {};
    }
    if (paired <= pairedBefore)
        return {};
    return at;
}

std::vector<std::pair<qsizetype, qsizetype>> HeadlineMatcher::match(QStringView pageText, const QList<LineUnit> &units,
                                                                    const std::vector<UnitChain> &groups,
                                                                    const std::vector<UnitChain> &texts,
                                                                    const std::vector<double> &starts,
                                                                    const LinearModel &model, TextWordings *wordings)
{
    if (groups.empty() || texts.empty() || model.isEmpty())
        return {};
    std::vector<ScoredPair> offered; // Assignment::likeliest leaves out the pairs at even odds or below
    for (const Pair &pair : pairs(pageText, units, groups, texts, starts, wordings))
        offered.push_back({model.logOdds(pair.features), pair.group, pair.text});
    return Assignment::likeliest(std::move(offered));
}

} // namespace galley
