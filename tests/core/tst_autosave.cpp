// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of Autosave beside another Galley on the same page and of its write off the GUI thread:
//  - a second Autosave on the page (a second window, a second Galley) that only opens and quits, or
//    edits, writes, undoes and discards, never touches the first one's recovery file — only the holder
//    of a recovery file's lock removes it;
//  - a recovery file left by a Galley that died is never overwritten by a live one that takes its
//    stale lock: it stays pending for recovery;
//  - a scheduled write runs on a worker thread and still reports a failure with the file name;
//    the recovery file it writes opens as the document it was taken from.
// The kill -9 of a child Galley beside a second one is in tests/ui/tst_recovery.cpp.
#include "edit/CorrectTextCommand.h"
#include "edit/SetReviewStatusCommand.h"
#include "import/TextImporter.h"
#include "project/Autosave.h"
#include "project/ProjectFile.h"
#include "project/RecoveryStore.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace galley;

namespace {

const QString kPage = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");

std::unique_ptr<ReviewDocument> importDocument(const QString &path = kPage)
{
    ImportResult imported = TextImporter::importFile(path);
    if (!imported.ok() || imported.pages.isEmpty())
        return nullptr;
    Page page = imported.pages.first();
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int firstPiece(const ReviewDocument &doc)
{
    return doc.segmentation().articles.first().pieces.first().id;
}

} // namespace

class TestAutosave : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void secondInstanceKeepsTheFirstsRecoveryFile();
    void liveInstanceNeverOverwritesADeadOnesFile();
    void scheduledWriteRunsOffTheCallingThread();
    void scheduledWriteFailureIsReported();
    void becomingCleanDuringAWriteLeavesNoFile();

private:
    QTemporaryDir m_home;
};

void TestAutosave::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QVERIFY(RecoveryStore::directory().startsWith(m_home.path()));
}

void TestAutosave::init()
{
    QDir(RecoveryStore::directory()).removeRecursively();
}

void TestAutosave::secondInstanceKeepsTheFirstsRecoveryFile()
{
    auto a = importDocument();
    QVERIFY(a);
    Autosave first(a.get());
    a->undoStack()->push(new CorrectTextCommand(a.get(), firstPiece(*a), QStringLiteral("甲的改正")));
    QVERIFY(first.writeNow());
    const QString path = first.recoveryPath();
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());

    {
        // A second window on the same page, opened and closed without an edit.
        auto b = importDocument();
        Autosave second(b.get());
        QCOMPARE(second.recoveryPath(), path);
    }
    QVERIFY2(QFile::exists(path), "a second Galley that only opened the page removed the first one's recovery file");
    QCOMPARE(readAll(path), bytes);

    {
        // A second window that edits, writes, undoes back to clean, redoes and discards.
        auto b = importDocument();
        Autosave second(b.get());
        b->undoStack()->push(new SetReviewStatusCommand(b.get(), {b->segmentation().articles.first().id}, ReviewStatus::Done));
        QVERIFY(second.writeNow());
        QVERIFY(second.recoveryPath() != path);
        QVERIFY(QFile::exists(second.recoveryPath()));
        b->undoStack()->undo();
        QVERIFY(!QFile::exists(second.recoveryPath()));
        QVERIFY(QFile::exists(path));
        b->undoStack()->redo();
        QVERIFY(second.writeNow());
        second.discard();
        QVERIFY(!QFile::exists(second.recoveryPath()));
    }
    QCOMPARE(readAll(path), bytes);
    QVERIFY(RecoveryStore::pending().isEmpty()); // the first still holds its file

    first.discard(); // the lock holder may remove it
    QVERIFY(!QFile::exists(path));
}

void TestAutosave::liveInstanceNeverOverwritesADeadOnesFile()
{
    // What a Galley killed with its changes on disk leaves behind: the file and a stale lock.
    QString path;
    {
        auto a = importDocument();
        Autosave dead(a.get());
        a->undoStack()->push(new CorrectTextCommand(a.get(), firstPiece(*a), QStringLiteral("死前的改正")));
        QVERIFY(dead.writeNow());
        path = dead.recoveryPath();
    } // destroyed with changes: the file stays, as after a crash
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());

    auto b = importDocument();
    Autosave live(b.get());
    QCOMPARE(live.recoveryPath(), path);
    b->undoStack()->push(new SetReviewStatusCommand(b.get(), {b->segmentation().articles.first().id}, ReviewStatus::Done));
    QVERIFY(live.writeNow());
    QVERIFY2(live.recoveryPath() != path, "the live Galley took over the dead one's recovery file");
    QCOMPARE(readAll(path), bytes);
    const QList<RecoveryEntry> pending = RecoveryStore::pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().recoveryPath, path);
    // Offered when the page is opened again.
    QVERIFY(RecoveryStore::pendingFor(RecoveryStore::keyFor(b->page(), QString())));
    live.discard();
    QCOMPARE(readAll(path), bytes);
}

void TestAutosave::scheduledWriteRunsOffTheCallingThread()
{
    auto doc = importDocument();
    Autosave autosave(doc.get());
    autosave.setDelay(10);
    QSignalSpy written(&autosave, &Autosave::recoveryWritten);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), firstPiece(*doc), QStringLiteral("后台写入")));
    QVERIFY(autosave.isPending());
    QVERIFY(written.wait(10'000));
    QVERIFY(autosave.lastWriteThread() != nullptr);
    QVERIFY(autosave.lastWriteThread() != QThread::currentThread());
    QString error;
    auto recovered = ProjectFile::load(autosave.recoveryPath(), &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(recovered->corrections(), doc->corrections());
    QVERIFY(recovered->segmentation() == doc->segmentation());
    QCOMPARE(recovered->page().text(), doc->page().text());
    autosave.discard();
}

void TestAutosave::scheduledWriteFailureIsReported()
{
    // A file size limit makes the worker's write fail with EFBIG, the way a full disk fails with ENOSPC.
    auto doc = importDocument();
    Autosave autosave(doc.get());
    autosave.setDelay(10);
    QSignalSpy failed(&autosave, &Autosave::writeFailed);
    QSignalSpy written(&autosave, &Autosave::recoveryWritten);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), firstPiece(*doc), QStringLiteral("写不进去")));
    const bool reported = failed.wait(10'000);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(reported);
    QVERIFY(written.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QFileInfo(autosave.recoveryPath()).fileName()), qPrintable(message));
    QVERIFY(!QFile::exists(autosave.recoveryPath())); // nothing half-written
    // The next change tries again, and now succeeds.
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), firstPiece(*doc), QStringLiteral("写进去了")));
    QVERIFY(written.wait(10'000));
    autosave.discard();
}

void TestAutosave::becomingCleanDuringAWriteLeavesNoFile()
{
    auto doc = importDocument();
    Autosave autosave(doc.get());
    autosave.setDelay(0);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), firstPiece(*doc), QStringLiteral("马上撤销")));
    QTRY_VERIFY(!autosave.isPending() || autosave.isWriting());
    doc->undoStack()->undo(); // clean again while the write may still be running
    QTRY_VERIFY(!autosave.isWriting());
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(autosave.recoveryPath()));
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
