// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end gold test (issue 3, "What must show"): open seed-page.txt, run the automatic
// segmentation, apply an editor's fixes with the same undo commands the UI uses until the document
// equals seed-page.gold.json exactly, report how many operations that took, then undo everything
// and check the engine's output is back.
#include "import/TextImporter.h"
#include "segment/Segmenter.h"
#include "support/GoldReplay.h"

#include <QTest>

using namespace galley;

class TestGoldReplay : public QObject {
    Q_OBJECT
private slots:
    void goldFileIsReadable();
    void replayReachesGold();
    void replayFromAnotherStart();
};

namespace {
struct Loaded {
    Page page;
    test::GoldPage gold;
};

Loaded load()
{
    Loaded l;
    const ImportResult r = TextImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    if (!r.ok() || r.pages.size() != 1)
        return l;
    l.page = r.pages.first();
    l.gold = test::loadGold(QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json"), l.page);
    return l;
}
} // namespace

void TestGoldReplay::goldFileIsReadable()
{
    const Loaded l = load();
    QVERIFY(!l.page.text().isEmpty());
    QVERIFY2(l.gold.error.isEmpty(), qPrintable(l.gold.error));
    QCOMPARE(l.page.blocks().size(), 70);
    QCOMPARE(l.gold.articles.size(), 8);
    QCOMPARE(l.gold.units.size(), 71); // 70 blocks, one of them cut in two
    QCOMPARE(l.page.textOf(l.gold.units.value(QStringLiteral("65a")).span).toString(), QStringLiteral("本报讯(记者 王中宙)10月25"));
    QVERIFY(l.page.textOf(l.gold.units.value(QStringLiteral("65b")).span).startsWith(QStringLiteral("化表达")));
}

void TestGoldReplay::replayReachesGold()
{
    Loaded l = load();
    QVERIFY2(l.gold.error.isEmpty(), qPrintable(l.gold.error));
    const Segmentation engine = Segmenter::segment(l.page);
    ReviewDocument doc(l.page, engine);
    const QStringList before = test::compareWithGold(doc, l.gold);
    qInfo("engine output: %d articles, %d differences from the gold before editing", int(engine.articles.size()),
          int(before.size()));

    QStringList log;
    QString error;
    QVERIFY2(test::replayToGold(&doc, l.gold, &log, &error), qPrintable(error));
    const QStringList diffs = test::compareWithGold(doc, l.gold);
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    QCOMPARE(doc.undoStack()->count(), log.size());

    for (int k = 0; k < log.size(); ++k)
        qInfo("  %2d. %s", k + 1, qPrintable(log[k]));
    qInfo("gold replay: %d operations", int(log.size()));
    int unresolved = 0;
    for (const Article &a : doc.segmentation().articles)
        for (const Flag &f : a.flags)
            unresolved += !f.resolved;
    qInfo("flags at the gold state: %d not resolved, %d of them still open (the rest fixed by the edits)", unresolved,
          doc.segmentation().openFlagCount());

    // undo the whole session: the engine's output is back, with no correction
    doc.undoStack()->setIndex(0);
    QCOMPARE(doc.segmentation(), engine);
    QVERIFY(doc.corrections().isEmpty());
    // and redo brings the editor's result back
    doc.undoStack()->setIndex(doc.undoStack()->count());
    QVERIFY(test::compareWithGold(doc, l.gold).isEmpty());
}

// The planner must not depend on what the engine outputs today: start from the worst case — every
// block its own article — and from the opposite — one article holding everything, with the
// interleaved block already cut at a wrong place.
void TestGoldReplay::replayFromAnotherStart()
{
    Loaded l = load();
    QVERIFY2(l.gold.error.isEmpty(), qPrintable(l.gold.error));
    Segmentation perBlock, oneArticle;
    Article all;
    all.id = oneArticle.nextArticleId++;
    for (int b = 0; b < l.page.blocks().size(); ++b) {
        Piece p;
        p.id = perBlock.nextPieceId++;
        p.block = b;
        p.span = l.page.blocks()[b].span;
        p.role = b % 3 == 0 ? Role::Headline : Role::Body;
        Article a;
        a.id = perBlock.nextArticleId++;
        a.pieces = {p};
        perBlock.articles.append(a);
        if (b == 64) { // block 65, cut a few characters off the gold marker
            const qsizetype cut = p.span.start + 5;
            Piece second = p;
            p.span.end = cut;
            second.span.start = cut;
            second.id = 1000;
            all.pieces.append(p);
            all.pieces.append(second);
        } else {
            all.pieces.append(p);
        }
    }
    oneArticle.articles = {all};
    oneArticle.nextPieceId = 1001;
    const QList<std::pair<const char *, Segmentation>> starts = {{"every block an article", perBlock},
                                                                 {"one article, block 65 cut wrongly", oneArticle}};
    for (const auto &[name, startSeg] : starts) {
        ReviewDocument doc(l.page, startSeg);
        QStringList log;
        QString error;
        QVERIFY2(test::replayToGold(&doc, l.gold, &log, &error), qPrintable(error));
        const QStringList diffs = test::compareWithGold(doc, l.gold);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
        qInfo("from %s: %d operations", name, int(log.size()));
        doc.undoStack()->setIndex(0);
        QCOMPARE(doc.segmentation(), startSeg);
        // The same without the bulk operations of issue 9: never fewer operations.
        ReviewDocument plain(l.page, startSeg);
        QStringList plainLog;
        QVERIFY2(test::replayToGold(&plain, l.gold, &plainLog, &error, false), qPrintable(error));
        QVERIFY(test::compareWithGold(plain, l.gold).isEmpty());
        qInfo("from %s without order-by-page-position: %d operations", name, int(plainLog.size()));
        QVERIFY(log.size() <= plainLog.size());
    }
}

QTEST_GUILESS_MAIN(TestGoldReplay)
#include "tst_goldreplay.moc"
