// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the Export dialog (issue 9, item 14): one option toggled (wrap repair on/off) until
// the preview of the selected file shows, on the 2 MB page of bench_reviewdesk (the seed page
// repeated: 912 articles), one file per article, for a text format (Markdown) and for PDF.
// previewText() waits for the preview being rendered, so each figure is "toggle → preview shown".
// renderEveryFile: what each toggle cost before (every file of the export rendered).
// Figures go to docs/performance.md ("Export dialog").
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_exportpreview  (-perf -perfcounter taskclock
// counts CPU time of the process instead of wall time; the preview runs on a pool thread).
#include "ExportDialog.h"
#include "export/BatchExporter.h"
#include "export/ExportFormat.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace galley;

class BenchExportPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile in(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString seed = QString::fromUtf8(in.readAll()) + QStringLiteral("\n\n");
        QString big;
        while (big.toUtf8().size() < 2 * 1024 * 1024)
            big += seed;
        Page page = TextImporter::pageFromText(big, QStringLiteral("large-page.txt"));
        Segmentation seg = Segmenter::segment(page);
        m_document = std::make_unique<ReviewDocument>(page, seg);
        qInfo("%lld articles", qint64(m_document->segmentation().articles.size()));
    }

    void toggleOption_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("markdown") << int(ExportFormat::Markdown);
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
    }

    void toggleOption()
    {
        QFETCH(int, format);
        ExportDialog dialog(m_document.get());
        ExportOptions o = dialog.options();
        o.format = ExportFormat(format);
        o.perArticle = true;
        o.targetDir = m_dir.path();
        dialog.setOptions(o);
        QVERIFY(!dialog.previewText().isEmpty());
        QBENCHMARK {
            o.text.wrapRepair = !o.text.wrapRepair;
            dialog.setOptions(o);
            QVERIFY(!dialog.previewText().isEmpty());
        }
    }

    // What the dialog did on each toggle before issue 9 item 14: render every file of the export
    // (BatchExporter::render), then show the selected one.
    void renderEveryFile_data() { toggleOption_data(); }
    void renderEveryFile()
    {
        QFETCH(int, format);
        ExportOptions o;
        o.format = ExportFormat(format);
        o.perArticle = true;
        o.targetDir = m_dir.path();
        QBENCHMARK {
            o.text.wrapRepair = !o.text.wrapRepair;
            QStringList warnings;
            const auto files = BatchExporter::render(*m_document, o, QStringLiteral("large-page"), &warnings);
            QVERIFY(!files.isEmpty() && !files.first().bytes.isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDocument> m_document;
};

QTEST_MAIN(BenchExportPreview)
#include "bench_exportpreview.moc"
