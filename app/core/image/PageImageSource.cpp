// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageImageSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sys/stat.h>

namespace galley {

namespace {

// A regular file (or a link to one): never a FIFO, device or folder, which an image reader would
// block on or read forever.
bool isRegularFile(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isPdfPage(const Page &page)
{
    return page.geometryUnit() == GeometryUnit::PdfPoint || page.encoding() == QLatin1String("PDF");
}

void appendOnce(QStringList &list, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!clean.isEmpty() && !list.contains(clean))
        list.append(clean);
}

// Where to look for the scan of page, in order.
QStringList scanCandidates(const Page &page)
{
    QStringList out;
    const QFileInfo source(page.sourcePath());
    const QDir dir = source.absoluteDir();
    // Names are written by scanners on any system: "C:\scans\0001.tif" means 0001.tif here.
    const QString named = QString(page.imageName()).replace(u'\\', u'/').trimmed();
    if (!named.isEmpty()) {
        if (QDir::isAbsolutePath(named))
            appendOnce(out, named);
        else
            appendOnce(out, dir.filePath(named));
        const QFileInfo name(named);
        appendOnce(out, dir.filePath(name.fileName()));
        for (const QString &suffix : PageImageSource::scanSuffixes())
            appendOnce(out, dir.filePath(name.completeBaseName() + suffix));
    }
    for (const QString &suffix : PageImageSource::scanSuffixes())
        appendOnce(out, dir.filePath(source.completeBaseName() + suffix));
    return out;
}

// Printed page index of an issue as a page of its own, with just what choosing its image needs (no text).
Page printedPageAlone(const Page &issue, int index)
{
    const QList<PrintedPage> &printed = issue.printedPages();
    const PrintedPage &pp = printed.at(std::clamp(index, 0, int(printed.size()) - 1));
    Page out;
    out.setEncoding(issue.encoding());
    out.setGeometryUnit(issue.geometryUnit());
    out.setPageSize(pp.size);
    out.setImageName(pp.imageName);
    if (pp.sourcePath.isEmpty() || pp.sourcePath == issue.sourcePath()) {
        out.setSourcePath(issue.sourcePath());
        out.setPageNumber(pp.number);
    } else {
        // A page of another file (a folder): its place among the pages from that file.
        int nth = 0;
        for (const PrintedPage &other : printed) {
            if (other.sourcePath == pp.sourcePath)
                ++nth;
            if (&other == &pp)
                break;
        }
        out.setSourcePath(pp.sourcePath);
        out.setPageNumber(nth);
    }
    return out;
}

} // namespace

QStringList PageImageSource::scanSuffixes()
{
    return {QStringLiteral(".tif"), QStringLiteral(".tiff"), QStringLiteral(".jpg"), QStringLiteral(".jpeg"),
            QStringLiteral(".png"), QStringLiteral(".jp2"), QStringLiteral(".TIF"), QStringLiteral(".TIFF"),
            QStringLiteral(".JPG"), QStringLiteral(".JPEG"), QStringLiteral(".PNG"), QStringLiteral(".JP2")};
}

PageImageSource PageImageSource::forPage(const Page &page, int printedPageIndex)
{
    if (!page.printedPages().isEmpty())
        return forPage(printedPageAlone(page, printedPageIndex));
    PageImageSource s;
    s.unit = page.geometryUnit();
    s.pageSize = page.pageSize();
    if (!page.hasGeometry())
        return s; // text input: nothing to show, nothing missing
    const QString sourceName = QDir::toNativeSeparators(page.sourcePath());
    if (page.sourcePath().isEmpty() || page.sourcePath() == QLatin1String("-")) {
        s.missing = QCoreApplication::translate("PageImageSource", "No page image: the page was not read from a file");
        return s;
    }
    if (isPdfPage(page)) {
        const QString path = QFileInfo(page.sourcePath()).absoluteFilePath();
        s.tried = {path};
        if (!isRegularFile(path)) {
            s.missing = QCoreApplication::translate("PageImageSource", "No page image: the PDF %1 is not there any more")
                            .arg(sourceName);
            return s;
        }
        s.kind = Kind::PdfPage;
        s.path = path;
        s.pdfPageIndex = std::max(0, page.pageNumber() - 1);
        return s;
    }
    s.tried = scanCandidates(page);
    for (const QString &candidate : std::as_const(s.tried))
        if (isRegularFile(candidate)) {
            s.kind = Kind::Scan;
            s.path = QFileInfo(candidate).absoluteFilePath();
            return s;
        }
    const QString folder = QDir::toNativeSeparators(QFileInfo(page.sourcePath()).absolutePath());
    s.missing = page.imageName().isEmpty()
        ? QCoreApplication::translate("PageImageSource", "No page image: %1 names no scan, and none with its name "
                                                         "(%2) is in %3")
              .arg(sourceName, QFileInfo(page.sourcePath()).completeBaseName() + QStringLiteral(".tif, .jpg, .png …"),
                   folder)
        : QCoreApplication::translate("PageImageSource", "No page image: the scan %1 named by %2 is not in %3")
              .arg(page.imageName(), sourceName, folder);
    return s;
}

PageImageMapping::PageImageMapping(GeometryUnit unit, QSizeF pageSize, QSize fullSize, QSize imageSize, double dpi)
{
    if (fullSize.isEmpty() || imageSize.isEmpty() || unit == GeometryUnit::None)
        return;
    double sx = 1, sy = 1;
    if (pageSize.width() > 0 && pageSize.height() > 0) {
        sx = fullSize.width() / pageSize.width();
        sy = fullSize.height() / pageSize.height();
    } else {
        const double d = dpi > 0 ? dpi : 300.0;
        switch (unit) {
        case GeometryUnit::None:
        case GeometryUnit::Pixel: sx = sy = 1; break;
        case GeometryUnit::PdfPoint: sx = sy = d / 72.0; break;
        case GeometryUnit::Mm10: sx = sy = d / 254.0; break;
        case GeometryUnit::Inch1200: sx = sy = d / 1200.0; break;
        }
    }
    sx *= double(imageSize.width()) / fullSize.width();
    sy *= double(imageSize.height()) / fullSize.height();
    m_pageToImage = QTransform::fromScale(sx, sy);
    m_valid = true;
}

} // namespace galley
