// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole issues (issue 8): a multi-page source opens as ONE document whose text is the printed pages
// joined (IssueJoiner / IssueImporter), each printed page segmented on its own and an article that
// jumps to another page linked by its jump lines (IssueSegmenter, JumpLineCues); linking and
// unlinking are undoable commands; exports, the segment JSON and projects carry the issue whole.
// The 10-page issue is made at test time (support/IssueFixture.h): form-feed text and a PDF.
#include "edit/CorrectTextCommand.h"
#include "edit/LinkArticlesCommand.h"
#include "edit/UnlinkArticleCommand.h"
#include "export/BatchExporter.h"
#include "export/ExportContent.h"
#include "export/PlainTextWriter.h"
#include "export/SegmentationJson.h"
#include "import/IssueImporter.h"
#include "import/IssueJoiner.h"
#include "import/TextImporter.h"
#include "project/ProjectFile.h"
#include "segment/IssueSegmenter.h"
#include "segment/JumpLineCues.h"
#include "segment/Segmenter.h"
#include "support/CliRun.h"
#include "support/IssueFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

std::unique_ptr<ReviewDocument> openIssue(const QString &path, QString *error = nullptr)
{
    ImportResult imported = IssueImporter::importPath(path);
    if (!imported.ok() || imported.pages.isEmpty()) {
        if (error)
            *error = imported.error;
        return nullptr;
    }
    Page page = imported.pages.first();
    Segmentation seg = IssueSegmenter::segment(page);
    return std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
}

// Texts compared in NFKC: the PDF drawn with a CJK font gives some ideographs back as their Kangxi
// radical look-alikes (日 as U+2F47), which NFKC maps back.
QString nfkc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

// Index of the article whose text (all pieces, raw) holds needle, or -1.
int articleWith(const ReviewDocument &doc, const QString &needle)
{
    const Segmentation &seg = doc.segmentation();
    for (int a = 0; a < seg.articles.size(); ++a)
        for (const Piece &p : seg.articles[a].pieces)
            if (nfkc(doc.rawPieceText(p.id)).contains(nfkc(needle)))
                return a;
    return -1;
}

// The printed page indexes of an article's pieces, in piece order.
QList<int> piecePages(const ReviewDocument &doc, int a)
{
    QList<int> out;
    for (const Piece &p : doc.segmentation().articles[a].pieces)
        out.append(doc.page().printedPageAt(p.span.start));
    return out;
}

QString plainText(const ReviewDocument &doc)
{
    return nfkc(QString::fromUtf8(PlainTextWriter::write(ExportContent::build(doc, TextOptions()))));
}

} // namespace

class TestIssuePages : public QObject {
    Q_OBJECT

    QTemporaryDir tmp;
    QString issueText; // the 10-page issue as form-feed text
    QString issuePdf;  // and as a PDF (empty when no CJK font)

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        issueText = tmp.filePath(QStringLiteral("issue.txt"));
        QVERIFY(writeFile(issueText, issuefixture::formFeedText(issuefixture::pageTexts())));
        const QString pdf = tmp.filePath(QStringLiteral("issue.pdf"));
        if (issuefixture::writePdf(pdf, issuefixture::pageTexts()))
            issuePdf = pdf;
    }

    void formFeedTextOpensAsThreePages()
    {
        const QString path = tmp.filePath(QStringLiteral("three.txt"));
        QVERIFY(writeFile(path, "First page\n\nOne line of text.\n\fSecond page\n\nAnother line.\n\fThird page\n\nLast line.\n\f"));
        const ImportResult r = IssueImporter::importPath(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        const Page &page = r.pages.first();
        QCOMPARE(page.printedPageCount(), 3);
        QCOMPARE(page.printedPages()[2].number, 3);
        QCOMPARE(page.textOf(page.printedPages()[1].span).toString(), QStringLiteral("Second page\n\nAnother line.\n"));
        QVERIFY(page.text().contains(QStringLiteral("text.\n\f\nSecond")));
        // Blocks renumbered through the issue, each on its printed page.
        QCOMPARE(page.blocks().size(), 6);
        for (int b = 0; b < page.blocks().size(); ++b) {
            QCOMPARE(page.blocks()[b].number, b + 1);
            QCOMPARE(page.printedPageAt(page.blocks()[b].span.start), b / 2);
        }
        // The separator belongs to the page before it.
        QCOMPARE(page.printedPageAt(page.printedPages()[1].span.start - 1), 0);
        // Back out: a printed page as a page of its own is what the importer read.
        const ImportResult plain = TextImporter::importFile(path);
        QCOMPARE(plain.pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            int first = -1;
            const Page one = IssueJoiner::printedPage(page, i, &first);
            QCOMPARE(one.text(), plain.pages[i].text());
            QCOMPARE(one.pageNumber(), i + 1);
            QCOMPARE(first, 2 * i);
            QCOMPARE(one.blocks().size(), plain.pages[i].blocks().size());
            for (int b = 0; b < one.blocks().size(); ++b)
                QCOMPARE(one.blocks()[b].span, plain.pages[i].blocks()[b].span);
        }
    }

    void singlePageIsUnchanged()
    {
        const QString seed = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");
        const ImportResult plain = TextImporter::importFile(seed);
        const ImportResult issue = IssueImporter::importPath(seed);
        QCOMPARE(issue.pages.size(), 1);
        QVERIFY(issue.pages.first().printedPages().isEmpty());
        QCOMPARE(issue.pages.first().text(), plain.pages.first().text());
        Page a = plain.pages.first();
        Page b = issue.pages.first();
        QCOMPARE(IssueSegmenter::segment(b), Segmenter::segment(a));
    }

    void jumpLinesAreRead_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("out");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("下转") << QStringLiteral("（下转第3版）") << true << 3 << QString();
        QTest::newRow("下转 numeral") << QStringLiteral("(下转第十二版)") << true << 12 << QString();
        QTest::newRow("上接") << QStringLiteral("（上接第1版）") << false << 1 << QString();
        QTest::newRow("上接 full-width") << QStringLiteral("(上接第１版)") << false << 1 << QString();
        QTest::newRow("see back page") << QStringLiteral("See DEBATE, back page") << true << int(JumpReference::BackPage) << QStringLiteral("DEBATE");
        QTest::newRow("OCR Sec") << QStringLiteral("Sec DEBATE, back page") << true << int(JumpReference::BackPage) << QStringLiteral("DEBATE");
        QTest::newRow("see page") << QStringLiteral("See FIRE, Page A6") << true << 6 << QStringLiteral("FIRE");
        QTest::newRow("continued on") << QStringLiteral("Continued on Page 5") << true << 5 << QString();
        QTest::newRow("continued from") << QStringLiteral("(Continued from Page 1)") << false << 1 << QString();
        QTest::newRow("jump head") << QStringLiteral("DEBATE from page 2") << false << 2 << QStringLiteral("DEBATE");
        QTest::newRow("jump head front") << QStringLiteral("FIRE, from front page") << false << int(JumpReference::FrontPage) << QStringLiteral("FIRE");
        QTest::newRow("Fortsetzung") << QStringLiteral("Fortsetzung auf Seite 3") << true << 3 << QString();
        QTest::newRow("Suite") << QStringLiteral("Suite de la page 1") << false << 1 << QString();
    }

    void jumpLinesAreRead()
    {
        QFETCH(QString, line);
        QFETCH(bool, out);
        QFETCH(int, page);
        QFETCH(QString, keyword);
        const auto ref = JumpLineCues::parse(line);
        QVERIFY2(ref, qPrintable(line));
        QCOMPARE(ref->direction == JumpReference::Direction::Out, out);
        QCOMPARE(ref->page, page);
        QCOMPARE(ref->keyword, keyword);
    }

    void ordinaryLinesAreNoJumps()
    {
        for (const QString &line : {QStringLiteral("The mayor came from Page Street to see the show."),
                                    QStringLiteral("第3版"), QStringLiteral("下转"), QStringLiteral("See you later"),
                                    QStringLiteral("Members said they came from page after page of reports and more.")})
            QVERIFY2(!JumpLineCues::parse(line), qPrintable(line));
    }

    void articleJumpsAcrossPagesInText()
    {
        auto doc = openIssue(issueText);
        QVERIFY(doc);
        QCOMPARE(doc->page().printedPageCount(), 10);
        checkJumpedArticles(*doc);
    }

    void articleJumpsAcrossPagesInPdf()
    {
        if (issuePdf.isEmpty())
            QSKIP("no CJK font (Noto Sans CJK) to draw the PDF with");
        QString error;
        auto doc = openIssue(issuePdf, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->page().printedPageCount(), 10);
        QCOMPARE(doc->page().geometryUnit(), GeometryUnit::PdfPoint);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(doc->page().printedPages()[i].number, i + 1);
        checkJumpedArticles(*doc);
    }

    // ALTO and PAGE are written page by page: an issue opened whole in the desk gives one file (and
    // for ALTO one METS) per printed page, each page's articles and corrections in its own file.
    void issueExportsAltoAndPagePerPrintedPage()
    {
        if (issuePdf.isEmpty())
            QSKIP("no CJK font (Noto Sans CJK) to draw the PDF with");
        QString error;
        auto doc = openIssue(issuePdf, &error);
        QVERIFY2(doc, qPrintable(error));
        // A correction on page 3.
        const int pieceId = issuefixture::bodyPieceOnPage(*doc, 2);
        QVERIFY(pieceId > 0);
        doc->undoStack()->push(new CorrectTextCommand(doc.get(), pieceId, QStringLiteral("校对后的第三版正文")));
        for (const ExportFormat format : {ExportFormat::Alto, ExportFormat::PageXml}) {
            ExportOptions options;
            options.format = format;
            QStringList warnings;
            const QList<BatchExporter::RenderedFile> files = BatchExporter::render(*doc, options, QStringLiteral("issue"), &warnings);
            QCOMPARE(files.size(), format == ExportFormat::Alto ? 20 : 10);
            int withCorrection = 0;
            for (const BatchExporter::RenderedFile &f : files) {
                QVERIFY2(f.error.isEmpty(), qPrintable(f.relativePath + QStringLiteral(": ") + f.error));
                QVERIFY(f.relativePath.startsWith(QStringLiteral("issue-p")));
                QXmlStreamReader xml(f.bytes);
                while (!xml.atEnd())
                    xml.readNext();
                QVERIFY2(!xml.hasError(), qPrintable(f.relativePath + QStringLiteral(": ") + xml.errorString()));
                if (QString::fromUtf8(f.bytes).contains(QStringLiteral("校对后的第三版正文"))) {
                    ++withCorrection;
                    QVERIFY2(f.relativePath.startsWith(QStringLiteral("issue-p3.")), qPrintable(f.relativePath));
                }
            }
            QCOMPARE(withCorrection, 1);
        }
    }

    void unlinkSplitsAndUndoRestores()
    {
        auto doc = openIssue(issueText);
        QVERIFY(doc);
        const int before = int(doc->segmentation().articles.size());
        const int a = articleWith(*doc, issuefixture::frontCut());
        QVERIFY(a >= 0);
        const int id = doc->segmentation().articles[a].id;
        QVERIFY(UnlinkArticleCommand::spansPages(doc->page(), doc->segmentation(), id));
        doc->undoStack()->push(new UnlinkArticleCommand(doc.get(), id));
        QCOMPARE(doc->segmentation().articles.size(), before + 1);
        const int first = articleWith(*doc, issuefixture::frontCut());
        const int second = articleWith(*doc, issuefixture::jumpedOn());
        QVERIFY(first >= 0 && second >= 0 && first < second);
        QCOMPARE(doc->segmentation().articles[first].id, id);
        QVERIFY(!UnlinkArticleCommand::spansPages(doc->page(), doc->segmentation(), id));
        const QString text = plainText(*doc);
        QVERIFY(!text.contains(issuefixture::frontCut() + issuefixture::jumpedOn()));

        doc->undoStack()->undo();
        QCOMPARE(doc->segmentation().articles.size(), before);
        QCOMPARE(articleWith(*doc, issuefixture::jumpedOn()), articleWith(*doc, issuefixture::frontCut()));

        // Unlinked by hand, linked again by hand: one article again, the page-1 part first.
        doc->undoStack()->redo();
        const int part2 = doc->segmentation().articles[articleWith(*doc, issuefixture::jumpedOn())].id;
        doc->undoStack()->push(new LinkArticlesCommand(doc.get(), id, part2));
        QCOMPARE(doc->segmentation().articles.size(), before);
        const int linked = articleWith(*doc, issuefixture::jumpedOn());
        QCOMPARE(linked, articleWith(*doc, issuefixture::frontCut()));
        const QList<int> linkedPages = piecePages(*doc, linked);
        QVERIFY(std::is_sorted(linkedPages.cbegin(), linkedPages.cend()));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->segmentation().articles.size(), before + 1);
    }

    void segmentJsonIsOneIssue()
    {
        const clirun::Run r = clirun::run(QStringLiteral(GALLEY_BINARY), {QStringLiteral("segment"), issueText});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!root.contains(QStringLiteral("pages")));
        QCOMPARE(root.value(QStringLiteral("printed_pages")).toArray().size(), 10);
        // Every piece says its printed page; the jumped article has pieces on pages 1 and 3.
        bool jumped = false;
        for (const QJsonValue &av : root.value(QStringLiteral("articles")).toArray()) {
            QList<int> pages;
            for (const QJsonValue &bv : av.toObject().value(QStringLiteral("blocks")).toArray()) {
                QVERIFY(bv.toObject().contains(QStringLiteral("page")));
                pages.append(bv.toObject().value(QStringLiteral("page")).toInt());
            }
            if (pages.contains(1) && pages.contains(3)) {
                jumped = true;
                QVERIFY(std::is_sorted(pages.cbegin(), pages.cend()));
                const QString paragraphs = QJsonDocument(av.toObject().value(QStringLiteral("paragraphs")).toArray()).toJson();
                QVERIFY(paragraphs.indexOf(issuefixture::frontStart()) < paragraphs.indexOf(issuefixture::jumpedOn()));
            }
        }
        QVERIFY(jumped);
    }

    void exportWritesTheIssueOnce()
    {
        for (const QString &input : {issueText, issuePdf}) {
            if (input.isEmpty())
                continue;
            const QString out = tmp.filePath(QStringLiteral("export-%1").arg(QFileInfo(input).suffix()));
            ExportOptions o;
            o.targetDir = out;
            o.format = ExportFormat::PlainText;
            o.perArticle = false;
            const BatchSummary s = BatchExporter::run({input}, o);
            QVERIFY2(s.ok(), qPrintable(s.results.first().error));
            QCOMPARE(s.pages, 1);
            QCOMPARE(s.filesWritten, 1);
            QFile f(s.results.first().files.first().path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = nfkc(QString::fromUtf8(f.readAll()));
            // Each part once, in reading order, the sentence cut by the jump joined again.
            QCOMPARE(text.count(nfkc(issuefixture::frontStart())), 1);
            QCOMPARE(text.count(nfkc(issuefixture::jumpedOn())), 1);
            QVERIFY2(text.contains(nfkc(issuefixture::frontCut() + issuefixture::jumpedOn())), qPrintable(text));
            QCOMPARE(text.count(issuefixture::debateJumped()), 1);
            QVERIFY(text.indexOf(issuefixture::debateStart()) < text.indexOf(issuefixture::debateJumped()));
        }
    }

    void projectKeepsTheIssue()
    {
        auto doc = openIssue(issueText);
        QVERIFY(doc);
        const QString path = tmp.filePath(QStringLiteral("issue.galley"));
        QString error;
        QVERIFY2(ProjectFile::save(*doc, path, &error), qPrintable(error));
        QStringList warnings;
        auto back = ProjectFile::load(path, &error, &warnings);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->page().printedPages(), doc->page().printedPages());
        QCOMPARE(back->segmentation(), doc->segmentation());
        const int a = articleWith(*back, issuefixture::frontCut());
        QCOMPARE(articleWith(*back, issuefixture::jumpedOn()), a);
        // A project without printed pages (older, or one page) still loads as one page.
        QJsonObject root = QJsonDocument::fromJson([&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }()).object();
        QJsonObject page = root.value(QStringLiteral("page")).toObject();
        page.remove(QStringLiteral("printed_pages"));
        root.insert(QStringLiteral("page"), page);
        auto old = ProjectFile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("old.galley"), &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->page().printedPages().isEmpty());
        // Printed pages out of order are a damaged file, named as such.
        page.insert(QStringLiteral("printed_pages"), QJsonArray{QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("start"), 10}, {QStringLiteral("end"), 20}},
                                                                QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("start"), 0}, {QStringLiteral("end"), 5}}});
        root.insert(QStringLiteral("page"), page);
        QVERIFY(!ProjectFile::fromJson(QJsonDocument(root).toJson(), QStringLiteral("bad.galley"), &error));
        QVERIFY2(error.contains(QStringLiteral("printed_pages[1]")), qPrintable(error));
    }

    void folderOpensInNaturalOrder()
    {
        const QString dir = tmp.filePath(QStringLiteral("scans"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("p10.txt")), "Tenth page\n\nText ten.\n"));
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("p2.txt")), "Second page\n\nText two.\n"));
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("p1.txt")), "First page\n\nText one.\n"));
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("p1.tif")), "II*\0not really an image"));
        const ImportResult r = IssueImporter::importPath(dir);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Page &page = r.pages.first();
        QCOMPARE(page.printedPageCount(), 3);
        QCOMPARE(page.sourcePath(), dir);
        QVERIFY(page.textOf(page.printedPages()[0].span).startsWith(QStringLiteral("First")));
        QVERIFY(page.textOf(page.printedPages()[1].span).startsWith(QStringLiteral("Second")));
        QVERIFY(page.textOf(page.printedPages()[2].span).startsWith(QStringLiteral("Tenth")));
        QVERIFY(page.printedPages()[2].sourcePath.endsWith(QStringLiteral("p10.txt")));
        QCOMPARE(page.printedPages()[2].number, 3);
        // An empty folder is an error naming it.
        const QString empty = tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const ImportResult none = IssueImporter::importPath(empty);
        QVERIFY(!none.ok());
        QVERIFY(none.error.contains(empty));
    }

    void folderReadsOnlyPageFiles()
    {
        // A folder as a user leaves it after a run: pages beside their gold, galley segment's JSON,
        // layout golds, logs, a report, notes and scans. Only the page files are pages.
        const QString dir = tmp.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(dir));
        const auto put = [&](const QString &name, const QByteArray &bytes) { return writeFile(QDir(dir).filePath(name), bytes); };
        QVERIFY(put(QStringLiteral("p1.txt"), "First page\n\nText one.\n"));
        QVERIFY(put(QStringLiteral("p2.TXT"), "Second page\n\nText two.\n"));
        QVERIFY(put(QStringLiteral("p1.gold.json"), R"({"articles": []})"));
        QVERIFY(put(QStringLiteral("p1.json"), R"({"page": {}, "articles": []})"));
        QVERIFY(put(QStringLiteral("p2.layout.json"), R"({"lines": []})"));
        QVERIFY(put(QStringLiteral("p2.err"), "segment: timed out\n"));
        QVERIFY(put(QStringLiteral("run.log"), "2 pages\n"));
        QVERIFY(put(QStringLiteral("report.json"), R"({"pages": 2})"));
        QVERIFY(put(QStringLiteral("notes.md"), "# Notes\n\nCheck page two.\n"));
        QVERIFY(put(QStringLiteral("README"), "Scanned 2026-12-01\n"));
        QVERIFY(put(QStringLiteral("p1.tif"), "II*\0not really an image"));
        QCOMPARE(IssueImporter::folderPageFiles(dir),
                 (QStringList{QDir(dir).filePath(QStringLiteral("p1.txt")), QDir(dir).filePath(QStringLiteral("p2.TXT"))}));
        const ImportResult r = IssueImporter::importPath(dir);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        const Page &page = r.pages.first();
        QCOMPARE(page.printedPageCount(), 2);
        QVERIFY(page.printedPages()[1].sourcePath.endsWith(QStringLiteral("p2.TXT")));
        QVERIFY(!page.text().contains(QStringLiteral("articles")));

        // Every format DocumentImporter reads, by the suffixes of the Open dialog; the last suffix decides.
        const QString formats = tmp.filePath(QStringLiteral("formats"));
        QVERIFY(QDir().mkpath(formats));
        QStringList expected;
        for (const QString &name : {QStringLiteral("a.txt"), QStringLiteral("b.text"), QStringLiteral("c.pdf"), QStringLiteral("d.alto.xml"),
                                    QStringLiteral("e.html"), QStringLiteral("f.hocr"), QStringLiteral("g.PDF")}) {
            QVERIFY(writeFile(QDir(formats).filePath(name), "x"));
            expected.append(QDir(formats).filePath(name));
        }
        for (const QString &name : {QStringLiteral("a.txt.bak"), QStringLiteral("b.galley"), QStringLiteral("c.csv"), QStringLiteral(".hidden.txt")})
            QVERIFY(writeFile(QDir(formats).filePath(name), "x"));
        QCOMPARE(IssueImporter::folderPageFiles(formats), expected);
        QCOMPARE(IssueImporter::pageFileSuffixes(),
                 (QStringList{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("pdf"), QStringLiteral("xml"),
                              QStringLiteral("html"), QStringLiteral("hocr")}));

        // One page as an archive delivers it — OCR text, PDF and ALTO beside each other — is one page:
        // its ALTO is read (boxes and text), else its PDF, else its text; when the better file cannot
        // be read (here: a PDF without a text layer, an empty ALTO) the next one is. Every file
        // passed over is named in a warning.
        const QString archive = tmp.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(archive));
        const auto inArchive = [&](const QString &name) { return QDir(archive).filePath(name); };
        QVERIFY(writeFile(inArchive(QStringLiteral("0001.txt")), "First page\n\nText one.\n"));
        QVERIFY(writeFile(inArchive(QStringLiteral("0001.pdf")), "%PDF-1.4 not really a PDF"));
        QVERIFY(writeFile(inArchive(QStringLiteral("0001.XML")), "<alto/>"));
        QVERIFY(writeFile(inArchive(QStringLiteral("0002.txt")), "Second page\n\nText two.\n"));
        QVERIFY(writeFile(inArchive(QStringLiteral("0002.pdf")), "%PDF-1.4 not really a PDF"));
        QVERIFY(writeFile(inArchive(QStringLiteral("0003.txt")), "Third page\n\nText three.\n"));
        QCOMPARE(IssueImporter::folderPages(archive),
                 (QList<QStringList>{{inArchive(QStringLiteral("0001.XML")), inArchive(QStringLiteral("0001.pdf")),
                                      inArchive(QStringLiteral("0001.txt"))},
                                     {inArchive(QStringLiteral("0002.pdf")), inArchive(QStringLiteral("0002.txt"))},
                                     {inArchive(QStringLiteral("0003.txt"))}}));
        QCOMPARE(IssueImporter::folderPageFiles(archive),
                 (QStringList{inArchive(QStringLiteral("0001.XML")), inArchive(QStringLiteral("0002.pdf")), inArchive(QStringLiteral("0003.txt"))}));
        const ImportResult fromArchive = IssueImporter::importPath(archive);
        QVERIFY2(fromArchive.ok(), qPrintable(fromArchive.error));
        QCOMPARE(fromArchive.pages.first().printedPageCount(), 3);
        QVERIFY(fromArchive.pages.first().text().contains(QStringLiteral("Text one.")));
        QVERIFY(fromArchive.pages.first().text().contains(QStringLiteral("Text two.")));
        for (const QString &file : {QStringLiteral("0001.XML"), QStringLiteral("0001.pdf"), QStringLiteral("0002.pdf")})
            QVERIFY2(fromArchive.warnings.filter(inArchive(file) + QLatin1String(": left out of the issue")).size() == 1,
                     qPrintable(fromArchive.warnings.join(u'\n')));
        // A page whose best file reads: the others are named as not read.
        const QString good = tmp.filePath(QStringLiteral("archive-ok"));
        QVERIFY(QDir().mkpath(good));
        QVERIFY(writeFile(QDir(good).filePath(QStringLiteral("p1.txt")), "First page\n\nText one.\n"));
        QVERIFY(writeFile(QDir(good).filePath(QStringLiteral("p1.text")), "First page\n\nText one.\n"));
        const ImportResult once = IssueImporter::importPath(good);
        QVERIFY2(once.ok(), qPrintable(once.error));
        QCOMPARE(once.pages.first().printedPageCount(), 1); // one page, read once
        QVERIFY2(once.warnings.filter(QLatin1String(": not read: p1.t")).size() == 1, qPrintable(once.warnings.join(u'\n')));

        // A folder with no page file at all is an error naming the folder and what a page file is.
        const QString none = tmp.filePath(QStringLiteral("no-pages"));
        QVERIFY(QDir().mkpath(none));
        QVERIFY(writeFile(QDir(none).filePath(QStringLiteral("p1.gold.json")), R"({"articles": []})"));
        QVERIFY(writeFile(QDir(none).filePath(QStringLiteral("p1.err")), "failed\n"));
        const ImportResult empty = IssueImporter::importPath(none);
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error.startsWith(none + QLatin1String(": no page file")) && empty.error.contains(QLatin1String(".txt, .text, .pdf")),
                 qPrintable(empty.error));
    }

    void laidOutPagesKeepTheirBoxes()
    {
        // ALTO with two Page elements (the sample's page twice): one document, boxes in its own unit,
        // each piece on its printed page with its box.
        QFile sample(QStringLiteral(GALLEY_TEST_DATA "/formats/hyphen-v4.xml"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray alto = sample.readAll();
        const qsizetype from = alto.indexOf("<Page");
        const qsizetype to = alto.indexOf("</Page>") + qsizetype(sizeof("</Page>") - 1);
        QVERIFY(from > 0 && to > from);
        alto.insert(to, "\n" + alto.mid(from, to - from).replace("ID=\"", "ID=\"second-"));
        const QString path = tmp.filePath(QStringLiteral("two-pages-alto.xml"));
        QVERIFY(writeFile(path, alto));
        auto doc = openIssue(path);
        QVERIFY(doc);
        const Page &page = doc->page();
        QCOMPARE(page.printedPageCount(), 2);
        QCOMPARE(page.geometryUnit(), GeometryUnit::Mm10);
        QCOMPARE(page.textOf(page.printedPages()[0].span), page.textOf(page.printedPages()[1].span));
        const QJsonObject json = SegmentationJson::page(*doc);
        QCOMPARE(json.value(QStringLiteral("units")).toString(), QStringLiteral("mm10"));
        QList<int> pages;
        for (const QJsonValue &a : json.value(QStringLiteral("articles")).toArray())
            for (const QJsonValue &b : a.toObject().value(QStringLiteral("blocks")).toArray()) {
                pages.append(b.toObject().value(QStringLiteral("page")).toInt());
                QCOMPARE(b.toObject().value(QStringLiteral("bbox")).toArray().size(), 4);
            }
        QVERIFY(pages.contains(1) && pages.contains(2));
        // The same page's boxes on both printed pages.
        const Block &first = page.blocks().first();
        const Block &again = page.blocks()[page.blocks().size() / 2];
        QCOMPARE(page.printedPageAt(again.span.start), 1);
        QCOMPARE(again.box, first.box);

        // A folder mixing units: the pages whose unit differs keep their text, lose their boxes, with a warning.
        const QString dir = tmp.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_TEST_DATA "/formats/hyphen-v4.xml"), QDir(dir).filePath(QStringLiteral("1.xml"))));
        QVERIFY(QFile::copy(QStringLiteral(GALLEY_TEST_DATA "/formats/sample.hocr"), QDir(dir).filePath(QStringLiteral("2.hocr"))));
        const ImportResult mixed = IssueImporter::importPath(dir);
        QVERIFY2(mixed.ok(), qPrintable(mixed.error));
        const Page &m = mixed.pages.first();
        QCOMPARE(m.printedPageCount(), 2);
        QCOMPARE(m.geometryUnit(), GeometryUnit::Mm10);
        QVERIFY(m.printedPages()[1].size.isEmpty());
        for (const Block &b : m.blocks())
            QCOMPARE(b.hasBox(), m.printedPageAt(b.span.start) == 0);
        QVERIFY2(m.warnings().join(u'\n').contains(QStringLiteral("its boxes are left out")), qPrintable(m.warnings().join(u'\n')));
    }

    void metsIssueKeepsItsArticles()
    {
        const ImportResult r = IssueImporter::importPath(QStringLiteral(GALLEY_TEST_DATA "/formats/mets/issue-mets.xml"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.pages.size(), 1);
        QCOMPARE(r.segmentations.size(), 1);
        const Page &page = r.pages.first();
        QCOMPARE(page.printedPageCount(), 2);
        // The declared articles of both pages, ids unique, every piece inside the text.
        QSet<int> ids;
        QSet<int> printed;
        for (const Article &a : r.segmentations.first().articles)
            for (const Piece &p : a.pieces) {
                QVERIFY(!ids.contains(p.id));
                ids.insert(p.id);
                QVERIFY(p.span.end <= page.text().size());
                printed.insert(page.printedPageAt(p.span.start));
            }
        QCOMPARE(printed, (QSet<int>{0, 1}));
    }

private:
    void checkJumpedArticles(const ReviewDocument &doc)
    {
        // The page-1 story and its page-3 continuation are one article, page 1 part first.
        const int a = articleWith(doc, issuefixture::frontStart());
        QVERIFY(a >= 0);
        QCOMPARE(articleWith(doc, issuefixture::jumpedOn()), a);
        const QList<int> pages = piecePages(doc, a);
        QCOMPARE(pages.first(), 0);
        QCOMPARE(pages.last(), 2);
        QVERIFY(std::is_sorted(pages.cbegin(), pages.cend()));
        QCOMPARE(nfkc(doc.headline(a)), nfkc(QStringLiteral("全市春耕备耕工作全面展开")));
        // The English story and its back-page continuation, likewise.
        const int e = articleWith(doc, issuefixture::debateStart());
        QVERIFY(e >= 0);
        QCOMPARE(articleWith(doc, issuefixture::debateJumped()), e);
        QCOMPARE(piecePages(doc, e).first(), 1);
        QCOMPARE(piecePages(doc, e).last(), 9);
        // Other stories stay on their own.
        QVERIFY(articleWith(doc, QStringLiteral("滨河公园")) != a);
        QVERIFY(articleWith(doc, QStringLiteral("出口订单")) != a);
        QVERIFY(articleWith(doc, QStringLiteral("Sunny with")) != e);
        // Exported as one article, both parts in order.
        const QString text = plainText(doc);
        QCOMPARE(text.count(nfkc(issuefixture::jumpedOn())), 1);
        QVERIFY(text.indexOf(nfkc(issuefixture::frontStart())) < text.indexOf(nfkc(issuefixture::jumpedOn())));
        QVERIFY2(text.contains(nfkc(issuefixture::frontCut() + issuefixture::jumpedOn())), qPrintable(text));
        const QJsonObject json = SegmentationJson::page(doc);
        const QJsonObject art = json.value(QStringLiteral("articles")).toArray().at(a).toObject();
        const QString paragraphs = nfkc(QString::fromUtf8(QJsonDocument(art.value(QStringLiteral("paragraphs")).toArray()).toJson()));
        QVERIFY(paragraphs.contains(nfkc(issuefixture::frontStart())));
        QVERIFY(paragraphs.indexOf(nfkc(issuefixture::frontStart())) < paragraphs.indexOf(nfkc(issuefixture::jumpedOn())));
        QVERIFY(!paragraphs.contains(QStringLiteral("下转")));
    }
};

QTEST_MAIN(TestIssuePages)
#include "tst_issuepages.moc"
