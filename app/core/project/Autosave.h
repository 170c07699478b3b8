// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Autosave: keeps a recovery file of a ReviewDocument while it has unsaved changes, so that a crash or a
// killed process loses at most the last delay() milliseconds of editing.
//  - After a change (undo stack index, segmentation or a piece's text) of a modified document a
//    single-shot timer of delay() ms (default 2000) starts; it is not restarted by later changes, so
//    continuous typing still gets written every delay() ms.
//  - When it fires, the document is snapshotted on the calling (GUI) thread — ProjectFile::Snapshot,
//    implicitly shared values, a few reference counts and no copy of the page — and serialised and
//    written atomically (ProjectFile::writeJson through SafeWrite; write, flush, fsync and rename checked) on a worker thread
//    (QtConcurrent), so the window never waits for the file. One write runs at a time; a change made
//    during it is written by the next one. recoveryWritten()/writeFailed() come back on the GUI thread.
//  - Recovery file: RecoveryStore::pathForKey(RecoveryStore::keyFor(page, projectPath)) — unless that
//    file belongs to someone else (see below), then "<hash>-<pid>[-n].galley-recovery".
//  - Ownership, so that two windows on one page never cost either its work: before its first write the
//    Autosave takes "<recovery file>.lock" (QLockFile, stale only when its process is gone). It writes and
//    removes only a file whose lock it holds and that it did not find there: if the lock is held by a
//    running Galley, or the file was left by one that died (still pending recovery), it takes a file of
//    its own name. An Autosave that never wrote never removes anything.
//  - When the document becomes clean again (saved, or undone back to the saved state) its recovery file
//    is removed; discard() removes it too (the editor chose not to keep the changes).
//  - Destroyed with unsaved changes and without discard(), it writes pending changes and keeps the file.
// The document is not owned; destroy the Autosave before the document. Use from one thread (the GUI's).
// Errors: a failed write emits writeFailed() with a message naming the file; the next change retries.
#include "model/ReviewDocument.h"

#include <QFutureWatcher>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace galley {

class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 2000;

    explicit Autosave(ReviewDocument *document, const QString &projectPath = QString(), QObject *parent = nullptr);
    ~Autosave() override;

    ReviewDocument *document() const { return m_document; }
    /// The project the document is saved as (empty for a page never saved); changes the recovery file.
    void setProjectPath(const QString &projectPath);
    QString projectPath() const { return m_projectPath; }
    /// Where the recovery file is (or will be) written.
    QString recoveryPath() const { return m_recoveryPath; }

    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }
    /// True while a write is scheduled or running.
    bool isPending() const { return m_timer.isActive() || isWriting(); }
    /// True while a write runs on the worker thread.
    bool isWriting() const { return m_writing; }
    /// Waits until a running write is done (its signal is emitted before this returns).
    void waitForWrite();
    /// The thread the last completed write ran on (tests); nullptr before the first.
    QThread *lastWriteThread() const { return m_lastWriteThread; }

    /// Writes the recovery file now, on the calling thread, and waits for it (if the document is
    /// modified). False on failure.
    bool writeNow();
    /// Stops autosaving the current changes and removes the recovery file.
    void discard();

    /// What a write reports back from the worker.
    struct WriteResult {
        QString error;             ///< empty on success; else names the file and the reason
        QThread *thread = nullptr; ///< the thread it ran on
    };

signals:
    void recoveryWritten(const QString &recoveryPath);
    void writeFailed(const QString &message);

private:
    void documentChanged();
    void startWrite();
    void writeFinished();
    void removeRecoveryFile();
    void updateRecoveryPath();
    bool lock(QString *error);

    QPointer<ReviewDocument> m_document;
    QString m_projectPath;
    QString m_recoveryPath;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    QFutureWatcher<WriteResult> m_watcher;
    bool m_writing = false;
    bool m_writeAgain = false; ///< the timer fired while a write was running
    bool m_discarded = false;
    QThread *m_lastWriteThread = nullptr;
};

} // namespace galley
