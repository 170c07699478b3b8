// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7, item 12: every XML export (HTML, NITF, the content.xml of ODT) is well-formed XML for any
// text — unpaired surrogates, NUL and other C0 controls, U+FFFE/FFFF, "]]>", "<", "&", quotes — read
// back with QXmlStreamReader to the end without error. Characters XML cannot carry become U+FFFD
// (XmlText) and the export says so in one warning; everything else of the text survives.
#include "export/BatchExporter.h"
#include "export/ExportContent.h"
#include "export/ExportWriter.h"
#include "export/XmlText.h"
#include "edit/CorrectTextCommand.h"
#include "tst_export_fixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace galley;

Q_DECLARE_METATYPE(galley::ExportFormat)

namespace {

// Every character data of the document, or the parser's error.
struct Parsed {
    QString text;
    QString error;
};

Parsed parse(const QByteArray &xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            p.text += r.text();
    }
    if (r.hasError())
        p.error = QStringLiteral("line %1 column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
    return p;
}

// All C0 controls, NUL first; lone high and low surrogates; the noncharacters; XML's own markup.
QString hostile(const QString &tag)
{
    QString s = tag + QStringLiteral(" <&> \"q\" 'a' ]]> <![CDATA[ x ]]> &amp; --> <!-- ");
    for (char16_t c = 0; c < 0x20; ++c)
        s += QChar(c);
    s += QChar(0xD800);                       // lone high surrogate
    s += QStringLiteral("mid");
    s += QChar(0xDC00);                       // lone low surrogate
    s += QChar(0xDBFF);                       // high surrogate at the very end of a word …
    s += QStringLiteral("\uFFFE\uFFFF");
    s += QString::fromUcs4(U"𠀀");            // a proper pair stays
    s += QChar(0xD83D);                       // … and one at the very end of the string
    return s;
}

ExportPage hostilePage()
{
    ExportPage page;
    page.sourcePath = QStringLiteral("/tmp/") + hostile(QStringLiteral("path")) + QStringLiteral(".txt");
    page.pageNumber = 3;
    page.language = QStringLiteral("zh\" onload=\"x");
    auto article = [](int n) {
        ExportArticle a;
        a.id = n;
        a.number = n;
        a.headline = hostile(QStringLiteral("headline"));
        a.kicker = hostile(QStringLiteral("kicker"));
        a.subheadline = hostile(QStringLiteral("subheadline"));
        a.byline = hostile(QStringLiteral("byline"));
        a.paragraphs = {hostile(QStringLiteral("dateline")) + QStringLiteral(" rest"), hostile(QStringLiteral("body"))};
        a.dateline = hostile(QStringLiteral("dateline"));
        a.datelineRest = QStringLiteral("rest");
        for (Role r : {Role::TableTitle, Role::Table, Role::Note, Role::Credit, Role::Caption, Role::Credit, Role::JumpLine,
                       Role::Table, Role::Note, Role::Unknown}) {
            ExportItem item;
            item.role = r;
            item.text = hostile(roleName(r));
            if (r == Role::Table)
                item.rows = {{hostile(QStringLiteral("th")), QStringLiteral("b")}, {hostile(QStringLiteral("td")), QString()}};
            a.items.append(item);
        }
        return a;
    };
    page.articles = {article(1), article(2)};
    return page;
}

QByteArray odtContentXml(const QByteArray &odt, QString *skip)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        *skip = QStringLiteral("unzip not installed (packaging/install-deps.sh installs it)");
        return {};
    }
    QTemporaryDir tmp;
    QFile f(tmp.filePath(QStringLiteral("page.odt")));
    if (!f.open(QIODevice::WriteOnly) || f.write(odt) != odt.size())
        return {};
    f.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), f.fileName(), QStringLiteral("content.xml")});
    if (!unzip.waitForFinished() || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

} // namespace

class TestHostileExport : public QObject {
    Q_OBJECT
private slots:
    void xmlText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("本报讯 <a & b>") << QStringLiteral("本报讯 <a & b>");
        QTest::newRow("tab, LF, CR kept") << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\tb\nc\rd");
        QTest::newRow("NUL and ESC") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\x1B") << QStringLiteral("a\uFFFDb\uFFFD");
        QTest::newRow("C1 kept") << QStringLiteral("a\u0085b") << QStringLiteral("a\u0085b");
        QTest::newRow("lone high") << QStringLiteral("a") + QChar(0xD800) << QStringLiteral("a\uFFFD");
        QTest::newRow("lone low") << QChar(0xDC00) + QStringLiteral("a") << QStringLiteral("\uFFFDa");
        QTest::newRow("reversed pair") << QString(QChar(0xDC00)) + QChar(0xD800) << QStringLiteral("\uFFFD\uFFFD");
        QTest::newRow("pair kept") << QString::fromUcs4(U"x𠀀y") << QString::fromUcs4(U"x𠀀y");
        QTest::newRow("noncharacters") << QStringLiteral("\uFFFE\uFFFF\uFFFD") << QStringLiteral("\uFFFD\uFFFD\uFFFD");
    }
    void xmlText()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        qsizetype replaced = -1;
        QCOMPARE(XmlText::clean(in, &replaced), out);
        QCOMPARE(replaced, XmlText::countDisallowed(in));
        QCOMPARE(XmlText::clean(out), out);
    }

    void everyXmlWriterIsWellFormed_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<bool>("perArticle");
        for (ExportFormat f : {ExportFormat::Html, ExportFormat::Nitf, ExportFormat::Odt}) {
            QTest::addRow("%s page", qPrintable(ExportFormats::extension(f))) << f << false;
            QTest::addRow("%s one article", qPrintable(ExportFormats::extension(f))) << f << true;
        }
    }
    void everyXmlWriterIsWellFormed()
    {
        QFETCH(ExportFormat, format);
        QFETCH(bool, perArticle);
        const ExportPage full = hostilePage();
        const ExportPage page = perArticle ? ExportWriter::singleArticle(full, 1) : full;
        QString error;
        QByteArray xml = ExportWriter::render(format, page, &error);
        QVERIFY2(!xml.isEmpty(), qPrintable(error));
        if (format == ExportFormat::Odt) {
            QString skip;
            xml = odtContentXml(xml, &skip);
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QVERIFY(!xml.isEmpty());
        }
        const Parsed p = parse(xml);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        // The markup-like text is text, and the rest of each field survives around the replacements.
        QVERIFY(p.text.contains(QStringLiteral("<&> \"q\" 'a' ]]> <![CDATA[ x ]]> &amp; --> <!-- ")));
        QVERIFY(p.text.contains(QStringLiteral("\uFFFDmid\uFFFD\uFFFD\uFFFD\uFFFD") + QString::fromUcs4(U"𠀀") + QStringLiteral("\uFFFD")));
        QVERIFY(p.text.contains(QStringLiteral("headline")));
        QVERIFY(p.text.contains(QStringLiteral("body")));
        QVERIFY(!p.text.contains(QChar(0)));
    }

    void loneSurrogateInHeadlineThroughTheDocument()
    {
        // The reported case: one unpaired surrogate in a corrected headline turned the NITF into "<></>".
        auto doc = test::exportDocument();
        const int headline = doc->segmentation().articles[0].pieces[0].id;
        const QString corrected = QStringLiteral("小丽志愿服务队") + QChar(0xD800) + QStringLiteral("饮水思源") + QChar(0)
            + QStringLiteral("感党恩");
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), headline, corrected));
        QTemporaryDir tmp;
        for (ExportFormat f : {ExportFormat::Nitf, ExportFormat::Html, ExportFormat::PlainText, ExportFormat::Json}) {
            ExportOptions options;
            options.format = f;
            options.perArticle = true;
            options.targetDir = tmp.path();
            QStringList warnings;
            const QList<BatchExporter::RenderedFile> files = BatchExporter::render(*doc, options, QStringLiteral("page"), &warnings);
            QCOMPARE(files.size(), 3);
            QVERIFY(files[0].error.isEmpty());
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(QLatin1String("U+FFFD")), qPrintable(warnings.first()));
            const QString expected = QStringLiteral("小丽志愿服务队\uFFFD饮水思源\uFFFD感党恩");
            QVERIFY2(QString::fromUtf8(files[0].bytes).contains(expected), qPrintable(ExportFormats::extension(f)));
            if (f == ExportFormat::Nitf || f == ExportFormat::Html) {
                const Parsed p = parse(files[0].bytes);
                QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
                QVERIFY(p.text.contains(QStringLiteral("党建引领是小丽志愿服务队的鲜明底色。"))); // the body is all there
            }
        }
    }
};

QTEST_MAIN(TestHostileExport)
#include "tst_hostileexport.moc"
