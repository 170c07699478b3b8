#include "PageLoader.h"

#include "import/IssueImporter.h"
#include "segment/IssueSegmenter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent>

namespace galley {

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        if (r.generation == m_generation)
            emit finished(r);
    });
}

PageLoader::~PageLoader()
{
    m_watcher.waitForFinished();
}

void PageLoader::load(const QString &path)
{
    // A running load finishes in the background; its result carries an old generation and is dropped.
    ++m_generation;
    emit started(path);
    m_watcher.setFuture(QtConcurrent::run(&PageLoader::run, path, m_generation));
}

void PageLoader::waitForFinished()
{
    if (m_watcher.isFinished() && !m_watcher.isRunning()) {
        QCoreApplication::processEvents();
        return;
    }
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
}

PageLoader::Result PageLoader::run(const QString &path, int generation)
{
    QElapsedTimer clock;
    clock.start();
    Result r;
    r.path = path;
    r.generation = generation;
    ImportOptions options;
    options.regularFilesOnly = path != QLatin1String("-"); // a FIFO would wait for a writer forever
    // Any format DocumentImporter reads; several pages (or a folder) open as one issue.
    ImportResult imported = IssueImporter::importPath(path, options);
    if (!imported.ok()) {
        r.error = imported.error;
        return r;
    }
    if (imported.pages.isEmpty()) {
        r.error = QCoreApplication::translate("PageLoader", "%1: no page found").arg(QFileInfo(path).fileName());
        return r;
    }
    r.warnings = imported.warnings;
    r.page = imported.pages.first();
    // A source that declares its articles (METS) opens with them.
    r.segmentation = imported.segmentations.isEmpty() ? IssueSegmenter::segment(r.page) : imported.segmentations.first();
    r.milliseconds = clock.elapsed();
    return r;
}

} // namespace galley
