// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the laid-out importers (PDF, ALTO, hOCR, PAGE, METS), the content sniffing that picks them,
// the geometry they put into Page/Block, and `galley segment` JSON giving every block a page and box.
// Hand-made samples live in tests/data/formats; real third-party samples are used from
// ../shared/formats and ../shared/dev-pages when present (skipped otherwise, never committed).
#include "export/AltoWriter.h"
#include "import/DocumentImporter.h"
#include "import/HocrImporter.h"
#include "import/TextImporter.h"
#include "import/WordLayout.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

QString formats(const QString &name)
{
    return QStringLiteral(GALLEY_TEST_DATA "/formats/") + name;
}

QString shared(const QString &path)
{
    return QDir::cleanPath(QStringLiteral(GALLEY_SOURCE_DIR "/../shared/") + path);
}

QStringList lineTexts(const Page &page, const Block &block)
{
    QStringList out;
    for (const LineGeometry &l : block.lines)
        out << page.textOf(l.span).toString();
    return out;
}

// Runs `galley segment ARGS --format json` and parses its standard output.
QJsonObject segmentJson(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(GALLEY_BINARY), QStringList{QStringLiteral("segment")} + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// A two-page PDF: page 1 a headline over two columns of Latin text, page 2 one line.
void writePdf(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    QFont head(QStringLiteral("DejaVu Sans"));
    head.setPixelSize(28);
    head.setBold(true);
    painter.setFont(head);
    painter.drawText(QPointF(60, 80), QStringLiteral("Storm Hits Coast"));
    QFont body(QStringLiteral("DejaVu Serif"));
    body.setPixelSize(10);
    painter.setFont(body);
    const QStringList left{QStringLiteral("High winds tore roofs"), QStringLiteral("from houses along the"), QStringLiteral("shore on Monday night.")};
    const QStringList right{QStringLiteral("Council meets today"), QStringLiteral("to plan the repairs"), QStringLiteral("of the old harbour.")};
    for (int i = 0; i < left.size(); ++i) {
        painter.drawText(QPointF(60, 130 + i * 13), left[i]);
        painter.drawText(QPointF(300, 130 + i * 13), right[i]);
    }
    pdf.newPage();
    painter.drawText(QPointF(60, 100), QStringLiteral("Second page text."));
    painter.end();
}

// ID → "HPOS VPOS WIDTH HEIGHT" of every String, TextLine and TextBlock, and ID → CONTENT of Strings.
void boxesAndContents(const QByteArray &alto, QMap<QString, QString> &boxes, QMap<QString, QString> &contents)
{
    QXmlStreamReader xml(alto);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement
            && (xml.name() == u"String" || xml.name() == u"TextLine" || xml.name() == u"TextBlock")) {
            const QXmlStreamAttributes a = xml.attributes();
            const QString id = a.value(QLatin1String("ID")).toString();
            if (id.isEmpty())
                continue;
            QStringList box;
            for (const char *k : {"HPOS", "VPOS", "WIDTH", "HEIGHT"})
                box << a.value(QLatin1String(k)).toString();
            boxes.insert(id, box.join(u' '));
            if (xml.name() == u"String")
                contents.insert(id, a.value(QLatin1String("CONTENT")).toString());
        }
}

// xmllint --schema alto-4-4.xsd with the offline catalog in ../shared/formats/schemas; "" when valid,
// "skip" when xmllint or the schemas are absent, else xmllint's complaint.
QString validateAlto4(const QByteArray &alto)
{
    const QString schemas = shared(QStringLiteral("formats/schemas"));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (!QFileInfo::exists(schemas + QStringLiteral("/alto-4-4.xsd")) || xmllint.isEmpty())
        return QStringLiteral("skip");
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("out.xml")));
    if (!f.open(QIODevice::WriteOnly) || f.write(alto) != alto.size())
        return QStringLiteral("cannot write");
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), schemas + QStringLiteral("/catalog.xml"));
    p.setProcessEnvironment(env);
    p.start(xmllint, {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                      schemas + QStringLiteral("/alto-4-4.xsd"), f.fileName()});
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError()).left(2000);
}

} // namespace

class TestDocumentImport : public QObject {
    Q_OBJECT

private slots:
    void plainTextKeepsWorkingWithoutGeometry()
    {
        const QByteArray bytes = "HEADLINE\n\nBody line one\nbody line two.\n\fPage two\n";
        const ImportResult viaText = TextImporter::importBytes(bytes, QStringLiteral("a.txt"));
        const ImportResult viaDispatch = DocumentImporter::importBytes(bytes, QStringLiteral("a.txt"));
        QVERIFY(viaDispatch.ok());
        QCOMPARE(viaDispatch.pages.size(), 2);
        QCOMPARE(viaDispatch.pages.size(), viaText.pages.size());
        QVERIFY(viaDispatch.segmentations.isEmpty());
        for (int i = 0; i < viaText.pages.size(); ++i) {
            const Page &p = viaDispatch.pages[i];
            QCOMPARE(p.text(), viaText.pages[i].text());
            QCOMPARE(p.pageNumber(), i + 1);
            QVERIFY(!p.hasGeometry());
            QCOMPARE(p.blocks().size(), viaText.pages[i].blocks().size());
            for (const Block &b : p.blocks()) {
                QVERIFY(!b.hasBox());
                QVERIFY(b.lines.isEmpty());
            }
            QVERIFY(p.boxOf({0, p.text().size()}).isNull());
        }
    }

    void sniffsByContentNotName()
    {
        QFile f(formats(QStringLiteral("hyphen-v4.xml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray alto = f.readAll();
        QCOMPARE(DocumentImporter::sniff(alto), SourceFormat::Alto);
        // Named .txt, still ALTO.
        const ImportResult r = DocumentImporter::importBytes(alto, QStringLiteral("renamed.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.first().geometryUnit(), GeometryUnit::Mm10);
        QCOMPARE(DocumentImporter::sniff("%PDF-1.7\n..."), SourceFormat::Pdf);
        QCOMPARE(DocumentImporter::sniff("<x>not a page format</x>"), SourceFormat::Text);
        QCOMPARE(DocumentImporter::sniff("<3 plain text that starts with a heart"), SourceFormat::Text);
        QCOMPARE(DocumentImporter::sniff("<?xml version='1.0'?><PcGts xmlns='x'/>"), SourceFormat::PageXml);
        QCOMPARE(DocumentImporter::sniff("<mets:mets xmlns:mets='http://www.loc.gov/METS/'/>"), SourceFormat::Mets);
        QCOMPARE(DocumentImporter::sniff("<!DOCTYPE html><html><body><div class='ocr_page'><br></div>"), SourceFormat::Hocr);
    }

    void altoV4BlocksLinesUnitsHyphenation()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("hyphen-v4.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        const Page &p = r.pages.first();
        QCOMPARE(p.geometryUnit(), GeometryUnit::Mm10);
        QCOMPARE(p.pageSize(), QSizeF(2900, 4100));
        QCOMPARE(p.imageName(), QStringLiteral("page-1.tif"));
        QCOMPARE(p.blocks().size(), 2);
        const Block &head = p.blocks()[0];
        QCOMPARE(head.sourceId, QStringLiteral("TB1"));
        QCOMPARE(head.box, QRectF(100, 100, 1200, 120));
        QCOMPARE(head.fontSize, 24.0);
        QVERIFY(head.bold);
        QCOMPARE(p.textOf(head.span), QStringLiteral("Harbour News"));
        const Block &body = p.blocks()[1];
        // The hyphenated word once, whole, at its first half; a HYP without SUBS_CONTENT stays printed.
        QCOMPARE(lineTexts(p, body), (QStringList{QStringLiteral("Ships left yesterday"), QStringLiteral("at dawn fare-"), QStringLiteral("well.")}));
        QCOMPARE(body.lines[1].box, QRectF(100, 350, 1200, 40));
        QCOMPARE(body.lines[0].fontSize, 9.0);
        QVERIFY(!body.bold);
        QCOMPARE(p.text().count(QStringLiteral("yesterday")), 1);
        QVERIFY(!p.text().contains(QStringLiteral("yester-")));
        // Box of a span: the union of the lines it touches.
        const qsizetype at = p.text().indexOf(QStringLiteral("dawn"));
        QCOMPARE(p.boxOf({at, at + 4}), QRectF(100, 350, 1200, 40));
        QCOMPARE(p.boxOf(body.span), QRectF(100, 300, 1200, 140));
    }

    void altoCcsNamespaceReadsAlike()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("ccs-1x.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Page &p = r.pages.first();
        QCOMPARE(p.geometryUnit(), GeometryUnit::Inch1200);
        QCOMPARE(p.text(), QStringLiteral("Good morning\nreaders."));
        QCOMPARE(p.blocks().first().fontSize, 8.0);
    }

    void badXmlNamesFileLineAndColumn()
    {
        const QString path = formats(QStringLiteral("broken-alto.xml"));
        const ImportResult r = DocumentImporter::importFile(path);
        QVERIFY(!r.ok());
        QVERIFY(r.pages.isEmpty());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": line 8, column ")), qPrintable(r.error));
        // Truncated at every length: an error or pages, never a crash or hang.
        QFile f(formats(QStringLiteral("hyphen-v4.xml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        for (qsizetype n = 1; n < whole.size(); n += 97) {
            const ImportResult cut = DocumentImporter::importBytes(whole.left(n), QStringLiteral("cut.xml"));
            QVERIFY(cut.ok() || !cut.error.isEmpty());
        }
        // An entity bomb is refused by the XML reader's expansion limit.
        QByteArray bomb = "<?xml version='1.0'?><!DOCTYPE alto [<!ENTITY a 'aaaaaaaaaa'>";
        for (int i = 1; i < 10; ++i)
            bomb += QStringLiteral("<!ENTITY %1 '&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;'>").arg(QChar(u'a' + i)).arg(QChar(u'a' + i - 1)).toLatin1();
        bomb += "]><alto><Layout><Page><TextBlock><TextLine><String CONTENT='&j;'/></TextLine></TextBlock></Page></Layout></alto>";
        const ImportResult b = DocumentImporter::importBytes(bomb, QStringLiteral("bomb.xml"));
        QVERIFY(!b.ok() || b.pages.first().text().size() < 10 * 1000 * 1000);
    }

    void hocrParagraphsLinesWords()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("sample.hocr")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Page &p = r.pages.first();
        QCOMPARE(p.geometryUnit(), GeometryUnit::Pixel);
        QCOMPARE(p.pageSize(), QSizeF(1000, 1400));
        QCOMPARE(p.imageName(), QStringLiteral("scan 1.png"));
        QCOMPARE(p.blocks().size(), 2);
        QCOMPARE(p.blocks()[0].sourceId, QStringLiteral("par_1"));
        QCOMPARE(p.textOf(p.blocks()[0].span), QStringLiteral("Tom & Jerry"));
        QCOMPARE(p.blocks()[0].box, QRectF(QPointF(50, 40), QPointF(950, 100)));
        QCOMPARE(lineTexts(p, p.blocks()[1]), (QStringList{QStringLiteral("Cats chase"), QStringLiteral("mice.")}));
        QCOMPARE(p.blocks()[1].lines[0].box, QRectF(QPointF(50, 120), QPointF(950, 160)));
        QCOMPARE(p.blocks()[1].lines[0].fontSize, 9.0);
        QCOMPARE(HocrImporter::titleProperty(u"bbox 1 2 3 4, x_confs 9 9", u"x_confs"), QStringLiteral("9 9"));
        QCOMPARE(HocrImporter::titleProperty(u"image '/a;b.png'; bbox 0 0 5 5", u"bbox"), QStringLiteral("0 0 5 5"));
    }

    void pageXmlReadingOrderAndWords()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("sample-2019.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Page &p = r.pages.first();
        QCOMPARE(p.geometryUnit(), GeometryUnit::Pixel);
        QCOMPARE(p.pageSize(), QSizeF(2000, 3000));
        QCOMPARE(p.imageName(), QStringLiteral("scan.tif"));
        QCOMPARE(p.blocks().size(), 2);
        // ReadingOrder puts the heading first although the body comes first in the file.
        QCOMPARE(p.blocks()[0].sourceId, QStringLiteral("r_head"));
        QCOMPARE(p.blocks()[0].fontSize, 30.0);
        QVERIFY(p.blocks()[0].bold);
        QCOMPARE(p.text(), QStringLiteral("The Headline\n\nWords only\nA line with its own text."));
        QCOMPARE(p.blocks()[1].box, QRectF(QPointF(100, 400), QPointF(1900, 600)));
    }

    void pageXmlArticleTagsOpenAsArticles()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("tagged-2013.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.segmentations.size(), 1);
        ReviewDocument doc(r.pages.first(), r.segmentations.first());
        QCOMPARE(doc.segmentation().articles.size(), 2);
        QCOMPARE(doc.headline(0), QStringLiteral("Zürich."));
        QCOMPARE(doc.segmentation().articles[0].pieces.size(), 2);
        QCOMPARE(doc.page().textOf(doc.segmentation().articles[1].pieces.first().span), QStringLiteral("Bern meldet Schnee."));
        QCOMPARE(doc.segmentation().furniture.size(), 1);
        QCOMPARE(doc.page().textOf(doc.segmentation().furniture.first().span), QStringLiteral("Nr. 62"));
        // Without tags (sample-2019.xml) the engine segments as usual.
        QVERIFY(DocumentImporter::importFile(formats(QStringLiteral("sample-2019.xml"))).segmentations.isEmpty());
    }

    void metsArticlesOpenAsArticles()
    {
        const ImportResult r = DocumentImporter::importFile(formats(QStringLiteral("mets/issue-mets.xml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 2);
        QCOMPARE(r.segmentations.size(), 2);
        QCOMPARE(r.pages[1].pageNumber(), 2);
        QVERIFY(r.pages[0].sourcePath().endsWith(QStringLiteral("mets/alto/p1.xml")));
        // Page 1: the "Flood" article (headline + first paragraph); the advertisement is furniture.
        ReviewDocument one(r.pages[0], r.segmentations[0]);
        QCOMPARE(one.segmentation().articles.size(), 1);
        QCOMPARE(one.headline(0), QStringLiteral("River floods"));
        QCOMPARE(one.paragraphs(0), QStringList{QStringLiteral("The river rose.")});
        QCOMPARE(one.segmentation().furniture.size(), 1);
        QCOMPARE(one.pieceText(one.segmentation().furniture.first().id), QStringLiteral("Buy soap!"));
        // Page 2: the rest of "Flood" (a whole block) and "Market" (a word range); the rest is furniture.
        ReviewDocument two(r.pages[1], r.segmentations[1]);
        QCOMPARE(two.segmentation().articles.size(), 2);
        QCOMPARE(two.paragraphs(0), QStringList{QStringLiteral("Boats sank.")});
        QCOMPARE(two.paragraphs(1), QStringList{QStringLiteral("Wheat fell.")});
        QCOMPARE(two.segmentation().furniture.size(), 1);
        QCOMPARE(two.pieceText(two.segmentation().furniture.first().id), QStringLiteral("Weather: rain."));
        // Every piece lies inside its block.
        for (int k = 0; k < 2; ++k)
            for (const Piece &piece : r.segmentations[k].allPieces()) {
                const Block &b = r.pages[k].blocks()[piece.block];
                QVERIFY(piece.span.start >= b.span.start && piece.span.end <= b.span.end);
            }
    }

    void metsMissingAltoIsAnError()
    {
        QTemporaryDir dir;
        QFile::copy(formats(QStringLiteral("mets/issue-mets.xml")), dir.filePath(QStringLiteral("m.xml")));
        const ImportResult r = DocumentImporter::importFile(dir.filePath(QStringLiteral("m.xml")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("ALTO1")) && r.error.contains(QStringLiteral("no such file")), qPrintable(r.error));
    }

    void wordLayoutColumnsAndReadingOrder()
    {
        // A headline over two columns of two lines each; words given in a scrambled order.
        QList<WordLayout::Word> words{
            {QStringLiteral("right2"), QRectF(200, 74, 60, 10), false},
            {QStringLiteral("left1a"), QRectF(10, 60, 40, 10), true},
            {QStringLiteral("Headline"), QRectF(10, 20, 250, 30), false},
            {QStringLiteral("left1b"), QRectF(53, 60, 40, 10), false},
            {QStringLiteral("right1"), QRectF(200, 60, 60, 10), false},
            {QStringLiteral("left2"), QRectF(10, 74, 80, 10), false},
        };
        const QList<WordLayout::Block> blocks = WordLayout::layout(words);
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].lines.first().text, QStringLiteral("Headline"));
        QCOMPARE(blocks[1].lines.size(), 2);
        QCOMPARE(blocks[1].lines[0].text, QStringLiteral("left1a left1b"));
        QCOMPARE(blocks[1].lines[1].text, QStringLiteral("left2"));
        QCOMPARE(blocks[2].lines[0].text, QStringLiteral("right1"));
        QCOMPARE(blocks[2].box, QRectF(200, 60, 60, 24));
        // CJK characters join without a space.
        const QList<WordLayout::Block> cjk = WordLayout::layout({{QStringLiteral("新年"), QRectF(0, 0, 20, 10), false},
                                                                 {QStringLiteral("讲话"), QRectF(21, 0, 20, 10), false}});
        QCOMPARE(cjk.first().lines.first().text, QStringLiteral("新年讲话"));
    }

    void pdfPagesBlocksAndBoxes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.pdf"));
        writePdf(path);
        const ImportResult r = DocumentImporter::importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 2);
        const Page &p = r.pages.first();
        QCOMPARE(p.geometryUnit(), GeometryUnit::PdfPoint);
        QCOMPARE(p.pageNumber(), 1);
        QCOMPARE(r.pages[1].pageNumber(), 2);
        QVERIFY(qAbs(p.pageSize().width() - 595) < 1 && qAbs(p.pageSize().height() - 842) < 1);
        QCOMPARE(p.blocks().size(), 3);
        QCOMPARE(p.textOf(p.blocks()[0].span), QStringLiteral("Storm Hits Coast"));
        QCOMPARE(lineTexts(p, p.blocks()[1]).first(), QStringLiteral("High winds tore roofs"));
        QCOMPARE(p.blocks()[1].lines.size(), 3);
        QCOMPARE(lineTexts(p, p.blocks()[2]).last(), QStringLiteral("of the old harbour."));
        const QRectF left = p.blocks()[1].box, right = p.blocks()[2].box;
        QVERIFY2(left.left() > 55 && left.left() < 65 && left.right() < 300 && right.left() > 295, qPrintable(QStringLiteral("%1 %2").arg(left.left()).arg(right.left())));
        QVERIFY(left.top() > 110 && left.top() < 135); // y down from the top of the page
        QVERIFY(p.blocks()[0].fontSize > p.blocks()[1].fontSize * 2);
        QCOMPARE(r.pages[1].text(), QStringLiteral("Second page text."));
    }

    void pdfWithoutTextOrBrokenIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blank.pdf"));
        {
            QPdfWriter pdf(path);
            QPainter painter(&pdf);
            painter.drawRect(10, 10, 100, 100);
        }
        ImportResult r = DocumentImporter::importFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, path + QStringLiteral(": no text in the PDF (1 page; a scan without a text layer?)"));
        r = DocumentImporter::importBytes("%PDF-1.4\ngarbage", QStringLiteral("bad.pdf"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("bad.pdf: ")), qPrintable(r.error));
    }

    void segmentJsonGivesPageAndBox()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("two.pdf"));
        writePdf(pdf);
        int code = -1;
        const QJsonObject out = segmentJson({pdf}, &code);
        QCOMPARE(code, 0);
        // One PDF of two pages is one document (an issue, docs/issues.md): one object; every piece
        // names its printed page (1 or 2, both seen) and has a box in points.
        QVERIFY(!out.contains(QStringLiteral("pages")));
        QCOMPARE(out.value(QStringLiteral("units")).toString(), QStringLiteral("pt"));
        QCOMPARE(out.value(QStringLiteral("page_size")).toArray().size(), 2);
        const QJsonArray printed = out.value(QStringLiteral("printed_pages")).toArray();
        QCOMPARE(printed.size(), 2);
        for (const QJsonValue &p : printed)
            QCOMPARE(p.toObject().value(QStringLiteral("page_size")).toArray().size(), 2);
        QSet<int> seen;
        int blocks = 0;
        auto check = [&](const QJsonArray &list) {
            for (const QJsonValue &v : list) {
                const QJsonObject b = v.toObject();
                const int page = b.value(QStringLiteral("page")).toInt();
                QVERIFY(page == 1 || page == 2);
                seen.insert(page);
                const QJsonArray box = b.value(QStringLiteral("bbox")).toArray();
                QCOMPARE(box.size(), 4);
                QVERIFY(box[0].toDouble() < box[2].toDouble() && box[1].toDouble() < box[3].toDouble());
                ++blocks;
            }
        };
        for (const QJsonValue &a : out.value(QStringLiteral("articles")).toArray())
            check(a.toObject().value(QStringLiteral("blocks")).toArray());
        check(out.value(QStringLiteral("furniture")).toArray());
        QVERIFY(blocks > 0);
        QCOMPARE(seen, (QSet<int>{1, 2}));
        // ALTO: the file's own unit; METS: the articles it declares.
        const QJsonObject alto = segmentJson({formats(QStringLiteral("hyphen-v4.xml"))});
        QCOMPARE(alto.value(QStringLiteral("units")).toString(), QStringLiteral("mm10"));
        const QJsonObject mets = segmentJson({formats(QStringLiteral("mets/issue-mets.xml"))});
        QCOMPARE(mets.value(QStringLiteral("printed_pages")).toArray().size(), 2);
        QCOMPARE(mets.value(QStringLiteral("articles")).toArray().first().toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("River floods"));
        // Plain text: no geometry keys at all.
        const QJsonObject text = segmentJson({QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")});
        QVERIFY(!text.contains(QStringLiteral("units")));
        QVERIFY(!QJsonDocument(text).toJson().contains("\"bbox\""));
    }

    void altoAlignsCorrectedWords()
    {
        const QStringList orig{QStringLiteral("Tne"), QStringLiteral("cat"), QStringLiteral("sat.")};
        QCOMPARE(AltoWriter::alignWords(orig, {QStringLiteral("The"), QStringLiteral("cat"), QStringLiteral("sat.")}),
                 (QStringList{QStringLiteral("The"), QStringLiteral("cat"), QStringLiteral("sat.")}));
        // Extra words go to the last differing String; missing ones leave it empty.
        QCOMPARE(AltoWriter::alignWords(orig, {QStringLiteral("The"), QStringLiteral("black"), QStringLiteral("cat"), QStringLiteral("sat.")}),
                 (QStringList{QStringLiteral("The black"), QStringLiteral("cat"), QStringLiteral("sat.")}));
        QCOMPARE(AltoWriter::alignWords(orig, {QStringLiteral("cat"), QStringLiteral("sat.")}),
                 (QStringList{QString(), QStringLiteral("cat"), QStringLiteral("sat.")}));
    }

    void altoExportKeepsCoordinatesWithCorrections()
    {
        const QString path = formats(QStringLiteral("hyphen-v4.xml"));
        const ImportResult r = DocumentImporter::importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        Page page = r.pages.first();
        Segmentation seg = Segmenter::segment(page);
        ReviewDocument doc(page, seg);
        // Correct the piece holding "Ships left yesterday …": a word and the hyphenated word.
        int pieceId = -1;
        for (const Piece &p : doc.segmentation().allPieces())
            if (doc.page().textOf(p.span).contains(QStringLiteral("Ships")))
                pieceId = p.id;
        QVERIFY(pieceId > 0);
        doc.setCorrection(pieceId, QStringLiteral("Ships left yesterdays at dusk fare- well."));
        QByteArray out;
        QString error;
        QVERIFY2(AltoWriter::write(doc, out, error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMap<QString, QString> boxesIn, contentsIn, boxesOut, contentsOut;
        boxesAndContents(f.readAll(), boxesIn, contentsIn);
        boxesAndContents(out, boxesOut, contentsOut);
        QCOMPARE(boxesOut, boxesIn); // every coordinate kept
        QCOMPARE(contentsOut.value(QStringLiteral("S8")), QStringLiteral("dusk"));
        QCOMPARE(contentsOut.value(QStringLiteral("S3")), QStringLiteral("Ships"));
        // The whole word corrected: the second half keeps its printed length ("day" → "ays").
        QCOMPARE(contentsOut.value(QStringLiteral("S5")), QStringLiteral("yesterd"));
        QCOMPARE(contentsOut.value(QStringLiteral("S6")), QStringLiteral("ays"));
        QVERIFY(out.contains("SUBS_CONTENT=\"yesterdays\""));
        QVERIFY(out.contains("<MeasurementUnit>mm10</MeasurementUnit>"));
        const QString invalid = validateAlto4(out);
        if (invalid == QLatin1String("skip"))
            QSKIP("xmllint or ../shared/formats/schemas absent: not validated");
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    }

    void altoExportOfTextIsRefused()
    {
        ReviewDocument doc(TextImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")).pages.first(), Segmentation());
        QByteArray out;
        QString error;
        QVERIFY(!AltoWriter::write(doc, out, error));
        QVERIFY2(error.contains(QStringLiteral("plain text has no boxes")), qPrintable(error));
    }

    void sharedAltoExportValidates()
    {
        for (const char *name : {"formats/alto/ccs-1x_chronam-1903/ocr.xml", "formats/alto/docworks-1.4_jdpl-1821/ALTO/18210801_1-0001.xml",
                                 "formats/alto/v2_onb-1772/00000007.xml", "formats/alto/v3-mm10_bnl-luxzeit-1858/text/1858-12-07_01-00001.xml",
                                 "formats/alto/v3_tesseract-4.1/testfile.xml"}) {
            const QString path = shared(QLatin1String(name));
            if (!QFileInfo::exists(path))
                QSKIP("../shared/formats is absent");
            const ImportResult r = DocumentImporter::importFile(path);
            QVERIFY2(r.ok(), qPrintable(r.error));
            Page page = r.pages.first();
            Segmentation seg = Segmenter::segment(page);
            ReviewDocument doc(page, seg);
            const Piece first = doc.segmentation().allPieces().first();
            // A changed word keeps its box (inserted, split or merged words get new boxes: tst_xmlexport).
            QStringList words = doc.rawPieceText(first.id).simplified().split(u' ');
            words[0] = QStringLiteral("Corrected");
            doc.setCorrection(first.id, words.join(u' '));
            QByteArray out;
            QString error;
            QVERIFY2(AltoWriter::write(doc, out, error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QMap<QString, QString> boxesIn, contentsIn, boxesOut, contentsOut;
            boxesAndContents(f.readAll(), boxesIn, contentsIn);
            boxesAndContents(out, boxesOut, contentsOut);
            for (auto it = boxesOut.begin(); it != boxesOut.end();) // Strings without ID get one (METS ranges name them)
                it = boxesIn.contains(it.key()) ? std::next(it) : boxesOut.erase(it);
            QCOMPARE(boxesOut, boxesIn);
            const QString invalid = validateAlto4(out);
            if (invalid == QLatin1String("skip"))
                QSKIP("xmllint or schemas absent");
            QVERIFY2(invalid.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), invalid)));
        }
    }

    // --- Real samples from ../shared (skipped when absent) ---

    void sharedAltoSamples()
    {
        const QString chronam = shared(QStringLiteral("formats/alto/ccs-1x_chronam-1903/ocr.xml"));
        if (!QFileInfo::exists(chronam))
            QSKIP("../shared/formats is absent");
        ImportResult r = DocumentImporter::importFile(chronam);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.first().geometryUnit(), GeometryUnit::Inch1200);
        QCOMPARE(r.pages.first().blocks().size(), 46); // 47 TextBlocks, one without any String CONTENT
        QVERIFY(r.pages.first().text().contains(QStringLiteral("Harbor")));
        QVERIFY(!r.pages.first().text().contains(QStringLiteral("Har-\nbor")));
        struct Sample {
            const char *path;
            GeometryUnit unit;
        };
        const Sample samples[] = {
            {"formats/alto/docworks-1.4_jdpl-1821/ALTO/18210801_1-0001.xml", GeometryUnit::Pixel},
            {"formats/alto/v2_onb-1772/00000007.xml", GeometryUnit::Pixel},
            {"formats/alto/v3-mm10_bnl-luxzeit-1858/text/1858-12-07_01-00001.xml", GeometryUnit::Mm10},
            {"formats/alto/v3_tesseract-4.1/testfile.xml", GeometryUnit::Pixel},
            {"formats/alto/v4_escriptorium-kraken/bsb00084914_00007.xml", GeometryUnit::Pixel},
        };
        for (const Sample &s : samples) {
            r = DocumentImporter::importFile(shared(QLatin1String(s.path)));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.pages.first().geometryUnit(), s.unit);
            for (const Block &b : r.pages.first().blocks())
                QVERIFY2(b.hasBox() && !b.lines.isEmpty(), s.path);
        }
    }

    void sharedHocrAndPageSamples()
    {
        const QString dir = shared(QStringLiteral("formats"));
        if (!QFileInfo::exists(dir))
            QSKIP("../shared/formats is absent");
        for (const char *name : {"hocr/417576986_0012.hocr", "hocr/417576986_0013.hocr", "hocr/kraken_bw_example.hocr",
                                 "page/PAGE_0017_PAGE.xml", "page/page_test.xml"}) {
            const ImportResult r = DocumentImporter::importFile(dir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.pages.first().geometryUnit(), GeometryUnit::Pixel);
            int lines = 0;
            for (const Block &b : r.pages.first().blocks())
                for (const LineGeometry &l : b.lines) {
                    QVERIFY2(!l.box.isNull(), name);
                    ++lines;
                }
            QVERIFY2(lines >= 10, name);
        }
        // The kraken file separates title properties with commas.
        const ImportResult kraken = DocumentImporter::importFile(dir + QStringLiteral("/hocr/kraken_bw_example.hocr"));
        QCOMPARE(kraken.pages.first().pageSize().isEmpty(), false);
        // The NZZ ground truth has empty Unicode: a clear message, not a crash.
        const ImportResult nzz = DocumentImporter::importFile(dir + QStringLiteral("/page/0033_nzz_18120804_0_0_a1_p1_1.xml"));
        QVERIFY(!nzz.ok());
        QVERIFY(nzz.error.contains(QStringLiteral("no text")));
    }

    void sharedMetsIssuesOpenAsArticles_data()
    {
        QTest::addColumn<QString>("mets");
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("articles");
        QTest::addColumn<QString>("firstHeadline");
        QTest::newRow("JDPL 1821") << QStringLiteral("formats/alto/docworks-1.4_jdpl-1821/18210801_1-METS.xml") << 4 << 10 << QString();
        QTest::newRow("BnL 1858") << QStringLiteral("formats/alto/v3-mm10_bnl-luxzeit-1858/2385348_newspaper_luxzeit1858_1858-12-07_01-mets.xml")
                                  << 4 << 0 << QStringLiteral("Revue politique.");
    }

    void sharedMetsIssuesOpenAsArticles()
    {
        QFETCH(QString, mets);
        QFETCH(int, pages);
        QFETCH(int, articles);
        QFETCH(QString, firstHeadline);
        if (!QFileInfo::exists(shared(mets)))
            QSKIP("../shared/formats is absent");
        const ImportResult r = DocumentImporter::importFile(shared(mets));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), pages);
        QCOMPARE(r.segmentations.size(), pages);
        QSet<QString> labels;
        int parts = 0;
        for (int i = 0; i < pages; ++i) {
            const Segmentation &seg = r.segmentations[i];
            parts += int(seg.articles.size());
            for (const Article &a : seg.articles)
                labels.insert(a.pieces.first().reasons.first());
        }
        QVERIFY(parts >= 10);
        if (articles > 0)
            QCOMPARE(labels.size(), articles); // an article spanning pages is one label on each page
        if (!firstHeadline.isEmpty()) {
            ReviewDocument doc(r.pages.first(), r.segmentations.first());
            QCOMPARE(doc.headline(0), firstHeadline);
        }
    }

    void sharedTypesetPdf()
    {
        const QString pdf = shared(QStringLiteral("dev-pages/zh-typeset/ts-01.pdf"));
        if (!QFileInfo::exists(pdf))
            QSKIP("../shared/dev-pages is absent");
        const ImportResult r = DocumentImporter::importFile(pdf);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        const Page &p = r.pages.first();
        QVERIFY(p.text().contains(QStringLiteral("迈向充满希望的新世纪——一九九八年新年讲话")));
        for (const Block &b : p.blocks()) {
            QVERIFY(b.hasBox());
            QVERIFY(QRectF(QPointF(0, 0), p.pageSize()).contains(b.box));
        }
        Page page = p;
        const Segmentation seg = Segmenter::segment(page);
        QVERIFY(!seg.articles.isEmpty());
    }
};

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
