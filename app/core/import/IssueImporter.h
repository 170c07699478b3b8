// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IssueImporter: the one entry point that opens a source as ONE document, however many printed pages
// it holds (see IssueJoiner): a page file of any format DocumentImporter reads, or a FOLDER of page
// files (an issue scanned page by page). The result has at most one Page (the issue) and, when the
// source declares its articles (METS), one Segmentation joined alike.
// Folder: its page files — regular, non-hidden files whose name ends in one of pageFileSuffixes()
// (.txt .text .pdf .xml .html .hocr, any case: the page files of the Open dialog's filter) — in natural
// name order (runs of digits by value, other characters case-folded: "p2" before "p10"); each read
// with DocumentImporter, which picks the format by content. Every other file is not a page and is
// passed over without a word: the scans beside the text (.tif, .jpg, .png …), JSON of any kind
// (galley segment output, *.gold.json, *.layout.json, report.json), logs (*.err, *.log), Markdown,
// projects, files without a suffix. The last suffix decides ("p1.layout.json" is JSON, "p1.alto.xml"
// a page file). One file is read per page: of page files whose names differ only in the last suffix
// (p1.txt, p1.pdf, p1.xml — a page's OCR text, PDF and ALTO, as archives deliver them), the XML or
// hOCR/HTML one (boxes and OCR text), else the PDF, else the text — the next one when a file cannot
// be read (a PDF without a text layer); the files not read are named in warnings. A page file that cannot be read is left out with a warning naming it; a folder with no
// readable page file is an error naming the folder and the suffixes. Printed pages of a folder are
// numbered 1..n in that order; the document's source path is the folder and its SHA-256 empty (no
// single file to compare against).
// A single-page source gives exactly what DocumentImporter gives.
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QString>
#include <QStringList>

namespace galley {

class IssueImporter {
public:
    /// Reads path ("-": standard input; a folder: its page files) as one document.
    static ImportResult importPath(const QString &path, const ImportOptions &options = {});
    /// The pages of a folder in the order importPath() reads them, each as its page files (absolute
    /// paths), the one that holds most first; empty for a folder that holds none or cannot be listed.
    static QList<QStringList> folderPages(const QString &folder);
    /// The first file of each of folderPages() (the one importPath() reads when it can).
    static QStringList folderPageFiles(const QString &folder);
    /// The suffixes, lower case and without the dot, that make a file of a folder a page file.
    static const QStringList &pageFileSuffixes();
};

} // namespace galley
