// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-line work of one page spread over the machine's cores. A page's lines are cut into contiguous
// ranges of about the caller's minimum (so a page of a few hundred lines stays on the calling
// thread), and the ranges run on Qt's global thread pool, the calling thread taking its share; a
// range is taken by whichever thread is free, so a page whose lines cost unevenly still keeps every
// core busy. The work for a range must read only what no range writes and write only what its own
// lines own (out[i] for i in the range, or the range's own list); then the result is the same
// however the lines are cut and whichever thread takes a range — callers that gather lists put them
// in one total order afterwards.

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace galley {

/// How many ranges forEachLineRange cuts n lines into: n / minLines (at least 1), and 1 when the
/// global pool runs at most one thread (a one-core machine, or a caller that set it so).
inline int lineRangeCount(qsizetype n, qsizetype minLines)
{
    if (QThreadPool::globalInstance()->maxThreadCount() < 2)
        return 1;
    return int(std::clamp<qsizetype>(n / std::max<qsizetype>(1, minLines), 1, std::numeric_limits<int>::max()));
}

/// Calls work(range, from, to) for each of lineRangeCount(n, minLines) contiguous ranges
/// [from, to) covering 0 … n − 1 in order, and returns when all are done. range counts from 0.
template <typename Work>
void forEachLineRange(qsizetype n, qsizetype minLines, Work &&work)
{
    const int count = lineRangeCount(n, minLines);
    if (count == 1) {
        work(0, qsizetype(0), n);
        return;
    }
    std::vector<int> ranges(std::size_t(count), 0);
    std::iota(ranges.begin(), ranges.end(), 0);
    QtConcurrent::blockingMap(ranges, [&](int r) { work(r, n * r / count, n * (r + 1) / count); });
}

} // namespace galley
