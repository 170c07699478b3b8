// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SafeWrite: the one way Galley puts bytes on disk (project saves, recovery files, exports,
// `galley segment -o`, `galley evaluate -o`) or on standard output (`galley segment`, `evaluate`, `--help`).
//
// A file is written to a temporary file beside it (QSaveFile) and only renamed over the target when
// every step succeeded: the write, the flush of Qt's buffer (where a full disk shows up for files
// under 16 KiB: ENOSPC), fsync (where delayed allocation shows it), and the rename. On any failure
// the temporary file is removed and the file at the target keeps its previous content (or stays
// absent); the reason is the system's ("No space left on device").
//
// Existing files: ExistingFile::Replace replaces the target; ExistingFile::Refuse first creates the
// target name exclusively (O_CREAT|O_EXCL, QIODevice::NewOnly), so of two writers racing for one
// name exactly one gets it, and a symbolic link at the name (even a dangling one) is never followed.
// A name reserved that way is removed again if the write then fails.
//
// Fault injection for tests: setFaultHook() makes a chosen step fail as a full disk would, without
// a full disk. The hook is process-wide; set it only while no write is running.
#include <QByteArray>
#include <QString>

#include <functional>

namespace galley {

class SafeWrite {
public:
    enum class ExistingFile { Replace, Refuse };
    /// The steps of a write, in order. Reserve only happens with ExistingFile::Refuse.
    enum class Step { Reserve, Open, Write, Flush, Sync, Commit };

    /// Writes bytes to path as described above. False on failure with *reason set to why (the
    /// system's message, without the path; nameTakenReason() when Refuse finds the name taken).
    static bool toFile(const QString &path, const QByteArray &bytes, ExistingFile existing, QString *reason);

    /// Writes bytes to an open file descriptor (1 = standard output), unbuffered, checking that
    /// every byte was accepted. False with *reason on failure (e.g. writing to /dev/full).
    static bool toDescriptor(int fd, const QByteArray &bytes, QString *reason);

    /// Test hook: called before each step with the target path ("" for a descriptor); a non-empty
    /// return makes that step fail with that text as the reason. Pass {} to remove it.
    using FaultHook = std::function<QString(const QString &path, Step step)>;
    static void setFaultHook(FaultHook hook);
    /// The reason a full disk gives (strerror(ENOSPC)), for hooks that imitate one.
    static QString diskFullReason();
    /// The reason toFile() gives when ExistingFile::Refuse finds something at the name.
    static QString nameTakenReason() { return QStringLiteral("already exists"); }
};

} // namespace galley
