// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageImageLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace galley {

namespace {

QString cannotRead(const QString &path, const QString &why)
{
    return QCoreApplication::translate("PageImageLoader", "%1: cannot read the page image: %2").arg(QDir::toNativeSeparators(path), why);
}

void renderPdfPage(PageImage &out, int maxSide)
{
    const PageImageSource &s = out.source;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(s.path);
    if (!doc) {
        out.error = cannotRead(s.path, QCoreApplication::translate("PageImageLoader", "not a readable PDF (damaged or not a PDF)"));
        return;
    }
    if (doc->isLocked()) {
        out.error = cannotRead(s.path, QCoreApplication::translate("PageImageLoader", "the PDF is encrypted"));
        return;
    }
    std::unique_ptr<Poppler::Page> page = s.pdfPageIndex < doc->numPages() ? doc->page(s.pdfPageIndex) : nullptr;
    if (!page) {
        out.error = cannotRead(s.path, QCoreApplication::translate("PageImageLoader", "the PDF has no page %1").arg(s.pdfPageIndex + 1));
        return;
    }
    const QSizeF points = page->pageSizeF();
    const double longSide = std::max(points.width(), points.height());
    if (!(longSide > 0)) {
        out.error = cannotRead(s.path, QCoreApplication::translate("PageImageLoader", "page %1 has no size").arg(s.pdfPageIndex + 1));
        return;
    }
    const double dpi = std::min(PageImageLoader::kMaxPdfDpi, maxSide * 72.0 / longSide);
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    doc->setRenderHint(Poppler::Document::TextHinting, true);
    out.image = page->renderToImage(dpi, dpi);
    if (out.image.isNull()) {
        out.error = cannotRead(s.path, QCoreApplication::translate("PageImageLoader", "poppler could not render page %1").arg(s.pdfPageIndex + 1));
        return;
    }
    out.fullSize = QSize(qRound(points.width() * PageImageLoader::kMaxPdfDpi / 72.0),
                         qRound(points.height() * PageImageLoader::kMaxPdfDpi / 72.0));
    // The boxes are poppler's points of this very page: the rendering maps them exactly.
    const QSizeF pageSize = s.pageSize.isEmpty() ? points : s.pageSize;
    out.mapping = PageImageMapping(GeometryUnit::PdfPoint, pageSize, out.image.size(), out.image.size());
}

// Averages k x k blocks of pixels (k >= 2): one pass over the image, the cheap first step from a full-size
// decode to the size shown (QImage's smooth scaling works on 32-bit pixels only and would first convert a
// broadsheet of grey bytes to four times its size). Grey images stay 8-bit; the rest become RGB32.
QImage boxDownscale(const QImage &source, int k)
{
    const bool grey = source.format() == QImage::Format_Grayscale8;
    const QImage in = grey ? source : source.convertToFormat(QImage::Format_RGB32);
    const int w = in.width() / k, h = in.height() / k;
    QImage out(w, h, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    if (out.isNull())
        return out;
    const int channels = grey ? 1 : 4;
    std::vector<quint32> sums(size_t(w) * channels);
    const quint32 area = quint32(k) * quint32(k);
    for (int y = 0; y < h; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int dy = 0; dy < k; ++dy) {
            const uchar *row = in.constScanLine(y * k + dy);
            for (int x = 0; x < w; ++x)
                for (int dx = 0; dx < k; ++dx)
                    for (int c = 0; c < channels; ++c)
                        sums[size_t(x) * channels + c] += row[(size_t(x) * k + dx) * channels + c];
        }
        uchar *dst = out.scanLine(y);
        for (size_t i = 0; i < sums.size(); ++i)
            dst[i] = uchar(sums[i] / area);
    }
    out.setDotsPerMeterX(in.dotsPerMeterX());
    out.setDotsPerMeterY(in.dotsPerMeterY());
    return out;
}

void readScan(PageImage &out, int maxSide)
{
    static std::once_flag raised;
    std::call_once(raised, [] {
        if (QImageReader::allocationLimit() < PageImageLoader::kAllocationLimitMiB)
            QImageReader::setAllocationLimit(PageImageLoader::kAllocationLimitMiB);
    });
    const PageImageSource &s = out.source;
    QImageReader reader(s.path);
    reader.setAutoTransform(false); // OCR coordinates refer to the stored pixels
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty()) {
        out.error = cannotRead(s.path, reader.canRead() ? reader.errorString() : QCoreApplication::translate("PageImageLoader", "not an image Qt can read (%1)").arg(reader.errorString()));
        return;
    }
    out.fullSize = full;
    QSize target = full;
    if (std::max(full.width(), full.height()) > maxSide)
        target = full.scaled(maxSide, maxSide, Qt::KeepAspectRatio);
    // Only the JPEG decoder really decodes at a reduced size (libjpeg's DCT scaling). For the others
    // (PNG, TIFF …) QImageReader's scaled size means a full decode to 32-bit pixels and QImage's smooth
    // scaling — four times the memory of a grey broadsheet; decoding as stored and averaging down is
    // faster and keeps grey 8-bit (bench_pageimage, docs/performance.md).
    const bool scalesWhileReading = reader.format() == "jpeg" && reader.supportsOption(QImageIOHandler::ScaledSize);
    if (target != full && scalesWhileReading)
        reader.setScaledSize(target);
    out.image = reader.read();
    if (out.image.isNull()) {
        out.error = cannotRead(s.path, reader.errorString());
        return;
    }
    if (out.image.size() != target) {
        const int k = std::min(out.image.width() / target.width(), out.image.height() / target.height());
        if (out.image.depth() == 1) // bilevel scans: grey averages read better than dropped pixels
            out.image = out.image.convertToFormat(QImage::Format_Grayscale8);
        if (k >= 2)
            out.image = boxDownscale(out.image, k);
        if (out.image.size() != target)
            out.image = out.image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // The stored resolution (decoders copy it to the scaled image); used only when the OCR gave no page size.
    const double dpi = out.image.dotsPerMeterX() > 0 ? out.image.dotsPerMeterX() * 0.0254 : 0;
    out.mapping = PageImageMapping(s.unit, s.pageSize, full, out.image.size(), dpi);
}

} // namespace

PageImage PageImageLoader::load(const PageImageSource &source, int maxSide)
{
    QElapsedTimer timer;
    timer.start();
    PageImage out;
    out.source = source;
    maxSide = std::max(16, maxSide);
    switch (source.kind) {
    case PageImageSource::Kind::None:
        out.error = source.missing.isEmpty() ? QCoreApplication::translate("PageImageLoader", "No page image: the page is text only") : source.missing;
        break;
    case PageImageSource::Kind::PdfPage:
        renderPdfPage(out, maxSide);
        break;
    case PageImageSource::Kind::Scan:
        readScan(out, maxSide);
        break;
    }
    if (!out.error.isEmpty())
        out.image = QImage();
    else if (out.image.format() != QImage::Format_RGB32 && out.image.format() != QImage::Format_ARGB32_Premultiplied)
        // In the screen's format here on the worker: the GUI thread then only wraps it in a pixmap
        // (a grey scan converted there took half a second of the window's time; bench_pageimage).
        out.image = out.image.convertToFormat(out.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                          : QImage::Format_RGB32);
    out.milliseconds = timer.elapsed();
    return out;
}

QFuture<PageImage> PageImageLoader::loadAsync(const PageImageSource &source, int maxSide)
{
    return QtConcurrent::run([source, maxSide] { return load(source, maxSide); });
}

} // namespace galley
