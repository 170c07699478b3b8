// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace galley {

Q_LOGGING_CATEGORY(lcImport, "galley.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSegment, "galley.segment", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "galley.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "galley.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "galley.ui", QtWarningMsg)

} // namespace galley
