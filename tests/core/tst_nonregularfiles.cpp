// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A project whose page "source_path" is not a regular file — /dev/zero, a FIFO nobody writes to, a
// folder — opens at once (the page is in the project) with a note naming the file, in the core and in
// `galley export`; a page path that is a device or a FIFO given to `galley segment`/`galley export`
// is refused at once with a message naming it, never read forever. (The GUI open path: tests/ui/tst_recovery.cpp.)
#include "import/TextImporter.h"
#include "project/ProjectFile.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace galley;

namespace {

const QString kPage = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");

struct Run {
    int exitCode = -1; ///< -1: did not finish within the time limit (killed); -2: crashed
    QString err;
};

Run runGalley(const QStringList &args)
{
    Run r;
    QProcess p;
    p.start(QStringLiteral(GALLEY_BINARY), args);
    if (!p.waitForStarted(30'000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Saves the seed page as a project whose page claims to come from source.
QString projectWithSource(const QString &folder, const QString &source)
{
    ImportResult imported = TextImporter::importFile(kPage);
    if (!imported.ok())
        return QString();
    Page page = imported.pages.first();
    page.setSourcePath(source);
    Segmentation seg = Segmenter::segment(page);
    const ReviewDocument doc(std::move(page), std::move(seg));
    const QString path = QDir(folder).filePath(QStringLiteral("odd-source.galley"));
    QString error;
    return ProjectFile::save(doc, path, &error) ? path : QString();
}

} // namespace

class TestNonRegularFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void projectSourceIsNotRead_data();
    void projectSourceIsNotRead();
    void cliExportOfProject_data();
    void cliExportOfProject();
    void cliRefusesDevicePage_data();
    void cliRefusesDevicePage();
    void cliExportReadsAFifoOnce();

private:
    QTemporaryDir m_dir;
    QString m_fifo;
};

void TestNonRegularFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fifo = m_dir.filePath(QStringLiteral("page.fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a-folder")));
}

void TestNonRegularFiles::projectSourceIsNotRead_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("FIFO") << QStringLiteral("page.fifo");
    QTest::newRow("folder") << QStringLiteral("a-folder");
}

void TestNonRegularFiles::projectSourceIsNotRead()
{
    QFETCH(QString, source);
    if (!source.startsWith(u'/'))
        source = m_dir.filePath(source);
    const QString project = projectWithSource(m_dir.path(), source);
    QVERIFY(!project.isEmpty());
    QString error;
    QStringList warnings;
    auto doc = ProjectFile::load(project, &error, &warnings);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(ProjectFile::sourceState(doc->page()), ProjectFile::SourceState::NotAFile);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QDir::toNativeSeparators(source)) && warnings.first().contains(QLatin1String("not a regular file")),
             qPrintable(warnings.first()));
}

void TestNonRegularFiles::cliExportOfProject_data()
{
    projectSourceIsNotRead_data();
}

void TestNonRegularFiles::cliExportOfProject()
{
    QFETCH(QString, source);
    if (!source.startsWith(u'/'))
        source = m_dir.filePath(source);
    QTemporaryDir out;
    const QString project = projectWithSource(out.path(), source);
    QVERIFY(!project.isEmpty());
    const Run r = runGalley({QStringLiteral("export"), project, QStringLiteral("--to"), out.filePath(QStringLiteral("out")),
                          QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY2(r.exitCode != -1, "galley export hung on a project whose source is not a regular file");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("not a regular file")), qPrintable(r.err));
    QCOMPARE(QDir(out.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), 1);
}

void TestNonRegularFiles::cliRefusesDevicePage_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : {QStringLiteral("segment"), QStringLiteral("export")})
        QTest::newRow(qPrintable(command)) << command;
}

void TestNonRegularFiles::cliRefusesDevicePage()
{
    QFETCH(QString, command);
    QTemporaryDir out;
    QStringList args{command, QStringLiteral("/dev/zero")};
    if (command == QLatin1String("export"))
        args << QStringLiteral("--to") << out.path() << QStringLiteral("--format") << QStringLiteral("text");
    const Run r = runGalley(args);
    QVERIFY2(r.exitCode != -1, "galley hung reading /dev/zero");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("/dev/zero: not a regular file")), qPrintable(r.err));
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

void TestNonRegularFiles::cliExportReadsAFifoOnce()
{
    // `galley export` first looks whether an input is a project; for a FIFO it must not open it (that
    // waits for a writer, and reading it takes the bytes the importer then lacks).
    std::signal(SIGPIPE, SIG_IGN);
    QFile page(kPage);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    std::atomic_bool stop = false;
    std::thread writer([this, &bytes, &stop] {
        for (int tries = 0; tries < 6000 && !stop; ++tries) { // a reader shows up within a minute
            const int fd = ::open(QFile::encodeName(m_fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd < 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                continue;
            }
            ::fcntl(fd, F_SETFL, 0);
            qsizetype done = 0;
            while (done < bytes.size()) {
                const auto n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
                if (n <= 0)
                    break;
                done += n;
            }
            ::close(fd);
            return;
        }
    });
    QTemporaryDir out;
    const Run r = runGalley({QStringLiteral("export"), m_fifo, QStringLiteral("--to"), out.path(),
                          QStringLiteral("--format"), QStringLiteral("text")});
    stop = true;
    writer.join();
    QVERIFY2(r.exitCode != -1, "galley export hung on a FIFO");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestNonRegularFiles)
#include "tst_nonregularfiles.moc"
