// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `galley segment PAGE... [--format json|text|markdown] [--encoding NAME] [-o FILE]`
// Imports each page file ("-" reads standard input), segments it and writes the result. Needs no
// display. Exit codes: cli::ExitCode (0 ok, 1 bad input, 2 usage). Messages go to standard error.
#include <QStringList>

namespace galley::cli {

class SegmentCommand {
public:
    /// arguments: everything after "segment". Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace galley::cli
