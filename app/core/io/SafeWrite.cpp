// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeWrite.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace galley {

namespace {

QMutex hookMutex;
SafeWrite::FaultHook faultHook;

SafeWrite::FaultHook currentHook()
{
    QMutexLocker lock(&hookMutex);
    return faultHook;
}

// The injected failure for this step, or "".
QString injected(const SafeWrite::FaultHook &hook, const QString &path, SafeWrite::Step step)
{
    return hook ? hook(path, step) : QString();
}

// fsync so that a full disk found only when the data is allocated (delayed allocation, network file
// systems) is reported now, not lost after the rename. File systems without fsync are not an error.
QString syncError(QSaveFile &file)
{
#ifdef Q_OS_UNIX
    const int fd = file.handle();
    if (fd >= 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != EROFS)
        return qt_error_string(errno);
#else
    Q_UNUSED(file);
#endif
    return QString();
}

} // namespace

void SafeWrite::setFaultHook(FaultHook hook)
{
    QMutexLocker lock(&hookMutex);
    faultHook = std::move(hook);
}

QString SafeWrite::diskFullReason()
{
    return qt_error_string(ENOSPC);
}

bool SafeWrite::toFile(const QString &path, const QByteArray &bytes, ExistingFile existing, QString *reason)
{
    const FaultHook hook = currentHook();
    QString why;
    bool reserved = false;
    auto fail = [&](const QString &what) {
        if (reserved)
            QFile::remove(path); // the empty file we created to hold the name
        if (reason)
            *reason = what;
        return false;
    };

    if (existing == ExistingFile::Refuse) {
        if (!(why = injected(hook, path, Step::Reserve)).isEmpty())
            return fail(why);
        QFile name(path);
        if (!name.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            // NewOnly fails on an existing name, a dangling symbolic link included.
            const bool taken = QFileInfo(path).exists() || QFileInfo(path).isSymLink();
            return fail(taken ? nameTakenReason() : name.errorString());
        }
        reserved = true;
        name.close();
    }

    QSaveFile file(path);
    if (!(why = injected(hook, path, Step::Open)).isEmpty() || !file.open(QIODevice::WriteOnly))
        return fail(why.isEmpty() ? file.errorString() : why);
    auto cancel = [&](const QString &what) {
        file.cancelWriting();
        return fail(what);
    };
    if (!(why = injected(hook, path, Step::Write)).isEmpty())
        return cancel(why);
    if (file.write(bytes) != bytes.size())
        return cancel(file.errorString());
    // QSaveFile::commit() flushes too, but ignores a failed flush (it renames the short file into place).
    if (!(why = injected(hook, path, Step::Flush)).isEmpty())
        return cancel(why);
    if (!file.flush())
        return cancel(file.errorString());
    if (!(why = injected(hook, path, Step::Sync)).isEmpty() || !(why = syncError(file)).isEmpty())
        return cancel(why);
    if (!(why = injected(hook, path, Step::Commit)).isEmpty())
        return cancel(why);
    if (!file.commit())
        return fail(file.errorString());
    reserved = false;
    return true;
}

bool SafeWrite::toDescriptor(int fd, const QByteArray &bytes, QString *reason)
{
    const FaultHook hook = currentHook();
    auto fail = [&](const QString &what) {
        if (reason)
            *reason = what;
        return false;
    };
    QFile out;
    if (!out.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        return fail(out.errorString());
    QString why;
    if (!(why = injected(hook, QString(), Step::Write)).isEmpty())
        return fail(why);
    if (out.write(bytes) != bytes.size())
        return fail(out.errorString());
    if (!(why = injected(hook, QString(), Step::Flush)).isEmpty())
        return fail(why);
    if (!out.flush())
        return fail(out.errorString());
    return true;
}

} // namespace galley
