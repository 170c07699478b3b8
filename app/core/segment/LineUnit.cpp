// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineUnit.h"

#include "FragmentLayout.h"
#include "JumpLineCues.h"
#include "LanguageCues.h"
#include "ScriptClass.h"
#include "TopicWindows.h"
#include "WrapRepair.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace galley {

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?';
}

void measureLetters(QStringView t, LineUnit &u)
{
    qsizetype cased = 0, upper = 0, digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isLetterOrNumber()) {
            ++u.letters;
            if (c.isDigit())
                ++digits;
            else if (c.isUpper() || c.isLower()) {
                ++cased;
                upper += c.isUpper();
            }
        }
        if (isSentenceEnd(c) || (c == u'.' && (i + 1 == t.size() || t[i + 1] == u' ')))
            ++u.sentenceEnds;
        else if (script::isClauseMark(c.unicode()))
            ++u.commas;
    }
    u.upperShare = cased ? double(upper) / double(cased) : 0;
    u.digitShare = u.letters ? double(digits) / double(u.letters) : 0;
}

void measureWords(QStringView t, LineUnit &u)
{
    int titled = 0, lettered = 0;
    for (QStringView w : t.split(u' ', Qt::SkipEmptyParts)) {
        ++u.words;
        const auto first = std::find_if(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
        if (first == w.end())
            continue;
        ++lettered;
        titled += first->isUpper();
    }
    u.titleShare = lettered ? double(titled) / double(lettered) : 0;
}

} // namespace

quint64 jumpKey(QStringView keyword)
{
    // FNV-1a's mixing, over code points rather than bytes.
    quint64 h = 1469598103934665603ULL;
    bool any = false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        char32_t c = keyword[i].unicode();
        if (keyword[i].isHighSurrogate() && i + 1 < keyword.size() && keyword[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(keyword[i], keyword[i + 1]);
            ++i;
        }
        if (!QChar::isLetterOrNumber(c))
            continue;
        h = (h ^ QChar::toCaseFolded(c)) * 1099511628211ULL;
        any = true;
    }
    return any ? (h == 0 ? 1 : h) : 0;
}

namespace {

void measureEdges(QStringView t, LineUnit &u)
{
    u.endsSentence = LanguageCues::endsSentence(t);
    u.endsComma = script::isClauseMark(t.back().unicode());
    u.startsPunct = t.front() == u'，' || t.front() == u'。' || t.front() == u'、' || t.front() == u',';
    const auto first = std::find_if(t.begin(), t.end(), [](QChar c) { return c.isLetter(); });
    u.startsLower = first != t.end() && first->isLower();
    u.quotes = FragmentLayout::quoteState(t);
}

void measureCues(QStringView t, LineUnit &u)
{
    u.cueLead = LanguageCues::isLead(t);
    u.cueByline = LanguageCues::isByline(t);
    u.cueCredit = LanguageCues::isCredit(t);
    u.cueCaption = LanguageCues::isCaption(t);
    u.cueJump = LanguageCues::isJumpLine(t);
    u.cueFurniture = LanguageCues::isFurniture(t);
    u.cueNote = LanguageCues::isNote(t);
    u.cueTable = t.contains(u'\t');
    u.cueTableTitle = LanguageCues::isTableTitle(t);
}

// The keyword t could be the jump head of: a jump in naming one, or a short line of a few words
// (*alone: the line is that keyword).
quint64 jumpHeadKeyOf(QStringView t, bool *alone)
{
    *alone = false;
    if (const auto ref = JumpLineCues::keywordJumpIn(t))
        return jumpKey(ref->keyword);
    constexpr qsizetype kShortLine = 40, kFewWords = 4;
    if (t.size() > kShortLine || t.count(u' ') >= kFewWords)
        return 0;
    const quint64 key = jumpKey(t);
    *alone = key != 0;
    return key;
}

void measureJumps(QStringView t, LineUnit &u)
{
    const auto out = JumpLineCues::keywordJumpOutAtEnd(t);
    u.jumpOutKey = out ? jumpKey(out->keyword) : 0;
    u.jumpHeadKey = jumpHeadKeyOf(t, &u.jumpHeadAlone);
}

// A full printed line of the unit's own column: the upper quartile of its inner printed lines.
double ownColumnWidth(const QList<PrintedLine> &lines)
{
    if (lines.size() < 3)
        return 0;
    QList<double> inner;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        inner.append(lines[i].width);
    std::sort(inner.begin(), inner.end());
    return inner[(inner.size() * 3) / 4];
}

// Units without inner lines of their own take the widest of their neighbours' (a column of printed
// lines, one a text line, is as wide as its widest lines).
void fillColumnWidths(QList<LineUnit> &units)
{
    constexpr qsizetype reach = 3;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (units[i].columnWidth > 0)
            continue;
        double widest = units[i].width;
        for (qsizetype j = std::max<qsizetype>(0, i - reach); j < std::min(units.size(), i + reach + 1); ++j)
            if (units[j].printedLines == 1)
                widest = std::max(widest, units[j].width);
        units[i].columnWidth = widest;
    }
}

// LineUnit::pageMeasure and pageMeasureShare: the commonest half-em width of the open one-printed-line
// units (the widest of equally common ones), if it occurs more than once; and of the page's units
// with letters, the share at the measure times the share of the closed ones no wider than it.
std::pair<double, double> pageMeasureOf(const QList<LineUnit> &units)
{
    std::vector<qint64> halves;
    qsizetype withLetters = 0;
    for (const LineUnit &u : units) {
        withLetters += u.letters > 0;
        if (u.printedLines == 1 && !u.endsSentence && u.letters > 0)
            halves.push_back(qint64(std::llround(2 * u.width)));
    }
    std::sort(halves.begin(), halves.end());
    qint64 best = 0;
    std::size_t bestCount = 1;
    for (std::size_t i = 0; i < halves.size();) {
        std::size_t j = i;
        while (j < halves.size() && halves[j] == halves[i])
            ++j;
        if (j - i >= bestCount)
            best = halves[i], bestCount = j - i;
        i = j;
    }
    if (bestCount < 2 || best <= 0)
        return {0.0, 0.0};
    const double measure = double(best) / 2;
    qsizetype closed = 0, closedWithin = 0;
    for (const LineUnit &u : units) {
        if (u.letters > 0 && u.endsSentence) {
            ++closed;
            closedWithin += u.width <= measure + 0.5;
        }
    }
    if (closed == 0)
        return {measure, 0.0};
    return {measure, double(bestCount) / double(withLetters) * double(closedWithin) / double(closed)};
}

void fillPageMeasures(QList<LineUnit> &units)
{
    if (units.isEmpty())
        return;
    qsizetype blocks = 0;
    double cjk = 0;
    for (const LineUnit &u : units) {
        blocks += u.printedLines > 1;
        cjk += u.cjkShare;
    }
    const auto [measure, measureShare] = pageMeasureOf(units);
    for (LineUnit &u : units) {
        u.pageBlockShare = double(blocks) / double(units.size());
        u.pageCjkShare = cjk / double(units.size());
        u.pageMeasure = measure;
        u.pageMeasureShare = measureShare;
    }
}

void fillTopicMeasures(const TopicWindows &w, QList<LineUnit> &units)
{
    for (qsizetype i = 0; i < units.size(); ++i) {
        LineUnit &u = units[i];
        u.continuityAround = w.continuity(i - 1, i + 1);
        u.continuityInto = w.join(i);
        u.depthInto = w.depthInto(i);
        u.wordsAhead = w.wordsAhead(i, i + 1);
        u.wordsBehind = w.wordsBehind(i, i - 1);
    }
}

// The unit of text[s, e) (trimmed of white space first; nothing if that leaves it empty).
void appendUnit(const Page &page, qsizetype s, qsizetype e, bool indented, QList<LineUnit> &units)
{
    const QStringView text = page.text();
    while (s < e && text[s].isSpace())
        ++s;
    while (e > s && text[e - 1].isSpace())
        --e;
    if (e <= s)
        return;
    LineUnit u;
    u.span = {s, e};
    u.block = page.blockAt(s);
    u.indented = indented;
    const QStringView t = text.sliced(s, e - s);
    const QList<PrintedLine> lines = FragmentLayout::printedLines(text, u.span);
    u.printedLines = int(std::max<qsizetype>(1, lines.size()));
    u.firstWidth = lines.isEmpty() ? 0 : lines.first().width;
    u.lastWidth = lines.isEmpty() ? 0 : lines.last().width;
    u.width = FragmentLayout::width(text, s, e);
    u.columnWidth = ownColumnWidth(lines);
    u.cjkShare = script::cjkShare(t);
    measureLetters(t, u);
    measureWords(t, u);
    measureEdges(t, u);
    measureCues(t, u);
    measureJumps(t, u);
    units.append(u);
}

// A news lead set in a narrow column often wraps inside its opening formula (`新华社成都１月１０` /
// `日电（记者任硌）…`), so the cue is read again on the line run on into the next line of its block,
// for a line that does not end a sentence. The two are joined as one paragraph's fragments are
// (WrapRepair::joinFragments); the next line's first kRunOn UTF-16 units are enough for every lead
// formula of LanguageCues.
void fillRunOnLeads(QStringView text, QList<LineUnit> &units)
{
    constexpr qsizetype kRunOn = 40;
    for (qsizetype u = 0; u + 1 < units.size(); ++u) {
        LineUnit &unit = units[u];
        const LineUnit &next = units[u + 1];
        if (unit.cueLead || unit.endsSentence || next.block != unit.block
            || !LanguageCues::mayOpenLead(text[unit.span.start]))
            continue;
        const QString head = text.sliced(unit.span.start, unit.span.length()).toString();
        const QString tail = text.sliced(next.span.start, std::min(kRunOn, next.span.length())).toString();
        unit.cueLead = LanguageCues::isLead(WrapRepair::joinFragments(head, tail));
    }
}

} // namespace

QList<LineUnit> LineUnits::of(const Page &page, TopicWindows *windows, const std::vector<qsizetype> &cuts)
{
    const QStringView text = page.text();
    QList<LineUnit> units;
    qsizetype pos = 0;
    Q_ASSERT(std::adjacent_find(cuts.begin(), cuts.end(), std::greater_equal<qsizetype>()) == cuts.end());
    auto cut = cuts.begin();
    while (pos < text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        qsizetype s = pos;
        while (s < nl && text[s].isSpace())
            ++s;
        bool indented = s - pos >= 2; // the line's first unit only
        for (; cut != cuts.end() && *cut < nl; ++cut) {
            if (*cut <= s)
                continue;
            appendUnit(page, s, *cut, indented, units);
            indented = false;
            s = *cut;
        }
        appendUnit(page, s, nl, indented, units);
        pos = nl + 1;
    }
    fillRunOnLeads(text, units);
    fillColumnWidths(units);
    fillPageMeasures(units);
    TopicWindows topics = TopicWindows::of(text, units);
    fillTopicMeasures(topics, units);
    if (windows)
        *windows = std::move(topics);
    return units;
}

QString LineUnits::textOf(QStringView pageText, const QList<LineUnit> &units, std::span<const qsizetype> chain,
                          qsizetype limit)
{
    QString out;
    for (qsizetype u : chain) {
        if (out.size() >= limit)
            break;
        if (!out.isEmpty())
            out.append(u' ');
        out.append(pageText.sliced(units[u].span.start, std::min(units[u].span.length(), limit - out.size())));
    }
    return out;
}

} // namespace galley
