// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchExporter.h"

#include "Logging.h"

#include "ExportContent.h"
#include "ExportFileNamer.h"
#include "ExportFileWriter.h"
#include "ExportWriter.h"
#include "AltoWriter.h"
#include "MetsWriter.h"
#include "PageXmlWriter.h"
#include "import/DocumentImporter.h"
#include "import/IssueImporter.h"
#include "import/IssueJoiner.h"
#include "project/ProjectFile.h"
#include "segment/IssueSegmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace galley {

int InputResult::failedFiles() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FileResult &f) { return !f.ok(); }));
}

namespace {

// ALTO (+ METS) and PAGE of one printed page: written from the document with its geometry.
QList<BatchExporter::RenderedFile> renderLaidOutPage(const ReviewDocument &document, const ExportOptions &options,
                                                     const QString &pageName)
{
    BatchExporter::RenderedFile f;
    f.relativePath = ExportFileNamer().claim(pageName, ExportFormats::extension(options.format), QStringLiteral("page"));
    if (options.format == ExportFormat::PageXml) {
        PageXmlWriter::write(document, f.bytes, f.error);
        return {f};
    }
    QList<MetsWriter::Article> articles;
    if (!AltoWriter::write(document, f.bytes, f.error, &articles))
        return {f};
    BatchExporter::RenderedFile mets;
    mets.extension = QStringLiteral("mets.xml");
    mets.relativePath = ExportFileNamer().claim(pageName, mets.extension, QStringLiteral("page"));
    mets.bytesFor = [articles, pageName](const QString &alto) { return MetsWriter::write(articles, alto, pageName); };
    mets.bytes = mets.bytesFor(f.relativePath);
    return {f, mets};
}

// ALTO (+ METS) and PAGE: one file (and METS) per printed page — an issue's pages named
// "<page>-p<number>", each with its part of the articles and the editor's corrections there.
QList<BatchExporter::RenderedFile> renderLaidOut(const ReviewDocument &document, const ExportOptions &options,
                                                 const QString &pageName, QStringList *warnings)
{
    if (options.perArticle && warnings)
        warnings->append(QStringLiteral("%1: %2 is written for the whole page (one file per page, not per article)")
                             .arg(pageName, ExportFormats::displayName(options.format)));
    const Page &issue = document.page();
    if (issue.printedPageCount() == 1)
        return renderLaidOutPage(document, options, pageName);
    QList<BatchExporter::RenderedFile> files;
    for (int i = 0; i < issue.printedPageCount(); ++i) {
        ReviewDocument page(IssueJoiner::printedPage(issue, i), IssueJoiner::printedPageSegmentation(issue, document.segmentation(), i));
        QHash<int, QString> corrections;
        for (const Piece &p : page.segmentation().allPieces())
            if (document.hasCorrection(p.id))
                corrections.insert(p.id, document.corrections().value(p.id));
        page.setCorrections(corrections);
        files += renderLaidOutPage(page, options, QStringLiteral("%1-p%2").arg(pageName).arg(issue.printedPages()[i].number));
    }
    return files;
}

// The files of one page, named for this page alone (render() and the batch plan rename them);
// their bytes only when render is set.
QList<BatchExporter::RenderedFile> renderPage(const ExportPage &page, const ExportOptions &options, const QString &pageName,
                                              bool render, QStringList *warnings)
{
    const QString ext = ExportFormats::extension(options.format);
    QList<BatchExporter::RenderedFile> files;
    auto bytes = [&](BatchExporter::RenderedFile &f, qsizetype index) {
        if (render)
            f = BatchExporter::renderFile(page, options, index, f.relativePath);
    };
    if (!options.perArticle) {
        BatchExporter::RenderedFile f;
        f.relativePath = ExportFileNamer().claim(pageName, ext, QStringLiteral("page"));
        bytes(f, 0);
        files.append(f);
        return files;
    }
    ExportFileNamer namer;
    const QString folder = options.subfolderPerPage ? ExportFileNamer::safeName(pageName) + u'/' : QString();
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        const ExportArticle &a = page.articles[i];
        BatchExporter::RenderedFile f;
        f.relativePath = folder + namer.claim(a.headline, ext, QStringLiteral("article-%1").arg(a.number));
        bytes(f, i);
        files.append(f);
    }
    if (page.articles.isEmpty() && warnings)
        warnings->append(QStringLiteral("%1: no articles to export").arg(pageName));
    return files;
}

// The articles as the text formats export them; conversion problems go to warnings.
ExportPage contentOf(const ReviewDocument &document, const ExportOptions &options, QStringList *warnings)
{
    QStringList errors;
    ExportPage page = ExportContent::build(document, options.text, &errors);
    if (warnings)
        warnings->append(errors);
    return page;
}

QList<BatchExporter::RenderedFile> renderPage(const ReviewDocument &document, const ExportOptions &options,
                                              const QString &pageName, QStringList *warnings)
{
    if (ExportFormats::isPageOnly(options.format))
        return renderLaidOut(document, options, pageName, warnings);
    return renderPage(contentOf(document, options, warnings), options, pageName, true, warnings);
}

// Protected files, compared by absolute path with case folded (macOS and Windows ignore case) and,
// for a target that exists, by canonical path (a --to given through a link to the input folder).
class ProtectedFiles {
public:
    explicit ProtectedFiles(const QStringList &paths)
    {
        for (const QString &p : paths) {
            if (p.isEmpty() || p == QLatin1String("-"))
                continue;
            const QFileInfo info(p);
            m_keys.insert(key(info.absoluteFilePath()));
            if (info.exists())
                m_canonical.insert(info.canonicalFilePath());
        }
    }
    bool contains(const QString &path) const
    {
        if (m_keys.contains(key(QFileInfo(path).absoluteFilePath())))
            return true;
        const QFileInfo info(path);
        return info.exists() && m_canonical.contains(info.canonicalFilePath());
    }

private:
    static QString key(const QString &absolute) { return QDir::cleanPath(absolute).toCaseFolded(); }
    QSet<QString> m_keys;
    QSet<QString> m_canonical;
};

} // namespace

QList<BatchExporter::RenderedFile> BatchExporter::render(const ReviewDocument &document, const ExportOptions &options,
                                                         const QString &pageName, QStringList *warnings)
{
    Plan planned = plan(document, options, pageName, warnings);
    if (!planned.rendered)
        for (qsizetype i = 0; i < planned.files.size(); ++i)
            planned.files[i] = renderFile(planned.page, options, i, planned.files[i].relativePath);
    return planned.files;
}

BatchExporter::Plan BatchExporter::plan(const ReviewDocument &document, const ExportOptions &options, const QString &pageName,
                                        QStringList *warnings)
{
    Plan out;
    QList<RenderedPage> pages;
    if (ExportFormats::isPageOnly(options.format)) {
        // ALTO (+ METS), PAGE: one page file written from the document itself, here and now.
        out.rendered = true;
        pages.append(RenderedPage{pageName, renderLaidOut(document, options, pageName, warnings)});
    } else {
        out.page = contentOf(document, options, warnings);
        pages.append(RenderedPage{pageName, renderPage(out.page, options, pageName, false, warnings)});
    }
    QList<QStringList> notes;
    planNames(pages, options, QStringList{document.page().sourcePath()}, &notes);
    if (warnings)
        warnings->append(notes.value(0));
    out.files = pages.first().files;
    return out;
}

BatchExporter::RenderedFile BatchExporter::renderFile(const ExportPage &page, const ExportOptions &options, qsizetype index,
                                                      const QString &relativePath)
{
    RenderedFile f;
    f.relativePath = relativePath;
    if (!options.perArticle)
        f.bytes = ExportWriter::render(options.format, page, &f.error);
    else if (index >= 0 && index < page.articles.size())
        f.bytes = ExportWriter::render(options.format, ExportWriter::singleArticle(page, index), &f.error);
    else
        f.error = QStringLiteral("no such article");
    return f;
}

void BatchExporter::planNames(QList<RenderedPage> &pages, const ExportOptions &options, const QStringList &protectedPaths,
                              QList<QStringList> *notes)
{
    const ProtectedFiles protectedFiles(protectedPaths + options.protectedFiles);
    const QDir target(options.targetDir);
    const QString ext = ExportFormats::extension(options.format);
    const QString dotExt = u'.' + ext;
    QHash<QString, ExportFileNamer> namers; // by folder (relative, case-folded); "" = the target folder
    if (notes)
        *notes = QList<QStringList>(pages.size());

    // A unique name for stem in folder that is not a protected file.
    auto claim = [&](qsizetype page, const QString &folder, const QString &stem, const QString &fileExt) {
        ExportFileNamer &namer = namers[folder.toCaseFolded()];
        auto relative = [&](const QString &name) { return folder.isEmpty() ? name : folder + u'/' + name; };
        QString path = relative(namer.claim(stem, fileExt, QStringLiteral("page")));
        while (protectedFiles.contains(target.filePath(path))) {
            const QString instead = relative(namer.claim(ExportFileNamer::safeName(stem) + QStringLiteral("-export"), fileExt));
            if (notes)
                (*notes)[page].append(QStringLiteral("%1 is an input of this export (a page or the open project) and is never "
                                                     "replaced; writing %2 instead")
                                          .arg(QDir::toNativeSeparators(target.filePath(path)),
                                               QDir::toNativeSeparators(target.filePath(instead))));
            path = instead;
        }
        return path;
    };
    auto stemOf = [&](const QString &fileName) {
        return fileName.endsWith(dotExt) ? fileName.chopped(dotExt.size()) : fileName;
    };

    for (qsizetype p = 0; p < pages.size(); ++p) {
        RenderedPage &page = pages[p];
        if (!options.perArticle || ExportFormats::isPageOnly(options.format)) {
            // One file per printed page (named after the page, or as rendered for an issue's pages);
            // a file written for the one before it (the METS beside an ALTO) takes that one's stem.
            const qsizetype pageFiles = std::count_if(page.files.cbegin(), page.files.cend(),
                                                      [](const RenderedFile &f) { return !f.bytesFor; });
            QString last;
            for (RenderedFile &f : page.files) {
                const QString fileExt = f.extension.isEmpty() ? ext : f.extension;
                if (f.bytesFor && !last.isEmpty()) {
                    f.relativePath = claim(p, QString(), last.chopped(dotExt.size()), fileExt);
                    f.bytes = f.bytesFor(last);
                    continue;
                }
                const QString stem = pageFiles == 1 ? page.pageName : stemOf(f.relativePath.section(u'/', -1));
                f.relativePath = claim(p, QString(), stem, fileExt);
                last = f.relativePath;
            }
            continue;
        }
        const QString folder = options.subfolderPerPage ? namers[QString()].claim(page.pageName, QString(), QStringLiteral("page"))
                                                        : QString();
        for (RenderedFile &f : page.files)
            f.relativePath = claim(p, folder, stemOf(f.relativePath.section(u'/', -1)), ext);
    }
}

QList<FileResult> BatchExporter::writeFiles(const QList<RenderedFile> &files, const ExportOptions &options)
{
    QList<FileResult> results;
    const QDir target(options.targetDir);
    for (const RenderedFile &f : files) {
        FileResult fr;
        fr.path = target.filePath(f.relativePath);
        if (!f.error.isEmpty())
            fr.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(fr.path), f.error);
        else
            ExportFileWriter::write(options.targetDir, f.relativePath, f.bytes, options.overwrite, &fr.error);
        // The failure goes back in FileResult::error, which every caller shows (galley export on standard
        // error, the Export dialog in its list); logged as info only, so it is not shown twice.
        if (fr.ok())
            qCDebug(lcExport, "wrote %s (%lld bytes)", qPrintable(fr.path), qint64(f.bytes.size()));
        else
            qCInfo(lcExport, "%s", qPrintable(fr.error));
        results.append(fr);
    }
    return results;
}

InputResult BatchExporter::exportDocument(const ReviewDocument &document, const ExportOptions &options, const QString &pageName)
{
    InputResult result;
    result.input = document.page().sourcePath();
    result.pages = 1;
    result.articles = int(document.segmentation().articles.size());
    result.files = writeFiles(render(document, options, pageName, &result.warnings), options);
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
    // Declared before every value the workers touch, so its destructor (which waits for the workers
    // and ends their threads) runs while those values still exist.
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());

    // 1. Read and render every input.
    struct Rendered {
        InputResult result;
        QList<RenderedPage> pages;
    };
    auto read = [&](int i) -> Rendered {
        Rendered out;
        InputResult &r = out.result;
        r.input = inputs[i];
        auto add = [&](const ReviewDocument &doc, const QString &name) {
            r.pages += 1;
            r.articles += int(doc.segmentation().articles.size());
            out.pages.append(RenderedPage{name, renderPage(doc, options, name, &r.warnings)});
        };
        if (cancel && cancel->load()) {
            r.error = QStringLiteral("%1: cancelled").arg(inputs[i]);
        } else if (ProjectFile::isProjectFile(inputs[i])) {
            QString error;
            std::unique_ptr<ReviewDocument> doc = ProjectFile::load(inputs[i], &error, &r.warnings);
            if (!doc)
                r.error = error;
            else
                add(*doc, names[i]);
        } else {
            // A multi-page source is one document (an issue): its articles once, a cross-page one whole.
            // ALTO and PAGE are written per printed page against their source page, so for them each
            // page stays its own document (AltoWriter cannot write a joined issue yet).
            const ImportResult imported = ExportFormats::isPageOnly(options.format) ? DocumentImporter::importFile(inputs[i])
                                                                                    : IssueImporter::importPath(inputs[i]);
            r.warnings = imported.warnings;
            if (!imported.ok()) {
                r.error = imported.error;
            } else {
                for (qsizetype p = 0; p < imported.pages.size(); ++p) {
                    Page page = imported.pages[p];
                    // The articles the source declares (METS, tagged PAGE), else the engine's.
                    Segmentation seg = p < imported.segmentations.size() ? imported.segmentations[p] : IssueSegmenter::segment(page);
                    const ReviewDocument doc(page, seg);
                    add(doc, imported.pages.size() > 1 ? QStringLiteral("%1-p%2").arg(names[i]).arg(page.pageNumber()) : names[i]);
                }
            }
        }
        return out;
    };
    QList<Rendered> rendered = QtConcurrent::blockingMapped<QList<Rendered>>(&pool, indexes, std::function<Rendered(int)>(read));

    // 2. Plan every name of the batch at once, in input order.
    QList<RenderedPage> allPages;
    for (const Rendered &one : std::as_const(rendered))
        allPages += one.pages;
    QList<QStringList> notes;
    planNames(allPages, options, inputs, &notes);
    for (qsizetype i = 0, p = 0; i < rendered.size(); ++i)
        for (RenderedPage &page : rendered[i].pages) {
            rendered[i].result.warnings += notes[p];
            page = allPages[p++];
        }

    // 3. Write.
    QMutex progressMutex;
    int done = 0;
    auto write = [&](int i) -> InputResult {
        InputResult r = rendered[i].result;
        if (r.error.isEmpty() && cancel && cancel->load())
            r.error = QStringLiteral("%1: cancelled").arg(inputs[i]);
        else if (r.error.isEmpty())
            for (const RenderedPage &page : std::as_const(rendered[i].pages))
                r.files += writeFiles(page.files, options);
        if (progress) {
            QMutexLocker lock(&progressMutex);
            progress(r, ++done, int(inputs.size()));
        }
        return r;
    };

    BatchSummary summary;
    summary.inputs = int(inputs.size());
    summary.results = QtConcurrent::blockingMapped<QList<InputResult>>(&pool, indexes, std::function<InputResult(int)>(write));
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
