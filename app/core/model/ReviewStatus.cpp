// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewStatus.h"

#include <QCoreApplication>

namespace galley {

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewStatus::InReview: return QStringLiteral("in-review");
    case ReviewStatus::Done: return QStringLiteral("done");
    }
    return QStringLiteral("unreviewed");
}

QString reviewStatusDisplayName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QCoreApplication::translate("ReviewStatus", "Unreviewed");
    case ReviewStatus::InReview: return QCoreApplication::translate("ReviewStatus", "In review");
    case ReviewStatus::Done: return QCoreApplication::translate("ReviewStatus", "Done");
    }
    return QString();
}

std::optional<ReviewStatus> reviewStatusFromName(QStringView name)
{
    for (auto s : {ReviewStatus::Unreviewed, ReviewStatus::InReview, ReviewStatus::Done})
        if (name == reviewStatusName(s))
            return s;
    return std::nullopt;
}

} // namespace galley
