// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_pdftext: the text of a PDF that PdfWriter wrote, read back with poppler-qt6 (PdfImporter), is
// the text that went in — em dashes stay em dashes (issue 9 item 9: "——" came back as U+2E3A, "———"
// as U+2E3B), ideographs stay ideographs (not the radicals that share their glyphs), a radical the
// text really holds stays a radical, and Latin ligature candidates ("office", "flow") keep their letters.
#include "export/PdfWriter.h"
#include "import/PdfImporter.h"

#include <QRegularExpression>
#include <QTest>

using namespace galley;

namespace {

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

ExportPage pageWith(const QStringList &paragraphs, const QString &language)
{
    ExportPage page;
    page.sourcePath = QStringLiteral("dashes.txt");
    page.language = language;
    ExportArticle a;
    a.id = 1;
    a.number = 1;
    a.headline = QStringLiteral("标题——破折号");
    a.paragraphs = paragraphs;
    page.articles = {a};
    return page;
}

QString extracted(const QByteArray &pdf)
{
    const ImportResult r = PdfImporter::importBytes(pdf, QStringLiteral("written.pdf"));
    if (!r.ok())
        return QStringLiteral("ERROR: ") + r.error;
    QString text;
    for (const Page &p : r.pages)
        text += p.text();
    return withoutSpace(text);
}

} // namespace

class TestPdfText : public QObject {
    Q_OBJECT
private slots:
    void textSurvives_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("em dashes") << QStringLiteral("zh-Hans")
                                   << QStringList{QStringLiteral("他说——这是真的。"), QStringLiteral("又说———还有,最后—一个。")};
        QTest::newRow("ideographs sharing radical glyphs") << QStringLiteral("zh-Hans")
                                                           << QStringList{QStringLiteral("大民人口出口,中国人民。")};
        QTest::newRow("a genuine radical") << QStringLiteral("zh-Hans") << QStringList{QStringLiteral("部首⼻表示行走。")};
        QTest::newRow("latin ligatures") << QStringLiteral("en")
                                         << QStringList{QStringLiteral("The office staff found the flow of traffic — and “quotes” — fine.")};
    }

    void textSurvives()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, paragraphs);
        const ExportPage page = pageWith(paragraphs, language);
        QString error;
        const QByteArray pdf = PdfWriter::write(page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = extracted(pdf);
        QVERIFY2(text.contains(withoutSpace(page.articles.first().headline)), qPrintable(text));
        for (const QString &p : paragraphs)
            QVERIFY2(text.contains(withoutSpace(p)), qPrintable(withoutSpace(p) + QStringLiteral(" not in ") + text));
        // Nothing appears that the text did not hold: no two- or three-em dash, no stray radical.
        const QString all = withoutSpace(paragraphs.join(QString()) + page.articles.first().headline);
        for (const char32_t c : text.toUcs4()) {
            if (c < 0x2E00 || c > 0x2FDF)
                continue;
            QVERIFY2(all.toUcs4().contains(c), qPrintable(QStringLiteral("U+%1 in %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(text)));
        }
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
