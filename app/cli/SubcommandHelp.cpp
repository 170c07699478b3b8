// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubcommandHelp.h"

#include <QCoreApplication>

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

} // namespace galley::cli
