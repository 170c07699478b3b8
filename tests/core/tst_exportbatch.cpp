// BatchExporter and `galley export`: a batch of 200 pages in parallel, and every failure path —
// existing files (never overwritten without --force), no permission, a full disk (file-size limit),
// unreadable inputs, a target that cannot be written among others — each reported per file while
// the rest goes on, leaving nothing half-written.
#include "export/BatchExporter.h"
#include "export/ExportFileWriter.h"
#include "project/ProjectFile.h"
#include "tst_export_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
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
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
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

    void fileWriterRefusesFolder()
    {
        QString error;
        QVERIFY(!ExportFileWriter::write(tmp.path(), "x", true, &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
    }
};

QTEST_MAIN(TestExportBatch)
#include "tst_exportbatch.moc"
