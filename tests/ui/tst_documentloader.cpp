// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One document loader (issue 9, item 11): DocumentLoader::load is the one way a page or project
// becomes a ReviewDocument; the window runs it off the GUI thread (PageLoader) for every way a file
// is opened — openFile(): File ▸ Open, drag and drop, recent files, the command line — with
// progress and Cancel; ProjectController::openPath runs it directly. The multi-page note is given
// on every path; a cancelled load leaves the open document alone.
#include "MainWindow.h"
#include "PageLoader.h"
#include "ProjectController.h"
#include "project/DocumentLoader.h"
#include "project/ProjectFile.h"

#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>

using namespace galley;

namespace {

QByteArray seedBytes()
{
    QFile f(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

struct Messages {
    QStringList texts;
    void hook(ProjectController *c)
    {
        c->setMessageHook([this](QMessageBox::Icon, const QString &, const QString &text) { texts.append(text); });
        c->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Later; });
        c->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    }
};

} // namespace

class TestDocumentLoader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsPagesAndProjects()
    {
        QTemporaryDir dir;
        const QString page = writeFile(dir, QStringLiteral("page.txt"), seedBytes());
        LoadedDocument loaded = DocumentLoader::load(page);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.isProject);
        QVERIFY(loaded.projectPath.isEmpty());
        QCOMPARE(loaded.document->thread(), nullptr); // for the receiving thread to take
        DocumentLoader::adoptDocument(loaded.document.get());
        QCOMPARE(loaded.document->thread(), QThread::currentThread());
        QCOMPARE(loaded.document->undoStack()->thread(), QThread::currentThread());
        QVERIFY(loaded.document->segmentation().articles.size() > 2);

        QString error;
        const QString project = dir.filePath(QStringLiteral("page.galley"));
        QVERIFY2(ProjectFile::save(*loaded.document, project, &error), qPrintable(error));
        LoadedDocument fromProject = DocumentLoader::load(project);
        QVERIFY(fromProject.ok());
        QVERIFY(fromProject.isProject);
        QCOMPARE(fromProject.projectPath, project);

        const LoadedDocument missing = DocumentLoader::load(dir.filePath(QStringLiteral("nothing.txt")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("nothing.txt")), qPrintable(missing.error));
    }

    // A file of several printed pages opens as ONE document, an issue (IssueImporter), on every path.
    void multiPageIssueAndCancel()
    {
        QTemporaryDir dir;
        const QString twoPages = writeFile(dir, QStringLiteral("two.txt"), seedBytes() + "\f" + seedBytes());
        const LoadedDocument loaded = DocumentLoader::load(twoPages);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.document->page().printedPageCount(), 2);
        // Each printed page segmented on its own: the seed page's articles twice.
        const LoadedDocument one = DocumentLoader::load(writeFile(dir, QStringLiteral("one.txt"), seedBytes()));
        QCOMPARE(loaded.document->segmentation().articles.size(), 2 * one.document->segmentation().articles.size());

        const std::atomic_bool cancel(true);
        const LoadedDocument cancelled = DocumentLoader::load(twoPages, &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok());
    }

    // Pages and projects alike go through the window's loader, off the GUI thread; a multi-page
    // file opens as one issue there as on ProjectController::openPath.
    void windowOpensEverythingThroughTheLoader()
    {
        QTemporaryDir dir;
        const QString twoPages = writeFile(dir, QStringLiteral("two.txt"), seedBytes() + "\f" + seedBytes());
        MainWindow window;
        Messages messages;
        messages.hook(window.projectController());
        QSignalSpy started(window.loader(), &PageLoader::started);
        QVERIFY(window.openFile(twoPages));
        QCOMPARE(started.size(), 1);
        window.waitForLoaded();
        QVERIFY(window.document());
        QCOMPARE(window.document()->page().printedPageCount(), 2);

        QString error;
        const QString project = dir.filePath(QStringLiteral("two.galley"));
        QVERIFY(ProjectFile::save(*window.document(), project, &error));
        QVERIFY(window.openFile(project));
        QCOMPARE(started.size(), 2); // a project too
        window.waitForLoaded();
        QCOMPARE(window.projectController()->filePath(), project);

        // Synchronous path: the same issue.
        QVERIFY(window.projectController()->openPath(twoPages));
        QCOMPARE(window.document()->page().printedPageCount(), 2);
        QCOMPARE(window.projectController()->filePath(), QString());
    }

    void cancelKeepsTheOpenDocument()
    {
        QTemporaryDir dir;
        const QString page = writeFile(dir, QStringLiteral("page.txt"), seedBytes());
        QByteArray big;
        while (big.size() < 4 * 1024 * 1024)
            big += seedBytes() + "\n\n";
        const QString large = writeFile(dir, QStringLiteral("large.txt"), big);
        MainWindow window;
        Messages messages;
        messages.hook(window.projectController());
        QVERIFY(window.openFile(page));
        window.waitForLoaded();
        ReviewDocument *before = window.document();
        QVERIFY(before);

        QSignalSpy cancelled(window.loader(), &PageLoader::cancelled);
        QSignalSpy finished(window.loader(), &PageLoader::finished);
        QVERIFY(window.openFile(large));
        QVERIFY(window.isLoading());
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isHidden());
        cancel->click();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!window.isLoading());
        QVERIFY(cancel->isHidden());
        window.waitForLoaded();
        QTRY_VERIFY(QThreadPool::globalInstance()->waitForDone(100));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0); // the stopped load's result was dropped
        QCOMPARE(window.document(), before);
        QVERIFY(messages.texts.isEmpty());
    }
};

QTEST_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
