// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicWindows.h"

#include "TextSimilarity.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace galley {

std::size_t TopicWindows::sharedCount(UnitSet a, UnitSet b)
{
    // A merge without branches on the comparison (both sets are sorted and unique): this is the
    // engine's innermost loop, run for every candidate link.
    std::size_t i = 0, j = 0, shared = 0;
    const std::size_t na = a.size(), nb = b.size();
    while (i < na && j < nb) {
        const UnitId x = a[i], y = b[j];
        shared += x == y;
        i += x <= y;
        j += y <= x;
    }
    return shared;
}

WindowOverlap TopicWindows::overlap(UnitSet a, UnitSet b)
{
    return WindowOverlap{double(sharedCount(a, b)), double(a.size()), double(b.size())};
}

namespace {

// The union of the units of lines first, first + step, … until the window is full, appended to
// windows: each line's sorted set merged in (a window of one line, as most PDF text blocks are, is a
// copy). out and merged are scratch buffers, reused from window to window.
void appendWindow(const TopicWindows::UnitSets &own, const QList<LineUnit> &units, qsizetype first, qsizetype step,
                  std::vector<TopicWindows::UnitId> &out, std::vector<TopicWindows::UnitId> &merged,
                  TopicWindows::UnitSets *windows)
{
    out.clear();
    qsizetype letters = 0, lines = 0;
    for (qsizetype i = first; i >= 0 && i < units.size(); i += step) {
        const TopicWindows::UnitSet line = own[i];
        if (lines == 0) {
            out.assign(line.begin(), line.end());
        } else {
            merged.clear();
            std::set_union(out.begin(), out.end(), line.begin(), line.end(), std::back_inserter(merged));
            out.swap(merged);
        }
        letters += units[i].letters;
        if (++lines >= TopicWindows::kLines || letters >= TopicWindows::kLetters)
            break;
    }
    windows->append(out);
}

// Each line's units, numbered for the page (TopicWindows::UnitId).
void numberUnits(QStringView text, const QList<LineUnit> &units, TopicWindows *w)
{
    struct Occurrence {
        quint64 key;
        qsizetype line;
        bool operator<(const Occurrence &o) const { return key != o.key ? key < o.key : line < o.line; }
    };
    std::vector<Occurrence> all;
    std::vector<quint64> keys;
    for (qsizetype i = 0; i < units.size(); ++i) {
        keys.clear();
        TextSimilarity::forEachUnit(text.sliced(units[i].span.start, units[i].span.length()),
                                    [&keys](quint64 key) { keys.push_back(key); });
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (quint64 key : keys)
            all.push_back({key, i});
    }
    // Sorted by key, each line receives its ids in increasing order: its set comes out sorted.
    std::sort(all.begin(), all.end());
    // Each line's ids go straight to their place in one array: a count per line, then a fill.
    std::vector<std::size_t> first(std::size_t(units.size()) + 1, 0);
    for (const Occurrence &o : all)
        ++first[std::size_t(o.line) + 1];
    for (std::size_t i = 1; i < first.size(); ++i)
        first[i] += first[i - 1];
    std::vector<TopicWindows::UnitId> ids(all.size());
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    TopicWindows::UnitId id = 0;
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (k > 0 && all[k].key != all[k - 1].key)
            ++id;
        ids[fill[std::size_t(all[k].line)]++] = id;
    }
    w->own = TopicWindows::UnitSets(std::move(ids), std::move(first));
    w->units = all.empty() ? 0 : qsizetype(id) + 1;
}

} // namespace

TopicWindows TopicWindows::of(QStringView text, const QList<LineUnit> &units)
{
    TopicWindows w;
    const qsizetype n = units.size();
    numberUnits(text, units, &w);
    std::vector<UnitId> out, merged;
    for (qsizetype i = 0; i < n; ++i) {
        appendWindow(w.own, units, i, -1, out, merged, &w.before);
        appendWindow(w.own, units, i, +1, out, merged, &w.after);
    }
    w.joins.assign(n, 0.0);
    for (qsizetype i = 1; i < n; ++i)
        w.joins[i] = w.continuity(i - 1, i);
    return w;
}

double TopicWindows::continuity(qsizetype from, qsizetype to) const
{
    const qsizetype n = own.size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return 0.0;
    return overlap(before[from], after[to]).cosine();
}

double TopicWindows::depthInto(qsizetype i) const
{
    const qsizetype n = own.size();
    if (i <= 0 || i >= n)
        return 0.0;
    const double here = joins[i];
    double left = here, right = here;
    for (qsizetype j = std::max<qsizetype>(1, i - kLines); j < i; ++j)
        left = std::max(left, joins[j]);
    for (qsizetype j = i + 1; j < std::min(n, i + kLines + 1); ++j)
        right = std::max(right, joins[j]);
    return (left - here) + (right - here);
}

double TopicWindows::wordsAhead(qsizetype i, qsizetype to) const
{
    const qsizetype n = own.size();
    return i >= 0 && i < n && to >= 0 && to < n ? overlap(own[i], after[to]).inB() : 0.0;
}

double TopicWindows::wordsBehind(qsizetype i, qsizetype from) const
{
    const qsizetype n = own.size();
    return i >= 0 && i < n && from >= 0 && from < n ? overlap(own[i], before[from]).inB() : 0.0;
}

SharedCounts::Postings::Postings(const TopicWindows::UnitSets &sets, qsizetype units)
    : first(std::size_t(units) + 1, 0)
{
    // Two passes, no sorting: count each unit's lines, then fill them in line order.
    for (qsizetype b = 0; b < sets.size(); ++b)
        for (TopicWindows::UnitId u : sets[b])
            ++first[u + 1];
    for (std::size_t u = 1; u < first.size(); ++u)
        first[u] += first[u - 1];
    lines.resize(first.back());
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (qsizetype b = 0; b < sets.size(); ++b)
        for (TopicWindows::UnitId u : sets[b])
            lines[fill[u]++] = b;
}

SharedCounts::SharedCounts(const TopicWindows &windows, qsizetype reach)
    : m_sets(&windows), m_n(windows.own.size()),
      m_reach(std::clamp<qsizetype>(reach, 0, std::max<qsizetype>(0, windows.own.size() - 1))),
      m_index(std::make_shared<const Index>(Index{Postings(windows.own, windows.units), Postings(windows.after, windows.units)}))
{
    m_ownRow.assign(std::size_t(2 * m_reach + 1), 0);
    m_windowsRow.assign(std::size_t(2 * m_reach + 1), 0);
}

void SharedCounts::countRow(qsizetype a) const
{
    std::fill(m_ownRow.begin(), m_ownRow.end(), 0);
    std::fill(m_windowsRow.begin(), m_windowsRow.end(), 0);
    const qsizetype lo = std::max<qsizetype>(0, a - m_reach), hi = std::min(m_n - 1, a + m_reach);
    // Column b - a + reach of the row is b - lo + (lo - a + reach).
    const qsizetype shift = lo - a + m_reach;
    count(m_sets->own[a], m_index->own, lo, hi, m_ownRow.data() + shift);
    count(m_sets->before[a], m_index->after, lo, hi, m_windowsRow.data() + shift);
    m_rowOf = a;
}

// row[b - lo] += the units of from that to's set of line b holds, for every b in lo … hi.
void SharedCounts::count(TopicWindows::UnitSet from, const Postings &to, qsizetype lo, qsizetype hi, int *row)
{
    for (TopicWindows::UnitId u : from) {
        auto it = to.lines.cbegin() + qsizetype(to.first[u]);
        const auto end = to.lines.cbegin() + qsizetype(to.first[u + 1]);
        if (lo > 0)
            it = std::lower_bound(it, end, lo);
        for (; it != end && *it <= hi; ++it)
            ++row[*it - lo];
    }
}

} // namespace galley
