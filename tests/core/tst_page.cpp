// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Page: conversions between UTF-16 positions and code points (the JSON and project files count code
// points), also across astral-plane characters (CJK Extension B, emoji).
#include "model/Page.h"

#include <QTest>

using namespace galley;

class TestPage : public QObject {
    Q_OBJECT
private slots:
    void offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bmp only") << QStringLiteral("赛罕区:产业升级");
        QTest::newRow("astral at start") << QStringLiteral("𠀀字标题 😀 正文");
        QTest::newRow("astral pairs in a row") << QStringLiteral("a𠀀𠀁𠀂b😀");
        QTest::newRow("empty") << QString();
    }
    void offsets()
    {
        QFETCH(QString, text);
        const Page page(text);
        const QList<uint> ucs4 = text.toUcs4();
        // Walk the code points: each one's UTF-16 position maps back to its index, both ways.
        qsizetype utf16 = 0;
        for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
            QCOMPARE(page.utf16Offset(cp), utf16);
            QCOMPARE(page.codePointOffset(utf16), cp);
            if (cp < ucs4.size())
                utf16 += QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
        }
        QCOMPARE(utf16, text.size());
    }
};

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
