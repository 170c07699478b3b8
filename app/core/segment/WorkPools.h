// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WorkPools: the thread pools that nested parallel work runs on, one pool per level, so that no task
// ever waits for work queued on the pool it runs on. Qt 6.4's blocking QtConcurrent calls wait on
// the future (the waiting thread does none of the work), so a task of a pool that waits for more
// tasks of the same pool deadlocks once every thread of the pool waits (seen: an issue of four
// printed pages of over 2,048 lines each, on two cores, never finished).
//
// The levels, outermost first:
//  - the caller's: the pages of one `galley segment` run, an export's inputs (its own pool), the
//    desk's loader (the global pool);
//  - printedPages(): an issue's printed pages (IssueSegmenter);
//  - lineRanges(): a page's lines in ranges (LineRanges.h), whose tasks wait for nothing.
// Each pool allows as many threads as the global pool does when it is asked for (a caller that
// limits the global pool, as tst_determinism does, limits these too). The pools live until the
// program exits (Q_GLOBAL_STATIC); the functions are thread-safe.

class QThreadPool;

namespace galley::WorkPools {

QThreadPool *printedPages();
QThreadPool *lineRanges();

} // namespace galley::WorkPools
