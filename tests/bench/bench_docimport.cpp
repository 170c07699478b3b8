// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the laid-out importers on real pages from ../shared (skipped when absent).
// Figures go to docs/performance.md.
//   typesetPdfPage   — ts-01.pdf (one A3 People's Daily page, 8 columns): poppler words → lines → blocks
//   typesetPdfSegment — the same plus the engine and the JSON of `galley segment`
//   typesetPdfLayoutEngine — Segmenter::segment alone on that page (the geometry-aware engine)
//   chronamAlto      — the 1 MB ALTO 1.x page of the New-York Tribune (5,122 Strings)
#include "export/SegmentationJson.h"
#include "import/DocumentImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace galley;

namespace {

QByteArray readShared(const QString &path)
{
    QFile f(QDir::cleanPath(QStringLiteral(GALLEY_SOURCE_DIR "/../shared/") + path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class BenchDocImport : public QObject {
    Q_OBJECT
private slots:
    void typesetPdfPage()
    {
        const QByteArray pdf = readShared(QStringLiteral("dev-pages/zh-typeset/ts-01.pdf"));
        if (pdf.isEmpty())
            QSKIP("../shared/dev-pages is absent");
        qsizetype blocks = 0;
        QBENCHMARK {
            const ImportResult r = DocumentImporter::importBytes(pdf, QStringLiteral("ts-01.pdf"));
            blocks = r.pages.first().blocks().size();
        }
        QVERIFY(blocks > 10);
    }

    void typesetPdfSegment()
    {
        const QByteArray pdf = readShared(QStringLiteral("dev-pages/zh-typeset/ts-01.pdf"));
        if (pdf.isEmpty())
            QSKIP("../shared/dev-pages is absent");
        qsizetype out = 0;
        QBENCHMARK {
            const ImportResult r = DocumentImporter::importBytes(pdf, QStringLiteral("ts-01.pdf"));
            Page page = r.pages.first();
            Segmentation seg = Segmenter::segment(page);
            ReviewDocument doc(std::move(page), std::move(seg));
            out = SegmentationJson::toJson(doc).size();
        }
        QVERIFY(out > 0);
    }

    // The geometry-aware engine alone (LayoutSegmenter) on the imported page.
    void typesetPdfLayoutEngine()
    {
        const QByteArray pdf = readShared(QStringLiteral("dev-pages/zh-typeset/ts-01.pdf"));
        if (pdf.isEmpty())
            QSKIP("../shared/dev-pages is absent");
        const Page imported = DocumentImporter::importBytes(pdf, QStringLiteral("ts-01.pdf")).pages.first();
        qsizetype articles = 0;
        QBENCHMARK {
            Page page = imported;
            articles = Segmenter::segment(page).articles.size();
        }
        QVERIFY(articles > 1);
    }

    void chronamAlto()
    {
        const QByteArray alto = readShared(QStringLiteral("formats/alto/ccs-1x_chronam-1903/ocr.xml"));
        if (alto.isEmpty())
            QSKIP("../shared/formats is absent");
        qsizetype chars = 0;
        QBENCHMARK {
            chars = DocumentImporter::importBytes(alto, QStringLiteral("ocr.xml")).pages.first().text().size();
        }
        QVERIFY(chars > 10000);
    }
};

QTEST_MAIN(BenchDocImport)
#include "bench_docimport.moc"
