// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `galley export PAGE_OR_PROJECT... --format F --to DIR [--per-article] [text options] [--force]`
// Imports and segments each page file (or loads each .galley project) and writes clean copies of its
// articles: one file per page (default) or per article (in a folder per page). Pages are done in
// parallel (--jobs, default: one per core); a progress line per input goes to standard error
// ("[12/200] page.txt: 8 articles"), then a summary. Existing files are never replaced without
// --force; every file is written atomically; a failure is reported per file and the rest goes on.
// Exit codes: cli::ExitCode — 0 all written, 1 some input or file failed, 2 usage error.
// Needs no display: ODT/PDF use the offscreen platform when QT_QPA_PLATFORM is unset (main.cpp).
// Documented in docs/export.md.
#include <QStringList>

namespace galley::cli {

class ExportCommand {
public:
    /// arguments: everything after "export". Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace galley::cli
