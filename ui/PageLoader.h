// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageLoader: the window's document loader — runs DocumentLoader::load (a page: import and
// segmentation; or a project) on a pool thread (QtConcurrent + QFutureWatcher), so neither a page of
// several megabytes nor a large project freezes the window. File ▸ Open, drag and drop, recent
// files and the command line all come through load(). One load at a time: a new load() or cancel()
// supersedes the running one, whose result is then dropped (generation number) and whose work stops
// at its next stage (a shared cancel flag). finished() hands over the loaded document; the receiver
// takes it with DocumentLoader::adoptDocument().
#include "project/DocumentLoader.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace galley {

class PageLoader : public QObject {
    Q_OBJECT
public:
    using Result = std::shared_ptr<LoadedDocument>;

    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void load(const QString &path);
    /// Stops waiting for the running load (its result is dropped); emits cancelled(path).
    void cancel();
    bool isLoading() const { return m_loading; }
    /// Blocks until the running load is done and finished() has been emitted (tests, benchmarks).
    void waitForFinished();

signals:
    void started(const QString &path);
    void finished(const galley::PageLoader::Result &result);
    void cancelled(const QString &path);

private:
    struct Job {
        int generation = 0;
        Result result;
    };
    void deliver(const Job &job);

    QFutureWatcher<Job> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace galley
