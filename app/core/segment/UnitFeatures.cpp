// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitFeatures.h"

#include "ScriptClass.h"
#include "TextSimilarity.h"
#include "TopicWindows.h"
#include "WordBridge.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace galley {

namespace {

// Every dense feature is written once, in a function templated on its sink: NameSink collects the
// names (the model file's columns), ValueSink the values, so the two can never disagree in order.
// For runs of features: zeros(names, count), count features known to be 0 (the sink may skip them
// without a look); products(names, x, y), the features x[i] × y[j] for every i, then j.
struct NameSink {
    QStringList names;
    void operator()(const char *name, double) { names.append(QString::fromLatin1(name)); }
    void zeros(const char *const names[], int count)
    {
        for (int k = 0; k < count; ++k)
            (*this)(names[k], 0.0);
    }
    void products(const char *const names[], const std::vector<double> &x, const std::vector<double> &y)
    {
        zeros(names, int(x.size() * y.size()));
    }
};
struct ValueSink {
    std::vector<float> *values;
    void operator()(const char *, double v) { values->push_back(float(v)); }
    void zeros(const char *const[], int count) { values->insert(values->end(), std::size_t(count), 0.0f); }
    void products(const char *const[], const std::vector<double> &x, const std::vector<double> &y)
    {
        for (double xi : x)
            for (double yj : y)
                values->push_back(float(xi * yj));
    }
};

double ratio(double x, double y)
{
    return y > 0 ? std::clamp(x / y, 0.0, 3.0) : 0.0;
}

// log1p of a count (letters, lines, words, distances; 0 for a negative one).
double logCount(qsizetype n)
{
    // Counts below kTable (every candidate pair reads three) from a table of the same log1p
    // values, computed once.
    constexpr qsizetype kTable = 4096;
    static const std::vector<double> table = [] {
        std::vector<double> t(kTable);
        for (qsizetype i = 0; i < kTable; ++i)
            t[std::size_t(i)] = std::log1p(double(i));
        return t;
    }();
    if (n >= 0 && n < kTable)
        return table[std::size_t(n)];
    return std::log1p(std::max(0.0, double(n)));
}

// Whether a unit's first printed line is indented as a paragraph's first line is (by 1.5 em or more
// against its column).
bool startsParagraph(const LineUnit &u)
{
    return u.columnWidth > 0 && u.firstWidth <= u.columnWidth - 1.5;
}

// How full a unit's first printed line is: a line as wide as its column carries on a sentence,
// one indented by about 2 em starts a paragraph.
double firstFull(const LineUnit &u)
{
    return ratio(u.firstWidth, u.columnWidth);
}

template<typename Sink>
void unitMeasures(Sink &s, const char *const names[], const LineUnit &u)
{
    int n = 0;
    s(names[n++], logCount(u.letters));
    s(names[n++], ratio(u.width, u.columnWidth));
    s(names[n++], logCount(u.printedLines - 1));
    s(names[n++], firstFull(u));
    s(names[n++], ratio(u.lastWidth, u.columnWidth));
    s(names[n++], u.cjkShare);
    s(names[n++], u.upperShare);
    s(names[n++], u.titleShare);
    s(names[n++], u.digitShare);
    s(names[n++], u.sentenceEnds > 0);
    s(names[n++], double(u.sentenceEnds) / (1.0 + double(u.letters) / 20.0));
    s(names[n++], double(u.commas) / (1.0 + double(u.letters) / 20.0));
    s(names[n++], u.endsSentence);
    s(names[n++], u.endsComma);
    s(names[n++], u.startsLower);
    s(names[n++], u.startsPunct);
    s(names[n++], u.indented);
    s(names[n++], logCount(u.words));
    s(names[n++], (u.quotes & 3) != 0);
    s(names[n++], (u.quotes & 12) != 0);
}

const char *const kOwn[] = {"letters", "width", "printed_lines", "first_full", "last_full", "cjk", "upper",
                            "title", "digits", "has_sentence_end", "sentence_ends", "commas", "ends_sentence",
                            "ends_comma", "starts_lower", "starts_punct", "indented", "words", "opens_quote",
                            "closes_quote"};
const char *const kPrev[] = {"prev_letters", "prev_width", "prev_printed_lines", "prev_first_full",
                             "prev_last_full", "prev_cjk", "prev_upper", "prev_title", "prev_digits",
                             "prev_has_sentence_end", "prev_sentence_ends", "prev_commas", "prev_ends_sentence",
                             "prev_ends_comma", "prev_starts_lower", "prev_starts_punct", "prev_indented",
                             "prev_words", "prev_opens_quote", "prev_closes_quote"};
const char *const kNext[] = {"next_letters", "next_width", "next_printed_lines", "next_first_full",
                             "next_last_full", "next_cjk", "next_upper", "next_title", "next_digits",
                             "next_has_sentence_end", "next_sentence_ends", "next_commas", "next_ends_sentence",
                             "next_ends_comma", "next_starts_lower", "next_starts_punct", "next_indented",
                             "next_words", "next_opens_quote", "next_closes_quote"};

const char *const kBlocky[] = {"blocky_letters", "blocky_width", "blocky_printed_lines", "blocky_first_full",
                               "blocky_last_full", "blocky_cjk", "blocky_upper", "blocky_title", "blocky_digits",
                               "blocky_has_sentence_end", "blocky_sentence_ends", "blocky_commas",
                               "blocky_ends_sentence", "blocky_ends_comma", "blocky_starts_lower",
                               "blocky_starts_punct", "blocky_indented", "blocky_words", "blocky_opens_quote",
                               "blocky_closes_quote"};

// A sink that passes values on multiplied by a factor (interaction features).
template<typename Sink>
struct ScaledSink {
    Sink &sink;
    double factor;
    void operator()(const char *name, double v) { sink(name, v * factor); }
};

// The cue features of a line: its own, the next line's, and both again scaled by the page's share of
// CJK letters (a cue's meaning differs between scripts: a lead cue opens most Chinese news texts but
// only a few English ones, so the model weighs each script's cues on its own).
const char *const kCues[] = {"cue_lead", "cue_byline", "cue_credit", "cue_caption", "cue_jump",
                             "cue_furniture", "cue_note", "cue_table"};
const char *const kNextCues[] = {"next_cue_lead", "next_cue_byline", "next_cue_credit", "next_cue_caption",
                                 "next_cue_jump", "next_cue_furniture", "next_cue_note", "next_cue_table"};
const char *const kCjkCues[] = {"cjk_cue_lead", "cjk_cue_byline", "cjk_cue_credit", "cjk_cue_caption",
                                "cjk_cue_jump", "cjk_cue_furniture", "cjk_cue_note", "cjk_cue_table"};
const char *const kCjkNextCues[] = {"cjk_next_cue_lead", "cjk_next_cue_byline", "cjk_next_cue_credit",
                                    "cjk_next_cue_caption", "cjk_next_cue_jump", "cjk_next_cue_furniture",
                                    "cjk_next_cue_note", "cjk_next_cue_table"};

template<typename Sink>
void cues(Sink &s, const LineUnit &u, const char *const *names)
{
    // Names are only built by NameSink; ValueSink ignores them.
    s(names[0], u.cueLead);
    s(names[1], u.cueByline);
    s(names[2], u.cueCredit);
    s(names[3], u.cueCaption);
    s(names[4], u.cueJump);
    s(names[5], u.cueFurniture);
    s(names[6], u.cueNote);
    s(names[7], u.cueTable);
}

// A unit's width against the page's measure (LineUnit::pageMeasure), as one ratio and as one of
// kMeasureBins bands of that ratio, for open lines (no sentence end) and closed ones apart: a full
// line of a column (band 4, 0.92–1.08) carries a sentence on; a paragraph's first line, a 2-em indent
// short, falls in band 3 on columns of 12 em or more and lower on narrower ones; a closed short line
// ends a paragraph; an open line of any other width (a run of display lines, a headline wider than
// the column) is neither. The band edges only cut the ratio into pieces (they are ratios, not em);
// what each band means is fitted.
constexpr double kMeasureEdges[] = {0.35, 0.6, 0.8, 0.92, 1.08, 1.3};
constexpr int kMeasureBins = int(std::size(kMeasureEdges)) + 1;
const char *const kMeasureOpen[kMeasureBins] = {"measure_open_0", "measure_open_1", "measure_open_2",
                                                "measure_open_3", "measure_open_4", "measure_open_5",
                                                "measure_open_6"};
const char *const kMeasureClosed[kMeasureBins] = {"measure_closed_0", "measure_closed_1", "measure_closed_2",
                                                  "measure_closed_3", "measure_closed_4", "measure_closed_5",
                                                  "measure_closed_6"};
const char *const kPrevMeasureOpen[kMeasureBins] = {"prev_measure_open_0", "prev_measure_open_1",
                                                    "prev_measure_open_2", "prev_measure_open_3",
                                                    "prev_measure_open_4", "prev_measure_open_5",
                                                    "prev_measure_open_6"};
const char *const kNextMeasureOpen[kMeasureBins] = {"next_measure_open_0", "next_measure_open_1",
                                                    "next_measure_open_2", "next_measure_open_3",
                                                    "next_measure_open_4", "next_measure_open_5",
                                                    "next_measure_open_6"};

// The band of a unit's width against the page's measure; -1 without a measure or for an empty unit.
int measureBand(const LineUnit &u)
{
    if (u.pageMeasure <= 0 || u.letters == 0)
        return -1;
    const double r = u.width / u.pageMeasure;
    return int(std::upper_bound(std::begin(kMeasureEdges), std::end(kMeasureEdges), r) - std::begin(kMeasureEdges));
}

template<typename Sink>
void measureBands(Sink &s, const char *const names[], int band, double weight)
{
    for (int k = 0; k < kMeasureBins; ++k)
        s(names[k], k == band ? weight : 0.0);
}

// Each weighed by how much the page reads as columns of printed lines (LineUnit::pageMeasureShare):
// on a page of paragraphs or blocks the measure says little.
template<typename Sink>
void measureFeatures(Sink &s, const LineUnit &u, const LineUnit *p, const LineUnit *n)
{
    const double w = u.pageMeasureShare;
    s("measure_share", w);
    s("measure", w * ratio(u.width, u.pageMeasure));
    const int band = measureBand(u);
    measureBands(s, kMeasureOpen, u.endsSentence ? -1 : band, w);
    measureBands(s, kMeasureClosed, u.endsSentence ? band : -1, w);
    measureBands(s, kPrevMeasureOpen, p && !p->endsSentence ? measureBand(*p) : -1, w);
    measureBands(s, kNextMeasureOpen, n && !n->endsSentence ? measureBand(*n) : -1, w);
}

template<typename Sink>
void roleDense(Sink &s, const QList<LineUnit> &units, qsizetype i)
{
    static const LineUnit none;
    const LineUnit &u = units[i];
    const bool hasPrev = i > 0, hasNext = i + 1 < units.size();
    const LineUnit &p = hasPrev ? units[i - 1] : none;
    const LineUnit &n = hasNext ? units[i + 1] : none;
    unitMeasures(s, kOwn, u);
    // The same measures on pages whose lines are whole text blocks (PDF blocks joined by spaces):
    // there a short line is a display line, on pages of printed lines it may be a full column line.
    ScaledSink<Sink> blocky{s, u.pageBlockShare};
    unitMeasures(blocky, kBlocky, u);
    s("page_block_share", u.pageBlockShare);
    s("page_cjk", u.pageCjkShare);
    cues(s, u, kCues);
    ScaledSink<Sink> cjk{s, u.pageCjkShare};
    cues(cjk, u, kCjkCues);
    s("has_prev", hasPrev);
    unitMeasures(s, kPrev, p);
    s("has_next", hasNext);
    unitMeasures(s, kNext, n);
    cues(s, n, kNextCues);
    cues(cjk, n, kCjkNextCues);
    const double pos = units.size() > 1 ? double(i) / double(units.size() - 1) : 0.0;
    s("page_position", pos);
    s("page_top", i < 4);
    s("width_vs_prev", hasPrev ? std::log((u.width + 1) / (p.width + 1)) : 0.0);
    s("width_vs_next", hasNext ? std::log((u.width + 1) / (n.width + 1)) : 0.0);
    s("column_change_prev", hasPrev && std::abs(u.columnWidth - p.columnWidth) > 0.75);
    s("column_change_next", hasNext && std::abs(u.columnWidth - n.columnWidth) > 0.75);
    s("short_display", u.letters > 0 && u.letters <= 40 && !u.endsSentence && u.sentenceEnds == 0);
    // Topic: a headline stands between texts that share few words, and its own words come back in
    // the text after it rather than in the text before (TopicWindows).
    s("topic_continuity_around", u.continuityAround);
    s("topic_continuity_into", u.continuityInto);
    s("topic_depth_into", u.depthInto);
    s("topic_words_ahead", u.wordsAhead);
    s("topic_words_behind", u.wordsBehind);
    s("topic_words_ahead_not_behind", std::max(0.0, u.wordsAhead - u.wordsBehind));
    measureFeatures(s, u, hasPrev ? &p : nullptr, hasNext ? &n : nullptr);
}

// Keyed features: characters at the edges (punctuation and symbols as themselves, letters by
// class), a Chinese line's first two characters, a Latin line's first word.
enum KeyTemplate : quint64 { FirstChar = 1, LastChar, FirstPair, LastPair, FirstWord, PrevLastChar, NextFirstChar };

quint64 charClass(char32_t c)
{
    if (!QChar::isLetterOrNumber(c))
        return c;
    if (QChar::isDigit(c))
        return 0x110000 + 1;
    if (script::isNoSpace(c))
        return 0x110000 + 2;
    return QChar::isUpper(c) ? 0x110000 + 3 : 0x110000 + 4;
}

quint64 key(KeyTemplate t, quint64 a, quint64 b = 0)
{
    return (quint64(t) << 56) | (a << 28) | b;
}

void edgeKeys(QStringView t, std::vector<quint64> &keys, KeyTemplate first, KeyTemplate last)
{
    if (t.isEmpty())
        return;
    if (first)
        keys.push_back(key(first, charClass(script::codePointAt(t, 0))));
    if (last)
        keys.push_back(key(last, charClass(script::codePointBefore(t, t.size()))));
}

void roleKeys(QStringView text, const QList<LineUnit> &units, qsizetype i, std::vector<quint64> &keys)
{
    const LineUnit &u = units[i];
    const QStringView t = text.sliced(u.span.start, u.span.length());
    edgeKeys(t, keys, FirstChar, LastChar);
    const char32_t c0 = script::codePointAt(t, 0);
    const qsizetype len0 = c0 > 0xFFFF ? 2 : 1;
    const char32_t c1 = len0 < t.size() ? script::codePointAt(t, len0) : 0;
    if (script::isNoSpace(c0) && script::isNoSpace(c1) && QChar::isLetter(c0) && QChar::isLetter(c1))
        keys.push_back(key(FirstPair, c0, c1));
    const char32_t z1 = script::codePointBefore(t, t.size());
    const qsizetype lenZ = z1 > 0xFFFF ? 2 : 1;
    const char32_t z0 = t.size() > lenZ ? script::codePointBefore(t, t.size() - lenZ) : 0;
    if (z0 && (!QChar::isLetterOrNumber(z1) || !QChar::isLetterOrNumber(z0)))
        keys.push_back(key(LastPair, charClass(z0), charClass(z1)));
    if (!script::isNoSpace(c0) && QChar::isLetter(c0)) {
        qsizetype e = 0;
        while (e < t.size() && e < 12 && t[e].isLetter())
            ++e;
        if (e < 12) {
            quint64 h = 1469598103934665603ULL; // FNV-1a of the lower-cased word, 48 bits kept
            for (QChar c : t.first(e))
                h = (h ^ c.toLower().unicode()) * 1099511628211ULL;
            keys.push_back(key(FirstWord, 0, h & 0xFFFFFFFFFFFFULL));
        }
    }
    if (i > 0) {
        const LineUnit &p = units[i - 1];
        edgeKeys(text.sliced(p.span.start, p.span.length()), keys, KeyTemplate(0), PrevLastChar);
    }
    if (i + 1 < units.size()) {
        const LineUnit &n = units[i + 1];
        edgeKeys(text.sliced(n.span.start, n.span.length()), keys, NextFirstChar, KeyTemplate(0));
    }
}

struct LinkInput {
    QStringView text;
    const QList<LineUnit> &units;
    const std::vector<std::vector<double>> &roles;
    const std::vector<double> &starts;
    const TopicWindows &windows;
    qsizetype a, b;
    const SharedCounts *counts = nullptr; ///< the pair's shared-unit counts, when counted for the page
};

double displayShare(const std::vector<double> &r)
{
    return r[int(UnitRole::Headline)] + r[int(UnitRole::Kicker)] + r[int(UnitRole::Subheadline)] + r[int(UnitRole::Byline)];
}

// The measures of a link, taken: the word made across the join (an ICU dictionary look-up), the
// words the two lines share, the likeness of the texts on either side of the join (TopicWindows;
// counted for the whole page when in.counts is given, else merged for this pair).
struct TakenMeasures {
    WordBridge::Kind bridge = WordBridge::Kind::None;
    WindowOverlap shared;
    double join = 0;

    static TakenMeasures withoutBridge(const LinkInput &in)
    {
        TakenMeasures m;
        if (in.units.isEmpty())
            return m;
        const auto &own = in.windows.own;
        if (in.counts) {
            m.shared = WindowOverlap{double(in.counts->own(in.a, in.b)), double(own[in.a].size()), double(own[in.b].size())};
            m.join = WindowOverlap{double(in.counts->windows(in.a, in.b)), double(in.windows.before[in.a].size()),
                                   double(in.windows.after[in.b].size())}.cosine();
        } else {
            m.shared = TopicWindows::overlap(own[in.a], own[in.b]);
            m.join = in.windows.continuity(in.a, in.b);
        }
        return m;
    }
    static bool canBridge(const LinkInput &in) { return !in.units.isEmpty() && !in.units[in.a].endsSentence; }
    static WordBridge::Kind bridgeOf(const LinkInput &in)
    {
        if (!canBridge(in))
            return WordBridge::Kind::None;
        const LineUnit &a = in.units[in.a], &b = in.units[in.b];
        return WordBridge::between(in.text.sliced(a.span.start, a.span.length()),
                                   in.text.sliced(b.span.start, b.span.length()));
    }
    static TakenMeasures of(const LinkInput &in)
    {
        TakenMeasures m = withoutBridge(in);
        m.bridge = bridgeOf(in);
        return m;
    }
};

// The link features, in model order. LinkScorer's pre-check restates them in parts for lines that
// are not adjacent (quickApart): a feature added here goes there too (tst_learnedengine compares the
// pre-check's sum with the model on every pair of four pages).
template<typename Sink>
void linkDense(Sink &s, const LinkInput &in, const TakenMeasures &m)
{
    static const LineUnit none;
    static const std::vector<double> noRoles(size_t(UnitRole::Count), 0.0);
    const bool real = !in.units.isEmpty();
    const LineUnit &a = real ? in.units[in.a] : none;
    const LineUnit &b = real ? in.units[in.b] : none;
    const std::vector<double> &ra = real ? in.roles[in.a] : noRoles;
    const std::vector<double> &rb = real ? in.roles[in.b] : noRoles;
    const qsizetype d = in.b - in.a;
    s("adjacent", d == 1);
    s("second_next", d == 2);
    s("backward", d < 0);
    s("distance", logCount(std::abs(d)));
    s("same_block", a.block == b.block);
    s("a_ends_sentence", a.endsSentence);
    s("a_ends_comma", a.endsComma);
    s("a_last_full", ratio(a.lastWidth, a.columnWidth));
    s("b_first_full", firstFull(b));
    s("b_starts_lower", b.startsLower);
    s("b_starts_punct", b.startsPunct);
    s("b_indented", b.indented);
    s("b_cue_lead", b.cueLead);
    s("open_join", !a.endsSentence && firstFull(b) > 0.95);
    s("same_column", a.columnWidth > 0 && std::abs(a.columnWidth - b.columnWidth) < 0.75);
    s("column_ratio", std::abs(std::log((a.columnWidth + 1) / (b.columnWidth + 1))));
    s("a_letters", logCount(a.letters));
    s("b_letters", logCount(b.letters));
    s("bridge_word", m.bridge == WordBridge::Kind::Word);
    s("bridge_number", m.bridge == WordBridge::Kind::Number);
    s("bridge_hyphen", m.bridge == WordBridge::Kind::Hyphenation);
    s("quote_carried", (a.quotes & 1) && (b.quotes & 4));
    s("jump_keyword", a.jumpOutKey != 0 && a.jumpOutKey == b.jumpHeadKey); // "See DEBATE, page 3" → "DEBATE"
    s("shared_words", m.shared.cosine());
    s("a_words_in_b", m.shared.inB());
    s("b_words_in_a", m.shared.inA());
    s("b_paragraph_start", startsParagraph(b));
    // How a ends against how b begins: a sentence cut at the end of a goes on at the start of b, and
    // a line that begins mid-sentence follows a cut one (each measure alone cannot say this).
    const bool open = real && !a.endsSentence;
    const bool bCut = b.startsLower || b.startsPunct;
    s("closed_into_cut", !open && bCut);
    s("closed_into_full", open ? 0.0 : firstFull(b));
    s("open_into_cut", open && bCut);
    s("open_into_indented", open && b.indented);
    s("open_into_paragraph_start", open && startsParagraph(b));
    // Role pairs: how likely each role is followed by each other role.
    static const char *const pairNames[] = {
#define GALLEY_ROLE_ROW(R) "role_" R "_body", "role_" R "_headline", "role_" R "_kicker", "role_" R "_subheadline", \
        "role_" R "_byline", "role_" R "_caption", "role_" R "_credit", "role_" R "_jump", "role_" R "_furniture"
        GALLEY_ROLE_ROW("body"), GALLEY_ROLE_ROW("headline"), GALLEY_ROLE_ROW("kicker"),
        GALLEY_ROLE_ROW("subheadline"), GALLEY_ROLE_ROW("byline"), GALLEY_ROLE_ROW("caption"),
        GALLEY_ROLE_ROW("credit"), GALLEY_ROLE_ROW("jump"), GALLEY_ROLE_ROW("furniture")
#undef GALLEY_ROLE_ROW
    };
    constexpr int nr = int(UnitRole::Count);
    s.products(pairNames, ra, rb);
    // The same role pairs when the two lines stand next to each other in the text.
    static const char *const adjacentNames[] = {
#define GALLEY_ROLE_ROW(R) "adjacent_" R "_body", "adjacent_" R "_headline", "adjacent_" R "_kicker", \
        "adjacent_" R "_subheadline", "adjacent_" R "_byline", "adjacent_" R "_caption", "adjacent_" R "_credit", \
        "adjacent_" R "_jump", "adjacent_" R "_furniture"
        GALLEY_ROLE_ROW("body"), GALLEY_ROLE_ROW("headline"), GALLEY_ROLE_ROW("kicker"),
        GALLEY_ROLE_ROW("subheadline"), GALLEY_ROLE_ROW("byline"), GALLEY_ROLE_ROW("caption"),
        GALLEY_ROLE_ROW("credit"), GALLEY_ROLE_ROW("jump"), GALLEY_ROLE_ROW("furniture")
#undef GALLEY_ROLE_ROW
    };
    if (d == 1)
        s.products(adjacentNames, ra, rb);
    else
        s.zeros(adjacentNames, nr * nr);
    s("adjacent_open_join", d == 1 && !a.endsSentence);
    s("adjacent_closed", d == 1 && a.endsSentence);
    s("adjacent_paragraph_start", d == 1 && startsParagraph(b));
    s("near_shared", (std::abs(d) <= 3) * m.shared.cosine());
    s("headline_words_in_b", ra[int(UnitRole::Headline)] * m.shared.inB());
    // Article openings: a line that opens an article's text follows its headline or byline, not the
    // text of another article.
    const double sa = real ? in.starts[in.a] : 0.0, sb = real ? in.starts[in.b] : 0.0;
    s("a_starts", sa);
    s("b_starts", sb);
    s("adjacent_b_starts", d == 1 ? sb : 0.0);
    s("display_a_b_starts", displayShare(ra) * sb);
    s("body_a_b_starts", ra[int(UnitRole::Body)] * sb);
    s("body_a_b_goes_on", ra[int(UnitRole::Body)] * rb[int(UnitRole::Body)] * (1.0 - sb));
    s("display_a_b_goes_on", displayShare(ra) * rb[int(UnitRole::Body)] * (1.0 - sb));
    s("display_a_shared_b_starts", displayShare(ra) * sb * m.shared.inB());
    s("open_b_starts", open ? sb : 0.0);
    // Topic: the text ending with a against the text starting with b, and against the texts that
    // stand next to them (the line after a, the line before b).
    // (TopicWindows::join is 0 off the page and on a page without windows.)
    const double join = m.join;
    s("topic_join", join);
    s("topic_join_vs_next", join - in.windows.join(in.a + 1));
    s("topic_join_vs_prev", join - in.windows.join(in.b));
}

} // namespace

UnitRole likeliestRole(const std::vector<double> &probabilities)
{
    return UnitRole(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
}

bool isDisplayRole(UnitRole role)
{
    return role == UnitRole::Headline || role == UnitRole::Kicker || role == UnitRole::Subheadline
           || role == UnitRole::Byline;
}

const QStringList &UnitFeatures::roleClasses()
{
    static const QStringList classes = {QStringLiteral("body"),    QStringLiteral("headline"),
                                        QStringLiteral("kicker"),  QStringLiteral("subheadline"),
                                        QStringLiteral("byline"),  QStringLiteral("caption"),
                                        QStringLiteral("credit"),  QStringLiteral("jump-line"),
                                        QStringLiteral("furniture")};
    return classes;
}

const QStringList &UnitFeatures::roleFeatureNames()
{
    static const QStringList names = [] {
        NameSink s;
        const QList<LineUnit> one(1);
        roleDense(s, one, 0);
        return s.names;
    }();
    return names;
}

namespace {

template<typename Sink>
void contextDense(Sink &s, const std::vector<std::vector<double>> &roles, qsizetype i)
{
    static const char *const places[] = {"ctx_prev2", "ctx_prev", "ctx_own", "ctx_next", "ctx_next2"};
    const QStringList &classes = UnitFeatures::roleClasses();
    static const QList<QByteArray> names = [&] {
        QList<QByteArray> out;
        for (const char *slot : places)
            for (const QString &c : classes)
                out.append(QByteArray(slot) + '_' + c.toLatin1());
        for (const char *slot : places)
            out.append(QByteArray(slot) + "_none");
        return out;
    }();
    const qsizetype n = qsizetype(roles.size());
    int k = 0;
    for (qsizetype d = -2; d <= 2; ++d) {
        const qsizetype j = i + d;
        for (qsizetype c = 0; c < classes.size(); ++c)
            s(names[k++].constData(), j >= 0 && j < n ? roles[j][c] : 0.0);
    }
    for (qsizetype d = -2; d <= 2; ++d)
        s(names[k++].constData(), i + d < 0 || i + d >= n);
}

} // namespace

const QStringList &UnitFeatures::contextFeatureNames()
{
    static const QStringList names = [] {
        NameSink s;
        const std::vector<std::vector<double>> none;
        contextDense(s, none, 0);
        return roleFeatureNames() + s.names;
    }();
    return names;
}

FeatureVector UnitFeatures::contextFeatures(QStringView text, const QList<LineUnit> &units,
                                            const std::vector<std::vector<double>> &firstRoles, qsizetype i)
{
    return contextFeatures(roleFeatures(text, units, i), firstRoles, i);
}

FeatureVector UnitFeatures::contextFeatures(FeatureVector f, const std::vector<std::vector<double>> &firstRoles,
                                            qsizetype i)
{
    f.dense.reserve(contextFeatureNames().size());
    ValueSink s{&f.dense};
    contextDense(s, firstRoles, i);
    return f;
}

const QStringList &UnitFeatures::linkFeatureNames()
{
    static const QStringList names = [] {
        NameSink s;
        static const QList<LineUnit> noUnits;
        static const std::vector<std::vector<double>> noRoles;
        static const std::vector<double> noStarts;
        static const TopicWindows noWindows;
        linkDense(s, LinkInput{QStringView(), noUnits, noRoles, noStarts, noWindows, 0, 1}, TakenMeasures{});
        return s.names;
    }();
    return names;
}

FeatureVector UnitFeatures::roleFeatures(QStringView text, const QList<LineUnit> &units, qsizetype i)
{
    FeatureVector f;
    f.dense.reserve(roleFeatureNames().size());
    ValueSink s{&f.dense};
    roleDense(s, units, i);
    roleKeys(text, units, i, f.keys);
    return f;
}

namespace {

// Feeds each value to the model's Score, in feature order (LinkScorer).
struct ScoreSink {
    LinearModel::Score *score;
    void operator()(const char *, double v) { score->add(v); }
    void zeros(const char *const[], int count) { score->addZeros(count); }
    void products(const char *const[], const std::vector<double> &x, const std::vector<double> &y)
    {
        constexpr std::size_t nr = std::size_t(UnitRole::Count);
        if (x.size() * y.size() > nr * nr) { // role vectors longer than the model's classes
            for (double xi : x)
                for (double yj : y)
                    score->add(xi * yj);
            return;
        }
        double run[nr * nr];
        std::size_t k = 0;
        for (double xi : x)
            for (double yj : y)
                run[k++] = xi * yj;
        score->add(run, qsizetype(k));
    }
};

// Sums a two-class model's log-odds in double as the features come (LinkScorer's pre-check): each
// value times its weight, and each role-pair block as the first line's folded row times the second
// line's probabilities (kRoleCount products instead of kRoleCount²).
struct QuickSink {
    const double *weights;
    const double *pairRow, *adjacentRow; // line a's folded rows of the two role-pair blocks
    qsizetype next = 0;
    int blocks = 0;
    double sum = 0;

    void operator()(const char *, double v) { sum += weights[next++] * v; }
    void zeros(const char *const[], int count) { next += count; }
    // x is line a's role vector, already folded into pairRow / adjacentRow (LinkScorer only runs
    // the quick sum when every role vector has the model's classes).
    void products(const char *const[], [[maybe_unused]] const std::vector<double> &x, const std::vector<double> &y)
    {
        constexpr std::size_t nr = std::size_t(UnitRole::Count);
        Q_ASSERT(x.size() == nr && y.size() == nr);
        const double *row = blocks++ == 0 ? pairRow : adjacentRow;
        for (std::size_t j = 0; j < nr; ++j)
            sum += row[j] * y[j];
        next += qsizetype(nr * nr);
    }
};

// The quick sum of one pair whose measures are taken (without the word bridge).
double quickSum(const std::vector<double> &weights, double bias, const std::vector<double> &pairRows,
                const std::vector<double> &adjacentRows, const LinkInput &in, const TakenMeasures &m)
{
    constexpr std::size_t nr = std::size_t(UnitRole::Count);
    const std::size_t row = std::size_t(in.a) * nr;
    QuickSink s{weights.data(), pairRows.data() + row, adjacentRows.data() + row};
    linkDense(s, in, m);
    return bias + s.sum;
}

// The link features whose weights the quick sum of lines apart (quickApart) reads by name:
// the features of linkDense other than the role-pair blocks, the word bridges (0 in the quick sum)
// and those that are 0 unless the lines are adjacent.
enum QuickColumn {
    SecondNext, Backward, Distance, SameBlock, AEndsSentence, AEndsComma, ALastFull, BFirstFull,
    BStartsLower, BStartsPunct, BIndented, BCueLead, OpenJoin, SameColumn, ColumnRatio, ALetters,
    BLetters, QuoteCarried, JumpKeyword, SharedWords, AWordsInB, BWordsInA, BParagraphStart,
    ClosedIntoCut, ClosedIntoFull, OpenIntoCut, OpenIntoIndented, OpenIntoParagraphStart, NearShared,
    HeadlineWordsInB, AStarts, BStarts, DisplayABStarts, BodyABStarts, BodyABGoesOn, DisplayABGoesOn,
    DisplayASharedBStarts, OpenBStarts, TopicJoin, TopicJoinVsNext, TopicJoinVsPrev, QuickColumnCount
};

// Each QuickColumn's index in linkFeatureNames(), looked up once.
const std::vector<qsizetype> &quickColumns()
{
    static const std::vector<qsizetype> columns = [] {
        static const char *const names[QuickColumnCount] = {
            "second_next", "backward", "distance", "same_block", "a_ends_sentence", "a_ends_comma",
            "a_last_full", "b_first_full", "b_starts_lower", "b_starts_punct", "b_indented", "b_cue_lead",
            "open_join", "same_column", "column_ratio", "a_letters", "b_letters", "quote_carried",
            "jump_keyword", "shared_words", "a_words_in_b", "b_words_in_a", "b_paragraph_start",
            "closed_into_cut", "closed_into_full", "open_into_cut", "open_into_indented",
            "open_into_paragraph_start", "near_shared", "headline_words_in_b", "a_starts", "b_starts",
            "display_a_b_starts", "body_a_b_starts", "body_a_b_goes_on", "display_a_b_goes_on",
            "display_a_shared_b_starts", "open_b_starts", "topic_join", "topic_join_vs_next",
            "topic_join_vs_prev"};
        const QStringList &all = UnitFeatures::linkFeatureNames();
        std::vector<qsizetype> out;
        for (const char *name : names)
            out.push_back(all.indexOf(QLatin1String(name)));
        Q_ASSERT(std::find(out.begin(), out.end(), -1) == out.end());
        return out;
    }();
    return columns;
}

} // namespace

// The quick sum's parts (LinkScorer's pre-check): each dense feature's log-odds weight, and for each
// line a its role probabilities folded with the weights of the role-pair blocks (kRoleCount per line
// and block); for lines apart, the weights read by name (QuickColumn) and each line's share of the
// sum: the features that read one line only, weighted once for it.
struct LinkQuickParts {
    double bias = 0;
    std::vector<double> weights, pairRows, adjacentRows;
    std::vector<double> column;               // by QuickColumn
    std::vector<double> from;                 // per line as a
    std::vector<double> intoOpen, intoClosed; // per line as b, after a line that ends open or closed
    std::vector<double> display, goesOn;      // per line: displayShare, body × (1 − start)
    std::vector<double> logColumn;            // per line: log(columnWidth + 1)
};

namespace {

// Each line's parts of the quick sum (LinkQuickParts), from the same measures as linkDense.
void foldLines(const QList<LineUnit> &units, const std::vector<std::vector<double>> &roles,
               const std::vector<double> &starts, LinkQuickParts *q)
{
    const std::vector<qsizetype> &columns = quickColumns();
    q->column.resize(QuickColumnCount);
    for (int k = 0; k < QuickColumnCount; ++k)
        q->column[std::size_t(k)] = q->weights[std::size_t(columns[std::size_t(k)])];
    const auto w = [q](QuickColumn k) { return q->column[std::size_t(k)]; };
    const std::size_t n = std::size_t(units.size());
    q->from.resize(n);
    q->intoOpen.resize(n);
    q->intoClosed.resize(n);
    q->display.resize(n);
    q->goesOn.resize(n);
    q->logColumn.resize(n);
    for (std::size_t x = 0; x < n; ++x) {
        const LineUnit &u = units[qsizetype(x)];
        const double start = starts[x];
        q->from[x] = w(AEndsSentence) * u.endsSentence + w(AEndsComma) * u.endsComma
                     + w(ALastFull) * ratio(u.lastWidth, u.columnWidth) + w(ALetters) * logCount(u.letters)
                     + w(AStarts) * start;
        const double full = firstFull(u);
        const bool cut = u.startsLower || u.startsPunct, paragraph = startsParagraph(u);
        const double into = w(BFirstFull) * full + w(BStartsLower) * u.startsLower + w(BStartsPunct) * u.startsPunct
                            + w(BIndented) * u.indented + w(BCueLead) * u.cueLead + w(BLetters) * logCount(u.letters)
                            + w(BParagraphStart) * paragraph + w(BStarts) * start;
        q->intoOpen[x] = into + w(OpenJoin) * (full > 0.95) + w(OpenIntoCut) * cut + w(OpenIntoIndented) * u.indented
                         + w(OpenIntoParagraphStart) * paragraph + w(OpenBStarts) * start;
        q->intoClosed[x] = into + w(ClosedIntoCut) * cut + w(ClosedIntoFull) * full;
        q->display[x] = displayShare(roles[x]);
        q->goesOn[x] = roles[x][int(UnitRole::Body)] * (1.0 - start);
        q->logColumn[x] = std::log(u.columnWidth + 1);
    }
}

// linkDense's quick sum for two lines that are not adjacent (its adjacent features are 0 then), from
// the lines' parts and the pair's own measures.
double quickApart(const LinkQuickParts &q, const LinkInput &in, const TakenMeasures &m)
{
    const auto w = [&q](QuickColumn k) { return q.column[std::size_t(k)]; };
    constexpr std::size_t nr = std::size_t(UnitRole::Count);
    const std::size_t ia = std::size_t(in.a), ib = std::size_t(in.b);
    const LineUnit &a = in.units[in.a], &b = in.units[in.b];
    const std::vector<double> &ra = in.roles[ia], &rb = in.roles[ib];
    const qsizetype d = in.b - in.a;
    const double sb = in.starts[ib];
    double sum = q.bias + q.from[ia] + (a.endsSentence ? q.intoClosed[ib] : q.intoOpen[ib]);
    sum += w(SecondNext) * (d == 2) + w(Backward) * (d < 0) + w(Distance) * logCount(std::abs(d));
    sum += w(SameBlock) * (a.block == b.block)
           + w(SameColumn) * (a.columnWidth > 0 && std::abs(a.columnWidth - b.columnWidth) < 0.75)
           + w(ColumnRatio) * std::abs(q.logColumn[ia] - q.logColumn[ib])
           + w(QuoteCarried) * ((a.quotes & 1) && (b.quotes & 4))
           + w(JumpKeyword) * (a.jumpOutKey != 0 && a.jumpOutKey == b.jumpHeadKey);
    const double cosine = m.shared.cosine(), inB = m.shared.inB();
    sum += (w(SharedWords) + w(NearShared) * (std::abs(d) <= 3)) * cosine + w(AWordsInB) * inB
           + w(BWordsInA) * m.shared.inA() + w(HeadlineWordsInB) * ra[int(UnitRole::Headline)] * inB;
    const double *row = q.pairRows.data() + ia * nr;
    for (std::size_t j = 0; j < nr; ++j)
        sum += row[j] * rb[j];
    sum += q.display[ia] * (w(DisplayABStarts) * sb + w(DisplayABGoesOn) * q.goesOn[ib] + w(DisplayASharedBStarts) * sb * inB)
           + ra[int(UnitRole::Body)] * (w(BodyABStarts) * sb + w(BodyABGoesOn) * q.goesOn[ib]);
    sum += (w(TopicJoin) + w(TopicJoinVsNext) + w(TopicJoinVsPrev)) * m.join
           - w(TopicJoinVsNext) * in.windows.join(in.a + 1) - w(TopicJoinVsPrev) * in.windows.join(in.b);
    return sum;
}

// The quick sum of one pair whose measures are taken (without the word bridge): in parts for lines
// apart, feature by feature for adjacent ones.
double quickSumOf(const LinkQuickParts &q, const LinkInput &in, const TakenMeasures &m)
{
    if (in.b - in.a != 1)
        return quickApart(q, in, m);
    return quickSum(q.weights, q.bias, q.pairRows, q.adjacentRows, in, m);
}

} // namespace

LinkScorer::LinkScorer(const LinearModel &links, QStringView text, const QList<LineUnit> &units,
                       const std::vector<std::vector<double>> &roles, const std::vector<double> &starts,
                       const TopicWindows &windows, qsizetype reach)
    : m_links(links), m_text(text), m_units(units), m_roles(roles), m_starts(starts), m_windows(windows),
      m_counts(windows, reach), m_reach(reach)
{
    const QStringList &names = UnitFeatures::linkFeatureNames();
    for (const char *bridge : {"bridge_word", "bridge_number", "bridge_hyphen"})
        m_bridgeLift = std::max(m_bridgeLift, links.logOddsWeight(names.indexOf(QLatin1String(bridge))));
    // The quick pre-check: only for a two-class model whose role vectors have the model's classes.
    constexpr qsizetype nr = qsizetype(UnitRole::Count);
    const bool quick = links.classes().size() == 2 && links.denseNames() == names
        && std::all_of(roles.begin(), roles.end(), [](const std::vector<double> &r) { return qsizetype(r.size()) == nr; });
    if (!quick)
        return;
    auto parts = std::make_shared<LinkQuickParts>();
    parts->bias = links.logOddsBias();
    parts->weights.resize(std::size_t(names.size()));
    for (qsizetype d = 0; d < names.size(); ++d)
        parts->weights[std::size_t(d)] = links.logOddsWeight(d);
    const auto fold = [&](qsizetype first, std::vector<double> *rows) {
        rows->assign(roles.size() * std::size_t(nr), 0.0);
        for (std::size_t a = 0; a < roles.size(); ++a)
            for (qsizetype j = 0; j < nr; ++j) {
                double sum = 0;
                for (qsizetype i = 0; i < nr; ++i)
                    sum += parts->weights[std::size_t(first + i * nr + j)] * roles[a][std::size_t(i)];
                (*rows)[a * std::size_t(nr) + std::size_t(j)] = sum;
            }
    };
    fold(names.indexOf(QLatin1String("role_body_body")), &parts->pairRows);
    fold(names.indexOf(QLatin1String("adjacent_body_body")), &parts->adjacentRows);
    foldLines(units, roles, starts, parts.get());
    m_quick = std::move(parts);
}

double LinkScorer::quickLogOdds(qsizetype a, qsizetype b) const
{
    if (!m_quick)
        return 0.0;
    const LinkInput in{m_text, m_units, m_roles, m_starts, m_windows, a, b, std::abs(b - a) <= m_reach ? &m_counts : nullptr};
    return quickSumOf(*m_quick, in, TakenMeasures::withoutBridge(in));
}

std::optional<double> LinkScorer::probability(qsizetype a, qsizetype b, double atLeast) const
{
    const std::optional<Scored> s = scored(a, b, atLeast);
    return s ? std::optional<double>(s->probability) : std::nullopt;
}

std::optional<LinkScorer::Scored> LinkScorer::scored(qsizetype a, qsizetype b, double atLeast) const
{
    // Pairs beyond the counted reach (jumps) are measured on their own.
    const LinkInput in{m_text, m_units, m_roles, m_starts, m_windows, a, b, std::abs(b - a) <= m_reach ? &m_counts : nullptr};
    TakenMeasures m = TakenMeasures::withoutBridge(in);
    if (atLeast != m_floorOf) {
        m_floorOf = atLeast;
        m_floorLogOdds = atLeast > 0 ? std::log(atLeast / (1.0 - atLeast)) : 0.0;
    }
    const double floorLogOdds = m_floorLogOdds;
    // Pairs that cannot reach atLeast even with the strongest word bridge are left out on the quick
    // sum (within kQuickMargin of the model's log-odds).
    if (atLeast > 0 && m_quick) {
        const double lift = TakenMeasures::canBridge(in) ? std::max(0.0, m_bridgeLift) : 0.0;
        if (quickSumOf(*m_quick, in, m) + lift < floorLogOdds - kQuickMargin)
            return std::nullopt;
    }
    const auto score = [&] {
        LinearModel::Score out(m_links);
        ScoreSink s{&out};
        linkDense(s, in, m);
        return out;
    };
    const auto scoredOf = [](const LinearModel::Score &sum) { return Scored{sum.probabilities()[1], sum.logOdds()}; };
    const LinearModel::Score withoutBridge = score();
    if (!TakenMeasures::canBridge(in))
        return scoredOf(withoutBridge);
    // A word across the join adds one feature: it can lift the log-odds by m_bridgeLift at most
    // (log-odds of a two-class model; any other is never skipped).
    if (atLeast > 0 && m_links.classes().size() == 2 && withoutBridge.logOdds() + m_bridgeLift < floorLogOdds - kRoundingMargin)
        return std::nullopt;
    m.bridge = TakenMeasures::bridgeOf(in);
    return scoredOf(m.bridge == WordBridge::Kind::None ? withoutBridge : score());
}

FeatureVector UnitFeatures::linkFeatures(QStringView text, const QList<LineUnit> &units,
                                         const std::vector<std::vector<double>> &roles,
                                         const std::vector<double> &starts,
                                         const TopicWindows &windows, qsizetype a, qsizetype b)
{
    FeatureVector f;
    f.dense.reserve(linkFeatureNames().size());
    ValueSink s{&f.dense};
    const LinkInput in{text, units, roles, starts, windows, a, b};
    linkDense(s, in, TakenMeasures::of(in));
    return f;
}

} // namespace galley
