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

} // namespace

const QStringList &IssueImporter::pageFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("pdf"),
                                      QStringLiteral("xml"), QStringLiteral("html"), QStringLiteral("hocr")};
    return suffixes;
}

QStringList IssueImporter::folderPageFiles(const QString &folder, QStringList *sameAsAnother)
{
    const QDir dir(folder);
    // One file per page: of the page files that differ only in their last suffix (p1.txt, p1.xml,
    // p1.pdf: one page's OCR text, ALTO and PDF), the one that holds most (pageFileRank; base names
    // compared case-folded).
    QMap<QString, QFileInfo> byPage; // case-folded complete base name → the file read
    QStringList passedOver;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString suffix = info.suffix().toLower();
        if (info.fileName().startsWith(u'.') || !pageFileSuffixes().contains(suffix))
            continue;
        const QString page = info.completeBaseName().toCaseFolded();
        const auto it = byPage.find(page);
        if (it == byPage.end()) {
            byPage.insert(page, info);
        } else if (pageFileRank(suffix) < pageFileRank(it->suffix().toLower())) {
            passedOver.append(it->absoluteFilePath());
            *it = info;
        } else {
            passedOver.append(info.absoluteFilePath());
        }
    }
    QStringList names;
    for (const QFileInfo &info : std::as_const(byPage))
        names.append(info.fileName());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = naturalCompare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    QStringList out;
    for (const QString &n : std::as_const(names))
        out.append(dir.absoluteFilePath(n));
    if (sameAsAnother) {
        std::sort(passedOver.begin(), passedOver.end());
        *sameAsAnother = passedOver;
    }
    return out;
}

ImportResult IssueImporter::importPath(const QString &path, const ImportOptions &options)
{
    if (path == QLatin1String("-") || !QFileInfo(path).isDir())
        return IssueJoiner::join(DocumentImporter::importFile(path, options));

    ImportResult r;
    QList<Segmentation> declared;
    bool allDeclared = true;
    QStringList sameAsAnother;
    const QStringList files = folderPageFiles(path, &sameAsAnother);
    for (const QString &file : std::as_const(sameAsAnother))
        r.warnings.append(QStringLiteral("%1: not read: another file of this folder with the same name holds the same page").arg(file));
    for (const QString &file : files) {
        ImportResult one = DocumentImporter::importFile(file, options);
        r.warnings += one.warnings;
        if (!one.ok()) {
            r.warnings.append(QStringLiteral("%1: left out of the issue: %2").arg(file, one.error));
            continue;
        }
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
