// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportTime: the time an export states it was made (NITF change.date/change.time, the PDF's
// creation date). Now, in UTC — unless SOURCE_DATE_EPOCH is set (seconds since 1970-01-01 UTC, the
// reproducible-builds convention: https://reproducible-builds.org/specs/source-date-epoch/), then
// that time, so the same page exports to the same bytes (tools/golden/regenerate.sh, tst_goldenexports).
#include <QDateTime>

namespace galley {

inline QDateTime exportTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && epoch >= 0 ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

} // namespace galley
