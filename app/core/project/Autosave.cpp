// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autosave.h"

#include "ProjectFile.h"
#include "RecoveryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent>

namespace galley {

namespace {

// The worker's part: serialise the snapshot and write it atomically. Touches nothing but its arguments.
Autosave::WriteResult writeRecovery(const QJsonObject &meta, const ProjectFile::Snapshot &snapshot, const QString &path)
{
    Autosave::WriteResult result;
    result.thread = QThread::currentThread();
    QJsonObject root = ProjectFile::toJson(snapshot);
    root.insert(QStringLiteral("recovery"), meta);
    // Compact: nobody reads a recovery file by eye, and indentation made it a third larger.
    ProjectFile::writeJson(root, path, &result.error, QJsonDocument::Compact);
    return result;
}

} // namespace

Autosave::Autosave(ReviewDocument *document, const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_projectPath(projectPath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::startWrite);
    // A late signal of a future that waitForWrite() already handled finds the next one still running.
    connect(&m_watcher, &QFutureWatcher<WriteResult>::finished, this, [this] {
        if (m_watcher.isFinished())
            writeFinished();
    });
    updateRecoveryPath();
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Autosave::documentChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &Autosave::documentChanged);
    connect(document, &ReviewDocument::segmentationChanged, this, &Autosave::documentChanged);
    connect(document, &ReviewDocument::pieceTextChanged, this, &Autosave::documentChanged);
    if (document->isModified())
        documentChanged();
}

Autosave::~Autosave()
{
    waitForWrite();
    if (m_document && m_document->isModified() && !m_discarded) {
        if (m_timer.isActive() || m_writeAgain)
            writeNow();
    } else {
        removeRecoveryFile();
    }
    m_lock.reset(); // unlocks: the file may now be offered for recovery
}

void Autosave::setProjectPath(const QString &projectPath)
{
    if (projectPath == m_projectPath)
        return;
    waitForWrite();
    removeRecoveryFile();
    m_lock.reset();
    m_projectPath = projectPath;
    updateRecoveryPath();
    documentChanged();
}

void Autosave::setDelay(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void Autosave::updateRecoveryPath()
{
    m_recoveryPath = m_document ? RecoveryStore::pathForKey(RecoveryStore::keyFor(m_document->page(), m_projectPath))
                                : QString();
}

void Autosave::documentChanged()
{
    if (!m_document)
        return;
    if (!m_document->isModified()) {
        m_timer.stop();
        m_writeAgain = false;
        removeRecoveryFile(); // a running write's file goes when it is done (writeFinished)
        return;
    }
    m_discarded = false;
    if (!m_timer.isActive())
        m_timer.start();
}

bool Autosave::lock(QString *error)
{
    if (m_lock)
        return true;
    const QString main = RecoveryStore::pathForKey(RecoveryStore::keyFor(m_document->page(), m_projectPath));
    const QString folder = QFileInfo(main).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot autosave: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString suffix = QStringLiteral(".galley-recovery");
    const QString stem = main.chopped(suffix.size());
    const qint64 pid = QCoreApplication::applicationPid();
    for (int n = 0; n < 100; ++n) {
        const QString candidate = n == 0 ? main
            : n == 1                     ? QStringLiteral("%1-%2%3").arg(stem).arg(pid).arg(suffix)
                                         : QStringLiteral("%1-%2-%3%4").arg(stem).arg(pid).arg(n).arg(suffix);
        auto lock = std::make_unique<QLockFile>(candidate + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError)
                continue; // another running Galley edits the same document: a file of our own
            *error = lock->error() == QLockFile::PermissionError
                ? tr("Cannot autosave: no permission to write in %1.").arg(QDir::toNativeSeparators(folder))
                : tr("Cannot autosave: the recovery file %1 cannot be locked.").arg(QDir::toNativeSeparators(candidate));
            return false;
        }
        // A file under a lock nobody held was left by a Galley that died: it waits to be recovered.
        if (QFileInfo::exists(candidate))
            continue;
        m_recoveryPath = candidate;
        m_lock = std::move(lock);
        return true;
    }
    *error = tr("Cannot autosave: too many recovery files for %1 in %2.")
                 .arg(QDir::toNativeSeparators(m_projectPath.isEmpty() ? m_document->page().sourcePath() : m_projectPath),
                      QDir::toNativeSeparators(folder));
    return false;
}

namespace {

QJsonObject recoveryMeta(const ReviewDocument &doc, const QString &projectPath)
{
    QJsonObject meta;
    meta.insert(QStringLiteral("project_path"), projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath());
    meta.insert(QStringLiteral("source_path"), doc.page().sourcePath());
    meta.insert(QStringLiteral("page_number"), doc.page().pageNumber());
    meta.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    return meta;
}

} // namespace

void Autosave::startWrite()
{
    m_timer.stop();
    if (!m_document || !m_document->isModified())
        return;
    if (m_writing) {
        m_writeAgain = true; // with what the document holds when the running write is done
        return;
    }
    QString error;
    if (!lock(&error)) {
        emit writeFailed(error);
        return;
    }
    // On the GUI thread only this: reference counts of the page, segmentation and corrections.
    m_writing = true;
    m_watcher.setFuture(QtConcurrent::run(writeRecovery, recoveryMeta(*m_document, m_projectPath),
                                          ProjectFile::snapshot(*m_document), m_recoveryPath));
}

void Autosave::waitForWrite()
{
    if (!m_writing)
        return;
    m_watcher.waitForFinished();
    writeFinished();
}

void Autosave::writeFinished()
{
    if (!m_writing)
        return;
    m_writing = false;
    const WriteResult result = m_watcher.result();
    m_lastWriteThread = result.thread;
    if (!result.error.isEmpty()) {
        emit writeFailed(tr("Autosave failed: %1").arg(result.error));
    } else if (!m_document || !m_document->isModified() || m_discarded) {
        // Saved, undone back to the saved state or discarded while the write ran.
        removeRecoveryFile();
    } else {
        emit recoveryWritten(m_recoveryPath);
    }
    if (m_writeAgain) {
        m_writeAgain = false;
        startWrite();
    }
}

bool Autosave::writeNow()
{
    m_timer.stop();
    m_writeAgain = false;
    waitForWrite();
    if (!m_document || !m_document->isModified())
        return true;
    QString error;
    if (!lock(&error)) {
        emit writeFailed(error);
        return false;
    }
    const WriteResult result = writeRecovery(recoveryMeta(*m_document, m_projectPath), ProjectFile::snapshot(*m_document),
                                             m_recoveryPath);
    m_lastWriteThread = result.thread;
    if (!result.error.isEmpty()) {
        emit writeFailed(tr("Autosave failed: %1").arg(result.error));
        return false;
    }
    emit recoveryWritten(m_recoveryPath);
    return true;
}

void Autosave::discard()
{
    m_timer.stop();
    m_writeAgain = false;
    m_discarded = true;
    waitForWrite();
    removeRecoveryFile();
}

void Autosave::removeRecoveryFile()
{
    // Only our own file: one we hold the lock of (another Galley's, live or dead, is never touched).
    if (!m_lock || m_writing || m_recoveryPath.isEmpty())
        return;
    if (QFile::exists(m_recoveryPath))
        QFile::remove(m_recoveryPath);
}

} // namespace galley
