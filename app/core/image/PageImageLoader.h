// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageImageLoader: reads the image a PageImageSource names, small enough to show, off the GUI thread.
//  - PDF page: rendered with poppler-qt6 at the resolution that makes its longer side maxSide pixels
//    (at most kMaxPdfDpi), anti-aliased.
//  - Scan: read with QImageReader and DOWNSCALED so that its longer side is at most maxSide pixels:
//    JPEG decodes at reduced size (QImageReader::setScaledSize, libjpeg's DCT scaling); the other
//    formats (PNG, TIFF …) decode once as stored (grey stays 8-bit) and are averaged down in blocks, then
//    scaled smoothly to the exact size (the reader's allocation limit is raised once, to
//    kAllocationLimitMiB, so that a broadsheet of 1 GB uncompressed can be read at all).
//    Measured times: docs/performance.md ("Page image").
// The result carries the mapping from the page's boxes (GeometryUnit) to the image's pixels.
// Errors: PageImage::error, "FILE: cannot read the page image: reason" (missing, not an image, damaged,
// too large for the allocation limit); never an exception, never a crash.
// Thread safety: load() is reentrant (each call opens its own reader / poppler document); loadAsync()
// runs it on QThreadPool::globalInstance() (QtConcurrent) and the caller watches the QFuture.
#include "PageImageSource.h"

#include <QFuture>
#include <QImage>
#include <QSize>
#include <QString>

namespace galley {

struct PageImage {
    PageImageSource source;
    QImage image;             ///< the image to show (downscaled, RGB32 or ARGB32 premultiplied); null on error
    QSize fullSize;           ///< the scan's stored size, or the PDF page rendered at kMaxPdfDpi
    PageImageMapping mapping; ///< page units (source.unit) → pixels of image
    QString error;            ///< empty on success
    qint64 milliseconds = 0;  ///< time load() took (reading and decoding / rendering)
    bool ok() const { return error.isEmpty() && !image.isNull(); }
};

class PageImageLoader {
public:
    /// Default longer side of the image held for the view, in pixels (about 200 dpi on a tabloid page).
    static constexpr int kDefaultMaxSide = 3600;
    /// Highest resolution a PDF page is rendered at.
    static constexpr double kMaxPdfDpi = 300;
    /// QImageReader allocation limit this loader sets (MiB), for formats decoded at full size first.
    static constexpr int kAllocationLimitMiB = 2048;

    /// Reads source's image (any thread). A source without an image gives an error from source.missing.
    static PageImage load(const PageImageSource &source, int maxSide = kDefaultMaxSide);
    /// load() on the global thread pool.
    static QFuture<PageImage> loadAsync(const PageImageSource &source, int maxSide = kDefaultMaxSide);
};

} // namespace galley
