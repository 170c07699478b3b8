// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLoader.h"

#include "Logging.h"

#include "ProjectFile.h"
#include "import/IssueImporter.h"
#include "segment/IssueSegmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>

namespace galley {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// No thread affinity: the receiving thread pulls it (adoptDocument).
void release(ReviewDocument *doc)
{
    if (!doc)
        return;
    doc->undoStack()->moveToThread(nullptr);
    doc->moveToThread(nullptr);
}

} // namespace

std::unique_ptr<ReviewDocument> DocumentLoader::documentFromImport(const QString &path, ImportResult imported,
                                                                   QStringList *warnings, QString *error)
{
    if (imported.pages.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DocumentLoader", "%1: no page found").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // IssueImporter gives one page: several printed pages (a PDF, ALTO/METS pages, a folder) arrive
    // joined as one issue, each printed page segmented on its own (IssueSegmenter).
    Page page = imported.pages.first();
    // A source that declares its articles (METS) opens with them; others go through the engine.
    Segmentation segmentation = imported.segmentations.isEmpty() ? IssueSegmenter::segment(page) : imported.segmentations.first();
    if (warnings)
        *warnings = imported.warnings;
    return std::make_unique<ReviewDocument>(std::move(page), std::move(segmentation));
}

LoadedDocument DocumentLoader::load(const QString &pathIn, const std::atomic_bool *cancel)
{
    LoadedDocument out;
    out.path = pathIn == QLatin1String("-") ? pathIn : QFileInfo(pathIn).absoluteFilePath();
    const QString &path = out.path;
    if (isCancelled(cancel)) {
        out.cancelled = true;
        return out;
    }
    if (path != QLatin1String("-") && ProjectFile::isProjectFile(path)) {
        out.isProject = true;
        out.document = ProjectFile::load(path, &out.error, &out.warnings);
        // A recovery file opened by hand is a project without a home yet.
        if (QFileInfo(path).suffix() != QLatin1String("galley-recovery")) {
            out.projectPath = path;
        } else if (out.document) {
            QJsonObject kept = out.document->property(ProjectFile::kKeptJsonProperty).toJsonObject();
            kept.remove(QStringLiteral("recovery"));
            out.document->setProperty(ProjectFile::kKeptJsonProperty, kept);
        }
    } else {
        ImportOptions options;
        options.regularFilesOnly = path != QLatin1String("-"); // a FIFO would wait for a writer forever
        // Any format DocumentImporter reads; several pages (or a folder) open as one issue.
        ImportResult imported = IssueImporter::importPath(path, options);
        if (!imported.ok())
            out.error = imported.error;
        else if (isCancelled(cancel))
            out.cancelled = true;
        else
            out.document = documentFromImport(path, std::move(imported), &out.warnings, &out.error);
    }
    if (isCancelled(cancel)) {
        out.cancelled = true;
        out.document.reset();
    }
    if (out.cancelled)
        qCInfo(lcProject, "%s: loading cancelled", qPrintable(path));
    else if (!out.document)
        qCInfo(lcProject, "%s: %s", qPrintable(path), qPrintable(out.error));
    else
        qCDebug(lcProject, "%s: loaded (%s), %lld articles", qPrintable(path), out.isProject ? "project" : "page",
                qint64(out.document->segmentation().articles.size()));
    release(out.document.get());
    return out;
}

void DocumentLoader::adoptDocument(ReviewDocument *document)
{
    if (!document || document->thread() == QThread::currentThread())
        return;
    document->moveToThread(QThread::currentThread());
    document->undoStack()->moveToThread(QThread::currentThread());
}

} // namespace galley
