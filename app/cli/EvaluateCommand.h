// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `galley evaluate PAGE GOLD [PAGE GOLD ...] | DIR... [--format text|json] [--encoding NAME] [-o FILE]`
// Segments each page with the engine (in process, as `galley segment` does) and scores it against its
// gold (SegmentationScore: pairwise same-article f1, headline matches, body CER, article counts, editor
// ops). A DIR stands for every X.txt in it that has an X.gold.json beside it (name order). Prints each
// page's figures and their means. Needs no display. Exit codes: cli::ExitCode (0 ok, 1 a page or gold
// could not be read — the others are still scored, 2 usage). Messages go to standard error.
#include <QStringList>

namespace galley::cli {

class EvaluateCommand {
public:
    /// arguments: everything after "evaluate". Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace galley::cli
