// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-line work of one page spread over the machine's cores. A page's lines are cut into contiguous
// ranges of about the caller's minimum (so a page of a few hundred lines stays on the calling
// thread), and the ranges run on a pool of their own (WorkPools::lineRanges(): the calling thread
// may itself be a task of the global pool or of an issue's printed pages, and waits); a range is
// taken by whichever thread is free, so a page whose lines cost unevenly still keeps every core
// busy. The work for a range must read only what no range writes and write only what its own
// lines own (out[i] for i in the range, or the range's own list); then the result is the same
// however the lines are cut and whichever thread takes a range — callers that gather lists put them
// in one total order afterwards.

#include "WorkPools.h"

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

/// Calls work(range, from, to) for each of ranges contiguous ranges [from, to) covering 0 … n − 1 in
/// order (ranges ≥ 1, as lineRangeCount() gives it: the caller counts once and sizes any per-range
/// lists by the same count), and returns when all are done. range counts from 0.
template <typename Work>
void forEachLineRange(qsizetype n, int ranges, Work &&work)
{
    if (ranges <= 1) {
        work(0, qsizetype(0), n);
        return;
    }
    std::vector<int> indices(std::size_t(ranges), 0);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(WorkPools::lineRanges(), indices,
                              [&](int r) { work(r, n * r / ranges, n * (r + 1) / ranges); });
}

} // namespace galley
