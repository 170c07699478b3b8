// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubcommandHelp.h"

#include "ExitCode.h"
#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace galley::cli {

QString subcommandHelp(const QCommandLineParser &parser, const QString &usageName)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0)
        help.replace(at, program.size(), usageName);
    return help;
}

int printToStdout(const QString &text, const QString &who)
{
    return printToStdout(text.toUtf8(), who);
}

int printToStdout(const QByteArray &bytes, const QString &who)
{
    QString why;
    if (SafeWrite::toDescriptor(fileno(stdout), bytes, &why))
        return Ok;
    QTextStream(stderr) << who << ": cannot write to standard output: " << why << "\n";
    return BadInput;
}

} // namespace galley::cli
