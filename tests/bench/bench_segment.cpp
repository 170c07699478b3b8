// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the headless pipeline: import (decode, blocks) + segmentation + JSON, as
// `galley segment --format json` runs it. Figures go to docs/performance.md.
//   seedPage       — the seed page (18 KB)
//   thousandPages  — 1,000 copies of the seed page joined by form feeds (18.4 MB), one pass;
//                    prints the throughput in MB/s
#include "export/SegmentationJson.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace galley;

namespace {

QByteArray readSeed()
{
    QFile f(QStringLiteral(GALLEY_SOURCE_DIR "/tests/data/seed-page.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed page");
    return f.readAll();
}

// Import, segment and write JSON for every page in bytes as `galley segment` does: one page on the
// calling thread, several at once on the global thread pool; returns the JSON size (kept alive).
qsizetype runPipeline(const QByteArray &bytes)
{
    const ImportResult imported = TextImporter::importBytes(bytes, QStringLiteral("bench.txt"));
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error));
    const auto jsonSize = [](Page page) {
        Segmentation seg = Segmenter::segment(page);
        const ReviewDocument doc(std::move(page), std::move(seg));
        return SegmentationJson::toJson(doc).size();
    };
    if (imported.pages.size() == 1)
        return jsonSize(imported.pages.first());
    const QList<qsizetype> sizes = QtConcurrent::blockingMapped<QList<qsizetype>>(imported.pages, jsonSize);
    return std::accumulate(sizes.begin(), sizes.end(), qsizetype(0));
}

} // namespace

class BenchSegment : public QObject {
    Q_OBJECT
private slots:
    void seedPage()
    {
        const QByteArray seed = readSeed();
        qsizetype out = 0;
        QBENCHMARK {
            out = runPipeline(seed);
        }
        QVERIFY(out > seed.size());
    }

    void thousandPages()
    {
        const QByteArray seed = readSeed();
        QByteArray all;
        all.reserve(seed.size() * 1001);
        for (int i = 0; i < 1000; ++i) {
            if (i)
                all.append('\f');
            all.append(seed);
        }
        qsizetype out = 0;
        QElapsedTimer timer;
        qint64 nanos = 0;
        QBENCHMARK_ONCE {
            timer.start();
            out = runPipeline(all);
            nanos = timer.nsecsElapsed();
        }
        QVERIFY(out > all.size());
        qInfo("1000 pages, %.1f MB: %.3f s, %.1f MB/s", all.size() / 1e6, nanos / 1e9, all.size() / 1e6 / (nanos / 1e9));
    }
};

QTEST_GUILESS_MAIN(BenchSegment)
#include "bench_segment.moc"
