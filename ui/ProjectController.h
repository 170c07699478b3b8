// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProjectController: the File menu's logic for one window — the open ReviewDocument, its project file,
// Open / Save / Save As / recent files, autosave and recovery after a crash, and the window title.
//
// Usage in MainWindow (it owns no document itself):
//     m_project = new ProjectController(this, this);
//     connect(m_project, &ProjectController::documentChanged, this, &MainWindow::setDocument);
//     connect(m_project, &ProjectController::titleChanged, this, &QWidget::setWindowTitle);
//     connect(m_project, &ProjectController::statusMessage, statusBar(), &QStatusBar::showMessage);
//     openAction → m_project->open();  saveAction → m_project->save();  saveAsAction → m_project->saveAs();
//     recent menu: m_project->recentFiles() (signal recentFilesChanged), each entry → m_project->openPath(path)
//     closeEvent: if (!m_project->confirmClose()) event->ignore();
//     after show(): m_project->checkRecovery();   command line: m_project->openPath(path)
//     a page imported off the GUI thread: m_project->openImported(path, std::move(document), warnings)
// documentChanged() is emitted with the new document before the old one is deleted; a view must drop
// its pointer to the old document when it gets the signal.
//
// Paths: openPath() takes a `.galley` project (ProjectFile) or a page file or folder, which is imported
// (IssueImporter over DocumentImporter: text, PDF, ALTO, hOCR, PAGE, METS; several printed pages open
// as one issue) and segmented (IssueSegmenter; a METS file brings its own articles) — both through
// DocumentLoader, which the window runs off the GUI thread (PageLoader) and hands over with
// openLoaded(); a raw page has no filePath() until it is saved as a project. Errors are shown through the message hook (a QMessageBox by
// default) with the file name and reason, and leave the current document as it was.
// Window title: "<file name>* — Galley" ("*" while there are unsaved changes), "Galley" with no document.
// Tests replace the modal parts with setMessageHook(), setAskSaveChanges(), setAskRecover() and
// setChooseFile(), so nothing blocks without a user.
#include "model/ReviewDocument.h"
#include "project/DocumentLoader.h"
#include "project/RecoveryStore.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace galley {

class Autosave;

class ProjectController : public QObject {
    Q_OBJECT
public:
    /// What to do with changes found in a recovery file.
    enum class RecoveryChoice { Recover, Discard, Later };
    /// Answer to "save the changes?": Save, Discard or Cancel.
    enum class SaveChoice { Save, Discard, Cancel };
    /// Shows a message: icon, title, text (text may hold several lines).
    using MessageHook = std::function<void(QMessageBox::Icon, const QString &, const QString &)>;
    using AskSaveChanges = std::function<SaveChoice(const QString &displayName)>;
    using AskRecover = std::function<RecoveryChoice(const RecoveryEntry &)>;
    /// Picks a file: caption, suggested path, name filter, true when saving. Empty when cancelled.
    using ChooseFile = std::function<QString(const QString &, const QString &, const QString &, bool)>;

    /// dialogParent: the window dialogs are centred on (not owned; may be null).
    explicit ProjectController(QWidget *dialogParent, QObject *parent = nullptr);
    ~ProjectController() override;

    /// The open document (owned by the controller), or nullptr.
    ReviewDocument *document() const { return m_document.get(); }
    /// The project file of the document; empty for a raw page not saved yet.
    QString filePath() const { return m_filePath; }
    /// The raw page file the document was imported from.
    QString sourcePath() const;
    /// File name shown to the editor: the project's, else the page's, else "Untitled".
    QString displayName() const;
    /// "<displayName>* — Galley", or "Galley".
    QString windowTitle() const;
    bool isModified() const { return m_document && m_document->isModified(); }
    /// The autosave of the current document (nullptr without one): tests wait on its signals.
    Autosave *autosave() const { return m_autosave.get(); }

    /// Recently opened or saved files, newest first, existing files only (QSettings "Project/recentFiles").
    QStringList recentFiles() const;
    static constexpr int MaxRecentFiles = 10;

    void setMessageHook(MessageHook hook) { m_message = std::move(hook); }
    void setAskSaveChanges(AskSaveChanges ask) { m_askSaveChanges = std::move(ask); }
    void setAskRecover(AskRecover ask) { m_askRecover = std::move(ask); }
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }

    /// Takes over a raw page that was already imported and segmented (e.g. off the GUI thread) from path,
    /// as openPath() would after importing it (including the offer of its recovery file). False if the
    /// editor cancelled closing the current document.
    bool openImported(const QString &path, std::unique_ptr<ReviewDocument> document, const QStringList &warnings = {});
    /// Takes over what DocumentLoader::load gave (on this thread: DocumentLoader::adoptDocument done),
    /// or shows its error. False on error, when cancelled, or if the editor kept the current document.
    bool openLoaded(LoadedDocument loaded);
    /// Asks for a page or project to open (File ▸ Open); empty when cancelled.
    QString chooseOpenPath();

public slots:
    /// Asks for a file (project or page) and opens it. False if cancelled or it failed.
    bool open();
    /// Opens a `.galley` project or imports a raw page (after asking to save unsaved changes), on this
    /// thread: DocumentLoader::load then openLoaded().
    bool openPath(const QString &path);
    /// Saves to filePath(), or asks for one (saveAs) when there is none.
    bool save();
    /// Asks for a project path and saves there.
    bool saveAs();
    /// Saves to path without asking; the document then belongs to that project file.
    bool saveTo(const QString &path);
    /// Before closing the window or the document: asks to save unsaved changes. True when closing may
    /// go on (saved, discarded — the recovery file is then removed — or nothing to save).
    bool confirmClose();
    /// At start: offers each recovery file left by a Galley that did not close cleanly (newest first).
    /// Returns true when one was restored as the current document.
    bool checkRecovery();
    void clearRecentFiles();

signals:
    void documentChanged(galley::ReviewDocument *document);
    void titleChanged(const QString &title);
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);
    void recentFilesChanged(const QStringList &recentFiles);
    /// A short note for the status bar ("Saved …", "Autosave failed …"); timeout in ms, 0 = until replaced.
    void statusMessage(const QString &message, int timeout);

private:
    bool adopt(const QString &path, std::unique_ptr<ReviewDocument> doc, const QString &projectPath, QStringList warnings);
    void setDocument(std::unique_ptr<ReviewDocument> document, const QString &filePath);
    void setFilePath(const QString &path);
    void addRecentFile(const QString &path);
    void emitTitle();
    bool offerRecovery(const RecoveryEntry &entry);
    RecoveryChoice askRecover(const RecoveryEntry &entry);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    QString chooseFile(const QString &caption, const QString &suggested, const QString &filter, bool saving);
    QString suggestedProjectPath() const;

    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<ReviewDocument> m_document;
    std::unique_ptr<Autosave> m_autosave;
    QString m_filePath;
    bool m_lastModified = false;
    MessageHook m_message;
    AskSaveChanges m_askSaveChanges;
    AskRecover m_askRecover;
    ChooseFile m_chooseFile;
};

} // namespace galley
