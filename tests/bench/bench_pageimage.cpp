// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Page image benchmark (docs/performance.md, "Page image"): the time until the desk first shows a page's
// image, and how long the GUI thread is busy for it, for
//  - a typeset PDF page (../shared/dev-pages/zh-typeset/ts-01.pdf; skipped when absent), and
//  - large scans made here once in $TMPDIR/galley-bench-scans: 12000 x 16000 pixels (a broadsheet at
//    about 600 dpi) as JPEG, PNG, grey TIFF (192 MB uncompressed) and RGB TIFF (576 MB uncompressed).
// Not a test: it prints figures. Peak memory (VmHWM) is per process: run one function per process
// (bench_pageimage bigScan:tiff-rgb) to read it for one format.
//   cmake --build build --target bench_pageimage
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_pageimage
#include "PageImageView.h"
#include "image/PageImageLoader.h"
#include "import/DocumentImporter.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QGraphicsView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>
#include <QThreadPool>

using namespace galley;

namespace {

QString vmHwm()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    return QStringLiteral("?");
}

QString scanDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("galley-bench-scans"));
    QDir().mkpath(dir);
    return dir;
}

// A page-like grey image: paper, columns of "lines" of ink with noise, made once.
QImage makePage(QImage::Format format)
{
    constexpr int w = 12000, h = 16000;
    QImage img(w, h, format);
    QRandomGenerator rng(42);
    for (int y = 0; y < h; ++y) {
        const bool inkRow = (y / 60) % 2 == 0 && y % 60 < 40 && y > 600 && y < h - 600;
        uchar *line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int column = x % 2000;
            const bool ink = inkRow && column > 100 && column < 1900 && (rng.generate() & 3) == 0;
            const int v = ink ? 30 + int(rng.generate() % 40) : 228 + int(rng.generate() % 20);
            if (format == QImage::Format_Grayscale8) {
                line[x] = uchar(v);
            } else { // Format_RGB888: three bytes a pixel, a yellowed paper
                line[3 * x] = uchar(v);
                line[3 * x + 1] = uchar(v - 4);
                line[3 * x + 2] = uchar(v - 16);
            }
        }
    }
    return img;
}

QString ensureScan(const QString &name, const QByteArray &format, QImage::Format pixels, int compression = -1)
{
    const QString path = QDir(scanDir()).filePath(name);
    if (QFileInfo(path).size() > 0)
        return path;
    QElapsedTimer t;
    t.start();
    const QImage page = makePage(pixels);
    QImageWriter writer(path, format);
    if (compression >= 0)
        writer.setCompression(compression);
    if (format == "jpeg")
        writer.setQuality(85);
    if (!writer.write(page))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(writer.errorString()));
    qInfo("made %s (%lld bytes) in %lld ms", qPrintable(path), QFileInfo(path).size(), t.elapsed());
    return path;
}

struct Shown {
    qint64 first = 0; ///< ms until an image is on screen (a PDF page's quick rendering)
    qint64 sharp = 0; ///< ms until the final image is on screen
    qint64 gui = 0;   ///< ms the GUI thread was busy in all (the rest of the time it is free for the editor)
    qint64 longest = 0; ///< the longest single stretch the GUI thread was busy
    qint64 scroll = 0;  ///< ms for a repaint after scrolling by a screenful (median of 5)
};

// The desk's path: a document is set on the view, the image loads on the pool and is shown. The GUI
// thread's work is timed apart from the waiting for the worker (during which it would serve the editor).
Shown showInView(ReviewDocument &doc)
{
    PageImageView view;
    view.resize(800, 1000);
    view.show();
    Shown r;
    QElapsedTimer total, gui;
    total.start();
    auto busy = [&](auto &&work) {
        gui.restart();
        work();
        const qint64 ms = gui.elapsed();
        r.gui += ms;
        r.longest = std::max(r.longest, ms);
    };
    busy([&] { view.setReviewDocument(&doc); }); // regions, start of the load
    while (view.isLoading()) {
        QThreadPool::globalInstance()->waitForDone(); // the worker reads / renders
        busy([&] {
            QCoreApplication::processEvents(); // the result arrives: pixmap, scene, zoom
            view.repaint();
        });
        if (view.isImageShown() && !r.first)
            r.first = total.elapsed();
    }
    r.sharp = total.elapsed();
    view.zoomBy(2); // a page larger than the view, as when reading
    view.repaint();
    QList<qint64> scrolls;
    for (int i = 0; i < 5; ++i) {
        QScrollBar *bar = view.graphicsView()->verticalScrollBar();
        bar->setValue(i % 2 ? bar->minimum() : bar->maximum());
        gui.restart();
        view.repaint();
        scrolls.append(gui.elapsed());
    }
    std::sort(scrolls.begin(), scrolls.end());
    r.scroll = scrolls[2];
    if (!view.isImageShown())
        qWarning("no image: %s", qPrintable(view.message()));
    return r;
}

} // namespace

class BenchPageImage : public QObject {
    Q_OBJECT
private slots:
    void typesetPdfPage();
    void bigScan_data();
    void bigScan();
};

void BenchPageImage::typesetPdfPage()
{
    const QString pdf = QStringLiteral(GALLEY_SOURCE_DIR "/../shared/dev-pages/zh-typeset/ts-01.pdf");
    if (!QFileInfo::exists(pdf))
        QSKIP("../shared/dev-pages/zh-typeset/ts-01.pdf not available");
    QElapsedTimer t;
    t.start();
    const ImportResult r = DocumentImporter::importFile(pdf);
    QVERIFY(r.ok());
    const qint64 importMs = t.elapsed();
    Page page = r.pages.first();
    Segmentation seg = Segmenter::segment(page);
    ReviewDocument doc(page, seg);
    const qint64 segmentedMs = t.elapsed();
    const PageImage image = PageImageLoader::load(PageImageSource::forPage(doc.page()));
    QVERIFY2(image.ok(), qPrintable(image.error));
    qInfo("ts-01.pdf: import %lld ms, +segment %lld ms; render alone %lld ms to %dx%d",
          importMs, segmentedMs - importMs, image.milliseconds, image.image.width(), image.image.height());
    for (int run = 0; run < 3; ++run) {
        const Shown s = showInView(doc);
        qInfo("ts-01.pdf run %d: first show %lld ms, sharp %lld ms; GUI thread busy %lld ms (longest %lld ms); "
              "repaint after scrolling %lld ms", run + 1, s.first, s.sharp, s.gui, s.longest, s.scroll);
    }
    qInfo("VmHWM %s", qPrintable(vmHwm()));
}

void BenchPageImage::bigScan_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("jpeg") << "broadsheet.jpg";
    QTest::newRow("png") << "broadsheet.png";
    QTest::newRow("tiff-grey") << "broadsheet-grey.tif";
    QTest::newRow("tiff-rgb") << "broadsheet-rgb.tif";
}

void BenchPageImage::bigScan()
{
    QFETCH(QString, name);
    QString path;
    if (name.endsWith(QLatin1String(".jpg")))
        path = ensureScan(name, "jpeg", QImage::Format_Grayscale8);
    else if (name.endsWith(QLatin1String(".png")))
        path = ensureScan(name, "png", QImage::Format_Grayscale8, 1);
    else if (name.contains(QLatin1String("grey")))
        path = ensureScan(name, "tiff", QImage::Format_Grayscale8, 0);
    else
        path = ensureScan(name, "tiff", QImage::Format_RGB888, 0);
    PageImageSource source;
    source.kind = PageImageSource::Kind::Scan;
    source.path = path;
    source.unit = GeometryUnit::Pixel;
    source.pageSize = QSizeF(12000, 16000);
    const PageImage image = PageImageLoader::load(source);
    QVERIFY2(image.ok(), qPrintable(image.error));
    qInfo("%s (%lld MB on disk): read %lld ms to %dx%d; VmHWM %s", qPrintable(name), QFileInfo(path).size() >> 20,
          image.milliseconds, image.image.width(), image.image.height(), qPrintable(vmHwm()));
    // The same through the desk's view (a page with one block spanning the sheet).
    Page page(QStringLiteral("x"));
    page.setSourcePath(QDir(scanDir()).filePath(QStringLiteral("broadsheet.xml")));
    page.setGeometryUnit(GeometryUnit::Pixel);
    page.setPageSize(QSizeF(12000, 16000));
    page.setImageName(name);
    Block b;
    b.number = 1;
    b.span = {0, 1};
    b.box = QRectF(100, 100, 11800, 15800);
    page.setBlocks({b});
    Segmentation seg = Segmenter::segment(page);
    ReviewDocument doc(page, seg);
    const Shown s = showInView(doc);
    qInfo("%s: first show in the view %lld ms; GUI thread busy %lld ms (longest %lld ms); repaint after scrolling "
          "%lld ms; VmHWM %s", qPrintable(name), s.first, s.gui, s.longest, s.scroll, qPrintable(vmHwm()));
}

QTEST_MAIN(BenchPageImage)
#include "bench_pageimage.moc"
