// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FullDisk: a real full file system for the fault tests — a small tmpfs mounted on a folder and, after
// fill(), full to the last page, so that writing even one byte fails with ENOSPC ("No space left on
// device") exactly as on a full disk, while creating an empty file still works.
// Mounting needs the right to (root, as in the CI container); ok() is false otherwise and the test
// QSKIPs. The file system is unmounted (lazily) when the FullDisk goes away.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/mount.h>

namespace testsupport {

class FullDisk {
public:
    explicit FullDisk(const QString &mountPoint, int kib = 64)
        : m_path(mountPoint)
    {
        QDir().mkpath(mountPoint);
        const QByteArray options = "size=" + QByteArray::number(kib) + "k";
        m_mounted = ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

    /// Fills the file system with a hidden file; true when it is full afterwards.
    bool fill()
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size()) {
        }
        while (filler.write("x", 1) == 1) {
        }
        return filler.error() != QFileDevice::NoError;
    }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace testsupport
