// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The same page gives byte-identical output on every run: no decision of the engine (import, segment,
// JSON export) may depend on QHash/QSet iteration order, pointer order or timing.
//
// Two ways of changing the hash seed between runs:
//  - separate `galley segment` processes with QT_HASH_SEED removed from their environment (Qt 6.4
//    ignores a non-zero QT_HASH_SEED and then hashes deterministically, so setting it would hide
//    the very differences looked for);
//  - in process, QHashSeed::resetRandomGlobalSeed() before each segmentation.
#include "export/SegmentationJson.h"
#include "import/IssueImporter.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/ArticleBuilder.h"
#include "segment/IssueSegmenter.h"
#include "segment/ReadingOrder.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QFileInfo>
#include <QHashFunctions>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {

QStringList testPages()
{
    QStringList pages{QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")};
    const QDir dir(QStringLiteral(GALLEY_TEST_DATA "/pages"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        pages << dir.filePath(name);
    return pages;
}

// engine: "rules" or "learned" (the default engine; ctest pins GALLEY_ENGINE=rules for Segmenter::segment).
QByteArray segmentInProcess(const QString &path, const QString &engine)
{
    const galley::ImportResult imported = galley::TextImporter::importFile(path);
    if (!imported.ok() || imported.pages.isEmpty())
        return {};
    galley::Page page = imported.pages.first();
    galley::Segmentation seg = engine == QLatin1String("learned")
        ? galley::ArticleBuilder::build(galley::ReadingOrder::analyse(page), page.text())
        : galley::Segmenter::segment(page);
    const galley::ReviewDocument doc(page, seg);
    return galley::SegmentationJson::toJson(doc);
}

QByteArray segmentProcess(const QString &path, const QString &engine, QString *problem)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_HASH_SEED"));
    env.insert(QStringLiteral("GALLEY_ENGINE"), engine);
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(GALLEY_BINARY));
    p.setArguments({QStringLiteral("segment"), path, QStringLiteral("--format"), QStringLiteral("json")});
    p.start();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *problem = QStringLiteral("galley segment %1 failed: %2").arg(path, QString::fromUtf8(p.readAllStandardError()));
        p.kill();
        p.waitForFinished();
        return {};
    }
    return p.readAllStandardOutput();
}

// The first line where two outputs differ, for the failure message.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i)
        if (la[i] != lb[i])
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i + 1).arg(QString::fromUtf8(la[i]), QString::fromUtf8(lb[i]));
    return QStringLiteral("lengths %1 and %2").arg(a.size()).arg(b.size());
}

} // namespace

using namespace galley;

class TestDeterminism : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameBytesInProcess_data();
    void sameBytesInProcess();
    void sameBytesAcrossProcesses_data();
    void sameBytesAcrossProcesses();
    void sameBytesOnOneThreadOrMany_data();
    void sameBytesOnOneThreadOrMany();
};

void TestDeterminism::initTestCase()
{
    // A QT_HASH_SEED in the environment would fix the seed and hide hash-order dependence.
    qunsetenv("QT_HASH_SEED");
    QVERIFY(QFileInfo::exists(QStringLiteral(GALLEY_BINARY)));
    QVERIFY(testPages().size() >= 4);
}

void TestDeterminism::sameBytesInProcess_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("engine");
    for (const QString &engine : {QStringLiteral("learned"), QStringLiteral("rules")})
        for (const QString &p : testPages())
            QTest::newRow(qPrintable(engine + QLatin1Char('/') + QFileInfo(p).fileName())) << p << engine;
}

void TestDeterminism::sameBytesInProcess()
{
    QFETCH(QString, path);
    QFETCH(QString, engine);
    QHashSeed::resetRandomGlobalSeed();
    const QByteArray first = segmentInProcess(path, engine);
    QVERIFY(!first.isEmpty());
    for (int run = 1; run < 8; ++run) {
        QHashSeed::resetRandomGlobalSeed();
        const QByteArray again = segmentInProcess(path, engine);
        QVERIFY2(again == first, qPrintable(QStringLiteral("run %1 differs at %2").arg(run).arg(firstDifference(first, again))));
    }
}

void TestDeterminism::sameBytesAcrossProcesses_data()
{
    sameBytesInProcess_data();
}

void TestDeterminism::sameBytesAcrossProcesses()
{
    QFETCH(QString, path);
    QFETCH(QString, engine);
    QString problem;
    const QByteArray first = segmentProcess(path, engine, &problem);
    QVERIFY2(!first.isEmpty(), qPrintable(problem));
    for (int run = 1; run < 5; ++run) {
        const QByteArray again = segmentProcess(path, engine, &problem);
        QVERIFY2(!again.isEmpty(), qPrintable(problem));
        QVERIFY2(again == first, qPrintable(QStringLiteral("process %1 differs at %2").arg(run).arg(firstDifference(first, again))));
    }
}

// A long page's lines are measured and scored in ranges at once, and an issue's printed pages are
// segmented at once (LineRanges.h, IssueSegmenter): the output is the same as on one thread.
void TestDeterminism::sameBytesOnOneThreadOrMany_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<qsizetype>("printedPageLines"); // at least this many lines a printed page (0: one test page)
    QTest::addColumn<int>("manyThreads");            // 0: the machine's, at least 4
    // Every test page one after another, over and over: one page of several thousand lines.
    QTest::newRow("one long page") << QStringLiteral("\n\n") << qsizetype(0) << 0;
    // The same as an issue of printed pages, one test page to a printed page.
    QTest::newRow("issue of printed pages") << QStringLiteral("\f") << qsizetype(0) << 0;
    // An issue of three printed pages each long enough for its lines to run in ranges, on two
    // threads: the printed pages and their ranges run at once, nested. When both ran on the global
    // pool, each of its two threads waited for ranges queued behind them and this never finished
    // (WorkPools.h; the ctest timeout is the guard).
    QTest::newRow("issue of long printed pages, nested") << QStringLiteral("\f") << qsizetype(5000) << 2;
}

void TestDeterminism::sameBytesOnOneThreadOrMany()
{
    QFETCH(QString, separator);
    QFETCH(qsizetype, printedPageLines);
    QFETCH(int, manyThreads);
    // Far more lines than the 2 × 1,024 below which a page stays on one thread (ReadingOrder.cpp).
    constexpr qsizetype kLines = 6000;
    QStringList texts;
    qsizetype lines = 0, linesOfLast = 0;
    const auto enough = [&] { return lines >= kLines && linesOfLast >= printedPageLines; };
    while (!enough())
        for (const QString &path : testPages()) {
            if (enough())
                break;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll()).trimmed();
            const qsizetype n = text.count(u'\n') + 1;
            if (texts.isEmpty() || linesOfLast >= printedPageLines) {
                texts << text; // a printed page of its own
                linesOfLast = n;
            } else {
                texts.back() += QStringLiteral("\n\n") + text; // the same printed page goes on
                linesOfLast += n + 1;
            }
            lines += n;
        }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("issue.txt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(texts.join(separator).toUtf8()) > 0);
    out.close();

    // The long page through the learned engine's reading order (its lines in ranges); the issue
    // through IssueSegmenter (its printed pages at once).
    const bool issue = separator == QLatin1String("\f");
    const auto segment = [&] {
        const ImportResult imported = IssueImporter::importPath(path, {});
        if (!imported.ok() || imported.pages.size() != 1)
            return QByteArray();
        Page page = imported.pages.first();
        if (issue != !page.printedPages().isEmpty())
            return QByteArray();
        const Segmentation seg = issue ? IssueSegmenter::segment(page) : ArticleBuilder::build(ReadingOrder::analyse(page), page.text());
        return SegmentationJson::toJson(ReviewDocument(page, seg));
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    const QByteArray oneThread = segment();
    pool->setMaxThreadCount(manyThreads > 0 ? manyThreads : std::max(threads, 4));
    const QByteArray many = segment();
    pool->setMaxThreadCount(threads);
    QVERIFY(!oneThread.isEmpty());
    QVERIFY2(many == oneThread, qPrintable(firstDifference(oneThread, many)));
}

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
