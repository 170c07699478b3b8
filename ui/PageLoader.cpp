// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageLoader.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace galley {

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, [this] { deliver(m_watcher.result()); });
}

PageLoader::~PageLoader()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void PageLoader::load(const QString &path)
{
    // A running load stops at its next stage; its result carries an old generation and is dropped.
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    m_path = path;
    m_loading = true;
    emit started(path);
    m_watcher.setFuture(QtConcurrent::run([path, generation, cancel = m_cancel] {
        return Job{generation, std::make_shared<LoadedDocument>(DocumentLoader::load(path, cancel.get()))};
    }));
}

void PageLoader::cancel()
{
    if (!m_loading)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_loading = false;
    qCInfo(lcUi, "stopped loading %s", qPrintable(m_path));
    emit cancelled(m_path);
}

void PageLoader::deliver(const Job &job)
{
    if (job.generation != m_generation || !m_loading)
        return; // superseded or cancelled
    m_loading = false;
    DocumentLoader::adoptDocument(job.result->document.get());
    emit finished(job.result);
}

void PageLoader::waitForFinished()
{
    if (m_loading) {
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
    }
    QCoreApplication::processEvents();
}

} // namespace galley
