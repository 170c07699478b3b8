// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SubcommandHelp: a subcommand's --help text. QCommandLineParser names the program by argv[0]
// ("build/bin/galley"); the usage line of `galley segment --help` must name the subcommand too.
#include <QCommandLineParser>
#include <QString>

namespace galley::cli {

/// parser's help text with the program in its usage line replaced by usageName ("galley segment").
QString subcommandHelp(const QCommandLineParser &parser, const QString &usageName);

} // namespace galley::cli
