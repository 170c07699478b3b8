// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "project/Autosave.h"
#include "project/DocumentLoader.h"
#include "project/ProjectFile.h"
#include "project/RecoveryStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace galley {

namespace {

const QString kRecentKey = QStringLiteral("Project/recentFiles");
constexpr int kMaxWarningsShown = 12;

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ProjectController::ProjectController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

ProjectController::~ProjectController()
{
    // The autosave watches the document: it goes first. With unsaved changes that were not discarded it
    // keeps its recovery file, as after a crash.
    m_autosave.reset();
    m_document.reset();
}

QString ProjectController::sourcePath() const
{
    return m_document ? m_document->page().sourcePath() : QString();
}

QString ProjectController::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    const QString source = sourcePath();
    if (!source.isEmpty() && source != QLatin1String("-"))
        return QFileInfo(source).fileName();
    return tr("Untitled");
}

QString ProjectController::windowTitle() const
{
    if (!m_document)
        return tr("Galley");
    //: Window title: file name, "*" when modified, application name.
    return tr("%1%2 — Galley").arg(displayName(), isModified() ? QStringLiteral("*") : QString());
}

QStringList ProjectController::recentFiles() const
{
    QStringList out;
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !out.contains(path))
            out.append(path);
    return out.mid(0, MaxRecentFiles);
}

void ProjectController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged({});
}

void ProjectController::addRecentFile(const QString &path)
{
    QStringList list = QSettings().value(kRecentKey).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    emit recentFilesChanged(recentFiles());
}

void ProjectController::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (m_message) {
        m_message(icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, m_dialogParent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

QString ProjectController::chooseFile(const QString &caption, const QString &suggested, const QString &filter, bool saving)
{
    if (m_chooseFile)
        return m_chooseFile(caption, suggested, filter, saving);
    return saving ? QFileDialog::getSaveFileName(m_dialogParent, caption, suggested, filter)
                  : QFileDialog::getOpenFileName(m_dialogParent, caption, suggested, filter);
}

QString ProjectController::suggestedProjectPath() const
{
    if (!m_filePath.isEmpty())
        return m_filePath;
    const QFileInfo source(sourcePath());
    QString dir = source.absolutePath();
    if (sourcePath().isEmpty() || !QFileInfo(dir).isWritable())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = sourcePath().isEmpty() ? tr("Untitled") : source.completeBaseName();
    return QDir(dir).filePath(base + u'.' + ProjectFile::suffix());
}

void ProjectController::emitTitle()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
    emit titleChanged(windowTitle());
}

void ProjectController::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void ProjectController::setDocument(std::unique_ptr<ReviewDocument> document, const QString &filePath)
{
    // The old document was confirmed closed (saved or discarded) before we get here.
    std::unique_ptr<ReviewDocument> old = std::move(m_document);
    m_autosave.reset();
    m_document = std::move(document);
    if (m_document) {
        m_autosave = std::make_unique<Autosave>(m_document.get(), filePath);
        connect(m_autosave.get(), &Autosave::writeFailed, this, [this](const QString &message) {
            emit statusMessage(message, 0);
        });
        connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &ProjectController::emitTitle);
    }
    setFilePath(filePath);
    emit documentChanged(m_document.get());
    emitTitle();
    old.reset();
}

QString ProjectController::chooseOpenPath()
{
    QString dir;
    if (!m_filePath.isEmpty())
        dir = QFileInfo(m_filePath).absolutePath();
    else if (!sourcePath().isEmpty())
        dir = QFileInfo(sourcePath()).absolutePath();
    else if (const QStringList recent = recentFiles(); !recent.isEmpty())
        dir = QFileInfo(recent.first()).absolutePath();
    return chooseFile(tr("Open Page or Project"), dir,
                      tr("Pages and projects (*.galley *.txt *.text *.pdf *.xml *.html *.hocr);;Galley projects (*.galley);;"
                         "Text pages (*.txt *.text);;PDF, ALTO, METS, PAGE, hOCR (*.pdf *.xml *.html *.hocr);;"
                         "All files (*)"),
                      false);
}

bool ProjectController::open()
{
    const QString path = chooseOpenPath();
    return !path.isEmpty() && openPath(path);
}

bool ProjectController::openPath(const QString &path)
{
    LoadedDocument loaded = DocumentLoader::load(path);
    DocumentLoader::adoptDocument(loaded.document.get());
    return openLoaded(std::move(loaded));
}

bool ProjectController::openLoaded(LoadedDocument loaded)
{
    if (loaded.cancelled)
        return false;
    if (!loaded.document) {
        showMessage(QMessageBox::Warning, loaded.isProject ? tr("Cannot open project") : tr("Cannot open page"),
                    loaded.error.isEmpty() ? tr("%1 could not be opened.").arg(nativeName(loaded.path)) : loaded.error);
        return false;
    }
    return adopt(loaded.path, std::move(loaded.document), loaded.projectPath, loaded.warnings);
}

bool ProjectController::openImported(const QString &path, std::unique_ptr<ReviewDocument> document,
                                     const QStringList &warnings)
{
    if (!document)
        return false;
    return adopt(path == QLatin1String("-") ? path : QFileInfo(path).absoluteFilePath(), std::move(document), QString(),
                 warnings);
}

bool ProjectController::adopt(const QString &path, std::unique_ptr<ReviewDocument> doc, const QString &projectPath,
                              QStringList warnings)
{
    const QString name = QFileInfo(path).fileName();
    if (!confirmClose())
        return false;

    // Changes to this very document that a crashed Galley left behind.
    bool recovered = false;
    std::optional<RecoveryEntry> recoveredFrom;
    if (auto entry = RecoveryStore::pendingFor(RecoveryStore::keyFor(doc->page(), projectPath))) {
        const RecoveryChoice choice = askRecover(*entry);
        if (choice == RecoveryChoice::Recover)
            recovered = true;
        else if (choice == RecoveryChoice::Discard)
            RecoveryStore::discard(*entry);
        else
            RecoveryStore::setAside(*entry);
        if (recovered) {
            QString restoreError;
            QStringList restoreWarnings;
            if (auto restored = RecoveryStore::restore(*entry, &restoreError, &restoreWarnings)) {
                doc = std::move(restored);
                warnings = restoreWarnings;
                recoveredFrom = entry;
            } else {
                recovered = false;
                showMessage(QMessageBox::Warning, tr("Cannot recover changes"),
                            restoreError + u'\n' + tr("The file is opened as it was last saved; the recovery file is kept."));
                RecoveryStore::setAside(*entry);
            }
        }
    }

    setDocument(std::move(doc), projectPath);
    // The restored changes go to a recovery file of our own; once that is written the old one can go.
    if (recovered && m_autosave->writeNow() && recoveredFrom
        && QFileInfo(m_autosave->recoveryPath()).absoluteFilePath() != QFileInfo(recoveredFrom->recoveryPath).absoluteFilePath())
        RecoveryStore::discard(*recoveredFrom);
    addRecentFile(path);
    emit statusMessage(recovered ? tr("Recovered unsaved changes to %1").arg(displayName()) : tr("Opened %1").arg(name), 5000);
    if (!warnings.isEmpty()) {
        QStringList shown = warnings.mid(0, kMaxWarningsShown);
        if (warnings.size() > kMaxWarningsShown)
            shown.append(tr("… and %n more.", nullptr, int(warnings.size() - kMaxWarningsShown)));
        showMessage(QMessageBox::Information, tr("Opened %1").arg(name), shown.join(QStringLiteral("\n\n")));
    }
    return true;
}

bool ProjectController::save()
{
    if (!m_document)
        return false;
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
}

bool ProjectController::saveAs()
{
    if (!m_document)
        return false;
    QString path = chooseFile(tr("Save Project As"), suggestedProjectPath(), tr("Galley projects (*.galley)"), true);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ProjectFile::suffix();
    return saveTo(path);
}

bool ProjectController::saveTo(const QString &pathIn)
{
    if (!m_document)
        return false;
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    QString error;
    if (!ProjectFile::save(*m_document, path, &error)) {
        showMessage(QMessageBox::Critical, tr("Cannot save project"), error);
        return false;
    }
    m_document->undoStack()->setClean();
    m_autosave->setProjectPath(path);
    setFilePath(path);
    addRecentFile(path);
    emitTitle();
    emit statusMessage(tr("Saved %1").arg(nativeName(path)), 5000);
    return true;
}

bool ProjectController::confirmClose()
{
    if (!m_document || !m_document->isModified())
        return true;
    SaveChoice choice = SaveChoice::Cancel;
    if (m_askSaveChanges) {
        choice = m_askSaveChanges(displayName());
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("Save the changes to %1 before closing?").arg(displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
        box.setInformativeText(tr("If you don't save, your changes will be lost."));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        choice = answer == QMessageBox::Save ? SaveChoice::Save
            : answer == QMessageBox::Discard ? SaveChoice::Discard
                                             : SaveChoice::Cancel;
    }
    switch (choice) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        if (m_autosave)
            m_autosave->discard();
        return true;
    case SaveChoice::Cancel:
        break;
    }
    return false;
}

ProjectController::RecoveryChoice ProjectController::askRecover(const RecoveryEntry &entry)
{
    if (m_askRecover)
        return m_askRecover(entry);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Galley closed before the changes to %1 were saved. They were autosaved on %2.")
                        .arg(entry.displayName, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Recover opens the changes so that you can save them. Keep for Later asks again "
                              "at the next start."));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep for Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover ? RecoveryChoice::Recover
        : box.clickedButton() == discard  ? RecoveryChoice::Discard
                                          : RecoveryChoice::Later;
}

bool ProjectController::checkRecovery()
{
    for (const RecoveryEntry &entry : RecoveryStore::pending())
        if (offerRecovery(entry))
            return true;
    return false;
}

bool ProjectController::offerRecovery(const RecoveryEntry &entry)
{
    const RecoveryChoice choice = askRecover(entry);
    if (choice == RecoveryChoice::Discard) {
        RecoveryStore::discard(entry);
        return false;
    }
    if (choice == RecoveryChoice::Later)
        return false;

    QString error;
    QStringList warnings;
    std::unique_ptr<ReviewDocument> doc = RecoveryStore::restore(entry, &error, &warnings);
    if (!doc) {
        showMessage(QMessageBox::Warning, tr("Cannot recover changes"),
                    error + u'\n' + tr("The recovery file is kept: %1").arg(nativeName(entry.recoveryPath)));
        return false;
    }
    if (!confirmClose())
        return false;
    setDocument(std::move(doc), entry.projectPath);
    // The restored document autosaves under its own key; once that is written the old file can go.
    const bool written = m_autosave->writeNow();
    if (written && QFileInfo(m_autosave->recoveryPath()).absoluteFilePath() != QFileInfo(entry.recoveryPath).absoluteFilePath())
        RecoveryStore::discard(entry);
    emit statusMessage(tr("Recovered unsaved changes to %1").arg(displayName()), 0);
    if (!warnings.isEmpty())
        showMessage(QMessageBox::Information, tr("Recovered %1").arg(displayName()), warnings.join(QStringLiteral("\n\n")));
    return true;
}

} // namespace galley
