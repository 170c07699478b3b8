// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BatchExporter: exports pages to files — one ReviewDocument (the Export dialog) or many page and
// project files at once (`galley export`), in parallel with QtConcurrent (one task per input file).
//
// File layout under ExportOptions::targetDir:
//   per page:     <page name>.<ext>                 page name = input file name without suffix,
//                                                   "-pN" added when a file holds several pages
//   per article:  [<page name>/]<headline>.<ext>    the page folder when subfolderPerPage is set
//   alto, page:   <page name>.alto.xml + <page name>.mets.xml, <page name>.page.xml — always per page
//                 (ExportFormats::isPageOnly), from the document itself (AltoWriter, MetsWriter,
//                 PageXmlWriter); the METS names the ALTO file by its planned name
// Names come from ExportFileNamer (safe everywhere, numbered to stay unique).
//
// A batch runs in three steps: (1) every input is read and rendered, in parallel; (2) the names of
// all its files are planned at once, in input order — unique case-insensitively across the whole
// batch (a two-page "a.txt" and an "a-p1.txt" do not both get "a-p1.txt"), and never the name of a
// protected file: an input of the batch, the document's own page file or ExportOptions::protectedFiles
// (the open project). Such a name gets "-export" added ("a.txt" → "a-export.txt") and a warning says
// so; (3) the files are written, in parallel. The rendered bytes of the whole batch are held in
// memory between (1) and (3).
// Every file is written by ExportFileWriter (atomic, only inside targetDir; never overwrites unless
// overwrite is set, and then reserves the name with O_EXCL so a parallel export cannot clobber it).
// A failure is recorded for its file (FileResult::error) and the export goes on with the others;
// BatchSummary::filesWritten counts only files that reached the disk.
#include "ExportArticle.h"
#include "ExportFormat.h"
#include "TextOptions.h"
#include "model/ReviewDocument.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace galley {

struct ExportOptions {
    ExportFormat format = ExportFormat::PlainText;
    bool perArticle = true;
    TextOptions text;
    QString targetDir;
    bool overwrite = false;
    /// Per-article files of each page go into a folder named after the page.
    bool subfolderPerPage = false;
    /// Files an export must never replace, whatever overwrite says (e.g. the open project file).
    /// The inputs of a batch and a document's own page file are protected without being listed.
    QStringList protectedFiles;
    /// Inputs rendered and written at once by BatchExporter::run; 0 = one per processor core.
    int jobs = 0;
};

struct FileResult {
    QString path;   ///< full path of the target file
    QString error;  ///< empty when written
    bool ok() const { return error.isEmpty(); }
};

/// The outcome for one input file (which may hold several pages).
struct InputResult {
    QString input;
    int pages = 0;
    int articles = 0;
    QList<FileResult> files;
    QString error;          ///< the input could not be read (import or project error); no files then
    QStringList warnings;   ///< import and conversion warnings
    int failedFiles() const;
};

struct BatchSummary {
    int inputs = 0;
    int failedInputs = 0;
    int pages = 0;
    int articles = 0;
    int filesWritten = 0;
    int filesFailed = 0;
    qint64 milliseconds = 0;
    QList<InputResult> results; ///< in input order
    bool ok() const { return failedInputs == 0 && filesFailed == 0; }
};

class BatchExporter {
public:
    /// The files one document gives: relative file names (in namer order) and their bytes.
    struct RenderedFile {
        QString relativePath;
        QByteArray bytes;
        QString error; ///< rendering failed
        QString extension; ///< without dot; empty = the format's (the METS beside an ALTO: "mets.xml")
        /// Set for a file that names the page's first file (the METS beside an ALTO): planNames makes
        /// its bytes from that file's planned name.
        std::function<QByteArray(const QString &firstFileName)> bytesFor;
    };
    /// The files of one document with their planned names (protected files avoided; the reason for
    /// each changed name is appended to *warnings).
    static QList<RenderedFile> render(const ReviewDocument &document, const ExportOptions &options, const QString &pageName,
                                      QStringList *warnings = nullptr);

    /// An export of one document planned but not rendered: its content and the files it gives, named
    /// as render() names them, without bytes. Export dialog: names at once, each file on demand.
    struct Plan {
        ExportPage page;           ///< empty when rendered
        QList<RenderedFile> files; ///< bytes empty; file i holds article i (per article) or the page
        /// ALTO (+ METS) and PAGE (ExportFormats::isPageOnly): written from the document, not from an
        /// ExportPage, so files come with their bytes (or error) and renderFile() is not for them.
        bool rendered = false;
    };
    static Plan plan(const ReviewDocument &document, const ExportOptions &options, const QString &pageName,
                     QStringList *warnings = nullptr);
    /// Renders file index of page (article index per article, else the whole page) in options.format.
    /// Reads only its arguments: safe on any thread (ODT/PDF need a QGuiApplication).
    static RenderedFile renderFile(const ExportPage &page, const ExportOptions &options, qsizetype index,
                                   const QString &relativePath);

    /// The files of one page before the batch plans their names: pageName as given, relative paths
    /// as render() names them for this page alone.
    struct RenderedPage {
        QString pageName;
        QList<RenderedFile> files;
    };
    /// Gives the files of pages (in batch order) their final relative paths as described above.
    /// protectedPaths: files never to be named (absolute or relative to the current folder).
    /// One note per renamed file is appended to notes[i] for page i (notes may be null).
    static void planNames(QList<RenderedPage> &pages, const ExportOptions &options, const QStringList &protectedPaths,
                          QList<QStringList> *notes = nullptr);

    /// Writes files (with planned names) into options.targetDir; one result per file, in order. A file
    /// that cannot be written has its reason in FileResult::error, for the caller to show (it is logged
    /// only at info level in galley.export, so the caller's message is the one the user sees).
    static QList<FileResult> writeFiles(const QList<RenderedFile> &files, const ExportOptions &options);

    /// Renders and writes one document. pageName names per-page files and page folders.
    static InputResult exportDocument(const ReviewDocument &document, const ExportOptions &options, const QString &pageName);

    /// Called after each input is done, from a worker thread, serialised (never two at once).
    using Progress = std::function<void(const InputResult &result, int done, int total)>;
    /// Imports (TextImporter + Segmenter, or ProjectFile for .galley files) and exports every input
    /// in parallel (options.jobs at once) on a thread pool of its own, whose threads have ended when it
    /// returns: PDF and ODT lay text out with fonts, and a worker thread that outlived the
    /// QGuiApplication would free its font cache after the font database is gone (an abort at exit).
    /// cancel (optional) stops before inputs not started yet.
    static BatchSummary run(const QStringList &inputs, const ExportOptions &options, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    /// Page names for inputs: safe file stems, unique case-insensitively in input order.
    static QStringList pageNames(const QStringList &inputs);
};

} // namespace galley
