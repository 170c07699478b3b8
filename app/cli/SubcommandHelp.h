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

/// Writes text (UTF-8) to standard output, checked to the last byte (SafeWrite::toDescriptor): a
/// help or version text sent to a full disk or a closed pipe is an error. Returns ExitCode Ok, or
/// BadInput after saying on standard error "<who>: cannot write to standard output: <reason>".
int printToStdout(const QString &text, const QString &who);
/// The same for bytes already encoded (a JSON or text report).
int printToStdout(const QByteArray &bytes, const QString &who);

} // namespace galley::cli
