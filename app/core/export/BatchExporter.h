#pragma once
// BatchExporter: exports pages to files — one ReviewDocument (the Export dialog) or many page and
// project files at once (`galley export`), in parallel with QtConcurrent (one task per input file).
//
// File layout under ExportOptions::targetDir:
//   per page:     <page name>.<ext>                 page name = input file name without suffix,
//                                                   "-pN" added when a file holds several pages
//   per article:  [<page name>/]<headline>.<ext>    the page folder when subfolderPerPage is set
// Names come from ExportFileNamer (safe everywhere, numbered to stay unique).
// Every file is written by ExportFileWriter (atomic; never overwrites unless overwrite is set).
// A failure is recorded for its file (FileResult::error) and the export goes on with the others.
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
    };
    static QList<RenderedFile> render(const ReviewDocument &document, const ExportOptions &options, const QString &pageName,
                                      QStringList *warnings = nullptr);

    /// Renders and writes one document. pageName names per-page files and page folders.
    static InputResult exportDocument(const ReviewDocument &document, const ExportOptions &options, const QString &pageName);

    /// Called after each input is done, from a worker thread, serialised (never two at once).
    using Progress = std::function<void(const InputResult &result, int done, int total)>;
    /// Imports (TextImporter + Segmenter, or ProjectFile for .galley files) and exports every input
    /// in parallel. cancel (optional) stops before inputs not started yet.
    static BatchSummary run(const QStringList &inputs, const ExportOptions &options, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    /// Page names for inputs: safe file stems, unique case-insensitively in input order.
    static QStringList pageNames(const QStringList &inputs);
};

} // namespace galley
