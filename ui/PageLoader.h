#pragma once
// PageLoader: imports and segments a raw page file off the GUI thread (QtConcurrent), so a page of
// several megabytes never freezes the window. One load at a time; a new load() supersedes the
// running one (whose result is then dropped). finished() hands over the page and its segmentation as
// values; the receiver makes the ReviewDocument (a QObject) on its own thread.
#include "model/Page.h"
#include "model/Segmentation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace galley {

class PageLoader : public QObject {
    Q_OBJECT
public:
    struct Result {
        QString path;
        Page page;
        Segmentation segmentation;
        QString error;           ///< "FILE: byte N: …" from DocumentImporter; empty on success
        QStringList warnings;
        qint64 milliseconds = 0;
        int generation = 0;
        bool ok() const { return error.isEmpty(); }
    };

    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void load(const QString &path);
    bool isLoading() const { return m_watcher.isRunning(); }
    /// Blocks until the running load is done and finished() has been emitted (tests, benchmarks).
    void waitForFinished();

    /// The work itself (any thread): import, first page, segmentation.
    static Result run(const QString &path, int generation = 0);

signals:
    void started(const QString &path);
    void finished(const galley::PageLoader::Result &result);

private:
    QFutureWatcher<Result> m_watcher;
    int m_generation = 0;
};

} // namespace galley
