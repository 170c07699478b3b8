// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_ocrsuspects: OCR suspects decided from ICU's dictionary and the system word list (issue 9
// item 6) — 出口, 人口, 路口 are words, not suspects; 人曰 and 今曰 are; rnodern and c1ass are, modern
// is not — the error series groups them and one ReplaceAllCommand fixes a selection of one.
#include "edit/ReplaceAllCommand.h"
#include "import/TextImporter.h"
#include "review/OcrSuspects.h"
#include "segment/Segmenter.h"

#include <QFile>
#include <QTest>

using namespace galley;

namespace {

QStringList forms(const QList<OcrSuspect> &list)
{
    QStringList out;
    for (const OcrSuspect &s : list)
        out << s.form + QStringLiteral("→") + s.suggestion;
    return out;
}

} // namespace

class TestOcrSuspects : public QObject {
    Q_OBJECT
private slots:
    void chineseWordsAreNotSuspects()
    {
        // Every 口 here is inside a word: none is a suspect (the old look-alike rule marked them all).
        const QString text = QStringLiteral("出口贸易增长,人口普查开始,路口设有信号灯,窗口服务,口号响亮。2006年8月3日,已经完成。由内蒙古出发。");
        QCOMPARE(forms(OcrSuspects::inText(text)), QStringList());
    }

    void chineseConfusionsAreSuspects()
    {
        const QString text = QStringLiteral("统计人曰,今曰开幕。");
        const QList<OcrSuspect> found = OcrSuspects::inText(text, 7);
        QCOMPARE(forms(found), (QStringList{QStringLiteral("人曰→人口"), QStringLiteral("今曰→今日")}));
        for (const OcrSuspect &s : found) {
            QCOMPARE(s.pieceId, 7);
            QCOMPARE(text.mid(s.start, s.length), s.form);
        }
    }

    void latinWordsFromTheWordList()
    {
        if (!OcrSuspects::wordListAvailable())
            QSKIP("no word list in /usr/share/dict (Debian package wamerican or wbritish)");
        const QString text = QStringLiteral("The rnodern office opened a c1ass for modern readers, tbe city said.");
        QCOMPARE(forms(OcrSuspects::inText(text)),
                 (QStringList{QStringLiteral("rnodern→modern"), QStringLiteral("c1ass→class"), QStringLiteral("tbe→the")}));
        // Words of the list, numbers and names the list does not know but no confusion explains: none.
        QCOMPARE(forms(OcrSuspects::inText(QStringLiteral("In 2024 Kowalski met 45 readers at the modern office."))), QStringList());
    }

    void seriesAndOneStepFix()
    {
        const QString text = QStringLiteral("标题\n\n统计人曰,登记人曰,调查人曰。出口增长。\n");
        Page page = TextImporter::pageFromText(text, QStringLiteral("suspects.txt"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const QList<OcrSuspect> all = OcrSuspects::find(doc);
        const QList<OcrErrorSeries> series = OcrSuspects::series(all);
        QVERIFY(!series.isEmpty());
        QCOMPARE(series.first().form, QStringLiteral("人曰"));
        QCOMPARE(series.first().suggestion, QStringLiteral("人口"));
        QCOMPARE(series.first().occurrences.size(), 3);
        // Fix two of the three in one step.
        const QList<OcrSuspect> chosen = series.first().occurrences.mid(0, 2);
        const QHash<int, QString> texts = OcrSuspects::fixTexts(doc, chosen, series.first().suggestion);
        QVERIFY(!texts.isEmpty());
        const int before = doc.undoStack()->count();
        doc.undoStack()->push(new ReplaceAllCommand(&doc, texts));
        QCOMPARE(doc.undoStack()->count(), before + 1);
        const QList<OcrErrorSeries> after = OcrSuspects::series(OcrSuspects::find(doc));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().occurrences.size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(OcrSuspects::series(OcrSuspects::find(doc)).first().occurrences.size(), 3);
        // An occurrence whose text changed since is left alone.
        OcrSuspect stale = chosen.first();
        stale.form = QStringLiteral("别的");
        QVERIFY(OcrSuspects::fixTexts(doc, {stale}, QStringLiteral("人口")).isEmpty());
    }

    void seedPageHasNoLookAlikeNoise()
    {
        QFile f(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Page page = TextImporter::pageFromText(QString::fromUtf8(f.readAll()), QStringLiteral("seed-page.txt"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const QList<OcrSuspect> found = OcrSuspects::find(doc);
        // 突破口, 伤口, 口号 … are words; what is left is few and each gives a word.
        int kou = 0;
        for (const QChar c : page.text())
            kou += c == QChar(0x53E3) ? 1 : 0;
        QVERIFY(kou >= 3);
        for (const OcrSuspect &s : found)
            QVERIFY2(!s.form.contains(QChar(0x53E3)) || s.suggestion != s.form, qPrintable(s.form));
        qInfo("seed page: %d suspects (%s), %d 口 on the page", int(found.size()), qPrintable(forms(found).join(QLatin1Char(' '))), kou);
        // The one left is a real OCR slip of the page: 注人强劲动力 for 注入强劲动力.
        QCOMPARE(forms(found), QStringList{QStringLiteral("注人→注入")});
    }
};

QTEST_MAIN(TestOcrSuspects)
#include "tst_ocrsuspects.moc"
