// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the review desk: every editing operation on the seed page and on a 2 MB page, each
// measured as "push the command, repaint the window, undo, repaint again" (so one operation with
// its repaint takes at most half the figure), and start-up: process start to the first painted
// window with the seed page. Figures go to docs/performance.md ("Review desk").
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_reviewdesk  (or `cmake --build build --target bench`);
// GALLEY_BENCH_SEED_ONLY=1 leaves out the 2 MB page (whose import and segmentation take a while);
// on a busy machine `-perf -perfcounter taskclock` counts CPU time instead of wall time.
#include "ArticleEditor.h"
#include "FindReplacePanel.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "edit/CorrectTextCommand.h"
#include "edit/MergeArticlesCommand.h"
#include "edit/MovePiecesCommand.h"
#include "edit/ReorderPieceCommand.h"
#include "edit/ReplaceAllCommand.h"
#include "edit/SendToFurnitureCommand.h"
#include "edit/SetParagraphJoinCommand.h"
#include "edit/SetReviewStatusCommand.h"
#include "edit/SetRoleCommand.h"
#include "edit/SplitArticleCommand.h"
#include "edit/SplitBlockCommand.h"
#include "edit/MakeHeadlineCommand.h"
#include "edit/TextSearch.h"
#include "model/ReviewDocument.h"
#include "project/Autosave.h"
#include "project/ProjectFile.h"

#include <QAction>
#include <QElapsedTimer>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <functional>
#include <memory>

using namespace galley;

class BenchReviewDesk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void operation_data();
    void operation();
    void startupToFirstPaint();
    void autosaveStall_data();
    void autosaveStall();

private:
    MainWindow *open(const QString &path);
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_seed;
    std::unique_ptr<MainWindow> m_large;
};

MainWindow *BenchReviewDesk::open(const QString &path)
{
    auto *w = new MainWindow;
    w->projectController()->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    w->projectController()->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Discard; });
    w->projectController()->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    w->resize(1500, 920);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    w->openFile(path);
    w->waitForLoaded();
    while (!w->document())
        QTest::qWait(50);
    w->repaint();
    return w;
}

void BenchReviewDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString seed = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt");
    m_seed.reset(open(seed));
    if (qEnvironmentVariableIsSet("GALLEY_BENCH_SEED_ONLY"))
        return;
    // A 2 MB page: the seed page over and over (blocks, articles and flags grow with it).
    QFile in(seed);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray page = in.readAll() + "\n\n";
    QByteArray big;
    while (big.size() < 2 * 1024 * 1024)
        big += page;
    const QString bigPath = m_dir.filePath(QStringLiteral("large-page.txt"));
    QFile out(bigPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(big);
    out.close();
    QElapsedTimer clock;
    clock.start();
    m_large.reset(open(bigPath));
    qInfo("2 MB page (%lld bytes): import + segmentation + first paint %lld ms, %lld articles, %lld blocks",
          qint64(big.size()), clock.elapsed(), qint64(m_large->document()->segmentation().articles.size()),
          qint64(m_large->document()->page().blocks().size()));
}

void BenchReviewDesk::cleanupTestCase()
{
    for (auto *w : {m_seed.get(), m_large.get()})
        if (w && w->document())
            w->document()->undoStack()->setClean();
    m_seed.reset();
    m_large.reset();
}

void BenchReviewDesk::operation_data()
{
    QTest::addColumn<bool>("large");
    QTest::addColumn<QString>("op");
    const QStringList ops = {QStringLiteral("set-role"), QStringLiteral("review-status"), QStringLiteral("merge-articles"),
                             QStringLiteral("split-article"), QStringLiteral("move-pieces"), QStringLiteral("reorder-piece"),
                             QStringLiteral("join-paragraph"), QStringLiteral("split-block"), QStringLiteral("make-headline"),
                             QStringLiteral("correct-text"), QStringLiteral("send-to-furniture"), QStringLiteral("replace-all"),
                             QStringLiteral("select-piece"), QStringLiteral("next-flag")};
    for (bool large : {false, true})
        for (const QString &op : ops)
            QTest::newRow(qPrintable((large ? QStringLiteral("2MB/") : QStringLiteral("seed/")) + op)) << large << op;
}

void BenchReviewDesk::operation()
{
    QFETCH(bool, large);
    QFETCH(QString, op);
    MainWindow *w = large ? m_large.get() : m_seed.get();
    if (!w)
        QSKIP("2 MB page not loaded (GALLEY_BENCH_SEED_ONLY)");
    ReviewDocument *doc = w->document();
    QVERIFY(doc);
    // Work in the middle of the page, where a large page is largest around the edit.
    const Segmentation &seg = doc->segmentation();
    const int ai = int(seg.articles.size() / 2);
    const Article a = seg.articles[ai]; // copies: undo replaces the segmentation
    const Article b = seg.articles[std::min<qsizetype>(ai + 1, seg.articles.size() - 1)];
    QVERIFY(a.pieces.size() >= 2);
    const Piece p = a.pieces[1];
    w->selectPiece(p.id);
    w->repaint();
    std::function<QUndoCommand *()> make;
    if (op == QLatin1String("set-role"))
        make = [&] { return new SetRoleCommand(doc, {p.id}, p.role == Role::Note ? Role::Caption : Role::Note); };
    else if (op == QLatin1String("review-status"))
        make = [&] { return new SetReviewStatusCommand(doc, {a.id}, ReviewStatus::Done); };
    else if (op == QLatin1String("merge-articles"))
        make = [&, aid = a.id, bid = b.id] { return new MergeArticlesCommand(doc, {aid, bid}); };
    else if (op == QLatin1String("split-article"))
        make = [&, aid = a.id] { return new SplitArticleCommand(doc, aid, p.id); };
    else if (op == QLatin1String("move-pieces"))
        make = [&, bid = b.id] { return new MovePiecesCommand(doc, {p.id}, bid); };
    else if (op == QLatin1String("reorder-piece"))
        make = [&] { return new ReorderPieceCommand(doc, p.id, +1); };
    else if (op == QLatin1String("join-paragraph"))
        make = [&] { return new SetParagraphJoinCommand(doc, p.id, !p.continuesParagraph); };
    else if (op == QLatin1String("split-block"))
        make = [&] { return new SplitBlockCommand(doc, p.id, p.span.start + p.span.length() / 2); };
    else if (op == QLatin1String("make-headline"))
        make = [&] { return new MakeHeadlineCommand(doc, p.id); };
    else if (op == QLatin1String("correct-text"))
        make = [&] { return new CorrectTextCommand(doc, p.id, QStringLiteral("更正：") + doc->pieceText(p.id)); };
    else if (op == QLatin1String("send-to-furniture"))
        make = [&] { return new SendToFurnitureCommand(doc, {p.id}); };
    else if (op == QLatin1String("replace-all"))
        make = [&] {
            SearchOptions o;
            o.pattern = QStringLiteral("赛罕区");
            o.scope = SearchOptions::Scope::Page;
            return new ReplaceAllCommand(doc, TextSearch::replaceAll(*doc, o, QStringLiteral("赛罕")));
        };

    if (op == QLatin1String("select-piece")) {
        const int x = a.pieces.first().id, y = b.pieces.last().id;
        QBENCHMARK {
            w->selectPiece(x);
            w->repaint();
            w->selectPiece(y);
            w->repaint();
        }
        return;
    }
    if (op == QLatin1String("next-flag")) {
        QAction *next = w->action(QStringLiteral("flagNext"));
        QAction *prev = w->action(QStringLiteral("flagPrevious"));
        QBENCHMARK {
            next->trigger();
            w->repaint();
            prev->trigger();
            w->repaint();
        }
        return;
    }
    QBENCHMARK {
        const int before = doc->undoStack()->index();
        doc->undoStack()->push(make());
        w->repaint();
        if (doc->undoStack()->index() != before) {
            doc->undoStack()->undo();
            w->repaint();
        }
    }
    QCOMPARE(doc->undoStack()->index(), 0);
}

void BenchReviewDesk::startupToFirstPaint()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GALLEY_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // The child needs a display that paints (run the benchmark under xvfb-run); the offscreen
    // platform never repaints the page after the window's first exposure.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("start-up is measured on a display: run under xvfb-run");
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    QBENCHMARK {
        QProcess galley;
        galley.setProcessEnvironment(env);
        galley.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt")});
        QVERIFY(galley.waitForFinished(30000));
        QCOMPARE(galley.exitCode(), 0);
    }
}

// Autosave while editing (issue 7): how long the GUI thread is held up by one autosave of the page.
//  - "on the GUI thread": Autosave::writeNow() — serialise and write on the calling thread, which is
//    what the autosave timer ran before the write moved to a worker;
//  - "scheduled": a timer-driven write as the editor gets it. After the edit has been repainted and the
//    window is idle, a 0 ms timer ticks until recoveryWritten(); the longest gap between two ticks is the
//    longest the event loop was held up (the autosave timer's shot: snapshot and hand-over; the
//    worker's result coming back). Wall clock (includes being descheduled on a busy machine) and the GUI
//    thread's own CPU time in that gap.
// Prints the worst of 10 writes and the recovery file's size.
namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

void BenchReviewDesk::autosaveStall_data()
{
    QTest::addColumn<bool>("large");
    QTest::newRow("seed") << false;
    QTest::newRow("2MB") << true;
}

void BenchReviewDesk::autosaveStall()
{
    QFETCH(bool, large);
    MainWindow *w = large ? m_large.get() : m_seed.get();
    if (!w)
        QSKIP("2 MB page not loaded (GALLEY_BENCH_SEED_ONLY)");
    // The window's page in a document of its own, with its own autosave, and the windows hidden: the
    // event loop then holds nothing but the autosave's work (an edit's repaint is the "correct text" row).
    for (auto *window : {m_seed.get(), m_large.get()})
        if (window)
            window->hide();
    ReviewDocument copy(w->document()->page(), w->document()->segmentation());
    ReviewDocument *doc = &copy;
    auto ownAutosave = std::make_unique<Autosave>(doc);
    Autosave *autosave = ownAutosave.get();
    const int piece = doc->segmentation().articles[doc->segmentation().articles.size() / 2].pieces.first().id;
    const QString original = doc->pieceText(piece);
    constexpr int kDelayMs = 400;
    autosave->setDelay(kDelayMs);
    QSignalSpy written(autosave, &Autosave::recoveryWritten);
    qint64 worstSync = 0, worstWall = 0, worstCpu = 0, otherCpu = 0;
    QElapsedTimer clock;
    for (int i = 0; i < 10; ++i) {
        doc->undoStack()->push(new CorrectTextCommand(doc, piece, original + QString::number(i)));
        // Synchronous, as before.
        clock.start();
        QVERIFY(autosave->writeNow());
        worstSync = std::max(worstSync, clock.elapsed());
        // Scheduled: the edit is repainted and the window left idle, then the event loop is watched.
        doc->undoStack()->push(new CorrectTextCommand(doc, piece, original + QString::number(i) + u'+'));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < kDelayMs / 4)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY(autosave->isPending() && !autosave->isWriting());
        const qsizetype before = written.size();
        QTimer tick;
        tick.setInterval(0);
        QElapsedTimer loop;
        loop.start();
        qint64 lastWall = 0, lastCpu = threadCpuNs(), wall = 0, cpu = 0;
        bool wasWriting = autosave->isWriting();
        int lastWritten = int(written.size());
        connect(&tick, &QTimer::timeout, [&] {
            const qint64 nowWall = loop.nsecsElapsed(), nowCpu = threadCpuNs();
            // Only the gaps in which the write was started or its result taken back are the autosave's;
            // others hold whatever else the event loop did (a deferred repaint, highlighting slices).
            const bool writing = autosave->isWriting();
            if (writing != wasWriting || written.size() != lastWritten) {
                wall = std::max(wall, nowWall - lastWall);
                cpu = std::max(cpu, nowCpu - lastCpu);
            } else {
                otherCpu = std::max(otherCpu, nowCpu - lastCpu);
            }
            wasWriting = writing;
            lastWritten = int(written.size());
            lastWall = nowWall;
            lastCpu = nowCpu;
        });
        tick.start();
        while (written.size() == before && loop.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents(); // the tick after recoveryWritten()
        tick.stop();
        QVERIFY(written.size() > before);
        worstWall = std::max(worstWall, wall);
        worstCpu = std::max(worstCpu, cpu);
    }
    // What the timer's shot does on the GUI thread besides handing over: the snapshot.
    clock.start();
    for (int i = 0; i < 1000; ++i) {
        const ProjectFile::Snapshot snapshot = ProjectFile::snapshot(*doc);
        Q_UNUSED(snapshot);
    }
    const double snapshotUs = clock.nsecsElapsed() / 1000 / 1e3;
    qInfo("%s page: ProjectFile::snapshot() %.1f µs", large ? "2 MB" : "seed", snapshotUs);
    const qint64 bytes = QFileInfo(autosave->recoveryPath()).size();
    qInfo("%s page: autosave on the GUI thread (writeNow) worst %lld ms; scheduled write: longest event-loop gap "
          "of its own %.3f ms wall, %.3f ms GUI-thread CPU (longest other gap meanwhile %.2f ms CPU); recovery file %lld bytes",
          large ? "2 MB" : "seed", worstSync, worstWall / 1e6, worstCpu / 1e6, otherCpu / 1e6, bytes);
    autosave->discard();
    ownAutosave.reset();
    for (auto *window : {m_seed.get(), m_large.get()})
        if (window)
            window->show();
}

QTEST_MAIN(BenchReviewDesk)
#include "bench_reviewdesk.moc"
