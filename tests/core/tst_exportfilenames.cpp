// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExportFileNamer: readable, safe file names from headlines (CJK kept), capped in UTF-8 bytes,
// numbered to stay unique case-insensitively.
#include "export/ExportFileNamer.h"

#include <QTest>

using namespace galley;

class TestExportFileNames : public QObject {
    Q_OBJECT
private slots:
    void safeName_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cjk-kept") << QStringLiteral("温馨地铁 情暖夕阳") << QStringLiteral("温馨地铁 情暖夕阳");
        QTest::newRow("colon") << QStringLiteral("赛罕区:产业升级添动能 高质量发展谱新篇") << QStringLiteral("赛罕区 产业升级添动能 高质量发展谱新篇");
        QTest::newRow("full-width-colon-kept") << QStringLiteral("赛罕区：产业升级") << QStringLiteral("赛罕区：产业升级");
        QTest::newRow("quotes") << QStringLiteral("\"新象共生 溢彩北疆\" 首届内蒙古新文艺群体美术作品展开展")
                                << QStringLiteral("新象共生 溢彩北疆 首届内蒙古新文艺群体美术作品展开展");
        QTest::newRow("all-unsafe") << QStringLiteral("a\\b/c:d*e?f\"g<h>i|j") << QStringLiteral("a b c d e f g h i j");
        QTest::newRow("control-and-newline") << QStringLiteral("Floods\nin the\tValley\x01") << QStringLiteral("Floods in the Valley");
        QTest::newRow("trailing-dots") << QStringLiteral("To be continued...") << QStringLiteral("To be continued");
        QTest::newRow("leading-dot-dash") << QStringLiteral(".-hidden") << QStringLiteral("hidden");
        QTest::newRow("windows-device") << QStringLiteral("CON") << QStringLiteral("CON_");
        QTest::newRow("windows-device-lower") << QStringLiteral("lpt1") << QStringLiteral("lpt1_");
        QTest::newRow("empty-after-cleaning") << QStringLiteral("???") << QString();
        QTest::newRow("nfc") << QStringLiteral("Cafe\u0301") << QStringLiteral("Café");
        // Issue 7, item 13: bidi controls, device names with an extension, lone surrogates.
        QTest::newRow("rtl-override") << QStringLiteral("Invoice \u202Egpj.exe") << QStringLiteral("Invoice gpj.exe");
        QTest::newRow("bidi-isolates-and-marks") << QStringLiteral("\u2066حريق\u2069 \u200Fفي\u200E \u061Cالميناء\u202A\u202C")
                                                 << QStringLiteral("حريق في الميناء");
        QTest::newRow("device-with-extension") << QStringLiteral("CON.txt") << QStringLiteral("CON_.txt");
        QTest::newRow("device-with-two-extensions") << QStringLiteral("nul.tar.gz") << QStringLiteral("nul_.tar.gz");
        QTest::newRow("device-space-before-dot") << QStringLiteral("aux .txt") << QStringLiteral("aux_ .txt");
        QTest::newRow("device-superscript") << QStringLiteral("COM\u00B9") << QStringLiteral("COM\u00B9_");
        QTest::newRow("device-com0") << QStringLiteral("com0.md") << QStringLiteral("com0_.md");
        QTest::newRow("device-hidden-by-override") << QStringLiteral("\u202ECON") << QStringLiteral("CON_");
        QTest::newRow("not-a-device") << QStringLiteral("CONCERT.txt") << QStringLiteral("CONCERT.txt");
        QTest::newRow("not-a-device-com10") << QStringLiteral("COM10") << QStringLiteral("COM10");
        QTest::newRow("trailing-dots-and-spaces") << QStringLiteral("Floods . . ") << QStringLiteral("Floods");
        QTest::newRow("lone-surrogate-and-bom") << QStringLiteral("Flood") + QChar(0xD800) + QStringLiteral("s\uFEFF") << QStringLiteral("Floods");
    }
    void safeName()
    {
        QFETCH(QString, headline);
        QFETCH(QString, expected);
        QCOMPARE(ExportFileNamer::safeName(headline), expected);
    }

    void cappedByUtf8Bytes()
    {
        // 80 Han characters are 240 bytes of UTF-8: cut to 50 characters (150 bytes).
        const QString longHeadline = QString(80, QChar(0x6587));
        const QString name = ExportFileNamer::safeName(longHeadline);
        QCOMPARE(name.toUtf8().size(), 150);
        QCOMPARE(name, QString(50, QChar(0x6587)));
        // Never cuts a surrogate pair or a combining sequence.
        const QString astral = QString::fromUcs4(U"𠀀").repeated(60); // 4 bytes each
        QCOMPARE(ExportFileNamer::safeName(astral).toUtf8().size(), 148);
        const QString combining = QStringLiteral("e\u0301\u0323").repeated(60); // a grapheme that NFC cannot fully compose
        const QString cut = ExportFileNamer::safeName(combining, 10);
        QCOMPARE(cut, QStringLiteral("\u1EB9\u0301").repeated(2)); // NFC form, 5 bytes per grapheme
        // A cut never leaves a trailing space.
        const QString spaced = QString(49, QChar(0x6587)) + QStringLiteral(" 尾巴");
        QVERIFY(!ExportFileNamer::safeName(spaced).endsWith(u' '));
    }

    void numberedToStayUnique()
    {
        ExportFileNamer namer;
        QCOMPARE(namer.claim(QStringLiteral("温馨地铁 情暖夕阳"), QStringLiteral("md")), QStringLiteral("温馨地铁 情暖夕阳.md"));
        QCOMPARE(namer.claim(QStringLiteral("温馨地铁 情暖夕阳"), QStringLiteral("md")), QStringLiteral("温馨地铁 情暖夕阳-2.md"));
        QCOMPARE(namer.claim(QStringLiteral("温馨地铁:情暖夕阳"), QStringLiteral("md")), QStringLiteral("温馨地铁 情暖夕阳-3.md"));
        QCOMPARE(namer.claim(QStringLiteral("Floods"), QStringLiteral("md")), QStringLiteral("Floods.md"));
        QCOMPARE(namer.claim(QStringLiteral("FLOODS"), QStringLiteral("md")), QStringLiteral("FLOODS-2.md")); // case-insensitive file systems
        QCOMPARE(namer.claim(QString(), QStringLiteral("md"), QStringLiteral("article-4")), QStringLiteral("article-4.md"));
        QCOMPARE(namer.claim(QStringLiteral("???"), QStringLiteral("md"), QStringLiteral("article-4")), QStringLiteral("article-4-2.md"));
        namer.reserve(QStringLiteral("taken.md"));
        QCOMPARE(namer.claim(QStringLiteral("taken"), QStringLiteral("md")), QStringLiteral("taken-2.md"));
    }

    void deviceNameHeadlineGetsSafeFileName()
    {
        // A headline "CON.txt" exported as Markdown was "CON.txt.md", which Windows opens as the console.
        ExportFileNamer namer;
        QCOMPARE(namer.claim(QStringLiteral("CON.txt"), QStringLiteral("md")), QStringLiteral("CON_.txt.md"));
        QCOMPARE(namer.claim(QStringLiteral("\u202Etxt.CON"), QStringLiteral("md")), QStringLiteral("txt.CON.md"));
        QCOMPARE(namer.claim(QStringLiteral("PRN"), QStringLiteral("md"), QStringLiteral("article-1")), QStringLiteral("PRN_.md"));
    }
};

QTEST_GUILESS_MAIN(TestExportFileNames)
#include "tst_exportfilenames.moc"
