// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReviewStatus: how far an editor has got with an article.
#include <QString>
#include <optional>

namespace galley {

enum class ReviewStatus { Unreviewed, InReview, Done };

QString reviewStatusName(ReviewStatus status);        ///< "unreviewed", "in-review", "done"
QString reviewStatusDisplayName(ReviewStatus status);  ///< translatable
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);

} // namespace galley
