// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryStore.h"

#include "ProjectFile.h"
#include "RecoveredChangesCommand.h"
#include "segment/Segmenter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace galley {

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::keyFor(const Page &page, const QString &projectPath)
{
    if (!projectPath.isEmpty())
        return QStringLiteral("project:") + QFileInfo(projectPath).absoluteFilePath();
    return QStringLiteral("page:%1#%2#%3")
        .arg(page.sourcePath().isEmpty() ? QString() : QFileInfo(page.sourcePath()).absoluteFilePath())
        .arg(page.pageNumber())
        .arg(QString::fromLatin1(page.sha256()));
}

QString RecoveryStore::pathForKey(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return directory() + u'/' + QString::fromLatin1(hash) + QStringLiteral(".galley-recovery");
}

std::optional<RecoveryEntry> RecoveryStore::readEntry(const QString &recoveryPath)
{
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject meta = root.value(QStringLiteral("recovery")).toObject();
    if (meta.isEmpty())
        return std::nullopt;
    RecoveryEntry e;
    e.recoveryPath = recoveryPath;
    e.projectPath = meta.value(QStringLiteral("project_path")).toString();
    e.sourcePath = meta.value(QStringLiteral("source_path")).toString();
    e.written = QDateTime::fromString(meta.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    if (!e.written.isValid())
        e.written = QFileInfo(recoveryPath).lastModified().toUTC();
    const QString shown = e.projectPath.isEmpty() ? e.sourcePath : e.projectPath;
    e.displayName = shown.isEmpty() ? tr("Untitled page") : QFileInfo(shown).fileName();
    return e;
}

QList<RecoveryEntry> RecoveryStore::pending()
{
    QList<RecoveryEntry> out;
    const QDir dir(directory());
    const QStringList files = dir.entryList({QStringLiteral("*.galley-recovery")}, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        // A live Galley holds the lock while the document is open; a crashed one left a stale lock
        // that tryLock() removes.
        QLockFile lock(path + QStringLiteral(".lock"));
        lock.setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (auto entry = readEntry(path))
            out.append(*entry);
    }
    std::sort(out.begin(), out.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.written > b.written; });
    return out;
}

std::optional<RecoveryEntry> RecoveryStore::pendingFor(const QString &key)
{
    // "<hash>.galley-recovery", or "<hash>-<pid>[-n].galley-recovery" of a second Galley on the document
    // (Autosave); not the "-keptN" files set aside on purpose.
    const QString stem = QFileInfo(pathForKey(key)).completeBaseName();
    static const QRegularExpression ownName(QStringLiteral("^(-\\d+){0,2}\\.galley-recovery$"));
    for (const RecoveryEntry &e : pending()) { // newest first
        const QString name = QFileInfo(e.recoveryPath).fileName();
        if (name.startsWith(stem) && ownName.match(QStringView(name).mid(stem.size())).hasMatch())
            return e;
    }
    return std::nullopt;
}

std::unique_ptr<ReviewDocument> RecoveryStore::restore(const RecoveryEntry &entry, QString *error, QStringList *warnings)
{
    auto doc = ProjectFile::load(entry.recoveryPath, error, warnings);
    if (!doc)
        return nullptr;
    // The recovery metadata is no part of the project the editor will save.
    QJsonObject kept = doc->property(ProjectFile::kKeptJsonProperty).toJsonObject();
    kept.remove(QStringLiteral("recovery"));
    doc->setProperty(ProjectFile::kKeptJsonProperty, kept);

    // The base the single undo step goes back to: the saved project, else the engine's proposal.
    Segmentation base;
    QHash<int, QString> baseCorrections;
    bool haveBase = false;
    if (!entry.projectPath.isEmpty() && QFileInfo::exists(entry.projectPath)) {
        if (auto saved = ProjectFile::load(entry.projectPath, nullptr)) {
            if (saved->page().text() == doc->page().text()) {
                base = saved->segmentation();
                baseCorrections = saved->corrections();
                haveBase = true;
            }
        }
    }
    if (!haveBase) {
        Page page = doc->page();
        base = Segmenter::segment(page);
    }
    doc->undoStack()->push(new RecoveredChangesCommand(doc.get(), base, baseCorrections));
    return doc;
}

RecoveryEntry RecoveryStore::setAside(const RecoveryEntry &entry)
{
    const QFileInfo info(entry.recoveryPath);
    const QString stem = info.fileName().section(u'.', 0, 0);
    for (int n = 1; n < 1000; ++n) {
        const QString target = info.dir().filePath(QStringLiteral("%1-kept%2.galley-recovery").arg(stem).arg(n));
        if (QFileInfo::exists(target))
            continue;
        if (!QFile::rename(entry.recoveryPath, target))
            break;
        RecoveryEntry moved = entry;
        moved.recoveryPath = target;
        return moved;
    }
    return entry;
}

bool RecoveryStore::discard(const RecoveryEntry &entry)
{
    return !QFileInfo::exists(entry.recoveryPath) || QFile::remove(entry.recoveryPath);
}

} // namespace galley
