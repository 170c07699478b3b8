#include "Autosave.h"

#include "ProjectFile.h"
#include "RecoveryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace galley {

Autosave::Autosave(ReviewDocument *document, const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_projectPath(projectPath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeNow);
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
    if (m_document && m_document->isModified() && !m_discarded) {
        if (m_timer.isActive())
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
        removeRecoveryFile();
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
    const QString folder = QFileInfo(m_recoveryPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot autosave: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(m_recoveryPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError) {
        // Another running Galley edits the same document: keep our changes in a file of our own.
        m_recoveryPath.replace(QStringLiteral(".galley-recovery"),
                               QStringLiteral("-%1.galley-recovery").arg(QCoreApplication::applicationPid()));
        lock = std::make_unique<QLockFile>(m_recoveryPath + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        lock->tryLock(0);
    }
    if (lock->error() != QLockFile::NoError) {
        *error = lock->error() == QLockFile::PermissionError
            ? tr("Cannot autosave: no permission to write in %1.").arg(QDir::toNativeSeparators(folder))
            : tr("Cannot autosave: the recovery file %1 is locked.").arg(QDir::toNativeSeparators(m_recoveryPath));
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool Autosave::writeNow()
{
    m_timer.stop();
    if (!m_document || !m_document->isModified())
        return true;
    QString error;
    if (!lock(&error)) {
        emit writeFailed(error);
        return false;
    }
    QJsonObject root = ProjectFile::toJson(*m_document);
    QJsonObject meta;
    meta.insert(QStringLiteral("project_path"), m_projectPath.isEmpty() ? QString() : QFileInfo(m_projectPath).absoluteFilePath());
    meta.insert(QStringLiteral("source_path"), m_document->page().sourcePath());
    meta.insert(QStringLiteral("page_number"), m_document->page().pageNumber());
    meta.insert(QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    root.insert(QStringLiteral("recovery"), meta);
    if (!ProjectFile::writeJson(root, m_recoveryPath, &error)) {
        emit writeFailed(tr("Autosave failed: %1").arg(error));
        return false;
    }
    emit recoveryWritten(m_recoveryPath);
    return true;
}

void Autosave::discard()
{
    m_timer.stop();
    m_discarded = true;
    removeRecoveryFile();
}

void Autosave::removeRecoveryFile()
{
    if (!m_recoveryPath.isEmpty() && QFile::exists(m_recoveryPath))
        QFile::remove(m_recoveryPath);
}

} // namespace galley
