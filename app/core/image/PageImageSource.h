// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageImageSource: where the printed image of one page comes from, and how its boxes map onto it.
//  - PDF input (GeometryUnit::PdfPoint, Page::encoding() "PDF"): the page of the PDF file itself,
//    rendered by PageImageLoader with poppler-qt6.
//  - ALTO / hOCR / PAGE input: the scan the file names (Page::imageName(), ALTO
//    sourceImageInformation/fileName, PAGE imageFilename, hOCR "image"), resolved against the folder of
//    the source file; failing that the same base name with .tif/.tiff/.jpg/.jpeg/.png/.jp2 in that
//    folder, then the source file's own base name with those suffixes (scanners and library
//    deliveries name the scan like the OCR file: 0001.xml beside 0001.tif).
//  - Text input: no image (kind None, and no message: there is nothing to show).
// Only regular files are chosen (a FIFO or device named by a file is never opened).
//
// The one place the desk asks "which image for this page?": forPage(page, printedPageIndex). A document
// of several printed pages (an issue, Page::printedPages(), PrintedPage.h) gives each printed page its
// own image: its PrintedPage::size, imageName and sourcePath (a folder of ALTO files: that page's own
// file and the scan it names, looked for beside that file), and for a PDF its PrintedPage::number as the
// PDF page. A printed page from a file other than the document's (a folder of PDFs) is that file's page
// counted among the document's printed pages from the same file (1st, 2nd …). A single-page document is
// its own Page (size, image name, source path, Page::pageNumber()).
#include "model/Page.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTransform>

namespace galley {

struct PageImageSource {
    enum class Kind {
        None,    ///< nothing to show (text input, or no image found: see missing)
        PdfPage, ///< page pdfPageIndex of the PDF at path
        Scan,    ///< the image file at path
    };
    Kind kind = Kind::None;
    QString path;          ///< absolute path of the PDF or scan; empty for None
    int pdfPageIndex = 0;  ///< 0-based page of the PDF (PdfPage only)
    GeometryUnit unit = GeometryUnit::None; ///< unit of the page's boxes
    QSizeF pageSize;       ///< page size in unit (Page::pageSize()); empty if the source gave none
    /// Why there is no image although the page has geometry ("…: no page image: x.tif not found in /dir"),
    /// naming the source file; empty when an image was found or the page is text only.
    QString missing;
    /// The paths that were tried, in order (for the message and tests).
    QStringList tried;

    bool hasImage() const { return kind != Kind::None; }

    /// The image of printed page printedPageIndex (an index into page.printedPages(), clamped to
    /// [0, page.printedPageCount()); ignored for a single-page document). pageSize is that printed page's.
    static PageImageSource forPage(const Page &page, int printedPageIndex = 0);
    /// The file suffixes tried for a scan beside the OCR file, in order.
    static QStringList scanSuffixes();
};

/// Maps boxes in a page's GeometryUnit to pixels of an image of that page, and back.
/// With the page size known the mapping stretches the page onto the image (scan and OCR describe the
/// same sheet); without it the unit fixes the scale at the image's resolution (dpi; 300 when the image
/// does not say): pt = dpi/72 px, mm10 = dpi/254 px, inch1200 = dpi/1200 px, pixel = 1 px (of the
/// image at full size: a downscaled image scales by its own factor, fullSize → imageSize).
class PageImageMapping {
public:
    PageImageMapping() = default;
    /// pageSize and unit as PageImageSource; fullSize: the image's size as stored (before any
    /// downscaling); imageSize: the size of the image actually held; dpi: the stored image's resolution.
    PageImageMapping(GeometryUnit unit, QSizeF pageSize, QSize fullSize, QSize imageSize, double dpi = 0);

    /// Page units → image pixels (a scale; no rotation or offset).
    const QTransform &pageToImage() const { return m_pageToImage; }
    /// Image pixels → page units.
    QTransform imageToPage() const { return m_pageToImage.inverted(); }
    QRectF toImage(const QRectF &pageBox) const { return m_pageToImage.mapRect(pageBox); }
    bool isValid() const { return m_valid; }

private:
    QTransform m_pageToImage;
    bool m_valid = false;
};

} // namespace galley
