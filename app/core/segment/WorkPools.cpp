// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPools.h"

#include <QThreadPool>

namespace galley::WorkPools {

namespace {

Q_GLOBAL_STATIC(QThreadPool, printedPagePool)
Q_GLOBAL_STATIC(QThreadPool, lineRangePool)

QThreadPool *sizedLikeTheGlobalPool(QThreadPool *pool)
{
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    if (pool->maxThreadCount() != threads)
        pool->setMaxThreadCount(threads);
    return pool;
}

} // namespace

QThreadPool *printedPages()
{
    return sizedLikeTheGlobalPool(printedPagePool());
}

QThreadPool *lineRanges()
{
    return sizedLikeTheGlobalPool(lineRangePool());
}

} // namespace galley::WorkPools
