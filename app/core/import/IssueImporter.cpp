// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueImporter.h"

#include "DocumentImporter.h"
#include "IssueJoiner.h"

#include <QDir>
#include <QFileInfo>

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

} // namespace

const QStringList &IssueImporter::pageFileSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("pdf"),
                                      QStringLiteral("xml"), QStringLiteral("html"), QStringLiteral("hocr")};
    return suffixes;
}

QStringList IssueImporter::folderPageFiles(const QString &folder)
{
    const QDir dir(folder);
    QStringList names;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (info.fileName().startsWith(u'.') || !pageFileSuffixes().contains(info.suffix().toLower()))
            continue;
        names.append(info.fileName());
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = naturalCompare(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    QStringList out;
    for (const QString &n : std::as_const(names))
        out.append(dir.absoluteFilePath(n));
    return out;
}

ImportResult IssueImporter::importPath(const QString &path, const ImportOptions &options)
{
    if (path == QLatin1String("-") || !QFileInfo(path).isDir())
        return IssueJoiner::join(DocumentImporter::importFile(path, options));

    ImportResult r;
    QList<Segmentation> declared;
    bool allDeclared = true;
    for (const QString &file : folderPageFiles(path)) {
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
