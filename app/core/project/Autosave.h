#pragma once
// Autosave: keeps a recovery file of a ReviewDocument while it has unsaved changes, so that a crash or a
// killed process loses at most the last delay() milliseconds of editing.
//  - After a change (undo stack index, segmentation or a piece's text) of a modified document a
//    single-shot timer of delay() ms (default 2000) starts; it is not restarted by later changes, so
//    continuous typing still gets written every delay() ms. When it fires the whole document is written
//    atomically (QSaveFile) to RecoveryStore::pathForKey(RecoveryStore::keyFor(page, projectPath)).
//  - When the document becomes clean again (saved, or undone back to the saved state) the recovery file
//    is removed; discard() removes it too (the editor chose not to keep the changes).
//  - While it exists the Autosave holds "<recovery file>.lock" (QLockFile) so another Galley does not
//    offer to recover a file that is still being edited.
//  - Destroyed with unsaved changes and without discard(), it writes pending changes and keeps the file.
// The document is not owned; destroy the Autosave before the document.
// Errors: a failed write emits writeFailed() with a message naming the file; the next change retries.
#include "model/ReviewDocument.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

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
    /// Where the recovery file is written.
    QString recoveryPath() const { return m_recoveryPath; }

    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }
    /// True while a write is scheduled.
    bool isPending() const { return m_timer.isActive(); }

    /// Writes the recovery file now (if the document is modified). False on failure.
    bool writeNow();
    /// Stops autosaving the current changes and removes the recovery file.
    void discard();

signals:
    void recoveryWritten(const QString &recoveryPath);
    void writeFailed(const QString &message);

private:
    void documentChanged();
    void removeRecoveryFile();
    void updateRecoveryPath();
    bool lock(QString *error);

    QPointer<ReviewDocument> m_document;
    QString m_projectPath;
    QString m_recoveryPath;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_discarded = false;
};

} // namespace galley
