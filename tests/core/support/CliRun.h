// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a program (the built galley, or a reference tool) as a child process for CLI tests: its exit
// code (-2 when it crashed, -1 when it did not start or finish in time), standard output and error.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clirun {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// input, if given, is written to the child's standard input, which is then closed.
inline Run run(const QString &program, const QStringList &args, const QByteArray *input = nullptr,
               int timeoutMs = 300000)
{
    Run r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(30000))
        return r;
    if (input)
        p.write(*input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace clirun
