// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicWindows.h"

#include "TextSimilarity.h"

#include <algorithm>
#include <cmath>

namespace galley {

double WindowOverlap::cosine() const
{
    return a > 0 && b > 0 ? shared / std::sqrt(a * b) : 0.0;
}

double WindowOverlap::inB() const
{
    return a > 0 ? shared / a : 0.0;
}

double WindowOverlap::inA() const
{
    return b > 0 ? shared / b : 0.0;
}

std::size_t TopicWindows::sharedCount(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    // A merge without branches on the comparison (both sets are sorted and unique): this is the
    // engine's innermost loop, run for every candidate link.
    std::size_t i = 0, j = 0, shared = 0;
    const std::size_t na = a.size(), nb = b.size();
    while (i < na && j < nb) {
        const quint64 x = a[i], y = b[j];
        shared += x == y;
        i += x <= y;
        j += y <= x;
    }
    return shared;
}

WindowOverlap TopicWindows::overlap(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    return WindowOverlap{double(sharedCount(a, b)), double(a.size()), double(b.size())};
}

namespace {

// The union of the units of lines first, first + step, … until the window is full.
std::vector<quint64> window(const std::vector<std::vector<quint64>> &own, const QList<LineUnit> &units,
                            qsizetype first, qsizetype step)
{
    std::vector<quint64> out;
    qsizetype letters = 0, lines = 0;
    for (qsizetype i = first; i >= 0 && i < units.size(); i += step) {
        out.insert(out.end(), own[i].begin(), own[i].end());
        letters += units[i].letters;
        if (++lines >= TopicWindows::kLines || letters >= TopicWindows::kLetters)
            break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

TopicWindows TopicWindows::of(QStringView text, const QList<LineUnit> &units)
{
    TopicWindows w;
    const qsizetype n = units.size();
    w.own.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        std::vector<quint64> &v = w.own[i];
        TextSimilarity::forEachUnit(text.sliced(units[i].span.start, units[i].span.length()),
                                    [&v](quint64 unit) { v.push_back(unit); });
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    w.before.resize(n);
    w.after.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        w.before[i] = window(w.own, units, i, -1);
        w.after[i] = window(w.own, units, i, +1);
    }
    w.joins.assign(n, 0.0);
    for (qsizetype i = 1; i < n; ++i)
        w.joins[i] = w.continuity(i - 1, i);
    return w;
}

double TopicWindows::continuity(qsizetype from, qsizetype to) const
{
    const qsizetype n = qsizetype(own.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return 0.0;
    return overlap(before[from], after[to]).cosine();
}

double TopicWindows::join(qsizetype i) const
{
    return i > 0 && i < qsizetype(joins.size()) ? joins[i] : 0.0;
}

double TopicWindows::depthInto(qsizetype i) const
{
    const qsizetype n = qsizetype(own.size());
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
    const qsizetype n = qsizetype(own.size());
    return i >= 0 && i < n && to >= 0 && to < n ? overlap(own[i], after[to]).inB() : 0.0;
}

double TopicWindows::wordsBehind(qsizetype i, qsizetype from) const
{
    const qsizetype n = qsizetype(own.size());
    return i >= 0 && i < n && from >= 0 && from < n ? overlap(own[i], before[from]).inB() : 0.0;
}

} // namespace galley
