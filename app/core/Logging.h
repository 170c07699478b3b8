// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Log categories, one per area. Only warnings and above are shown unless QT_LOGGING_RULES turns
// more on (e.g. QT_LOGGING_RULES="galley.import.debug=true;galley.export.info=true"); the CLI's
// standard output never carries them (Qt logs to standard error).
//   galley.import   reading files: encodings, formats, pages (app/core/import)
//   galley.segment  the engines (app/core/segment)
//   galley.project  projects, autosave, recovery, loading documents (app/core/project)
//   galley.export   export writers and batches (app/core/export)
//   galley.ui       the review desk (ui/)
#include <QLoggingCategory>

namespace galley {

Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcSegment)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace galley
