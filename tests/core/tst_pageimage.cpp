// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The page image behind the desk's PageImageView: which image a page has (PageImageSource), how its
// boxes map onto the image (PageImageMapping), and reading it (PageImageLoader): a PDF page rendered,
// a scan found by name or beside the OCR file and read downscaled, clear messages when it is missing
// or unreadable. Pages: tests/data/image (made by make-image-pages.py there).
#include "image/PageImageLoader.h"
#include "image/PageImageSource.h"
#include "import/DocumentImporter.h"
#include "import/IssueImporter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace galley;

namespace {
const QString kData = QStringLiteral(GALLEY_TEST_DATA "/image");

Page importFirst(const QString &path)
{
    const ImportResult r = DocumentImporter::importFile(path);
    if (!r.ok() || r.pages.isEmpty())
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(r.error));
    return r.pages.first();
}

bool copy(const QString &from, const QString &to)
{
    return QFile::copy(from, to);
}
} // namespace

class TestPageImage : public QObject {
    Q_OBJECT
private slots:
    void altoFindsTheScanItNames();
    void scanFoundBesideTheFileByItsOwnName();
    void windowsPathInTheFileStillFindsTheScan();
    void missingScanSaysWhatAndWhere();
    void textPageHasNoImageAndNoMessage();
    void pdfPageIsRenderedWithExactMapping();
    void scanIsReadDownscaledOffTheGuiThread();
    void tiffScansAreAveragedDown_data();
    void tiffScansAreAveragedDown();
    void mappingFollowsTheUnits();
    void unreadableImageGivesAMessage();
    void folderOrFifoNamedLikeAScanIsNeverOpened();
    void altoFolderIssueGivesEachPageItsOwnScan();
    void pdfIssuePageIsItsPdfPage();
};

void TestPageImage::altoFindsTheScanItNames()
{
    const Page page = importFirst(kData + QStringLiteral("/desk-alto.xml"));
    QCOMPARE(page.imageName(), QStringLiteral("desk-alto.png"));
    const PageImageSource s = PageImageSource::forPage(page);
    QCOMPARE(s.kind, PageImageSource::Kind::Scan);
    QVERIFY2(s.path.endsWith(QStringLiteral("/image/desk-alto.png")), qPrintable(s.path));
    QVERIFY(s.missing.isEmpty());
    QCOMPARE(s.unit, GeometryUnit::Pixel);
    QCOMPARE(s.pageSize, QSizeF(600, 800));
}

void TestPageImage::scanFoundBesideTheFileByItsOwnName()
{
    // The ALTO names a scan that is not there, but 0001.xml has 0001.jpg beside it.
    QTemporaryDir dir;
    QVERIFY(copy(kData + QStringLiteral("/missing-scan.xml"), dir.filePath(QStringLiteral("0001.xml"))));
    QImage(60, 80, QImage::Format_Grayscale8).save(dir.filePath(QStringLiteral("0001.jpg")));
    const PageImageSource s = PageImageSource::forPage(importFirst(dir.filePath(QStringLiteral("0001.xml"))));
    QCOMPARE(s.kind, PageImageSource::Kind::Scan);
    QCOMPARE(s.path, dir.filePath(QStringLiteral("0001.jpg")));
    // The named one was looked for first, then other suffixes of its name, then the file's own name.
    QVERIFY(s.tried.indexOf(dir.filePath(QStringLiteral("gone-0001.tif"))) == 0);
    QVERIFY(s.tried.indexOf(dir.filePath(QStringLiteral("gone-0001.png"))) > 0);
    QVERIFY(s.tried.indexOf(dir.filePath(QStringLiteral("gone-0001.png"))) < s.tried.indexOf(s.path));
}

void TestPageImage::windowsPathInTheFileStillFindsTheScan()
{
    QTemporaryDir dir;
    QFile in(kData + QStringLiteral("/desk-alto.xml"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray xml = in.readAll();
    xml.replace("<fileName>desk-alto.png</fileName>", "<fileName>D:\\scans\\1903\\page-0007.png</fileName>");
    QFile out(dir.filePath(QStringLiteral("p7.xml")));
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(xml) == xml.size());
    out.close();
    QVERIFY(copy(kData + QStringLiteral("/desk-alto.png"), dir.filePath(QStringLiteral("page-0007.png"))));
    const PageImageSource s = PageImageSource::forPage(importFirst(out.fileName()));
    QCOMPARE(s.kind, PageImageSource::Kind::Scan);
    QCOMPARE(s.path, dir.filePath(QStringLiteral("page-0007.png")));
}

void TestPageImage::missingScanSaysWhatAndWhere()
{
    const Page page = importFirst(kData + QStringLiteral("/missing-scan.xml"));
    const PageImageSource s = PageImageSource::forPage(page);
    QCOMPARE(s.kind, PageImageSource::Kind::None);
    QVERIFY2(s.missing.contains(QStringLiteral("gone-0001.tif")), qPrintable(s.missing));
    QVERIFY2(s.missing.contains(QStringLiteral("missing-scan.xml")), qPrintable(s.missing));
    const PageImage image = PageImageLoader::load(s);
    QVERIFY(!image.ok());
    QCOMPARE(image.error, s.missing);
}

void TestPageImage::textPageHasNoImageAndNoMessage()
{
    const Page page = importFirst(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    const PageImageSource s = PageImageSource::forPage(page);
    QCOMPARE(s.kind, PageImageSource::Kind::None);
    QVERIFY(s.missing.isEmpty());
}

void TestPageImage::pdfPageIsRenderedWithExactMapping()
{
    const Page page = importFirst(kData + QStringLiteral("/desk-page.pdf"));
    const PageImageSource s = PageImageSource::forPage(page);
    QCOMPARE(s.kind, PageImageSource::Kind::PdfPage);
    QCOMPARE(s.pdfPageIndex, 0);
    const PageImage image = PageImageLoader::load(s, 1190); // A5 = 420 x 595 pt: 144 dpi
    QVERIFY2(image.ok(), qPrintable(image.error));
    QCOMPARE(image.image.height(), 1190);
    QCOMPARE(image.image.width(), 840);
    QCOMPARE(image.mapping.toImage(QRectF(10, 20, 30, 40)), QRectF(20, 40, 60, 80));
    // The first block (the headline) is printed where its box says: dark pixels inside, paper around.
    const QRectF head = image.mapping.toImage(page.blocks().first().box);
    int dark = 0;
    for (int y = int(head.top()); y < int(head.bottom()); ++y)
        for (int x = int(head.left()); x < int(head.right()); ++x)
            dark += qGray(image.image.pixel(x, y)) < 100;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    QCOMPARE(qGray(image.image.pixel(int(head.left()) - 20, int(head.center().y()))), 255);
}

void TestPageImage::scanIsReadDownscaledOffTheGuiThread()
{
    const PageImageSource s = PageImageSource::forPage(importFirst(kData + QStringLiteral("/desk-alto.xml")));
    QFuture<PageImage> future = PageImageLoader::loadAsync(s, 400);
    future.waitForFinished();
    const PageImage image = future.result();
    QVERIFY2(image.ok(), qPrintable(image.error));
    QCOMPARE(image.fullSize, QSize(600, 800));
    QCOMPARE(image.image.size(), QSize(300, 400));
    // Pixel boxes of a 600 x 800 page onto the half-size image.
    QCOMPARE(image.mapping.toImage(QRectF(40, 40, 100, 30)), QRectF(20, 20, 50, 15));
}

void TestPageImage::tiffScansAreAveragedDown_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("grey") << int(QImage::Format_Grayscale8);
    QTest::newRow("bilevel") << int(QImage::Format_Mono);
    QTest::newRow("colour") << int(QImage::Format_RGB32);
}

void TestPageImage::tiffScansAreAveragedDown()
{
    // TIFF is decoded in full, then averaged down (no scaled decoding in Qt's TIFF plug-in).
    QFETCH(int, format);
    QImage scan(1200, 1600, QImage::Format_RGB32);
    scan.fill(Qt::white);
    for (int y = 0; y < 1600; ++y)
        for (int x = 0; x < 600; ++x)
            scan.setPixel(x, y, qRgb(0, 0, 0)); // left half ink
    scan = scan.convertToFormat(QImage::Format(format));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.tif"));
    if (!scan.save(path, "TIFF"))
        QSKIP("no TIFF plug-in (qt6-image-formats-plugins)");
    PageImageSource s;
    s.kind = PageImageSource::Kind::Scan;
    s.path = path;
    s.unit = GeometryUnit::Pixel;
    s.pageSize = QSizeF(1200, 1600);
    const PageImage image = PageImageLoader::load(s, 400);
    QVERIFY2(image.ok(), qPrintable(image.error));
    QCOMPARE(image.fullSize, QSize(1200, 1600));
    QCOMPARE(image.image.size(), QSize(300, 400));
    QCOMPARE(qGray(image.image.pixel(10, 200)), 0);
    QCOMPARE(qGray(image.image.pixel(290, 200)), 255);
    QCOMPARE(image.mapping.toImage(QRectF(600, 0, 600, 1600)), QRectF(150, 0, 150, 400));
}

void TestPageImage::mappingFollowsTheUnits()
{
    // Page size known: the page is stretched onto the image, whatever the unit.
    PageImageMapping mm10(GeometryUnit::Mm10, QSizeF(2970, 4200), QSize(3508, 4961), QSize(3508, 4961));
    QVERIFY(mm10.isValid());
    QCOMPARE(qRound(mm10.toImage(QRectF(0, 0, 2970, 4200)).width()), 3508);
    // No page size: the unit and the image's resolution decide (300 dpi if it has none).
    PageImageMapping inch(GeometryUnit::Inch1200, QSizeF(), QSize(2400, 3000), QSize(1200, 1500));
    QCOMPARE(inch.toImage(QRectF(0, 0, 1200, 1200)), QRectF(0, 0, 150, 150)); // 1 inch = 300 px, halved
    PageImageMapping pt(GeometryUnit::PdfPoint, QSizeF(), QSize(1000, 1000), QSize(1000, 1000), 144);
    QCOMPARE(pt.toImage(QRectF(0, 0, 72, 36)), QRectF(0, 0, 144, 72));
    PageImageMapping px(GeometryUnit::Pixel, QSizeF(), QSize(1000, 1000), QSize(250, 250));
    QCOMPARE(px.toImage(QRectF(100, 100, 400, 400)), QRectF(25, 25, 100, 100));
    QVERIFY(!PageImageMapping(GeometryUnit::None, QSizeF(), QSize(10, 10), QSize(10, 10)).isValid());
    QVERIFY(!PageImageMapping(GeometryUnit::Pixel, QSizeF(), QSize(), QSize()).isValid());
}

void TestPageImage::unreadableImageGivesAMessage()
{
    QTemporaryDir dir;
    QVERIFY(copy(kData + QStringLiteral("/desk-alto.xml"), dir.filePath(QStringLiteral("page.xml"))));
    QFile fake(dir.filePath(QStringLiteral("desk-alto.png")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("this is no PNG\n");
    fake.close();
    const PageImageSource s = PageImageSource::forPage(importFirst(dir.filePath(QStringLiteral("page.xml"))));
    QCOMPARE(s.kind, PageImageSource::Kind::Scan);
    const PageImage image = PageImageLoader::load(s);
    QVERIFY(!image.ok());
    QVERIFY(image.image.isNull());
    QVERIFY2(image.error.contains(QStringLiteral("desk-alto.png: cannot read the page image")), qPrintable(image.error));

    // A PDF that went bad after import.
    QVERIFY(copy(kData + QStringLiteral("/desk-page.pdf"), dir.filePath(QStringLiteral("p.pdf"))));
    const Page pdf = importFirst(dir.filePath(QStringLiteral("p.pdf")));
    QFile broken(dir.filePath(QStringLiteral("p.pdf")));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("%PDF-1.4\ngarbage\n");
    broken.close();
    const PageImage bad = PageImageLoader::load(PageImageSource::forPage(pdf));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("p.pdf: cannot read the page image")), qPrintable(bad.error));
}

void TestPageImage::folderOrFifoNamedLikeAScanIsNeverOpened()
{
    QTemporaryDir dir;
    QVERIFY(copy(kData + QStringLiteral("/desk-alto.xml"), dir.filePath(QStringLiteral("page.xml"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("desk-alto.png")));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("page.png"))).constData(), 0600) == 0);
    // Neither the folder the file names nor the FIFO with the file's own name is taken (a FIFO would block).
    const PageImageSource s = PageImageSource::forPage(importFirst(dir.filePath(QStringLiteral("page.xml"))));
    QCOMPARE(s.kind, PageImageSource::Kind::None);
    QVERIFY(s.tried.contains(dir.filePath(QStringLiteral("page.png"))));
    QVERIFY(!s.missing.isEmpty());
}

void TestPageImage::altoFolderIssueGivesEachPageItsOwnScan()
{
    // A folder of three ALTO files opens as one issue; each printed page has its own file, size and scan:
    // p1 names desk-alto.png, p2 names scan-2.png (a smaller sheet), p3 names a scan that is not there
    // but has p3.jpg beside it.
    QTemporaryDir dir;
    QFile in(kData + QStringLiteral("/desk-alto.xml"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray xml = in.readAll();
    auto write = [&](const QString &name, QByteArray text) {
        QFile out(dir.filePath(name));
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size() && out.flush();
    };
    QVERIFY(write(QStringLiteral("p1.xml"), xml));
    QVERIFY(write(QStringLiteral("p2.xml"), QByteArray(xml)
                                               .replace("<fileName>desk-alto.png</fileName>", "<fileName>scan-2.png</fileName>")
                                               .replace("WIDTH=\"600\" HEIGHT=\"800\" PHYSICAL_IMG_NR=\"1\"",
                                                        "WIDTH=\"580\" HEIGHT=\"780\" PHYSICAL_IMG_NR=\"2\"")));
    QVERIFY(write(QStringLiteral("p3.xml"), QByteArray(xml).replace("<fileName>desk-alto.png</fileName>", "<fileName>gone.tif</fileName>")));
    QVERIFY(copy(kData + QStringLiteral("/desk-alto.png"), dir.filePath(QStringLiteral("desk-alto.png"))));
    QVERIFY(QImage(58, 78, QImage::Format_Grayscale8).save(dir.filePath(QStringLiteral("scan-2.png"))));
    QVERIFY(QImage(60, 80, QImage::Format_Grayscale8).save(dir.filePath(QStringLiteral("p3.jpg"))));
    const ImportResult r = IssueImporter::importPath(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Page &issue = r.pages.first();
    QCOMPARE(issue.printedPageCount(), 3);

    const PageImageSource one = PageImageSource::forPage(issue, 0);
    QCOMPARE(one.kind, PageImageSource::Kind::Scan);
    QCOMPARE(one.path, dir.filePath(QStringLiteral("desk-alto.png")));
    QCOMPARE(one.pageSize, QSizeF(600, 800));
    const PageImageSource two = PageImageSource::forPage(issue, 1);
    QCOMPARE(two.kind, PageImageSource::Kind::Scan);
    QCOMPARE(two.path, dir.filePath(QStringLiteral("scan-2.png")));
    QCOMPARE(two.pageSize, QSizeF(580, 780));
    QCOMPARE(two.unit, GeometryUnit::Pixel);
    const PageImageSource three = PageImageSource::forPage(issue, 2);
    QCOMPARE(three.kind, PageImageSource::Kind::Scan);
    QCOMPARE(three.path, dir.filePath(QStringLiteral("p3.jpg")));
    QVERIFY(three.tried.indexOf(dir.filePath(QStringLiteral("gone.tif"))) == 0);
    // Out of range is clamped; the default is the first printed page.
    QCOMPARE(PageImageSource::forPage(issue, 7).path, three.path);
    QCOMPARE(PageImageSource::forPage(issue).path, one.path);

    // Without its scan a page says which file named which scan.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("scan-2.png"))));
    const PageImageSource gone = PageImageSource::forPage(issue, 1);
    QCOMPARE(gone.kind, PageImageSource::Kind::None);
    QVERIFY2(gone.missing.contains(QStringLiteral("scan-2.png")) && gone.missing.contains(QStringLiteral("p2.xml")),
             qPrintable(gone.missing));
}

void TestPageImage::pdfIssuePageIsItsPdfPage()
{
    // A multi-page PDF issue: printed page n is page n of the PDF, with its own size.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("issue.pdf"));
    QVERIFY(copy(kData + QStringLiteral("/desk-page.pdf"), pdf));
    Page issue(QStringLiteral("one\f\ntwo\f\nthree"));
    issue.setSourcePath(pdf);
    issue.setEncoding(QStringLiteral("PDF"));
    issue.setGeometryUnit(GeometryUnit::PdfPoint);
    issue.setPageSize(QSizeF(420, 595));
    issue.setPrintedPages({{1, {0, 3}, QSizeF(420, 595), {}, {}},
                           {2, {5, 8}, QSizeF(595, 842), {}, {}},
                           {3, {10, 15}, QSizeF(842, 595), {}, {}}});
    for (int i = 0; i < 3; ++i) {
        const PageImageSource s = PageImageSource::forPage(issue, i);
        QCOMPARE(s.kind, PageImageSource::Kind::PdfPage);
        QCOMPARE(s.path, pdf);
        QCOMPARE(s.pdfPageIndex, i);
        QCOMPARE(s.pageSize, issue.printedPages()[i].size);
    }
    // A folder of PDFs: a page from another file is that file's page counted among the issue's pages
    // from it (a.pdf pages 1 and 2, then b.pdf page 1).
    const QString a = dir.filePath(QStringLiteral("a.pdf")), b = dir.filePath(QStringLiteral("b.pdf"));
    QVERIFY(copy(pdf, a) && copy(pdf, b));
    Page folder(issue.text());
    folder.setSourcePath(dir.path());
    folder.setEncoding(QStringLiteral("PDF"));
    folder.setGeometryUnit(GeometryUnit::PdfPoint);
    folder.setPrintedPages({{1, {0, 3}, QSizeF(420, 595), {}, a},
                            {2, {5, 8}, QSizeF(420, 595), {}, a},
                            {3, {10, 15}, QSizeF(420, 595), {}, b}});
    QCOMPARE(PageImageSource::forPage(folder, 1).path, a);
    QCOMPARE(PageImageSource::forPage(folder, 1).pdfPageIndex, 1);
    QCOMPARE(PageImageSource::forPage(folder, 2).path, b);
    QCOMPARE(PageImageSource::forPage(folder, 2).pdfPageIndex, 0);
}

QTEST_GUILESS_MAIN(TestPageImage)
#include "tst_pageimage.moc"
