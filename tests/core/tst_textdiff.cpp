// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_textdiff: the word/character diff behind the original ↔ corrected view (issue 9 item 5) —
// runs rebuild both texts, Han changes are one character, Latin changes one word, the search is
// bounded, and ArticleDiff shows a corrected article piece by piece.
#include "edit/CorrectTextCommand.h"
#include "import/TextImporter.h"
#include "review/TextDiff.h"
#include "segment/Segmenter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;

namespace {

QString joined(const QList<DiffRun> &runs, DiffRun::Kind skip)
{
    QString s;
    for (const DiffRun &r : runs)
        if (r.kind != skip)
            s += r.text;
    return s;
}

QString marked(const QList<DiffRun> &runs)
{
    QString s;
    for (const DiffRun &r : runs)
        s += r.kind == DiffRun::Kind::Same ? r.text : r.kind == DiffRun::Kind::Deleted ? QStringLiteral("[-%1]").arg(r.text) : QStringLiteral("{+%1}").arg(r.text);
    return s;
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT
private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << "人口普查" << "人口普查" << "人口普查";
        QTest::newRow("one han character") << "全国人曰普查结果" << "全国人口普查结果" << "全国人[-曰]{+口}普查结果";
        QTest::newRow("han inserted") << "展览于10月开幕" << "展览将于10月开幕" << "展览{+将}于10月开幕";
        QTest::newRow("han deleted") << "医院院Ⅰ型血" << "医院Ⅰ型血" << "医院[-院]Ⅰ型血";
        QTest::newRow("latin word") << "The rnodern office" << "The modern office" << "The [-rnodern]{+modern} office";
        QTest::newRow("two latin words") << "a tbe quick c1ass" << "a the quick class" << "a [-tbe]{+the} quick [-c1ass]{+class}";
        QTest::newRow("wrap space") << "打造四个千 亿级" << "打造四个千亿级" << "打造四个千[- ]亿级";
        QTest::newRow("all new") << "" << "新标题" << "{+新标题}";
        QTest::newRow("all gone") << "旧" << "" << "[-旧]";
        QTest::newRow("surrogates") << "𠀀口𠀁" << "𠀀日𠀁" << "𠀀[-口]{+日}𠀁";
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QList<DiffRun> runs = TextDiff::diff(before, after);
        QCOMPARE(marked(runs), expected);
        QCOMPARE(joined(runs, DiffRun::Kind::Inserted), before);
        QCOMPARE(joined(runs, DiffRun::Kind::Deleted), after);
    }

    void tokens()
    {
        QCOMPARE(TextDiff::tokens(QStringLiteral("Hello, 世界 ok2")),
                 (QStringList{"Hello", ",", " ", "世", "界", " ", "ok2"}));
    }

    void randomEditsRebuildBothTexts()
    {
        QRandomGenerator rng(9);
        const QString alphabet = QStringLiteral("人口日曰出路ab c的。");
        for (int round = 0; round < 200; ++round) {
            QString a, b;
            const int n = int(rng.bounded(60));
            for (int i = 0; i < n; ++i)
                a += alphabet.at(int(rng.bounded(int(alphabet.size()))));
            b = a;
            for (int e = 0; e < 5 && !b.isEmpty(); ++e)
                b[int(rng.bounded(int(b.size())))] = alphabet.at(int(rng.bounded(int(alphabet.size()))));
            const QList<DiffRun> runs = TextDiff::diff(a, b);
            QCOMPARE(joined(runs, DiffRun::Kind::Inserted), a);
            QCOMPARE(joined(runs, DiffRun::Kind::Deleted), b);
            for (int i = 1; i < runs.size(); ++i)
                QVERIFY(runs[i].kind != runs[i - 1].kind);
        }
    }

    void boundedOnUnrelatedTexts()
    {
        // Two unrelated 20,000-character texts: far past kMaxEdits, a coarse but correct result.
        QString a, b;
        for (int i = 0; i < 20000; ++i) {
            a += QChar(0x4E00 + (i * 7919) % 3000);
            b += QChar(0x4E00 + 3000 + (i * 104729) % 3000);
        }
        const QList<DiffRun> runs = TextDiff::diff(a, b);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(joined(runs, DiffRun::Kind::Inserted), a);
        QCOMPARE(joined(runs, DiffRun::Kind::Deleted), b);
    }

    void articleDiff()
    {
        QFile f(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Page page = TextImporter::pageFromText(QString::fromUtf8(f.readAll()), QStringLiteral("seed-page.txt"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const Article &a = doc.segmentation().articles.first();
        int body = 0;
        for (const Piece &p : a.pieces)
            if (p.role == Role::Body && !body)
                body = p.id;
        QVERIFY(body);
        const QString original = doc.pieceText(body);
        QString corrected = original;
        corrected.insert(2, QStringLiteral("【新】"));
        doc.undoStack()->push(new CorrectTextCommand(&doc, body, corrected));
        const QList<PieceDiff> pieces = ArticleDiff::forArticle(doc, a.id);
        QCOMPARE(pieces.size(), a.pieces.size());
        for (const PieceDiff &p : pieces) {
            QCOMPARE(p.corrected, p.pieceId == body);
            if (p.pieceId != body) {
                QCOMPARE(p.runs.size(), 1);
                QCOMPARE(p.runs.first().kind, DiffRun::Kind::Same);
                continue;
            }
            QCOMPARE(marked(p.runs), original.left(2) + QStringLiteral("{+【新】}") + original.mid(2));
        }
        QVERIFY(ArticleDiff::forArticle(doc, 999999).isEmpty());
    }
};

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
