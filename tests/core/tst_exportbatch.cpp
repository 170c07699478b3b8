// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BatchExporter and `galley export`: a batch of 200 pages in parallel, and every failure path —
// existing files (never overwritten without --force), no permission, a full disk (file-size limit),
// unreadable inputs, a target that cannot be written among others — each reported per file while
// the rest goes on, leaving nothing half-written.
#include "export/BatchExporter.h"
#include "export/ExportFileWriter.h"
#include "io/SafeWrite.h"
#include "support/FullDisk.h"
#include "project/ProjectFile.h"
#include "tst_export_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace galley;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(dir).relativeFilePath(it.next());
        if (file != QLatin1String(".filler")) // FullDisk's
            out.append(file);
    }
    out.sort();
    return out;
}

struct CliRun {
    int exitCode = -1;
    QString err;
};

CliRun runGalley(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GALLEY_BINARY), args);
    p.waitForFinished(120000);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// A page file whose text carries marker (so each exported file can be told apart).
QByteArray pageWith(const QByteArray &marker)
{
    QByteArray bytes = readAll(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    bytes.replace("上半年", marker + "上半年");
    return bytes;
}

// Pages that look like the seed page but differ from one another (each its own headline numbers).
QStringList makePages(const QString &dir, int count)
{
    const QByteArray seed = readAll(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    const QByteArray english = readAll(QStringLiteral(GALLEY_SHARED_PAGES "/en-salt-lake-tribune-1911-09-17-p1.txt"));
    QStringList paths;
    for (int i = 1; i <= count; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("page-%1.txt").arg(i, 3, 10, QChar(u'0')));
        QByteArray bytes = (i % 10 == 0 && !english.isEmpty()) ? english : seed;
        bytes.replace("上半年", QByteArray::number(i) + "月上半年");
        writeFile(path, bytes);
        paths.append(path);
    }
    return paths;
}

} // namespace

class TestExportBatch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir tmp;
    std::unique_ptr<ReviewDocument> doc = test::exportDocument();

    ExportOptions options(const QString &dir, ExportFormat format = ExportFormat::Markdown, bool perArticle = true) const
    {
        ExportOptions o;
        o.format = format;
        o.perArticle = perArticle;
        o.targetDir = dir;
        return o;
    }

private slots:
    void batchOf200Pages()
    {
        QDir().mkpath(tmp.filePath(QStringLiteral("in200")));
        const QStringList inputs = makePages(tmp.filePath(QStringLiteral("in200")), 200);
        ExportOptions o = options(tmp.filePath(QStringLiteral("out200")));
        o.subfolderPerPage = true;
        QSet<int> seen;
        int calls = 0;
        const BatchSummary s = BatchExporter::run(inputs, o, [&](const InputResult &r, int done, int total) {
            ++calls;
            seen.insert(done);
            QCOMPARE(total, 200);
            QVERIFY(r.error.isEmpty());
        });
        QCOMPARE(calls, 200);
        QCOMPARE(seen.size(), 200);
        QCOMPARE(s.inputs, 200);
        QCOMPARE(s.pages, 200);
        QCOMPARE(s.failedInputs, 0);
        QCOMPARE(s.filesFailed, 0);
        QVERIFY(s.articles >= 200);
        QCOMPARE(s.filesWritten, s.articles);
        QVERIFY(s.ok());
        const QStringList written = filesUnder(o.targetDir);
        QCOMPARE(written.size(), s.filesWritten);
        // Results keep input order; every page has its own folder.
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(s.results[i].input, inputs[i]);
            QVERIFY(!s.results[i].files.isEmpty());
            QVERIFY(s.results[i].files.first().path.contains(QStringLiteral("/page-%1/").arg(i + 1, 3, 10, QChar(u'0'))));
        }
        qInfo("200 pages: %d articles, %d files in %lld ms", s.articles, s.filesWritten, s.milliseconds);
    }

    void workerThreadsEndWithTheBatch()
    {
        // The batch's worker threads have ended when run returns: a PDF or ODT export lays text out
        // with fonts, and a worker outliving the application would free its font cache after the font
        // database is gone (the abort at exit CI saw once). Counted in /proc/self/task.
        const auto threads = [] { return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(); };
        if (threads() == 0)
            QSKIP("no /proc/self/task here");
        QDir().mkpath(tmp.filePath(QStringLiteral("inThreads")));
        const QStringList inputs = makePages(tmp.filePath(QStringLiteral("inThreads")), 6);
        ExportOptions o = options(tmp.filePath(QStringLiteral("outThreads")));
        o.jobs = 3;
        const qsizetype before = threads();
        int most = 0;
        const BatchSummary s = BatchExporter::run(inputs, o, [&](const InputResult &, int, int) { most = std::max(most, int(threads())); });
        QVERIFY(s.ok());
        QVERIFY2(most > before, "the batch ran on worker threads");
        // Qt's threads are detached: their thread-local data is freed before run returns, the kernel
        // thread itself goes a moment later (an idle pool thread of the global pool would stay 30 s).
        QTRY_COMPARE_WITH_TIMEOUT(threads(), before, 5000);
    }

    void perPageNamesAreUnique()
    {
        QDir().mkpath(tmp.filePath(QStringLiteral("a")));
        QDir().mkpath(tmp.filePath(QStringLiteral("b")));
        const QByteArray seed = readAll(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("a/page.txt")), seed));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("b/page.txt")), seed));
        QCOMPARE(BatchExporter::pageNames({tmp.filePath(QStringLiteral("a/page.txt")), tmp.filePath(QStringLiteral("b/PAGE.txt"))}),
                 (QStringList{QStringLiteral("page"), QStringLiteral("PAGE-2")}));
        const BatchSummary s = BatchExporter::run({tmp.filePath(QStringLiteral("a/page.txt")), tmp.filePath(QStringLiteral("b/page.txt"))},
                                                  options(tmp.filePath(QStringLiteral("perpage")), ExportFormat::Html, false));
        QVERIFY(s.ok());
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("perpage"))), (QStringList{QStringLiteral("page-2.html"), QStringLiteral("page.html")}));
    }

    void neverOverwritesWithoutAsking()
    {
        const ExportOptions o = options(tmp.filePath(QStringLiteral("exists")));
        const InputResult first = BatchExporter::exportDocument(*doc, o, QStringLiteral("p3"));
        QCOMPARE(first.files.size(), 3);
        QCOMPARE(first.failedFiles(), 0);
        const QString path = first.files.first().path;
        QVERIFY(writeFile(path, "editor's own file"));
        const InputResult second = BatchExporter::exportDocument(*doc, o, QStringLiteral("p3"));
        QCOMPARE(second.failedFiles(), 3);
        QVERIFY(second.files.first().error.contains(QStringLiteral("already exists")));
        QVERIFY(second.files.first().error.startsWith(path));
        QCOMPARE(readAll(path), QByteArray("editor's own file"));
        ExportOptions force = o;
        force.overwrite = true;
        const InputResult third = BatchExporter::exportDocument(*doc, force, QStringLiteral("p3"));
        QCOMPARE(third.failedFiles(), 0);
        QVERIFY(readAll(path).startsWith("*\"感党恩"));
    }

    void noPermission()
    {
        QString dir;
        if (geteuid() == 0) {
            // root may write anywhere a mode allows nothing; sysfs refuses new files even to root.
            dir = QStringLiteral("/sys/galley-export-test");
        } else {
            dir = tmp.filePath(QStringLiteral("readonly"));
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        }
        const InputResult r = BatchExporter::exportDocument(*doc, options(dir), QStringLiteral("p3"));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.failedFiles(), 3);
        for (const FileResult &f : r.files)
            QVERIFY2(f.error.startsWith(dir) && f.error.contains(QStringLiteral("cannot")), qPrintable(f.error));
        if (geteuid() != 0) {
            QVERIFY(filesUnder(dir).isEmpty());
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    void diskFullLeavesNothingHalfWritten()
    {
        // A file-size limit makes write() fail with EFBIG part-way, as a full disk does with ENOSPC.
        const QString dir = tmp.filePath(QStringLiteral("full"));
        QDir().mkpath(dir);
        const QString old = QDir(dir).filePath(QStringLiteral("p3.pdf"));
        QVERIFY(writeFile(old, "%PDF- the previous export"));
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 16 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        ExportOptions pdf = options(dir, ExportFormat::Pdf, false);
        pdf.overwrite = true;
        const InputResult big = BatchExporter::exportDocument(*doc, pdf, QStringLiteral("p3"));
        ExportOptions text = options(dir, ExportFormat::PlainText, false);
        const InputResult smallFile = BatchExporter::exportDocument(*doc, text, QStringLiteral("p3"));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        QCOMPARE(big.failedFiles(), 1);
        QVERIFY2(big.files.first().error.startsWith(old) && big.files.first().error.contains(QStringLiteral("cannot write")),
                 qPrintable(big.files.first().error));
        // The old file is untouched and no temporary file is left behind; the small file was written.
        QCOMPARE(readAll(old), QByteArray("%PDF- the previous export"));
        QCOMPARE(smallFile.failedFiles(), 0);
        QCOMPARE(filesUnder(dir), (QStringList{QStringLiteral("p3.pdf"), QStringLiteral("p3.txt")}));
    }

    void oneBadTargetDoesNotStopTheRest()
    {
        const QString dir = tmp.filePath(QStringLiteral("onebad"));
        // A folder where the second article's file should go.
        QDir().mkpath(QDir(dir).filePath(QStringLiteral("十三届市委第九轮巡察完成进驻.md")));
        ExportOptions o = options(dir);
        o.overwrite = true;
        const InputResult r = BatchExporter::exportDocument(*doc, o, QStringLiteral("p3"));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.failedFiles(), 1);
        QVERIFY(r.files[0].ok());
        QVERIFY(!r.files[1].ok());
        QVERIFY(r.files[2].ok());
    }

    void unreadableInputs()
    {
        const QString dir = tmp.filePath(QStringLiteral("bad-in"));
        QDir().mkpath(dir);
        const QString good = QDir(dir).filePath(QStringLiteral("good.txt"));
        const QString folder = QDir(dir).filePath(QStringLiteral("scans.txt"));
        const QString broken = QDir(dir).filePath(QStringLiteral("broken.galley"));
        QVERIFY(writeFile(good, readAll(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"))));
        QVERIFY(QDir().mkpath(folder)); // a folder given as a page
        QVERIFY(writeFile(broken, "{\"format\": \"galley-project\", \"version\": 1, \"page\": "));
        const QString missing = QDir(dir).filePath(QStringLiteral("missing.txt"));
        const BatchSummary s = BatchExporter::run({missing, folder, good, broken}, options(tmp.filePath(QStringLiteral("bad-out"))));
        QCOMPARE(s.failedInputs, 3);
        QVERIFY(!s.ok());
        QVERIFY(s.results[0].error.contains(QStringLiteral("missing.txt")));
        QVERIFY(s.results[1].error.contains(QStringLiteral("scans.txt")));
        QVERIFY(s.results[2].error.isEmpty());
        QVERIFY(s.results[2].files.size() >= 1);
        QVERIFY(s.results[3].error.contains(QStringLiteral("broken.galley")));
        QCOMPARE(s.filesWritten, int(s.results[2].files.size()));
    }

    void projectInput()
    {
        const QString project = tmp.filePath(QStringLiteral("p3.galley"));
        doc->setCorrection(8, QStringLiteral("根据市委统一部署,截至9月23日,十三届市委第九轮巡察完成进驻工作。"));
        QString error;
        QVERIFY2(ProjectFile::save(*doc, project, &error), qPrintable(error));
        doc->setCorrection(8, std::nullopt);
        const BatchSummary s = BatchExporter::run({project}, options(tmp.filePath(QStringLiteral("from-project")), ExportFormat::PlainText, false));
        QVERIFY2(s.ok(), qPrintable(s.results.first().error));
        QCOMPARE(s.filesWritten, 1);
        const QString text = QString::fromUtf8(readAll(s.results.first().files.first().path));
        QVERIFY(text.contains(QStringLiteral("\n\n根据市委统一部署,截至9月23日,十三届市委第九轮巡察完成进驻工作。\n\n")));
    }

    void commandLine()
    {
        const QString in = tmp.filePath(QStringLiteral("cli-in"));
        QDir().mkpath(in);
        const QStringList pages = makePages(in, 3);
        const QString out = tmp.filePath(QStringLiteral("cli-out"));
        auto run = [](const QStringList &args, QString *err) {
            QProcess p;
            p.start(QStringLiteral(GALLEY_BINARY), QStringList{QStringLiteral("export")} + args);
            p.waitForFinished(120000);
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(run(pages + QStringList{"--format", "nitf", "--to", out, "--per-article", "--chinese-punctuation", "--convert", "s2t"}, &err), 0);
        QVERIFY2(err.contains(QStringLiteral("[3/3] ")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("articles; ")));
        const QStringList written = filesUnder(out);
        QVERIFY(written.size() >= 3);
        QVERIFY(written.first().startsWith(QStringLiteral("page-001/")));
        QVERIFY(written.first().endsWith(QStringLiteral(".xml")));
        // Traditional text with full-width punctuation in the files.
        bool traditional = false;
        for (const QString &f : written)
            traditional |= QString::fromUtf8(readAll(QDir(out).filePath(f))).contains(QStringLiteral("賽罕區：產業升級添動能"));
        QVERIFY(traditional);

        const QStringList same{"--format", "nitf", "--to", out, "--per-article", "--chinese-punctuation", "--convert", "s2t"};
        QCOMPARE(run(pages + same, &err), 1);
        QVERIFY(err.contains(QStringLiteral("already exists")));
        QVERIFY(err.contains(QStringLiteral("failed")));
        QCOMPARE(run(pages + same + QStringList{"--force", "-q"}, &err), 0);
        QVERIFY(!err.contains(QStringLiteral("[1/3]")));

        QCOMPARE(run(pages + QStringList{"--to", out}, &err), 2);
        QVERIFY(err.contains(QStringLiteral("--format")));
        QCOMPARE(run(pages + QStringList{"--format", "docx", "--to", out}, &err), 2);
        QVERIFY(err.contains(QStringLiteral("docx")));
        QCOMPARE(run(pages + QStringList{"--format", "pdf"}, &err), 2);
        QCOMPARE(run(pages + QStringList{"--format", "pdf", "--to", out, "--convert", "x2y"}, &err), 2);
        QCOMPARE(run(QStringList{"--format", "pdf", "--to", out}, &err), 2);
        QCOMPARE(run({QStringLiteral("--help")}, &err), 0);
    }

    void eachErrorIsPrintedOnce()
    {
        // A file that cannot be written is reported once on standard error, by galley export, not a
        // second time through the galley.export log category (which logs it only at info level).
        const QString input = tmp.filePath(QStringLiteral("once.txt"));
        QVERIFY(writeFile(input, pageWith("一")));
        const QString out = tmp.filePath(QStringLiteral("once-out"));
        const QStringList args{QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--to"), out};
        QCOMPARE(runGalley(args).exitCode, 0);
        const CliRun again = runGalley(args);
        QCOMPARE(again.exitCode, 1);
        const QString existing = QDir(out).filePath(QStringLiteral("once.txt"));
        QVERIFY2(again.err.count(existing + QLatin1String(": already exists")) == 1, qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("galley export: error: ") + existing), qPrintable(again.err));
    }

    void summaryCountsInEnglish()
    {
        // "1 page", "1 file written", "1 file failed": the singular for one, the plural for any other count.
        const QString input = tmp.filePath(QStringLiteral("counted.txt"));
        QVERIFY(writeFile(input, pageWith("二")));
        const QString out = tmp.filePath(QStringLiteral("counted-out"));
        const QStringList args{QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--to"), out};
        const CliRun first = runGalley(args);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(QLatin1String("galley export: 1 input, 1 page, 8 articles; 1 file written to ")), qPrintable(first.err));
        const CliRun again = runGalley(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("galley export: 1 input, 1 page, 8 articles; 0 files written to ")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("; 1 file failed, 0 inputs unreadable (")), qPrintable(again.err));
        const QString missing = tmp.filePath(QStringLiteral("missing.txt"));
        const CliRun two = runGalley({QStringLiteral("export"), input, missing, QStringLiteral("--format"), QStringLiteral("text"),
                                      QStringLiteral("--to"), tmp.filePath(QStringLiteral("counted-out-2"))});
        QCOMPARE(two.exitCode, 1);
        QVERIFY2(two.err.contains(QLatin1String("galley export: 2 inputs, 1 page, 8 articles; 1 file written to ")), qPrintable(two.err));
        QVERIFY2(two.err.contains(QLatin1String("; 0 files failed, 1 input unreadable (")), qPrintable(two.err));
    }

    void smallFilesOnAFullDiskFail()
    {
        // A real full file system (issue 7, item 1): exports under 16 KiB sit whole in Qt's write buffer
        // and meet the full disk only at the flush. They used to be renamed into place empty, exit 0.
        testsupport::FullDisk disk(tmp.filePath(QStringLiteral("fulldisk")));
        if (!disk.ok())
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString old = disk.filePath(QStringLiteral("p3.txt"));
        QVERIFY(writeFile(old, "the previous export"));
        QVERIFY(disk.fill());

        ExportOptions text = options(disk.path(), ExportFormat::PlainText, false);
        text.overwrite = true;
        const InputResult page = BatchExporter::exportDocument(*doc, text, QStringLiteral("p3"));
        QCOMPARE(page.failedFiles(), 1);
        QVERIFY2(page.files[0].error.startsWith(old) && page.files[0].error.contains(SafeWrite::diskFullReason()),
                 qPrintable(page.files[0].error));
        QCOMPARE(readAll(old), QByteArray("the previous export"));
        const InputResult articles = BatchExporter::exportDocument(*doc, options(disk.path()), QStringLiteral("p3"));
        QCOMPARE(articles.failedFiles(), 3);
        QCOMPARE(filesUnder(disk.path()), QStringList{QStringLiteral("p3.txt")});

        // The command line: exit 1, every file reported, and a count that is the truth.
        const QString input = tmp.filePath(QStringLiteral("fulldisk-page.txt"));
        QVERIFY(writeFile(input, pageWith("满")));
        const CliRun run = runGalley({QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("markdown"),
                                   QStringLiteral("--to"), disk.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(SafeWrite::diskFullReason()) && run.err.contains(QStringLiteral(" 0 files written")), qPrintable(run.err));
        QCOMPARE(filesUnder(disk.path()), QStringList{QStringLiteral("p3.txt")});
    }

    void everyWriteStepCanFail_data()
    {
        QTest::addColumn<int>("stepNumber"); // SafeWrite::Step
        QTest::addColumn<bool>("replace");
        QTest::newRow("new file: reserve the name") << int(SafeWrite::Step::Reserve) << false;
        for (const auto &[name, step] : {std::pair{"open", SafeWrite::Step::Open}, std::pair{"write", SafeWrite::Step::Write},
                                         std::pair{"flush", SafeWrite::Step::Flush}, std::pair{"fsync", SafeWrite::Step::Sync},
                                         std::pair{"rename", SafeWrite::Step::Commit}}) {
            QTest::addRow("new file: %s", name) << int(step) << false;
            QTest::addRow("replaced file: %s", name) << int(step) << true;
        }
    }

    void everyWriteStepCanFail()
    {
        // Injected faults, one step at a time: the batch reports the file with the reason, counts it as
        // failed (not written), keeps the old file and leaves no temporary file.
        QFETCH(int, stepNumber);
        QFETCH(bool, replace);
        const auto step = SafeWrite::Step(stepNumber);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in/page.txt"));
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
        QVERIFY(writeFile(input, pageWith("注")));
        const QString out = dir.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        const QString target = QDir(out).filePath(QStringLiteral("page.txt"));
        if (replace)
            QVERIFY(writeFile(target, "the previous export"));
        ExportOptions o = options(out, ExportFormat::PlainText, false);
        o.overwrite = replace;

        SafeWrite::setFaultHook([step](const QString &, SafeWrite::Step at) { return at == step ? SafeWrite::diskFullReason() : QString(); });
        const BatchSummary s = BatchExporter::run({input}, o);
        SafeWrite::setFaultHook({});

        QVERIFY(!s.ok());
        QCOMPARE(s.filesWritten, 0);
        QCOMPARE(s.filesFailed, 1);
        const QString error = s.results.first().files.first().error;
        QVERIFY2(error.startsWith(target) && error.contains(SafeWrite::diskFullReason()), qPrintable(error));
        QCOMPARE(filesUnder(out), replace ? QStringList{QStringLiteral("page.txt")} : QStringList());
        if (replace)
            QCOMPARE(readAll(target), QByteArray("the previous export"));
    }

    void exportNeverReplacesItsInput()
    {
        // A whole-page text export of a.txt into its own folder is named a.txt: with --force it used to
        // overwrite the raw OCR page (issue 7, item 4). It must take another name and say so.
        const QString dir = tmp.filePath(QStringLiteral("own"));
        QDir().mkpath(dir);
        const QString input = QDir(dir).filePath(QStringLiteral("a.txt"));
        const QByteArray raw = pageWith("原");
        QVERIFY(writeFile(input, raw));
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--force")}}) {
            const CliRun run = runGalley(QStringList{QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("text"),
                                                  QStringLiteral("--to"), dir}
                                      + extra);
            QCOMPARE(readAll(input), raw);
            QVERIFY2(run.err.contains(QStringLiteral("writing %1 instead").arg(QDir(dir).filePath(QStringLiteral("a-export.txt")))),
                     qPrintable(run.err));
            QCOMPARE(run.exitCode, 0);
            QVERIFY(QString::fromUtf8(readAll(QDir(dir).filePath(QStringLiteral("a-export.txt")))).contains(QStringLiteral("原上半年")));
            QFile::remove(QDir(dir).filePath(QStringLiteral("a-export.txt")));
        }
        // Through a link to the same folder too.
        const QString link = tmp.filePath(QStringLiteral("own-link"));
        QVERIFY(QFile::link(dir, link));
        const CliRun linked = runGalley({QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("text"),
                                      QStringLiteral("--to"), link, QStringLiteral("--force")});
        QCOMPARE(linked.exitCode, 0);
        QCOMPARE(readAll(input), raw);
        QCOMPARE(filesUnder(dir), (QStringList{QStringLiteral("a-export.txt"), QStringLiteral("a.txt")}));

        // The open project (the dialog passes it as a protected file) is never a planned name either.
        const QString projectDir = tmp.filePath(QStringLiteral("own-project"));
        QDir().mkpath(projectDir);
        const QString project = QDir(projectDir).filePath(QStringLiteral("P3.md"));
        QVERIFY(writeFile(project, "the editor's project"));
        ExportOptions o = options(projectDir, ExportFormat::Markdown, false);
        o.overwrite = true;
        o.protectedFiles = {project};
        QStringList warnings;
        const QList<BatchExporter::RenderedFile> planned = BatchExporter::render(*doc, o, QStringLiteral("p3"), &warnings);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().relativePath, QStringLiteral("p3-export.md")); // case ignored, as on macOS
        QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("never replaced")), qPrintable(warnings.join(u'\n')));
        QCOMPARE(BatchExporter::exportDocument(*doc, o, QStringLiteral("p3")).failedFiles(), 0);
        QCOMPARE(readAll(project), QByteArray("the editor's project"));
    }

    void parallelNamesNeverClash()
    {
        // a.txt holds two pages (one issue since issue 8: one document "a", both pages in it), a.text has
        // the same stem and a-2.txt the name the second "a" would get: three files must be written, each
        // with its own input, every time (issue 7, item 5: it was "3 files written", 2 on disk).
        const QString in = tmp.filePath(QStringLiteral("clash-in"));
        QDir().mkpath(in);
        const QString a = QDir(in).filePath(QStringLiteral("a.txt"));
        const QString a2 = QDir(in).filePath(QStringLiteral("a.text"));
        const QString a22 = QDir(in).filePath(QStringLiteral("a-2.txt"));
        QVERIFY(writeFile(a, pageWith("甲") + "\f" + pageWith("乙")));
        QVERIFY(writeFile(a2, pageWith("丙")));
        QVERIFY(writeFile(a22, pageWith("丁")));
        for (int run = 0; run < 20; ++run) {
            const QString out = tmp.filePath(QStringLiteral("clash-out/%1").arg(run));
            const BatchSummary s = BatchExporter::run({a, a2, a22}, options(out, ExportFormat::PlainText, false));
            QVERIFY2(s.ok(), qPrintable(QStringLiteral("run %1").arg(run)));
            QCOMPARE(s.filesWritten, 3);
            QCOMPARE(filesUnder(out), (QStringList{QStringLiteral("a-2-2.txt"), QStringLiteral("a-2.txt"), QStringLiteral("a.txt")}));
            const QString issue = QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("a.txt"))));
            QVERIFY(issue.contains(QStringLiteral("甲上半年")) && issue.contains(QStringLiteral("乙上半年")));
            QVERIFY(QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("a-2.txt")))).contains(QStringLiteral("丙上半年")));
            QVERIFY(QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("a-2-2.txt")))).contains(QStringLiteral("丁上半年")));
            for (const InputResult &r : s.results)
                for (const FileResult &f : r.files)
                    QVERIFY(QFileInfo::exists(f.path));
        }
        // Per article: the page folders are unique across the batch as well.
        const BatchSummary s = BatchExporter::run({a, a2, a22}, [&] {
            ExportOptions o = options(tmp.filePath(QStringLiteral("clash-folders")));
            o.subfolderPerPage = true;
            return o;
        }());
        QVERIFY(s.ok());
        QCOMPARE(QDir(tmp.filePath(QStringLiteral("clash-folders"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("a"), QStringLiteral("a-2"), QStringLiteral("a-2-2")}));
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("clash-folders"))).size(), s.filesWritten);
    }

    void reservedNamesAreNeverClobbered()
    {
        // Two exports (two processes, or two batches) racing for one new name: exactly one gets it; the
        // other is told the file exists. 20 rounds of 8 writers.
        for (int round = 0; round < 20; ++round) {
            const QString path = tmp.filePath(QStringLiteral("race/%1.txt").arg(round));
            QDir().mkpath(tmp.filePath(QStringLiteral("race")));
            const QList<int> writers{0, 1, 2, 3, 4, 5, 6, 7};
            const QList<QString> reasons = QtConcurrent::blockingMapped<QList<QString>>(writers, std::function<QString(int)>([&](int w) {
                QString reason;
                return SafeWrite::toFile(path, "writer " + QByteArray::number(w), SafeWrite::ExistingFile::Refuse, &reason)
                    ? QStringLiteral("won")
                    : reason;
            }));
            QCOMPARE(reasons.count(QStringLiteral("won")), 1);
            QCOMPARE(reasons.count(SafeWrite::nameTakenReason()), 7);
            QCOMPARE(readAll(path), "writer " + QByteArray::number(reasons.indexOf(QStringLiteral("won"))));
        }
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("race"))).size(), 20);
    }

    void symlinksInTargetAreNeverFollowed()
    {
        // Links inside --to used to redirect writes outside it, a dangling one even without --force
        // (issue 7, item 6). Files land only inside --to; links are refused, never followed.
        const QString in = tmp.filePath(QStringLiteral("links-in"));
        QDir().mkpath(in);
        const QStringList pages = makePages(in, 3);
        const QString outside = tmp.filePath(QStringLiteral("links-outside"));
        QDir().mkpath(outside);
        const QString victim = QDir(outside).filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "not Galley's"));
        const QString out = tmp.filePath(QStringLiteral("links-out"));
        QDir().mkpath(out);
        QVERIFY(QFile::link(victim, QDir(out).filePath(QStringLiteral("page-001.txt"))));                                    // existing
        QVERIFY(QFile::link(QDir(outside).filePath(QStringLiteral("new.txt")), QDir(out).filePath(QStringLiteral("page-002.txt")))); // dangling
        QVERIFY(QFile::link(outside, QDir(out).filePath(QStringLiteral("page-003"))));                                       // a page folder

        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--force")}}) {
            const CliRun perPage = runGalley(QStringList{QStringLiteral("export")} + pages
                                          + QStringList{QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--to"), out} + extra);
            QCOMPARE(perPage.exitCode, 1);
            QVERIFY2(perPage.err.contains(QStringLiteral("page-002.txt: is a symbolic link to nothing")), qPrintable(perPage.err));
            QVERIFY2(perPage.err.contains(QStringLiteral("page-001.txt: is a symbolic link")), qPrintable(perPage.err));
            QVERIFY2(perPage.err.contains(QStringLiteral(" 1 file written")), qPrintable(perPage.err));
            const CliRun perArticle = runGalley(QStringList{QStringLiteral("export")} + pages
                                             + QStringList{QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--per-article"),
                                                           QStringLiteral("--to"), out}
                                             + extra);
            QCOMPARE(perArticle.exitCode, 1);
            QVERIFY2(perArticle.err.contains(QStringLiteral("page-003 is a symbolic link")), qPrintable(perArticle.err));
            QCOMPARE(readAll(victim), QByteArray("not Galley's"));
            QCOMPARE(QDir(outside).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                     QStringList{QStringLiteral("victim.txt")});
        }
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("page-001.txt"))).isSymLink());
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("page-002.txt"))).isSymLink());

        // --to itself may be a link the editor chose: it is resolved once and the files land in its folder.
        const QString real = tmp.filePath(QStringLiteral("links-real"));
        QDir().mkpath(real);
        const QString toLink = tmp.filePath(QStringLiteral("links-to"));
        QVERIFY(QFile::link(real, toLink));
        const CliRun viaLink = runGalley(QStringList{QStringLiteral("export")} + pages
                                      + QStringList{QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--to"), toLink});
        QCOMPARE(viaLink.exitCode, 0);
        QCOMPARE(filesUnder(real).size(), 3);
    }

    void fileWriterRefusesFolder()
    {
        QString error;
        QDir().mkpath(tmp.filePath(QStringLiteral("folder/sub")));
        QVERIFY(!ExportFileWriter::write(tmp.filePath(QStringLiteral("folder")), QStringLiteral("sub"), "x", true, &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        QVERIFY(!ExportFileWriter::write(tmp.path(), QStringLiteral("../escape.txt"), "x", true, &error));
        QVERIFY(!QFileInfo::exists(QFileInfo(tmp.path()).dir().filePath(QStringLiteral("escape.txt"))));
    }
};

QTEST_MAIN(TestExportBatch)
#include "tst_exportbatch.moc"
