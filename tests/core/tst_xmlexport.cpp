// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ALTO 4 + METS and PAGE 2019 export: corrections made with the real undo commands, files written by
// BatchExporter (as `galley export` and the Export dialog do), validated with xmllint against the
// schemas in ../shared/formats/schemas (offline catalog), and read back: coordinates identical for
// untouched words, corrected text present, the same articles. Real samples from ../shared/formats
// when present (skipped otherwise, never committed); tests/data/formats/xmlexport/harbour.alto.xml and
// article-order.page.xml (an article ordered against the order of its lines) are our own.
#include "edit/CorrectTextCommand.h"
#include "edit/MergeArticlesCommand.h"
#include "edit/ReorderPieceCommand.h"
#include "edit/SetRoleCommand.h"
#include "export/AltoWriter.h"
#include "export/BatchExporter.h"
#include "export/PageXmlWriter.h"
#include "export/WordCorrections.h"
#include "import/DocumentImporter.h"
#include "import/PageXmlImporter.h"
#include "import/TextImporter.h"
#include "project/ProjectFile.h"
#include "segment/Segmenter.h"
#include "support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace galley;

namespace {

QString shared(const QString &path) { return QDir::cleanPath(QStringLiteral(GALLEY_SOURCE_DIR "/../shared/formats/") + path); }
QString data(const QString &path) { return QStringLiteral(GALLEY_TEST_DATA "/formats/") + path; }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// xmllint --noout --schema XSD with the offline catalog: "" when valid, "skip" when xmllint or the
// schemas are absent, else xmllint's complaint.
QString validate(const QString &file, const QString &xsd)
{
    const QString schemas = shared(QStringLiteral("schemas"));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (!QFileInfo::exists(schemas + u'/' + xsd) || xmllint.isEmpty())
        return QStringLiteral("skip");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"), schemas + QStringLiteral("/catalog.xml"));
    p.setProcessEnvironment(env);
    p.start(xmllint, {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), schemas + u'/' + xsd, file});
    if (!p.waitForFinished(180000))
        return QStringLiteral("xmllint did not finish");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError()).left(3000);
}

// ID → "HPOS VPOS WIDTH HEIGHT" of every TextBlock, TextLine and String of an ALTO file.
QMap<QString, QString> altoBoxes(const QByteArray &alto, QMap<QString, QString> *contents = nullptr)
{
    QMap<QString, QString> boxes;
    QXmlStreamReader xml(alto);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement
            && (xml.name() == u"TextBlock" || xml.name() == u"TextLine" || xml.name() == u"String")) {
            const QXmlStreamAttributes a = xml.attributes();
            const QString id = a.value(QLatin1String("ID")).toString();
            if (id.isEmpty())
                continue;
            QStringList box;
            for (const char *k : {"HPOS", "VPOS", "WIDTH", "HEIGHT"})
                box << a.value(QLatin1String(k)).toString();
            boxes.insert(id, box.join(u' '));
            if (contents && xml.name() == u"String")
                contents->insert(id, a.value(QLatin1String("CONTENT")).toString());
        }
    return boxes;
}

// id → Coords points of every TextRegion, TextLine and Word of a PAGE file (white space collapsed).
QMap<QString, QString> pageCoords(const QByteArray &page)
{
    QMap<QString, QString> coords;
    QXmlStreamReader xml(page);
    QStringList open; // ids of the open TextRegion/TextLine/Word elements ("" for other elements)
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const bool kind = xml.name() == u"TextRegion" || xml.name() == u"TextLine" || xml.name() == u"Word";
            if (xml.name() == u"Coords" && !open.isEmpty() && !open.last().isEmpty() && !coords.contains(open.last()))
                coords.insert(open.last(), xml.attributes().value(QLatin1String("points")).toString().simplified());
            open << (kind ? xml.attributes().value(QLatin1String("id")).toString() : QString());
        } else if (t == QXmlStreamReader::EndElement && !open.isEmpty()) {
            open.removeLast();
        }
    }
    return coords;
}

// Each article's text, pieces joined by a space, white space collapsed: the correction where there is
// one, else the raw page text.
QStringList articleTexts(const ReviewDocument &doc)
{
    QStringList out;
    for (const Article &a : doc.segmentation().articles) {
        QStringList parts;
        for (const Piece &p : a.pieces)
            parts << (doc.hasCorrection(p.id) ? doc.pieceText(p.id) : doc.rawPieceText(p.id));
        out << parts.join(u' ').simplified();
    }
    return out;
}

std::unique_ptr<ReviewDocument> open(const QString &path, QString *error)
{
    const ImportResult r = DocumentImporter::importFile(path);
    if (!r.ok()) {
        *error = r.error;
        return nullptr;
    }
    Page page = r.pages.first();
    Segmentation seg = r.segmentations.isEmpty() ? Segmenter::segment(page) : r.segmentations.first();
    return std::make_unique<ReviewDocument>(page, seg);
}

// Corrects one word in the first piece of an article with at least three words (the raw words kept,
// so no other word differs): returns the new word.
QString correctOneWord(ReviewDocument &doc)
{
    for (const Article &a : doc.segmentation().articles)
        for (const Piece &p : a.pieces) {
            QStringList words = doc.rawPieceText(p.id).simplified().split(u' ');
            if (words.size() < 3 || words[1].size() < 2)
                continue;
            words[1] = QStringLiteral("Galley") + words[1];
            doc.undoStack()->push(new CorrectTextCommand(&doc, p.id, words.join(u' ')));
            return words[1];
        }
    return QString();
}

InputResult exportTo(const ReviewDocument &doc, ExportFormat format, const QString &dir)
{
    ExportOptions o;
    o.format = format;
    o.perArticle = false;
    o.targetDir = dir;
    return BatchExporter::exportDocument(doc, o, QStringLiteral("page"));
}

} // namespace

class TestXmlExport : public QObject {
    Q_OBJECT

private slots:
    void formatsAreListed()
    {
        QCOMPARE(ExportFormats::fromName(u"alto"), std::optional<ExportFormat>(ExportFormat::Alto));
        QCOMPARE(ExportFormats::fromName(u"page"), std::optional<ExportFormat>(ExportFormat::PageXml));
        QVERIFY(ExportFormats::all().contains(ExportFormat::Alto));
        QVERIFY(ExportFormats::isPageOnly(ExportFormat::PageXml));
        QVERIFY(!ExportFormats::isPageOnly(ExportFormat::Nitf));
        QCOMPARE(ExportFormats::extension(ExportFormat::Alto), QStringLiteral("alto.xml"));
    }

    void alignmentKeepsEqualWordsAsAnchors()
    {
        const QStringList original = QStringLiteral("Tne harbourmaster said the New York ferry").split(u' ');
        const QStringList corrected = QStringLiteral("The harbour master said the New-York ferry").split(u' ');
        QCOMPARE(AltoWriter::alignWords(original, corrected),
                 (QStringList{QStringLiteral("The"), QStringLiteral("harbour master"), QStringLiteral("said"), QStringLiteral("the"),
                              QStringLiteral("New-York"), QString(), QStringLiteral("ferry")}));
        // Inserted between two kept words: joins the word before; at the very front: the first word.
        QCOMPARE(AltoWriter::alignWords({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b")}),
                 (QStringList{QStringLiteral("a x"), QStringLiteral("b")}));
        QCOMPARE(AltoWriter::alignWords({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b")}),
                 (QStringList{QStringLiteral("x a"), QStringLiteral("b")}));
    }

    void wordPlacementRule()
    {
        using W = WordCorrections::Word;
        // Split: the box cut in proportion to the words' lengths (7 and 6 code points of 13).
        auto placed = WordCorrections::placeLine({W{QRectF(100, 10, 130, 20), QStringLiteral("harbour master"), true}});
        QCOMPARE(placed.size(), 2);
        QCOMPARE(placed[0].box, QRectF(100, 10, 70, 20));
        QCOMPARE(placed[1].box, QRectF(170, 10, 60, 20));
        QCOMPARE(placed[1].part, 1);
        // Merge: the emptied word goes, its box joins the word before.
        placed = WordCorrections::placeLine({W{QRectF(0, 0, 30, 20), QStringLiteral("New-York"), true}, W{QRectF(40, 0, 40, 22), QString(), true},
                                             W{QRectF(90, 0, 10, 20), QStringLiteral("ferry"), false}});
        QCOMPARE(placed.size(), 2);
        QCOMPARE(placed[0].box, QRectF(0, 0, 80, 22));
        QCOMPARE(placed[1].text, QStringLiteral("ferry"));
        QCOMPARE(placed[1].box, QRectF(90, 0, 10, 20));
        // The first word emptied joins the next; a line where every word went keeps its first.
        placed = WordCorrections::placeLine({W{QRectF(0, 0, 30, 20), QString(), true}, W{QRectF(40, 0, 40, 20), QStringLiteral("b"), true}});
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed[0].box, QRectF(0, 0, 80, 20));
        placed = WordCorrections::placeLine({W{QRectF(0, 0, 30, 20), QString(), true}, W{QRectF(40, 0, 40, 20), QString(), true}});
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed[0].source, 0);
        // An untouched empty String stays as it is.
        placed = WordCorrections::placeLine({W{QRectF(0, 0, 30, 20), QString(), false}});
        QCOMPARE(placed.size(), 1);
    }

    // Our own ALTO: a change, a split and a merge, through the undo command; ALTO + METS written,
    // validated and read back through the METS.
    void harbourAltoRoundTrip()
    {
        QString error;
        const QString source = data(QStringLiteral("xmlexport/harbour.alto.xml"));
        auto doc = open(source, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->segmentation().articles.size(), 2);
        int pieceId = -1;
        for (const Piece &p : doc->segmentation().allPieces())
            if (doc->rawPieceText(p.id).contains(QStringLiteral("harbourmaster")))
                pieceId = p.id;
        QVERIFY(pieceId > 0);
        const QString corrected = doc->rawPieceText(pieceId).simplified()
                                      .replace(QStringLiteral("Tne harbourmaster"), QStringLiteral("The harbour master"))
                                      .replace(QStringLiteral("New York"), QStringLiteral("New-York"));
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), pieceId, corrected));
        QVERIFY(doc->hasCorrection(pieceId));

        QTemporaryDir dir;
        const InputResult result = exportTo(*doc, ExportFormat::Alto, dir.path());
        QCOMPARE(result.files.size(), 2);
        for (const FileResult &f : result.files)
            QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(QFileInfo(result.files[0].path).fileName(), QStringLiteral("page.alto.xml"));
        QCOMPARE(QFileInfo(result.files[1].path).fileName(), QStringLiteral("page.mets.xml"));
        const QByteArray alto = readAll(result.files[0].path);
        QMap<QString, QString> contentsIn, contentsOut;
        const QMap<QString, QString> in = altoBoxes(readAll(source), &contentsIn);
        const QMap<QString, QString> out = altoBoxes(alto, &contentsOut);
        // Untouched words, lines and blocks: the same boxes. S17 "Tne" keeps its box.
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            if (it.key() != QLatin1String("S18") && it.key() != QLatin1String("S21") && it.key() != QLatin1String("S22"))
                QCOMPARE(out.value(it.key()), it.value());
        QCOMPARE(contentsOut.value(QStringLiteral("S17")), QStringLiteral("The"));
        // Split "harbourmaster" (HPOS 100, WIDTH 390): "harbour" 7/13 of it, "master" the rest.
        QCOMPARE(in.value(QStringLiteral("S18")), QStringLiteral("100 500 390 40"));
        QCOMPARE(contentsOut.value(QStringLiteral("S18")), QStringLiteral("harbour"));
        QCOMPARE(out.value(QStringLiteral("S18")), QStringLiteral("100 500 210 40"));
        QCOMPARE(contentsOut.value(QStringLiteral("S18_2")), QStringLiteral("master"));
        QCOMPARE(out.value(QStringLiteral("S18_2")), QStringLiteral("310 500 180 40"));
        // Merged "New York": one String over both boxes, York gone.
        QCOMPARE(contentsOut.value(QStringLiteral("S21")), QStringLiteral("New-York"));
        QCOMPARE(out.value(QStringLiteral("S21")), QStringLiteral("760 500 230 40"));
        QVERIFY(!out.contains(QStringLiteral("S22")));

        const QString altoValid = validate(result.files[0].path, QStringLiteral("alto-4-4.xsd"));
        if (altoValid != QLatin1String("skip")) {
            QVERIFY2(altoValid.isEmpty(), qPrintable(altoValid));
            const QString metsValid = validate(result.files[1].path, QStringLiteral("mets-1.12.1.xsd"));
            QVERIFY2(metsValid.isEmpty(), qPrintable(metsValid));
        }

        // Read back through the METS: the corrected text, the same articles.
        auto back = open(result.files[1].path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->page().text().simplified().contains(QStringLiteral("The harbour master said the New-York ferry runs.")));
        QCOMPARE(articleTexts(*back), articleTexts(*doc));
        QCOMPARE(back->headline(0), QStringLiteral("Harbour Reopens After Storm"));
        QCOMPARE(back->segmentation().furniture.size(), 1);
        // Undoing the correction gives back the source's words.
        doc->undoStack()->undo();
        QByteArray again;
        QVERIFY2(AltoWriter::write(*doc, again, error), qPrintable(error));
        QMap<QString, QString> contentsAgain;
        QCOMPARE(altoBoxes(again, &contentsAgain), in);
        QCOMPARE(contentsAgain, contentsIn);
    }

    // The editor's structure edits travel too: two articles merged, a piece made a byline.
    void editedArticlesRoundTrip()
    {
        QString error;
        auto doc = open(data(QStringLiteral("xmlexport/harbour.alto.xml")), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->segmentation().articles.size(), 2);
        doc->undoStack()->push(new MergeArticlesCommand(doc.get(), {doc->segmentation().articles[0].id, doc->segmentation().articles[1].id}));
        QCOMPARE(doc->segmentation().articles.size(), 1);
        const Piece &second = doc->segmentation().articles[0].pieces.last();
        doc->undoStack()->push(new SetRoleCommand(doc.get(), {second.id}, Role::Byline));
        for (ExportFormat f : {ExportFormat::Alto, ExportFormat::PageXml}) {
            QTemporaryDir dir;
            const InputResult result = exportTo(*doc, f, dir.path());
            for (const FileResult &file : result.files)
                QVERIFY2(file.ok(), qPrintable(file.error));
            auto back = open(result.files.last().path, &error); // the METS, or the PAGE file
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(articleTexts(*back), articleTexts(*doc));
            if (f == ExportFormat::Alto) // METS carries the byline (AUTHOR); PAGE has no such region type
                QCOMPARE(back->segmentation().articles[0].pieces.last().role, Role::Byline);
        }
    }

    void sharedAltoRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("JDPL 1821 METS") << QStringLiteral("alto/docworks-1.4_jdpl-1821/18210801_1-METS.xml");
        QTest::newRow("BnL 1858 METS") << QStringLiteral("alto/v3-mm10_bnl-luxzeit-1858/2385348_newspaper_luxzeit1858_1858-12-07_01-mets.xml");
        QTest::newRow("chronam 1903 ALTO 1 CCS") << QStringLiteral("alto/ccs-1x_chronam-1903/ocr.xml");
        QTest::newRow("ONB 1772 ALTO 2") << QStringLiteral("alto/v2_onb-1772/00000007.xml");
        QTest::newRow("Tesseract ALTO 3") << QStringLiteral("alto/v3_tesseract-4.1/testfile.xml");
    }

    void sharedAltoRoundTrips()
    {
        QFETCH(QString, path);
        if (!QFileInfo::exists(shared(path)))
            QSKIP("../shared/formats is absent");
        QString error;
        auto doc = open(shared(path), &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->segmentation().articles.isEmpty());
        const QString word = correctOneWord(*doc);
        QVERIFY(!word.isEmpty());
        QTemporaryDir dir;
        const InputResult result = exportTo(*doc, ExportFormat::Alto, dir.path());
        QCOMPARE(result.files.size(), 2);
        for (const FileResult &f : result.files)
            QVERIFY2(f.ok(), qPrintable(f.error));
        // Every coordinate kept: one word changed, no String split or merged.
        QByteArray source;
        QVERIFY(DocumentImporter::readFile(doc->page().sourcePath(), 1 << 30, source, error));
        const QMap<QString, QString> in = altoBoxes(source), out = altoBoxes(readAll(result.files[0].path));
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            QCOMPARE(out.value(it.key()), it.value());
        QVERIFY(out.size() >= in.size()); // Strings without an ID get one, for the METS ranges
        const QString altoValid = validate(result.files[0].path, QStringLiteral("alto-4-4.xsd"));
        if (altoValid != QLatin1String("skip")) {
            QVERIFY2(altoValid.isEmpty(), qPrintable(altoValid));
            const QString metsValid = validate(result.files[1].path, QStringLiteral("mets-1.12.1.xsd"));
            QVERIFY2(metsValid.isEmpty(), qPrintable(metsValid));
        }
        auto back = open(result.files[1].path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->page().text().contains(word));
        QCOMPARE(articleTexts(*back), articleTexts(*doc));
    }

    void pageRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("shared");
        QTest::newRow("PAGE 2013 tagged (ours)") << QStringLiteral("tagged-2013.xml") << false;
        QTest::newRow("PAGE 2019 words (ours)") << QStringLiteral("sample-2019.xml") << false;
        QTest::newRow("PAGE 2013 NZZ 1780 Transkribus") << QStringLiteral("page/page_test.xml") << true;
        QTest::newRow("PAGE 2019 OCR-D Kant 1784") << QStringLiteral("page/PAGE_0017_PAGE.xml") << true;
    }

    void pageRoundTrips()
    {
        QFETCH(QString, path);
        QFETCH(bool, shared);
        const QString file = shared ? ::shared(path) : data(path);
        if (!QFileInfo::exists(file))
            QSKIP("../shared/formats is absent");
        QString error;
        auto doc = open(file, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString word = correctOneWord(*doc);
        QVERIFY(!word.isEmpty());
        QTemporaryDir dir;
        const InputResult result = exportTo(*doc, ExportFormat::PageXml, dir.path());
        QCOMPARE(result.files.size(), 1);
        QVERIFY2(result.files[0].ok(), qPrintable(result.files[0].error));
        QCOMPARE(QFileInfo(result.files[0].path).fileName(), QStringLiteral("page.page.xml"));
        const QByteArray out = readAll(result.files[0].path);
        // Every region, line and word keeps its id and points.
        const QMap<QString, QString> in = pageCoords(readAll(file)), outCoords = pageCoords(out);
        QVERIFY(!in.isEmpty());
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            QCOMPARE(outCoords.value(it.key()), it.value());
        const QString valid = validate(result.files[0].path, QStringLiteral("pagecontent-2019-07-15.xsd"));
        if (valid != QLatin1String("skip"))
            QVERIFY2(valid.isEmpty(), qPrintable(valid));
        QVERIFY(out.contains("type=\"article\""));
        auto back = open(result.files[0].path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->page().text().contains(word));
        // NZZ 1780's masthead: the engine makes one title piece of two adjacent regions ("N°. 55."
        // and "Zürcher"); both regions are in the article's ReadingOrder group.
        QCOMPARE(articleTexts(*back), articleTexts(*doc));
    }

    // Our own PAGE file (no ../shared needed): the OCR put the head region after the columns, and the
    // line tags' index gives the first article's order (kicker, headline, body) against line order.
    // The importer follows the index; the same file without it reads in page order, as before.
    void pageTagIndexOrdersPieces()
    {
        QString error;
        const QString file = data(QStringLiteral("xmlexport/article-order.page.xml"));
        auto doc = open(file, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString body = QStringLiteral("The ferry to the island runs again from Monday, the harbour master said.");
        const QString second = QStringLiteral("The council met on Tuesday evening. It decided to wait for the survey. A vote follows in May.");
        QCOMPARE(articleTexts(*doc), (QStringList{QStringLiteral("AFTER THE STORM Ferry Service Resumes ") + body, second}));
        const QList<Piece> &pieces = doc->segmentation().articles[0].pieces;
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces[0].role, Role::Headline); // both lines of the heading region
        QCOMPARE(pieces[1].role, Role::Headline);
        QCOMPARE(pieces[2].role, Role::Body);
        QCOMPARE(doc->segmentation().furniture.size(), 1);

        static const QRegularExpression index(QStringLiteral(" index:\\d+;"));
        const QByteArray untagged = QString::fromUtf8(readAll(file)).remove(index).toUtf8();
        QVERIFY(!untagged.contains("type:article; index:"));
        const ImportResult r = PageXmlImporter::importBytes(untagged, file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.segmentations.size(), 1);
        const ReviewDocument plain(r.pages.first(), r.segmentations.first());
        QCOMPARE(articleTexts(plain), (QStringList{body + QStringLiteral(" Ferry Service Resumes AFTER THE STORM"), second}));
        // One piece without an index (the kicker's line): the article is read in page order too.
        const QByteArray partly = readAll(file).replace("type:article; index:0;}", "type:article;}");
        const ImportResult p = PageXmlImporter::importBytes(partly, file);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(articleTexts(ReviewDocument(p.pages.first(), p.segmentations.first())), articleTexts(plain));
        // Out-of-range and malformed indices: read as no index, or as numbers; no text is lost.
        const QByteArray odd = readAll(file).replace("article; index:2;}", "article; index:2147483647;}").replace("article; index:3;}", "article; index:-4;}").replace("article; index:1;}", "article; index:x;}");
        const ImportResult o = PageXmlImporter::importBytes(odd, file);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(articleTexts(ReviewDocument(o.pages.first(), o.segmentations.first())), articleTexts(plain));
    }

    // The editor's order of an article's pieces survives PAGE and ALTO + METS, whatever the order of
    // their lines: pieces against line order (the tags above, then the editor moving the body to the
    // front), and a piece over two adjacent blocks (LayoutSegmenter makes one of a letter-spaced
    // title cut into blocks; here the second article's two regions) is not lost or reordered.
    void articleOrderRoundTrips()
    {
        QString error;
        auto imported = open(data(QStringLiteral("xmlexport/article-order.page.xml")), &error);
        QVERIFY2(imported, qPrintable(error));
        Segmentation seg = imported->segmentation();
        QCOMPARE(seg.articles[1].pieces.size(), 2);
        QCOMPARE(seg.articles[1].pieces[1].block, seg.articles[1].pieces[0].block + 1);
        seg.articles[1].pieces[0].span.end = seg.articles[1].pieces[1].span.end;
        seg.articles[1].pieces.removeLast();
        ReviewDocument doc(imported->page(), seg);
        QVERIFY(!correctOneWord(doc).isEmpty());
        for (const bool moved : {false, true}) {
            if (moved) {
                doc.undoStack()->push(new ReorderPieceCommand(&doc, doc.segmentation().articles[0].pieces.last().id, -2));
                QVERIFY(articleTexts(doc).first().startsWith(QStringLiteral("The ferry")));
            }
            for (ExportFormat f : {ExportFormat::PageXml, ExportFormat::Alto}) {
                QTemporaryDir dir;
                const InputResult result = exportTo(doc, f, dir.path());
                QCOMPARE(result.files.size(), f == ExportFormat::Alto ? 2 : 1);
                for (const FileResult &file : result.files)
                    QVERIFY2(file.ok(), qPrintable(file.error));
                const QString valid = f == ExportFormat::Alto ? validate(result.files[1].path, QStringLiteral("mets-1.12.1.xsd"))
                                                              : validate(result.files[0].path, QStringLiteral("pagecontent-2019-07-15.xsd"));
                if (valid != QLatin1String("skip"))
                    QVERIFY2(valid.isEmpty(), qPrintable(valid));
                if (f == ExportFormat::PageXml && !moved) // the source's readingOrder kept, the article index added
                    QVERIFY(readAll(result.files[0].path).contains("custom=\"readingOrder {index:1;} structure {id:a1; type:article; index:0;}\""));
                auto back = open(result.files.last().path, &error);
                QVERIFY2(back, qPrintable(error));
                QCOMPARE(articleTexts(*back), articleTexts(doc));
                QCOMPARE(back->segmentation().furniture.size(), 1);
            }
        }
    }

    void pageWordsSplitAndMerge()
    {
        QString error;
        auto doc = open(data(QStringLiteral("sample-2019.xml")), &error);
        QVERIFY2(doc, qPrintable(error));
        int pieceId = -1;
        for (const Piece &p : doc->segmentation().allPieces())
            if (doc->rawPieceText(p.id).contains(QStringLiteral("Words only")))
                pieceId = p.id;
        QVERIFY(pieceId > 0);
        const QString raw = doc->rawPieceText(pieceId).simplified();
        // Split: w1 "Words" (x 100..400) cut 2:3 into "Wo" and "rds"; w2 "only" untouched.
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), pieceId, QString(raw).replace(QStringLiteral("Words only"), QStringLiteral("Wo rds only"))));
        QByteArray out;
        QVERIFY2(PageXmlWriter::write(*doc, out, error), qPrintable(error));
        QMap<QString, QString> coords = pageCoords(out);
        QCOMPARE(coords.value(QStringLiteral("w1")), QStringLiteral("100,400 220,400 220,480 100,480"));
        QCOMPARE(coords.value(QStringLiteral("w1_2")), QStringLiteral("220,400 400,400 400,480 220,480"));
        QCOMPARE(coords.value(QStringLiteral("w2")), QStringLiteral("450,400 900,400 900,480 450,480"));
        QVERIFY(out.contains("<Unicode>Wo rds only</Unicode>"));
        // Merge: w2 goes, w1 covers both boxes (a rectangle).
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), pieceId, QString(raw).replace(QStringLiteral("Words only"), QStringLiteral("Wordsonly"))));
        QVERIFY2(PageXmlWriter::write(*doc, out, error), qPrintable(error));
        coords = pageCoords(out);
        QCOMPARE(coords.value(QStringLiteral("w1")), QStringLiteral("100,400 900,400 900,480 100,480"));
        QVERIFY(!coords.contains(QStringLiteral("w2")));
        QVERIFY(!coords.contains(QStringLiteral("w1_2")));
        QVERIFY(out.contains("<Unicode>Wordsonly</Unicode>"));
    }

    // ALTO of a page that did not come from ALTO: blocks and lines with their boxes, synthetic word
    // boxes; valid, and read back through its METS with the same articles and the corrected word.
    void altoFromOtherSources_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("shared");
        QTest::newRow("hOCR (ours)") << QStringLiteral("sample.hocr") << false;
        QTest::newRow("PAGE 2019 (ours)") << QStringLiteral("sample-2019.xml") << false;
        QTest::newRow("PAGE 2013 tagged (ours)") << QStringLiteral("tagged-2013.xml") << false;
        QTest::newRow("PAGE 2013 NZZ 1780") << QStringLiteral("page/page_test.xml") << true;
        QTest::newRow("hOCR Tesseract 3.05") << QStringLiteral("hocr/417576986_0013.hocr") << true;
    }

    void altoFromOtherSources()
    {
        QFETCH(QString, path);
        QFETCH(bool, shared);
        const QString file = shared ? ::shared(path) : data(path);
        if (!QFileInfo::exists(file))
            QSKIP("../shared/formats is absent");
        QString error;
        auto doc = open(file, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString word = correctOneWord(*doc);
        QVERIFY(!word.isEmpty());
        QTemporaryDir dir;
        const InputResult result = exportTo(*doc, ExportFormat::Alto, dir.path());
        QCOMPARE(result.files.size(), 2);
        for (const FileResult &f : result.files)
            QVERIFY2(f.ok(), qPrintable(f.error));
        const QString altoValid = validate(result.files[0].path, QStringLiteral("alto-4-4.xsd"));
        if (altoValid != QLatin1String("skip")) {
            QVERIFY2(altoValid.isEmpty(), qPrintable(altoValid));
            const QString metsValid = validate(result.files[1].path, QStringLiteral("mets-1.12.1.xsd"));
            QVERIFY2(metsValid.isEmpty(), qPrintable(metsValid));
        }
        auto back = open(result.files[1].path, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->page().text().contains(word));
        // NZZ 1780: a title piece over two TextBlocks has an area for each in the METS.
        QCOMPARE(articleTexts(*back), articleTexts(*doc));
        // Blocks and lines keep their boxes (the same numbers, the same unit).
        QCOMPARE(back->page().geometryUnit(), doc->page().geometryUnit());
        QCOMPARE(back->page().blocks().size(), doc->page().blocks().size());
        for (qsizetype k = 0; k < doc->page().blocks().size(); ++k) {
            const Block &a = doc->page().blocks()[k], &b = back->page().blocks()[k];
            QCOMPARE(b.box, a.box);
            QCOMPARE(b.lines.size(), a.lines.size());
            for (qsizetype j = 0; j < a.lines.size(); ++j)
                QCOMPARE(b.lines[j].box, a.lines[j].box);
        }
    }

    void pageFromOtherSources()
    {
        // hOCR: regions, lines and (synthetic) words from the model's boxes; valid PAGE 2019.
        QString error;
        auto doc = open(data(QStringLiteral("sample.hocr")), &error);
        QVERIFY2(doc, qPrintable(error));
        QTemporaryDir dir;
        InputResult result = exportTo(*doc, ExportFormat::PageXml, dir.path());
        QVERIFY2(result.files.value(0).ok(), qPrintable(result.files.value(0).error));
        const QString valid = validate(result.files[0].path, QStringLiteral("pagecontent-2019-07-15.xsd"));
        if (valid != QLatin1String("skip"))
            QVERIFY2(valid.isEmpty(), qPrintable(valid));
        auto back = open(result.files[0].path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(articleTexts(*back), articleTexts(*doc));
        // ALTO → PAGE keeps the ALTO numbers (mm10 here) as they are.
        doc = open(data(QStringLiteral("hyphen-v4.xml")), &error);
        QVERIFY2(doc, qPrintable(error));
        QByteArray out;
        QVERIFY2(PageXmlWriter::write(*doc, out, error), qPrintable(error));
        QVERIFY(out.contains("<Coords points=\"100,100 1300,100 1300,220 100,220\"/>"));
        QVERIFY(out.contains("imageWidth=\"2900\""));
        // Words: the ALTO String boxes (S1 "Harbour": HPOS 100 VPOS 100 WIDTH 500 HEIGHT 120).
        QVERIFY(out.contains("<Coords points=\"100,100 600,100 600,220 100,220\"/>"));

        // Plain text: refused with a message naming the file.
        ReviewDocument text(TextImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")).pages.first(), Segmentation());
        QVERIFY(!PageXmlWriter::write(text, out, error));
        QVERIFY2(error.contains(QStringLiteral("seed-page.txt")) && error.contains(QStringLiteral("no boxes")), qPrintable(error));
        result = exportTo(text, ExportFormat::Alto, dir.path());
        QCOMPARE(result.files.size(), 1);
        QVERIFY(!result.files[0].ok());
        QVERIFY2(result.files[0].error.contains(QStringLiteral("plain text has no boxes")), qPrintable(result.files[0].error));
    }

    // A saved project has no boxes, but its source file has: the export is the same as from the page.
    void projectsExportLikeTheirSource()
    {
        for (const QString &name : {QStringLiteral("xmlexport/harbour.alto.xml"), QStringLiteral("sample-2019.xml")}) {
            QString error;
            auto doc = open(data(name), &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(!correctOneWord(*doc).isEmpty());
            QTemporaryDir dir;
            const QString project = dir.filePath(QStringLiteral("page.galley"));
            QVERIFY2(ProjectFile::save(*doc, project, &error), qPrintable(error));
            auto loaded = ProjectFile::load(project, &error);
            QVERIFY2(loaded, qPrintable(error));
            QVERIFY(loaded->page().hasGeometry()); // projects keep the page's boxes (docs/page-image.md)
            QByteArray fromPage, fromProject;
            if (name.endsWith(QLatin1String("alto.xml"))) {
                QList<MetsWriter::Article> a, b;
                QVERIFY2(AltoWriter::write(*doc, fromPage, error, &a), qPrintable(error));
                QVERIFY2(AltoWriter::write(*loaded, fromProject, error, &b), qPrintable(error));
                QCOMPARE(MetsWriter::write(b, QStringLiteral("x"), QString()), MetsWriter::write(a, QStringLiteral("x"), QString()));
            } else {
                QVERIFY2(PageXmlWriter::write(*doc, fromPage, error), qPrintable(error));
                QVERIFY2(PageXmlWriter::write(*loaded, fromProject, error), qPrintable(error));
                static const QRegularExpression lastChange(QStringLiteral("<LastChange>[^<]*</LastChange>"));
                fromPage = QString::fromUtf8(fromPage).remove(lastChange).toUtf8();
                fromProject = QString::fromUtf8(fromProject).remove(lastChange).toUtf8();
            }
            QCOMPARE(fromProject, fromPage);
        }
    }

    void hostileCorrectionsStayWellFormed()
    {
        QString error;
        auto doc = open(data(QStringLiteral("xmlexport/harbour.alto.xml")), &error);
        QVERIFY2(doc, qPrintable(error));
        const QString nasty = QStringLiteral("a\u0001b <&> \"q\" ") + QChar(0xD800) + QStringLiteral(" \uFFFF end");
        for (const Piece &p : doc->segmentation().allPieces())
            doc->undoStack()->push(new CorrectTextCommand(doc.get(), p.id, nasty));
        for (ExportFormat f : {ExportFormat::Alto, ExportFormat::PageXml}) {
            QByteArray out;
            QVERIFY2(f == ExportFormat::Alto ? AltoWriter::write(*doc, out, error) : PageXmlWriter::write(*doc, out, error), qPrintable(error));
            QXmlStreamReader xml(out);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(out.contains("&lt;&amp;&gt;"));
        }
    }

    void cliExportsAltoAndPage()
    {
        QTemporaryDir dir;
        const QString harbour = data(QStringLiteral("xmlexport/harbour.alto.xml"));
        clirun::Run r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), harbour, data(QStringLiteral("sample-2019.xml")),
                                                                    QStringLiteral("--format"), QStringLiteral("alto"), QStringLiteral("--to"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("sample-2019.alto.xml"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("sample-2019.mets.xml"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("harbour.alto.alto.xml"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("harbour.alto.mets.xml"))));
        QVERIFY(readAll(dir.filePath(QStringLiteral("harbour.alto.mets.xml"))).contains("xlink:href=\"harbour.alto.alto.xml\""));
        r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), harbour, QStringLiteral("--format"), QStringLiteral("page"),
                                                        QStringLiteral("--per-article"), QStringLiteral("--to"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("one file per page, not per article")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("harbour.alto.page.xml"))));
        // Names planned together: a second run without --force refuses both existing files.
        r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), harbour, QStringLiteral("--format"), QStringLiteral("alto"),
                                                        QStringLiteral("--to"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), QStringLiteral("--help")});
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("alto (ALTO 4.4")));
    }

    // A METS issue of several pages exports one ALTO + METS pair per page (the other formats export
    // the issue as one document; AltoWriter writes against one source page).
    void cliExportsAMetsIssuePerPage()
    {
        const QString mets = shared(QStringLiteral("alto/docworks-1.4_jdpl-1821/18210801_1-METS.xml"));
        if (!QFileInfo::exists(mets))
            QSKIP("../shared/formats is not there");
        QTemporaryDir dir;
        const clirun::Run r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), mets, QStringLiteral("--format"),
                                                                          QStringLiteral("alto"), QStringLiteral("--to"), dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.toUtf8().constData());
        for (int p = 1; p <= 4; ++p)
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("18210801_1-METS-p%1.alto.xml").arg(p))));
    }
};

QTEST_MAIN(TestXmlExport)
#include "tst_xmlexport.moc"
