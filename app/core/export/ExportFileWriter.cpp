// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFileWriter.h"

#include "io/SafeWrite.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

namespace galley {

namespace {

// "cannot create folder F: reason" (errno of the failed mkdir, when there is one).
QString cannotCreate(const QString &folder, int error)
{
    const QString message = QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(folder));
    return error ? message + QStringLiteral(": ") + qt_error_string(error) : message;
}

} // namespace

bool ExportFileWriter::write(const QString &folder, const QString &relativePath, const QByteArray &bytes, bool overwrite,
                             QString *error)
{
    const QString path = QDir(folder).filePath(relativePath);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) || relativePath.split(u'/').contains(QStringLiteral("..")))
        return fail(QStringLiteral("not a name inside the export folder"));
    errno = 0;
    if (!QDir().mkpath(folder)) {
        const int mkdirErrno = errno;
        return fail(cannotCreate(folder, mkdirErrno));
    }
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (root.isEmpty())
        return fail(QStringLiteral("cannot resolve folder %1").arg(QDir::toNativeSeparators(folder)));

    // Walk down from the folder: every step must be a real folder (made here if missing), not a link.
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    QString at = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        at += u'/' + parts[i];
        const QFileInfo step(at);
        if (step.isSymLink())
            return fail(QStringLiteral("%1 is a symbolic link; exports are written only inside %2, never through a link")
                            .arg(QDir::toNativeSeparators(at), QDir::toNativeSeparators(root)));
        if (!step.exists()) {
            errno = 0;
            const bool made = QDir().mkdir(at);
            const int mkdirErrno = errno;
            if (!made && !QFileInfo(at).isDir())
                return fail(cannotCreate(at, mkdirErrno));
        }
        if (!QFileInfo(at).isDir())
            return fail(QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(at)));
    }
    const QString target = at + u'/' + parts.last();
    const QFileInfo info(target);
    if (info.isSymLink())
        return fail(QStringLiteral("is a symbolic link%1; not replaced (exports are written only inside %2, never through a link)")
                        .arg(info.exists() ? QString() : QStringLiteral(" to nothing"), QDir::toNativeSeparators(root)));
    if (info.exists() && info.isDir())
        return fail(QStringLiteral("is a folder"));
    if (info.exists() && !overwrite)
        return fail(QStringLiteral("already exists (not overwritten; use --force or confirm to replace it)"));
    QString why;
    if (!SafeWrite::toFile(target, bytes, overwrite ? SafeWrite::ExistingFile::Replace : SafeWrite::ExistingFile::Refuse, &why)) {
        if (why == SafeWrite::nameTakenReason())
            return fail(QStringLiteral("already exists (not overwritten; use --force or confirm to replace it)"));
        return fail(QStringLiteral("cannot write: %1").arg(why));
    }
    return true;
}

} // namespace galley
