// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The corrections list (issue 9, item 5) on the seed page: every correction with where it is, the
// page text and the corrected text around the change, and a revert that is one undo step.
#include "edit/CorrectTextCommand.h"
#include "edit/SetRoleTextCommand.h"
#include "import/TextImporter.h"
#include "review/CorrectionList.h"
#include "segment/Segmenter.h"

#include <QTest>

#include <memory>

using namespace galley;

class TestCorrectionList : public QObject {
    Q_OBJECT
private slots:
    void excerptShowsTheChange_data();
    void excerptShowsTheChange();
    void listsCorrectionsInDocumentOrderAndReverts();
};

void TestCorrectionList::excerptShowsTheChange_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("excerptBefore");
    QTest::addColumn<QString>("excerptAfter");
    QTest::newRow("one character, long text")
        << "本报讯(记者 王中宙)为庆祝中华人民共和国成立70周年，市图书馆的展览于10月1日开幕。"
        << "本报讯(记者 王中宙)为庆祝中华人民共和国成立70周年，市图书馆的展览於10月1日开幕。"
        << "…，市图书馆的展览于10月1日开幕。" << "…，市图书馆的展览於10月1日开幕。";
    QTest::newRow("long tail cut") << "第一第二第三第四第五第六第七第八第九第十" << "第一第二第三第肆第五第六第七第八第九第十"
                                   << "第一第二第三第四第五第六第七第八…" << "第一第二第三第肆第五第六第七第八…";
    QTest::newRow("short: all of it") << "Mill Rivr" << "Mill River" << "Mill Rivr" << "Mill River";
    QTest::newRow("added at the end") << "它的口号是" << "它的口号是：" << "它的口号是" << "它的口号是：";
    QTest::newRow("surrogate pair kept whole") << "A𠀀B" << "A𠀁B" << "A𠀀B" << "A𠀁B";
}

void TestCorrectionList::excerptShowsTheChange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const auto [b, a] = CorrectionList::changedExcerpt(before, after);
    QTEST(b, "excerptBefore");
    QTEST(a, "excerptAfter");
}

void TestCorrectionList::listsCorrectionsInDocumentOrderAndReverts()
{
    const ImportResult r = TextImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(r.ok());
    Page page = r.pages.first();
    const Segmentation seg = Segmenter::segment(page);
    ReviewDocument doc(page, seg);
    QVERIFY(CorrectionList::entries(doc).isEmpty());
    QVERIFY(!CorrectionList::revertCommand(&doc, seg.articles[0].pieces[0].id));

    // Corrections in article 2, then article 0, then a typed kicker of article 1.
    const Article &a0 = seg.articles[0], &a2 = seg.articles[2];
    const int late = a2.pieces.last().id, early = a0.pieces.last().id;
    doc.undoStack()->push(new CorrectTextCommand(&doc, late, doc.pieceText(late) + QStringLiteral("（完）")));
    doc.undoStack()->push(new CorrectTextCommand(&doc, early, QStringLiteral("【更正】") + doc.pieceText(early)));
    const bool hasKicker = seg.articles[1].indexOfRole(Role::Kicker) >= 0;
    doc.undoStack()->push(new SetRoleTextCommand(&doc, seg.articles[1].id, Role::Kicker, QStringLiteral("本报专稿")));
    const QList<CorrectionEntry> list = CorrectionList::entries(doc);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].pieceId, early);
    QCOMPARE(list[0].articleIndex, 0);
    QCOMPARE(list[0].original, doc.repairedPieceText(early));
    QVERIFY(list[0].corrected.startsWith(QStringLiteral("【更正】")));
    QCOMPARE(list[1].articleId, seg.articles[1].id);
    QCOMPARE(list[1].role, Role::Kicker);
    QCOMPARE(list[1].editorPiece, !hasKicker);
    QCOMPARE(list[2].pieceId, late);
    QVERIFY(CorrectionList::changedExcerpt(list[2].original, list[2].corrected).second.endsWith(QStringLiteral("（完）")));

    // Revert the middle one: one undo step, the others stay.
    const int steps = doc.undoStack()->count();
    doc.undoStack()->push(CorrectionList::revertCommand(&doc, list[1].pieceId));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(CorrectionList::entries(doc).size(), 2);
    QCOMPARE(doc.roleText(1, Role::Kicker), hasKicker ? doc.repairedPieceText(list[1].pieceId) : QString());
    doc.undoStack()->undo();
    QCOMPARE(CorrectionList::entries(doc).size(), 3);
    // Revert a body correction.
    doc.undoStack()->push(CorrectionList::revertCommand(&doc, early));
    QVERIFY(!doc.hasCorrection(early));
    QCOMPARE(doc.pieceText(early), doc.repairedPieceText(early));
}

QTEST_GUILESS_MAIN(TestCorrectionList)
#include "tst_correctionlist.moc"
