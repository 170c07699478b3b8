// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExportDialog: options map to ExportOptions, the planned files and highlighted preview follow
// them, export writes atomically and never replaces files without asking. Also grabs a screenshot
// (GALLEY_SCREENSHOT_DIR) for a look at the layout.
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "export/ExportFormat.h"
#include "import/DocumentImporter.h"
#include "import/IssueImporter.h"
#include "edit/CorrectTextCommand.h"
#include "segment/IssueSegmenter.h"
#include "segment/Segmenter.h"
#include "../core/tst_export_fixture.h"
#include "../core/support/IssueFixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TestExportDialog : public QObject {
    Q_OBJECT
private:
    static QComboBox *formatBox(const ExportDialog &dialog)
    {
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->findData(int(ExportFormat::Json)) >= 0 && box->itemText(box->findData(int(ExportFormat::Json))).contains(QLatin1String("JSON")))
                return box;
        return nullptr;
    }

    QTemporaryDir tmp;
    std::unique_ptr<ReviewDocument> doc = test::exportDocument();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("export"));
    }

    // The preview renders PDF and ODT (fonts) on a thread of the dialog's own pool, which ends with
    // the dialog: a font-using thread that outlived the QApplication would abort at exit. (Run first,
    // before anything in this process leaves idle threads in the global pool.)
    void previewThreadEndsWithTheDialog()
    {
        const auto threads = [] { return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(); };
        if (threads() == 0)
            QSKIP("no /proc/self/task to count threads");
        const qsizetype before = threads();
        {
            ExportDialog dialog(doc.get());
            ExportOptions o;
            o.format = ExportFormat::Pdf;
            o.perArticle = true;
            o.targetDir = tmp.filePath(QStringLiteral("threads"));
            dialog.setOptions(o);
            QVERIFY(dialog.previewText().contains(QStringLiteral("PDF")));
            QVERIFY2(threads() > before, "the preview was rendered on a thread that is still there (idle in the pool)");
        }
        // An idle thread of the global pool would stay 30 s; the dialog's pool joined its thread.
        QTRY_VERIFY_WITH_TIMEOUT(threads() <= before, 5000);
    }

    void plannedFilesAndPreview()
    {
        ExportDialog dialog(doc.get());
        ExportOptions o;
        o.format = ExportFormat::Markdown;
        o.perArticle = true;
        o.targetDir = tmp.filePath(QStringLiteral("out"));
        dialog.setOptions(o);
        QCOMPARE(dialog.options().format, ExportFormat::Markdown);
        QCOMPARE(dialog.plannedFiles(), (QStringList{QStringLiteral("小丽志愿服务队 饮水思源感党恩 志愿服务暖民心.md"),
                                                     QStringLiteral("十三届市委第九轮巡察完成进驻.md"), QStringLiteral("温馨地铁 情暖夕阳.md")}));
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("*\"感党恩 听党话 跟党走\"群众教育*\n\n# 小丽志愿服务队")));
        QCOMPARE(dialog.previewSyntax(), QStringLiteral("Markdown"));

        o.format = ExportFormat::Nitf;
        o.perArticle = false;
        o.text.chinesePunctuation = true;
        dialog.setOptions(o);
        QCOMPARE(dialog.plannedFiles(), QStringList{QStringLiteral("2025-09-25-p3.xml")});
        QCOMPARE(dialog.previewSyntax(), QStringLiteral("XML"));
        QVERIFY(dialog.previewText().contains(QStringLiteral("<hl2>小丽志愿服务队：饮水思源感党恩 志愿服务暖民心</hl2>")));

        o.format = ExportFormat::Json;
        dialog.setOptions(o);
        QCOMPARE(dialog.previewSyntax(), QStringLiteral("JSON"));
        o.format = ExportFormat::Html;
        dialog.setOptions(o);
        QCOMPARE(dialog.previewSyntax(), QStringLiteral("HTML"));
        o.format = ExportFormat::Pdf;
        dialog.setOptions(o);
        QCOMPARE(dialog.previewSyntax(), QString());
        QVERIFY(dialog.previewText().contains(QStringLiteral("十三届市委第九轮巡察完成进驻")));
    }

    void exportAsksBeforeReplacing()
    {
        ExportDialog dialog(doc.get());
        ExportOptions o;
        o.format = ExportFormat::PlainText;
        o.perArticle = true;
        o.targetDir = tmp.filePath(QStringLiteral("ask"));
        dialog.setOptions(o);
        int asked = 0;
        bool answer = false;
        dialog.setOverwriteQuestion([&](const QStringList &existing) {
            ++asked;
            return existing.size() == 3 && answer;
        });
        QVERIFY(dialog.exportFiles());
        QCOMPARE(asked, 0);
        QCOMPARE(dialog.lastResult().files.size(), 3);
        const QString first = dialog.lastResult().files.first().path;
        {
            QFile f(first);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kept");
        }
        QVERIFY(!dialog.exportFiles()); // "No": nothing replaced
        QCOMPARE(asked, 1);
        QFile f(first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("kept"));
        f.close();
        answer = true;
        QVERIFY(dialog.exportFiles());
        QCOMPARE(asked, 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\"感党恩"));
    }

    // ALTO (+ METS) and PAGE are in the format list: chosen there, they plan one page file (and the
    // METS beside the ALTO), preview the XML and write it; a page without boxes gets a clear message.
    void altoAndPageFromTheFormatList()
    {
        const QString source = QStringLiteral(GALLEY_TEST_DATA "/formats/xmlexport/harbour.alto.xml");
        const ImportResult imported = DocumentImporter::importFile(source);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        Page page = imported.pages.first();
        Segmentation seg = Segmenter::segment(page);
        ReviewDocument alto(page, seg);
        ExportDialog dialog(&alto);
        ExportOptions o;
        o.format = ExportFormat::Markdown;
        o.perArticle = true;
        o.targetDir = tmp.filePath(QStringLiteral("alto"));
        dialog.setOptions(o);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *format = formatBox(dialog);
        QVERIFY(format);
        const int altoIndex = format->findData(int(ExportFormat::Alto));
        QVERIFY(altoIndex >= 0);
        QVERIFY(format->itemText(altoIndex).contains(QLatin1String("ALTO")));
        format->setCurrentIndex(altoIndex);
        QCOMPARE(dialog.options().format, ExportFormat::Alto);
        QCOMPARE(dialog.plannedFiles(), (QStringList{QStringLiteral("harbour.alto.alto.xml"), QStringLiteral("harbour.alto.mets.xml")}));
        QCOMPARE(dialog.previewSyntax(), QStringLiteral("XML"));
        QVERIFY(dialog.previewText().contains(QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#")));
        auto *files = dialog.findChild<QListWidget *>();
        QVERIFY(files);
        files->setCurrentRow(1);
        QVERIFY(dialog.previewText().contains(QStringLiteral("TYPE=\"ARTICLE\"")));
        QVERIFY(dialog.previewText().contains(QStringLiteral("xlink:href=\"harbour.alto.alto.xml\"")));
        const QString screenshots = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(screenshots).filePath(QStringLiteral("export-dialog-alto.png"))));
        QVERIFY(dialog.exportFiles());
        QCOMPARE(dialog.lastResult().files.size(), 2);
        QVERIFY(QFileInfo::exists(QDir(o.targetDir).filePath(QStringLiteral("harbour.alto.mets.xml"))));

        format->setCurrentIndex(format->findData(int(ExportFormat::PageXml)));
        QCOMPARE(dialog.plannedFiles(), QStringList{QStringLiteral("harbour.alto.page.xml")});
        QVERIFY(dialog.previewText().contains(QStringLiteral("pagecontent/2019-07-15")));
        QVERIFY(dialog.exportFiles());
        QVERIFY(QFileInfo::exists(QDir(o.targetDir).filePath(QStringLiteral("harbour.alto.page.xml"))));

        // The text page of the other tests has no boxes: the preview says why, nothing is written.
        ExportDialog text(doc.get());
        o.format = ExportFormat::PageXml;
        o.targetDir = tmp.filePath(QStringLiteral("text-page"));
        text.setOptions(o);
        QVERIFY2(text.previewText().contains(QStringLiteral("no boxes")), qPrintable(text.previewText()));
        QVERIFY(!text.exportFiles());
    }

    void failuresAreListed()
    {
        ExportDialog dialog(doc.get());
        ExportOptions o;
        o.format = ExportFormat::Html;
        o.targetDir = tmp.filePath(QStringLiteral("bad"));
        QDir().mkpath(QDir(o.targetDir).filePath(QStringLiteral("温馨地铁 情暖夕阳.html"))); // a folder in the way
        dialog.setOptions(o);
        dialog.setOverwriteQuestion([](const QStringList &) { return true; });
        QVERIFY(!dialog.exportFiles());
        QCOMPARE(dialog.lastResult().failedFiles(), 1);
        QCOMPARE(dialog.lastResult().files.size(), 3);
    }

    void neverReplacesThePageOrTheOpenProject()
    {
        // One "Yes" used to replace the page's own raw file with a whole-page text export of it (issue 7,
        // item 4). The page file and the open project are never planned; the list shows the new name.
        const QString dir = tmp.filePath(QStringLiteral("own"));
        QDir().mkpath(dir);
        const QString pagePath = QDir(dir).filePath(QStringLiteral("page.txt"));
        {
            QFile raw(pagePath);
            QVERIFY(raw.open(QIODevice::WriteOnly));
            raw.write("the raw OCR page");
        }
        auto own = test::exportDocument(pagePath);
        ExportDialog dialog(own.get());
        ExportOptions o;
        o.format = ExportFormat::PlainText;
        o.perArticle = false;
        o.targetDir = dir;
        dialog.setOptions(o);
        QCOMPARE(dialog.plannedFiles(), QStringList{QStringLiteral("page-export.txt")});
        bool asked = false;
        dialog.setOverwriteQuestion([&](const QStringList &) { return asked = true; });
        QVERIFY(dialog.exportFiles());
        QVERIFY(!asked);
        QFile raw(pagePath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.readAll(), QByteArray("the raw OCR page"));
        QVERIFY(dialog.lastResult().warnings.join(u'\n').contains(QStringLiteral("never replaced")));
        if (const QString shots = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-dialog-page-kept.png"))));
        }

        dialog.setProtectedFiles({QDir(dir).filePath(QStringLiteral("page.md"))}); // an open project of that name
        o.format = ExportFormat::Markdown;
        dialog.setOptions(o);
        QCOMPARE(dialog.plannedFiles(), QStringList{QStringLiteral("page-export.md")});
    }

    // Issue 7 item 8: with JSON and "One file for the whole page" shown, choosing another format in the
    // real combo box crashed the dialog (exit 139) — also at the first change of a session that
    // remembered JSON.
    void switchingFromWholePageJson_data()
    {
        QTest::addColumn<bool>("remembered");
        QTest::addColumn<bool>("samplePage");
        QTest::newRow("chosen in the dialog") << false << false;
        QTest::newRow("remembered in the settings") << true << false;
        QTest::newRow("sample page, chosen") << false << true;
        QTest::newRow("sample page, remembered") << true << true;
    }

    void switchingFromWholePageJson()
    {
        QFETCH(bool, remembered);
        QFETCH(bool, samplePage);
        std::unique_ptr<ReviewDocument> sample;
        if (samplePage) {
            ImportResult imported = TextImporter::importFile(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt"));
            QVERIFY(imported.ok());
            Page page = imported.pages.first();
            Segmentation seg = Segmenter::segment(page);
            sample = std::make_unique<ReviewDocument>(std::move(page), std::move(seg));
        }
        ReviewDocument *document = samplePage ? sample.get() : doc.get();
        const int formats = int(ExportFormats::all().size());
        for (int to = 0; to < formats; ++to) {
            if (ExportFormats::all()[to] == ExportFormat::Json)
                continue;
            {
                QSettings settings;
                settings.beginGroup(QStringLiteral("export"));
                settings.setValue(QStringLiteral("format"), remembered ? ExportFormats::name(ExportFormat::Json) : QStringLiteral("markdown"));
                settings.setValue(QStringLiteral("perArticle"), !remembered);
                settings.setValue(QStringLiteral("folder"), tmp.filePath(QStringLiteral("json")));
            }
            ExportDialog dialog(document);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QComboBox *format = formatBox(dialog);
            QVERIFY(format);
            QRadioButton *wholePage = nullptr;
            for (QRadioButton *b : dialog.findChildren<QRadioButton *>())
                if (b->text().contains(QLatin1String("whole")))
                    wholePage = b;
            QVERIFY(wholePage);
            if (!remembered) {
                format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
                wholePage->click();
            }
            QCOMPARE(dialog.options().format, ExportFormat::Json);
            QVERIFY(!dialog.options().perArticle);
            QCOMPARE(dialog.previewSyntax(), QStringLiteral("JSON"));
            QVERIFY(dialog.previewText().startsWith(u'{'));
            dialog.repaint();

            QTest::qWait(20); // the highlighter's queued work runs
            format->setCurrentIndex(format->findData(int(ExportFormats::all()[to])));
            QTest::qWait(20);
            QCOMPARE(dialog.options().format, ExportFormats::all()[to]);
            QVERIFY(!dialog.previewText().isEmpty());
            QVERIFY(!dialog.previewText().startsWith(u'{'));
            dialog.repaint();
            // And back again, to JSON and to another format once more.
            format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
            QVERIFY(dialog.previewText().startsWith(u'{'));
            QTest::qWait(20);
            format->setCurrentIndex(format->findData(int(ExportFormats::all()[to])));
            QTest::qWait(20);
            QCOMPARE(dialog.options().format, ExportFormats::all()[to]);
            dialog.repaint();
        }
        QSettings().remove(QStringLiteral("export"));
    }

    // The same through the main window's File ▸ Export… with the sample page loaded.
    void switchingFromWholePageJsonInTheMainWindow()
    {
        {
            QSettings settings;
            settings.beginGroup(QStringLiteral("export"));
            settings.setValue(QStringLiteral("format"), ExportFormats::name(ExportFormat::Json));
            settings.setValue(QStringLiteral("perArticle"), false);
            settings.setValue(QStringLiteral("folder"), tmp.filePath(QStringLiteral("json-main")));
        }
        MainWindow window;
        window.projectController()->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
        window.projectController()->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Later; });
        window.projectController()->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/seed-page.txt")));
        window.waitForLoaded();
        QTRY_VERIFY(window.document());
        for (ExportFormat to : ExportFormats::all()) {
            if (to == ExportFormat::Json)
                continue;
            window.action(QStringLiteral("fileExport"))->trigger();
            auto *dialog = window.findChild<ExportDialog *>();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCOMPARE(dialog->options().format, ExportFormat::Json);
            QVERIFY(!dialog->options().perArticle);
            QComboBox *format = formatBox(*dialog);
            format->setCurrentIndex(format->findData(int(to)));
            QTest::qWait(20);
            QCOMPARE(dialog->options().format, to);
            format->setCurrentIndex(format->findData(int(ExportFormat::Json)));
            QTest::qWait(20);
            dialog->close();
            QTest::qWait(20);
            QTRY_VERIFY(!window.findChild<ExportDialog *>());
        }
        window.document()->undoStack()->setClean();
        QSettings().remove(QStringLiteral("export"));
    }

    // A whole issue open in the desk (the 10-page PDF of tst_issuepages) lists one ALTO file and
    // one METS per printed page in the dialog, and the preview of page 3's ALTO carries the
    // correction made on page 3.
    void issueListsOneAltoPerPrintedPage()
    {
        const QString pdf = tmp.filePath(QStringLiteral("issue.pdf"));
        if (!issuefixture::writePdf(pdf, issuefixture::pageTexts()))
            QSKIP("no CJK font (Noto Sans CJK) to draw the PDF with");
        ImportResult imported = IssueImporter::importPath(pdf);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        Page page = imported.pages.first();
        Segmentation seg = IssueSegmenter::segment(page);
        ReviewDocument issue(std::move(page), std::move(seg));
        QCOMPARE(issue.page().printedPageCount(), 10);
        const int pieceId = issuefixture::bodyPieceOnPage(issue, 2);
        QVERIFY(pieceId > 0);
        issue.undoStack()->push(new CorrectTextCommand(&issue, pieceId, QStringLiteral("校对后的第三版正文")));

        ExportDialog dialog(&issue);
        ExportOptions o;
        o.format = ExportFormat::Markdown;
        o.targetDir = tmp.filePath(QStringLiteral("issue-alto"));
        dialog.setOptions(o);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *format = formatBox(dialog);
        QVERIFY(format);
        format->setCurrentIndex(format->findData(int(ExportFormat::Alto)));
        QStringList expected;
        for (int p = 1; p <= 10; ++p)
            expected << QStringLiteral("issue-p%1.alto.xml").arg(p) << QStringLiteral("issue-p%1.mets.xml").arg(p);
        QCOMPARE(dialog.plannedFiles(), expected);
        auto *files = dialog.findChild<QListWidget *>();
        QVERIFY(files);
        files->setCurrentRow(4); // issue-p3.alto.xml
        QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("校对后的第三版正文")));
        files->setCurrentRow(0);
        QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#")));
        QVERIFY(!dialog.previewText().contains(QStringLiteral("校对后的第三版正文")));
        const QString screenshots = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            files->setCurrentRow(4);
            QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("校对后的第三版正文")));
            QVERIFY(dialog.grab().save(QDir(screenshots).filePath(QStringLiteral("export-dialog-issue.png"))));
        }
        QVERIFY(dialog.exportFiles());
        QCOMPARE(dialog.lastResult().files.size(), 20);
        for (const QString &name : expected)
            QVERIFY2(QFileInfo::exists(QDir(o.targetDir).filePath(name)), qPrintable(name));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set GALLEY_SCREENSHOT_DIR to save a screenshot");
        ExportDialog dialog(doc.get());
        ExportOptions o;
        o.format = ExportFormat::Markdown;
        o.targetDir = tmp.filePath(QStringLiteral("shot"));
        o.text.chinesePunctuation = true;
        dialog.setOptions(o);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
