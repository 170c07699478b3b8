// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueImporter.h"

#include "DocumentImporter.h"
#include "IssueJoiner.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace galley {

namespace {

// Natural order: runs of digits compare by value ("p2" < "p10"), other characters case-insensitively.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i;
            qsizetype je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            // Compare by value without overflow: strip leading zeros, then length, then digits.
            QStringView x = QStringView(a).sliced(i, ie - i);
            QStringView y = QStringView(b).sliced(j, je - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.sliced(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.sliced(1);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y); c != 0)
                return c;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (i < a.size()) - (j < b.size());
}

// How much of a page a page file holds, by its suffix (lower is more): boxes with the OCR text
// (ALTO, PAGE, METS, hOCR), a PDF's text with its boxes, the text alone.
int pageFileRank(const QString &suffix)
{
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("hocr") || suffix == QLatin1String("html"))
        return 0;
    return suffix == QLatin1String("pdf") ? 1 : 2;
}

// One page of a folder from its files (best first, IssueImporter::folderPages): the first that
// reads; a file that does not is named in warnings and the next one tried; the files after the one
// read are named as not read. The result of the last file tried.
ImportResult readPage(const QStringList &files, const ImportOptions &options, QStringList *warnings)
{
    ImportResult one;
    for (qsizetype i = 0; i < files.size(); ++i) {
        one = DocumentImporter::importFile(files[i], options);
        *warnings += one.warnings;
        if (!one.ok()) {
            warnings->append(QStringLiteral("%1: left out of the issue: %2").arg(files[i], one.error));
            continue;
        }
        for (qsizetype j = i + 1; j < files.size(); ++j)
            warnings->append(QStringLiteral("%1: not read: %2 of this folder holds the same page")
                                 .arg(files[j], QFileInfo(files[i]).fileName()));
        break;
    }
    return one;
}

} // namespace

const QStringList &IssueImporter::pageFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("pdf"),
                                      QStringLiteral("xml"), QStringLiteral("html"), QStringLiteral("hocr")};
    return suffixes;
}

QList<QStringList> IssueImporter::folderPages(const QString &folder)
{
    const QDir dir(folder);
    // One page per name: the page files that differ only in their last suffix (p1.txt, p1.xml,
    // p1.pdf: one page's OCR text, ALTO and PDF) are one page's files (base names case-folded).
    QMap<QString, QList<QFileInfo>> byPage;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (info.fileName().startsWith(u'.') || !pageFileSuffixes().contains(info.suffix().toLower()))
            continue;
        byPage[info.completeBaseName().toCaseFolded()].append(info);
    }
    QList<QStringList> pages;
    for (QList<QFileInfo> &files : byPage) {
        // The one that holds most first (pageFileRank), then by name.
        std::stable_sort(files.begin(), files.end(), [](const QFileInfo &x, const QFileInfo &y) {
            return pageFileRank(x.suffix().toLower()) < pageFileRank(y.suffix().toLower());
        });
        QStringList paths;
        for (const QFileInfo &info : std::as_const(files))
            paths.append(dir.absoluteFilePath(info.fileName()));
        pages.append(paths);
    }
    // Pages in natural order of their first file's name.
    std::sort(pages.begin(), pages.end(), [](const QStringList &x, const QStringList &y) {
        const QString a = QFileInfo(x.first()).fileName(), b = QFileInfo(y.first()).fileName();
        const int c = naturalCompare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    return pages;
}

QStringList IssueImporter::folderPageFiles(const QString &folder)
{
    QStringList out;
    for (const QStringList &files : folderPages(folder))
        out.append(files.first());
    return out;
}

ImportResult IssueImporter::importPath(const QString &path, const ImportOptions &options)
{
    if (path == QLatin1String("-") || !QFileInfo(path).isDir())
        return IssueJoiner::join(DocumentImporter::importFile(path, options));

    ImportResult r;
    QList<Segmentation> declared;
    bool allDeclared = true;
    for (const QStringList &files : folderPages(path)) {
        ImportResult one = readPage(files, options, &r.warnings);
        if (!one.ok())
            continue;
        if (r.encoding.isEmpty()) {
            r.encoding = one.encoding;
            r.encodingReason = one.encodingReason;
        }
        allDeclared = allDeclared && one.segmentations.size() == one.pages.size();
        declared += one.segmentations;
        r.pages += one.pages;
    }
    if (r.pages.isEmpty()) {
        r.error = QStringLiteral("%1: no page file in this folder that Galley can read (page files end in .%2)")
                      .arg(path, pageFileSuffixes().join(QLatin1String(", .")));
        return r;
    }
    for (qsizetype i = 0; i < r.pages.size(); ++i)
        r.pages[i].setPageNumber(int(i) + 1);
    if (allDeclared)
        r.segmentations = declared;
    r = IssueJoiner::join(r);
    Page &issue = r.pages.first();
    if (issue.printedPages().isEmpty()) { // a folder with one page file: still the folder's document
        issue.setPageNumber(1);
        return r;
    }
    // Every printed page names its own file; the document is the folder.
    QList<PrintedPage> printed = issue.printedPages();
    const QString firstFile = issue.sourcePath();
    for (PrintedPage &pp : printed)
        if (pp.sourcePath.isEmpty())
            pp.sourcePath = firstFile;
    issue.setPrintedPages(printed);
    issue.setSourcePath(path);
    issue.setSha256({});
    return r;
}

} // namespace galley
