// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of ProjectController: open / save / save as with the window-title convention, failures reported
// through the message hook with nothing changed, and crash recovery — a child Galley process (this test
// binary started with --recovery-child) edits a page, autosaves and is killed with SIGKILL; a fresh
// controller then finds the recovery file and restores exactly the edits. Also: a second window on the
// page while the first runs never costs the first its recovery file; typing in the headline, kicker,
// subheadline and byline fields (--typing-child, no Enter, no focus change) survives a SIGKILL after the
// autosave interval; a project whose source page is a FIFO opens at once and a FIFO page is refused.
#include "ArticleEditor.h"
#include "ProjectController.h"
#include "edit/CorrectTextCommand.h"
#include "edit/MergeArticlesCommand.h"
#include "edit/SetReviewStatusCommand.h"
#include "import/TextImporter.h"
#include "project/Autosave.h"
#include "project/ProjectFile.h"
#include "project/RecoveryStore.h"
#include "segment/Segmenter.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace galley;

namespace {

const QString kChildFlag = QStringLiteral("--recovery-child");
const QString kTypingChildFlag = QStringLiteral("--typing-child");

// What the typing child types into each field of the first article (ASCII: QTest::keyClicks sends Latin-1).
const QList<std::pair<Role, QString>> kTyped = {{Role::Kicker, QStringLiteral(" kicker typed, never committed")},
                                                {Role::Headline, QStringLiteral(" + headline typed")},
                                                {Role::Subheadline, QStringLiteral("subheadline typed")},
                                                {Role::Byline, QStringLiteral(" byline typed")}};
const QString kPage = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");

// The edits of the crashed session, in two rounds (each followed by an autosave in the child).
void editRoundOne(ReviewDocument &doc)
{
    const Segmentation &seg = doc.segmentation();
    const int first = seg.articles.first().pieces.first().id;
    doc.undoStack()->push(new CorrectTextCommand(&doc, first, QStringLiteral("校正：") + doc.pieceText(first)));
    doc.undoStack()->push(new SetReviewStatusCommand(&doc, {seg.articles.last().id}, ReviewStatus::Done));
}

void editRoundTwo(ReviewDocument &doc)
{
    const Segmentation &seg = doc.segmentation();
    if (seg.articles.size() >= 3)
        doc.undoStack()->push(new MergeArticlesCommand(&doc, {seg.articles[1].id, seg.articles[2].id}));
    const int lastPiece = doc.segmentation().articles.last().pieces.last().id;
    doc.undoStack()->push(new CorrectTextCommand(&doc, lastPiece, QStringLiteral("最后一次改正，未保存")));
}

std::unique_ptr<ReviewDocument> freshDocument()
{
    ImportResult imported = TextImporter::importFile(kPage);
    if (!imported.ok())
        return nullptr;
    Page page = imported.pages.first();
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
}

struct Message {
    QMessageBox::Icon icon;
    QString title;
    QString text;
};

// A controller that never blocks: messages are collected, questions answered by the test.
std::unique_ptr<ProjectController> quietController(QList<Message> *messages)
{
    auto pc = std::make_unique<ProjectController>(nullptr);
    pc->setMessageHook([messages](QMessageBox::Icon icon, const QString &title, const QString &text) {
        if (messages)
            messages->append({icon, title, text});
    });
    pc->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Cancel; });
    pc->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Later; });
    pc->setChooseFile([](const QString &, const QString &, const QString &, bool) { return QString(); });
    return pc;
}

// The child: open the page, edit, wait for each autosave, report "ready" and wait to be killed.
int runChild()
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<Message> messages;
    auto pc = quietController(&messages);
    if (!pc->openPath(kPage) || !pc->document()) {
        err << "child: cannot open " << kPage << "\n";
        return 2;
    }
    QSignalSpy written(pc->autosave(), &Autosave::recoveryWritten);
    editRoundOne(*pc->document());
    if (!written.wait(30'000)) {
        err << "child: no autosave after round one\n";
        return 3;
    }
    editRoundTwo(*pc->document());
    if (!written.wait(30'000)) {
        err << "child: no autosave after round two\n";
        return 4;
    }
    out << "ready " << pc->autosave()->recoveryPath() << Qt::endl;
    return QCoreApplication::exec(); // until SIGKILL
}

// The typing child: an article editor on the page, text typed into each field without Enter or a focus
// change, "ready" once autosave has nothing left to write, then wait to be killed.
int runTypingChild()
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto pc = quietController(nullptr);
    if (!pc->openPath(kPage) || !pc->document()) {
        err << "child: cannot open " << kPage << "\n";
        return 2;
    }
    ArticleEditor editor;
    editor.setReviewDocument(pc->document());
    editor.setArticle(pc->document()->segmentation().articles.first().id);
    editor.resize(600, 500);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        err << "child: editor not exposed\n";
    for (const auto &[role, text] : kTyped)
        QTest::keyClicks(editor.field(role), text);
    // Whatever reached the document is written within the autosave interval.
    while (pc->autosave()->isPending())
        QTest::qWait(50);
    out << "ready " << pc->autosave()->recoveryPath() << Qt::endl;
    return QCoreApplication::exec(); // until SIGKILL
}

// Starts this test binary as a child Galley with flag; returns the recovery path it reports when ready.
QString startChild(QProcess &child, const QString &flag)
{
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {flag});
    if (!child.waitForStarted(30'000))
        return QString();
    QByteArray output;
    while (!output.contains('\n')) {
        if (!child.waitForReadyRead(60'000)) {
            qWarning("child never got ready: %s", child.readAllStandardError().constData());
            return QString();
        }
        output += child.readAllStandardOutput();
    }
    if (!output.startsWith("ready "))
        return QString();
    return QString::fromLocal8Bit(output.mid(6).trimmed());
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void killedGalleyIsRecovered();
    void titleFollowsFileAndChanges();
    void saveAndOpenRoundTrip();
    void failedSaveIsReportedAndChangesNothing();
    void failedOpenKeepsTheDocument();
    void discardOnCloseRemovesRecovery();
    void openingTheSameDocumentOffersItsRecovery();
    void keepForLaterSetsTheFileAside();
    void changedSourceIsShown();
    void importedPageIsTakenOver();
    void secondWindowNeverCostsTheFirstItsWork();
    void typingInEveryFieldSurvivesAKill();
    void fieldTypingIsOneUndoStepPerField();
    void projectWithFifoSourceOpens();
    void fifoPageIsRefused();

private:
    QTemporaryDir m_home;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Recovery files and settings of this test (and of its child process) stay in a scratch folder.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(RecoveryStore::directory().startsWith(m_home.path()));
}

void TestRecovery::init()
{
    QDir(RecoveryStore::directory()).removeRecursively();
}

void TestRecovery::killedGalleyIsRecovered()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {kChildFlag});
    QVERIFY2(child.waitForStarted(30'000), qPrintable(child.errorString()));
    QByteArray output;
    while (!output.contains('\n')) {
        if (!child.waitForReadyRead(60'000))
            QFAIL(qPrintable(QStringLiteral("child never got ready: %1").arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        output += child.readAllStandardOutput();
    }
    QVERIFY2(output.startsWith("ready "), output.constData());
    const QString recoveryPath = QString::fromLocal8Bit(output.mid(6).trimmed());
    QVERIFY(QFile::exists(recoveryPath));

    child.kill(); // SIGKILL: no destructor, no clean-up
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(recoveryPath));

    // What the editor had on screen when the process died.
    auto expected = freshDocument();
    QVERIFY(expected);
    editRoundOne(*expected);
    editRoundTwo(*expected);

    QList<Message> messages;
    auto pc = quietController(&messages);
    QList<RecoveryEntry> offered;
    pc->setAskRecover([&offered](const RecoveryEntry &e) {
        offered.append(e);
        return ProjectController::RecoveryChoice::Recover;
    });
    QSignalSpy changed(pc.get(), &ProjectController::documentChanged);
    QVERIFY(pc->checkRecovery());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().displayName, QStringLiteral("seed-page.txt"));
    QCOMPARE(changed.size(), 1);
    ReviewDocument *doc = pc->document();
    QVERIFY(doc);
    QCOMPARE(doc->page().text(), expected->page().text());
    QVERIFY(doc->segmentation() == expected->segmentation());
    QCOMPARE(doc->corrections(), expected->corrections());
    QVERIFY(pc->isModified());
    QCOMPARE(pc->windowTitle(), QStringLiteral("seed-page.txt* — Galley"));
    QVERIFY(pc->filePath().isEmpty());

    // The recovered changes are one undo step over what the engine proposed.
    auto engine = freshDocument();
    doc->undoStack()->undo();
    QVERIFY(doc->segmentation() == engine->segmentation());
    QVERIFY(doc->corrections().isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->corrections(), expected->corrections());

    // Saving makes them safe: no recovery file is left to offer.
    QVERIFY(pc->saveTo(m_home.filePath(QStringLiteral("recovered.galley"))));
    QVERIFY(RecoveryStore::pending().isEmpty());
    QVERIFY(!QFile::exists(recoveryPath));
    QVERIFY(messages.isEmpty());
}

void TestRecovery::titleFollowsFileAndChanges()
{
    auto pc = quietController(nullptr);
    QCOMPARE(pc->windowTitle(), QStringLiteral("Galley"));
    QSignalSpy titles(pc.get(), &ProjectController::titleChanged);
    QSignalSpy modified(pc.get(), &ProjectController::modifiedChanged);
    QVERIFY(pc->openPath(kPage));
    QCOMPARE(titles.last().first().toString(), QStringLiteral("seed-page.txt — Galley"));
    ReviewDocument *doc = pc->document();
    doc->undoStack()->push(new SetReviewStatusCommand(doc, {doc->segmentation().articles.first().id}, ReviewStatus::InReview));
    QCOMPARE(titles.last().first().toString(), QStringLiteral("seed-page.txt* — Galley"));
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    doc->undoStack()->undo();
    QCOMPARE(titles.last().first().toString(), QStringLiteral("seed-page.txt — Galley"));
    doc->undoStack()->redo();
    const QString project = m_home.filePath(QStringLiteral("title.galley"));
    QVERIFY(pc->saveTo(project));
    QCOMPARE(titles.last().first().toString(), QStringLiteral("title.galley — Galley"));
    QCOMPARE(pc->filePath(), project);
}

void TestRecovery::saveAndOpenRoundTrip()
{
    QList<Message> messages;
    auto pc = quietController(&messages);
    QVERIFY(pc->openPath(kPage));
    editRoundOne(*pc->document());
    editRoundTwo(*pc->document());
    // Save As asks for a name; without a suffix it gets .galley.
    const QString chosen = m_home.filePath(QStringLiteral("round-trip"));
    pc->setChooseFile([&](const QString &, const QString &suggested, const QString &, bool saving) {
        return saving && suggested.endsWith(QLatin1String("seed-page.galley")) ? chosen : QString();
    });
    QVERIFY(pc->save()); // no file yet: Save is Save As
    const QString project = chosen + QStringLiteral(".galley");
    QCOMPARE(pc->filePath(), project);
    QVERIFY(!pc->isModified());
    QCOMPARE(pc->recentFiles().first(), project);
    QVERIFY(pc->recentFiles().contains(kPage));

    auto second = quietController(&messages);
    QSignalSpy changed(second.get(), &ProjectController::documentChanged);
    QVERIFY(second->openPath(project));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(second->filePath(), project);
    QVERIFY(second->document()->segmentation() == pc->document()->segmentation());
    QCOMPARE(second->document()->corrections(), pc->document()->corrections());
    QCOMPARE(second->windowTitle(), QStringLiteral("round-trip.galley — Galley"));
    QVERIFY2(messages.isEmpty(), messages.isEmpty() ? "" : qPrintable(messages.first().text));
}

void TestRecovery::failedSaveIsReportedAndChangesNothing()
{
    QList<Message> messages;
    auto pc = quietController(&messages);
    QVERIFY(pc->openPath(kPage));
    editRoundOne(*pc->document());
    const QString bad = m_home.filePath(QStringLiteral("no-such-folder/x.galley"));
    QVERIFY(!pc->saveTo(bad));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().icon, QMessageBox::Critical);
    QVERIFY2(messages.first().text.contains(QLatin1String("x.galley")), qPrintable(messages.first().text));
    QVERIFY(pc->filePath().isEmpty());
    QVERIFY(pc->isModified());
    QCOMPARE(pc->windowTitle(), QStringLiteral("seed-page.txt* — Galley"));
    QVERIFY(!QFile::exists(bad));
}

void TestRecovery::failedOpenKeepsTheDocument()
{
    QList<Message> messages;
    auto pc = quietController(&messages);
    QVERIFY(pc->openPath(kPage));
    ReviewDocument *before = pc->document();
    const QString damaged = m_home.filePath(QStringLiteral("damaged.galley"));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"galley-project\", \"version\": 1, \"page\": ");
    f.close();
    QSignalSpy changed(pc.get(), &ProjectController::documentChanged);
    QVERIFY(!pc->openPath(damaged));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(pc->document(), before);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().icon, QMessageBox::Warning);
    QVERIFY2(messages.first().text.contains(QLatin1String("damaged.galley")) && messages.first().text.contains(QLatin1String("line 1")),
             qPrintable(messages.first().text));

    QVERIFY(!pc->openPath(m_home.filePath(QStringLiteral("missing.txt"))));
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.last().text.contains(QLatin1String("missing.txt")), qPrintable(messages.last().text));
    QCOMPARE(pc->document(), before);
}

void TestRecovery::discardOnCloseRemovesRecovery()
{
    auto pc = quietController(nullptr);
    QVERIFY(pc->openPath(kPage));
    editRoundOne(*pc->document());
    QVERIFY(pc->autosave()->writeNow());
    const QString recovery = pc->autosave()->recoveryPath();
    QVERIFY(QFile::exists(recovery));

    // Cancel keeps everything.
    QVERIFY(!pc->confirmClose());
    QVERIFY(QFile::exists(recovery));
    // Discard: closing may go on and nothing is left to recover.
    pc->setAskSaveChanges([](const QString &name) {
        return name == QLatin1String("seed-page.txt") ? ProjectController::SaveChoice::Discard
                                                      : ProjectController::SaveChoice::Cancel;
    });
    QVERIFY(pc->confirmClose());
    QVERIFY(!QFile::exists(recovery));
    pc.reset();
    QVERIFY(RecoveryStore::pending().isEmpty());
}

void TestRecovery::openingTheSameDocumentOffersItsRecovery()
{
    {
        auto crashed = quietController(nullptr);
        QVERIFY(crashed->openPath(kPage));
        editRoundOne(*crashed->document());
        QVERIFY(crashed->autosave()->writeNow());
        // Destroyed without confirmClose(), as at a crash: the recovery file stays.
    }
    QCOMPARE(RecoveryStore::pending().size(), 1);
    auto expected = freshDocument();
    editRoundOne(*expected);

    auto pc = quietController(nullptr);
    int asked = 0;
    pc->setAskRecover([&asked](const RecoveryEntry &) {
        ++asked;
        return ProjectController::RecoveryChoice::Recover;
    });
    QVERIFY(pc->openPath(kPage));
    QCOMPARE(asked, 1);
    QCOMPARE(pc->document()->corrections(), expected->corrections());
    QVERIFY(pc->document()->segmentation() == expected->segmentation());
    QVERIFY(pc->isModified());
    QVERIFY(QFile::exists(pc->autosave()->recoveryPath()));
    QVERIFY(RecoveryStore::pending().isEmpty()); // the live file is ours now
}

void TestRecovery::keepForLaterSetsTheFileAside()
{
    {
        auto crashed = quietController(nullptr);
        QVERIFY(crashed->openPath(kPage));
        editRoundOne(*crashed->document());
        QVERIFY(crashed->autosave()->writeNow());
    }
    auto pc = quietController(nullptr); // answers Later
    QVERIFY(pc->openPath(kPage));
    QVERIFY(!pc->isModified());
    QVERIFY(pc->document()->corrections().isEmpty());
    // New edits autosave without overwriting the file kept for later.
    pc->document()->undoStack()->push(new SetReviewStatusCommand(pc->document(), {pc->document()->segmentation().articles.first().id},
                                                                 ReviewStatus::Done));
    QVERIFY(pc->autosave()->writeNow());
    const QList<RecoveryEntry> pending = RecoveryStore::pending();
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().recoveryPath != pc->autosave()->recoveryPath());
    QString error;
    auto kept = RecoveryStore::restore(pending.first(), &error);
    QVERIFY2(kept, qPrintable(error));
    QVERIFY(!kept->corrections().isEmpty());
}

void TestRecovery::changedSourceIsShown()
{
    const QString source = m_home.filePath(QStringLiteral("changing-page.txt"));
    QFile::remove(source);
    QVERIFY(QFile::copy(kPage, source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    QList<Message> messages;
    auto pc = quietController(&messages);
    QVERIFY(pc->openPath(source));
    const QString project = m_home.filePath(QStringLiteral("changing.galley"));
    QVERIFY(pc->saveTo(project));
    QFile f(source);
    QVERIFY(f.open(QIODevice::Append));
    f.write("\n\n（本版责任编辑 补记）\n");
    f.close();

    auto second = quietController(&messages);
    QVERIFY(second->openPath(project));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().icon, QMessageBox::Information);
    QVERIFY2(messages.first().text.contains(QLatin1String("changed on disk")), qPrintable(messages.first().text));
    QCOMPARE(second->document()->page().text(), pc->document()->page().text());
}

void TestRecovery::importedPageIsTakenOver()
{
    // The main window imports off the GUI thread and hands the document over.
    {
        auto crashed = quietController(nullptr);
        QVERIFY(crashed->openImported(kPage, freshDocument()));
        editRoundOne(*crashed->document());
        QVERIFY(crashed->autosave()->writeNow());
    }
    auto expected = freshDocument();
    editRoundOne(*expected);
    auto pc = quietController(nullptr);
    pc->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Recover; });
    QSignalSpy changed(pc.get(), &ProjectController::documentChanged);
    QVERIFY(pc->openImported(kPage, freshDocument(), {}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(pc->filePath().isEmpty());
    QCOMPARE(pc->sourcePath(), kPage);
    QCOMPARE(pc->document()->corrections(), expected->corrections()); // its recovery was offered and taken
    QCOMPARE(pc->windowTitle(), QStringLiteral("seed-page.txt* — Galley"));
    QVERIFY(pc->recentFiles().contains(kPage));
}

void TestRecovery::secondWindowNeverCostsTheFirstItsWork()
{
    QProcess child;
    const QString recoveryPath = startChild(child, kChildFlag);
    QVERIFY(!recoveryPath.isEmpty());
    QVERIFY(QFile::exists(recoveryPath));

    // A second window on the same page while the first runs: nothing to offer; opened and closed.
    {
        auto second = quietController(nullptr);
        int asked = 0;
        second->setAskRecover([&asked](const RecoveryEntry &) {
            ++asked;
            return ProjectController::RecoveryChoice::Recover;
        });
        QVERIFY(second->openPath(kPage));
        QCOMPARE(asked, 0);
    }
    QVERIFY2(QFile::exists(recoveryPath), "a second window that opened and closed the page removed the first one's recovery file");

    // A third one edits and autosaves beside it, before and after the first is killed.
    auto third = quietController(nullptr);
    QVERIFY(third->openPath(kPage));
    ReviewDocument *doc = third->document();
    doc->undoStack()->push(new SetReviewStatusCommand(doc, {doc->segmentation().articles.first().id}, ReviewStatus::InReview));
    QVERIFY(third->autosave()->writeNow());
    QVERIFY(third->autosave()->recoveryPath() != recoveryPath);

    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(30'000));
    doc->undoStack()->push(new SetReviewStatusCommand(doc, {doc->segmentation().articles.first().id}, ReviewStatus::Done));
    QVERIFY(third->autosave()->writeNow());
    QVERIFY(third->autosave()->recoveryPath() != recoveryPath);
    // The third quits without keeping its changes: only its own file goes.
    third->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    QVERIFY(third->confirmClose());
    third.reset();
    QVERIFY(QFile::exists(recoveryPath));

    auto expected = freshDocument();
    editRoundOne(*expected);
    editRoundTwo(*expected);
    auto pc = quietController(nullptr);
    QList<RecoveryEntry> offered;
    pc->setAskRecover([&offered](const RecoveryEntry &e) {
        offered.append(e);
        return ProjectController::RecoveryChoice::Recover;
    });
    QVERIFY(pc->checkRecovery());
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().recoveryPath, recoveryPath);
    QCOMPARE(pc->document()->corrections(), expected->corrections());
    QVERIFY(pc->document()->segmentation() == expected->segmentation());
    pc->autosave()->discard();
}

void TestRecovery::typingInEveryFieldSurvivesAKill()
{
    QProcess child;
    const QString recoveryPath = startChild(child, kTypingChildFlag);
    QVERIFY(!recoveryPath.isEmpty());
    child.kill(); // SIGKILL after the autosave interval: no Enter, no focus change, no destructor
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto expected = freshDocument();
    auto pc = quietController(nullptr);
    pc->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Recover; });
    QVERIFY2(pc->checkRecovery(), "nothing typed into the fields was autosaved");
    ReviewDocument *doc = pc->document();
    for (const auto &[role, text] : kTyped)
        QCOMPARE(doc->roleText(0, role), expected->roleText(0, role) + text);
    pc->autosave()->discard();
}

void TestRecovery::fieldTypingIsOneUndoStepPerField()
{
    auto pc = quietController(nullptr);
    QVERIFY(pc->openPath(kPage));
    ReviewDocument *doc = pc->document();
    const QString headline = doc->roleText(0, Role::Headline);
    QVERIFY(!headline.isEmpty());
    ArticleEditor editor;
    editor.setReviewDocument(doc);
    editor.setArticle(doc->segmentation().articles.first().id);
    QTest::keyClicks(editor.field(Role::Headline), QStringLiteral(" (revised)"));
    QCOMPARE(doc->roleText(0, Role::Headline), headline + QStringLiteral(" (revised)"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(pc->isModified());
    const QString byline = doc->roleText(0, Role::Byline);
    QTest::keyClicks(editor.field(Role::Byline), QStringLiteral(" and a reporter"));
    QCOMPARE(doc->roleText(0, Role::Byline), byline + QStringLiteral(" and a reporter"));
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(editor.field(Role::Headline)->text(), headline + QStringLiteral(" (revised)"));
    doc->undoStack()->undo();
    QCOMPARE(editor.field(Role::Byline)->text(), doc->roleText(0, Role::Byline));
    doc->undoStack()->undo();
    QCOMPARE(editor.field(Role::Headline)->text(), headline);
    QVERIFY(!pc->isModified());
}

void TestRecovery::projectWithFifoSourceOpens()
{
    const QString fifo = m_home.filePath(QStringLiteral("source.fifo"));
    QFile::remove(fifo);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ImportResult imported = TextImporter::importFile(kPage);
    QVERIFY(imported.ok());
    Page page = imported.pages.first();
    page.setSourcePath(fifo);
    Segmentation seg = Segmenter::segment(page);
    const ReviewDocument saved(std::move(page), std::move(seg));
    const QString project = m_home.filePath(QStringLiteral("fifo-source.galley"));
    QString error;
    QVERIFY2(ProjectFile::save(saved, project, &error), qPrintable(error));

    QList<Message> messages;
    auto pc = quietController(&messages);
    QVERIFY(pc->openPath(project)); // never waits for a writer on the FIFO
    QCOMPARE(pc->document()->page().text(), saved.page().text());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().icon, QMessageBox::Information);
    QVERIFY2(messages.first().text.contains(fifo) && messages.first().text.contains(QLatin1String("not a regular file")),
             qPrintable(messages.first().text));
}

void TestRecovery::fifoPageIsRefused()
{
    const QString fifo = m_home.filePath(QStringLiteral("page.fifo"));
    QFile::remove(fifo);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QList<Message> messages;
    auto pc = quietController(&messages);
    for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
        messages.clear();
        QVERIFY(!pc->openPath(path));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().icon, QMessageBox::Warning);
        QVERIFY2(messages.first().text.contains(path) && messages.first().text.contains(QLatin1String("not a regular file")),
                 qPrintable(messages.first().text));
    }
    QVERIFY(!pc->document());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(kChildFlag))
        return runChild();
    if (app.arguments().contains(kTypingChildFlag))
        return runTypingChild();
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
