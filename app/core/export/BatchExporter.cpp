#include "BatchExporter.h"

#include "ExportContent.h"
#include "ExportFileNamer.h"
#include "ExportFileWriter.h"
#include "ExportWriter.h"
#include "import/TextImporter.h"
#include "project/ProjectFile.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace galley {

int InputResult::failedFiles() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FileResult &f) { return !f.ok(); }));
}

QList<BatchExporter::RenderedFile> BatchExporter::render(const ReviewDocument &document, const ExportOptions &options,
                                                         const QString &pageName, QStringList *warnings)
{
    QStringList errors;
    const ExportPage page = ExportContent::build(document, options.text, &errors);
    if (warnings)
        warnings->append(errors);
    const QString ext = ExportFormats::extension(options.format);
    QList<RenderedFile> files;
    if (!options.perArticle) {
        RenderedFile f;
        f.relativePath = ExportFileNamer().claim(pageName, ext, QStringLiteral("page"));
        f.bytes = ExportWriter::render(options.format, page, &f.error);
        files.append(f);
        return files;
    }
    ExportFileNamer namer;
    const QString folder = options.subfolderPerPage ? ExportFileNamer::safeName(pageName) + u'/' : QString();
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        const ExportArticle &a = page.articles[i];
        RenderedFile f;
        f.relativePath = folder + namer.claim(a.headline, ext, QStringLiteral("article-%1").arg(a.number));
        f.bytes = ExportWriter::render(options.format, ExportWriter::singleArticle(page, i), &f.error);
        files.append(f);
    }
    if (page.articles.isEmpty() && warnings)
        warnings->append(QStringLiteral("%1: no articles to export").arg(pageName));
    return files;
}

InputResult BatchExporter::exportDocument(const ReviewDocument &document, const ExportOptions &options, const QString &pageName)
{
    InputResult result;
    result.input = document.page().sourcePath();
    result.pages = 1;
    result.articles = int(document.segmentation().articles.size());
    const QDir target(options.targetDir);
    for (const RenderedFile &f : render(document, options, pageName, &result.warnings)) {
        FileResult fr;
        fr.path = target.filePath(f.relativePath);
        if (!f.error.isEmpty())
            fr.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(fr.path), f.error);
        else
            ExportFileWriter::write(fr.path, f.bytes, options.overwrite, &fr.error);
        result.files.append(fr);
    }
    return result;
}

QStringList BatchExporter::pageNames(const QStringList &inputs)
{
    ExportFileNamer namer;
    QStringList names;
    for (const QString &input : inputs) {
        const QString stem = input == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(input).completeBaseName();
        names.append(namer.claim(stem, QString(), QStringLiteral("page")));
    }
    return names;
}

BatchSummary BatchExporter::run(const QStringList &inputs, const ExportOptions &options, const Progress &progress,
                                const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList names = pageNames(inputs);
    QList<int> indexes(inputs.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QMutex progressMutex;
    int done = 0;

    auto work = [&](int i) -> InputResult {
        InputResult r;
        r.input = inputs[i];
        if (cancel && cancel->load()) {
            r.error = QStringLiteral("%1: cancelled").arg(inputs[i]);
        } else if (ProjectFile::isProjectFile(inputs[i])) {
            QString error;
            QStringList warnings;
            std::unique_ptr<ReviewDocument> doc = ProjectFile::load(inputs[i], &error, &warnings);
            if (!doc) {
                r.error = error;
            } else {
                r = exportDocument(*doc, options, names[i]);
                r.input = inputs[i];
                r.warnings = warnings + r.warnings;
            }
        } else {
            const ImportResult imported = TextImporter::importFile(inputs[i]);
            r.warnings = imported.warnings;
            if (!imported.ok()) {
                r.error = imported.error;
            } else {
                for (qsizetype p = 0; p < imported.pages.size(); ++p) {
                    Page page = imported.pages[p];
                    Segmentation seg = Segmenter::segment(page);
                    const ReviewDocument doc(page, seg);
                    const QString name = imported.pages.size() > 1 ? QStringLiteral("%1-p%2").arg(names[i]).arg(page.pageNumber()) : names[i];
                    const InputResult one = exportDocument(doc, options, name);
                    r.pages += 1;
                    r.articles += one.articles;
                    r.files += one.files;
                    r.warnings += one.warnings;
                }
            }
        }
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(r, ++done, int(inputs.size()));
        }
        return r;
    };

    BatchSummary summary;
    summary.inputs = int(inputs.size());
    summary.results = QtConcurrent::blockingMapped<QList<InputResult>>(indexes, std::function<InputResult(int)>(work));
    for (const InputResult &r : std::as_const(summary.results)) {
        if (!r.error.isEmpty())
            ++summary.failedInputs;
        summary.pages += r.pages;
        summary.articles += r.articles;
        for (const FileResult &f : r.files)
            f.ok() ? ++summary.filesWritten : ++summary.filesFailed;
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace galley
