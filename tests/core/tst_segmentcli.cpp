// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of `galley segment` as a user runs it (the real binary, through QProcess): exit codes 0 / 1 / 2,
// messages that name the file, standard input as "-", --encoding, -o FILE written whole and atomically,
// and --format json|text|markdown giving well-formed output. What the segmentation finds is not tested here.
#include "support/CliRun.h"
#include "support/FullDisk.h"
#include "support/ImportSamples.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace importsamples;

namespace {

using clirun::Run;

Run segment(const QStringList &args, const QByteArray *input = nullptr)
{
    return clirun::run(QStringLiteral(GALLEY_BINARY), QStringList{QStringLiteral("segment")} + args, input, 120000);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8);
    const QString s = d.decode(bytes);
    Q_UNUSED(s);
    return !d.hasError();
}

QJsonObject parseObject(const QByteArray &json, QString *problem)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        *problem = QStringLiteral("not a JSON object: %1 at %2").arg(e.errorString()).arg(e.offset);
    return doc.object();
}

} // namespace

class TestSegmentCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonDescribesTheImport_data();
    void jsonDescribesTheImport();
    void formats_data();
    void formats();
    void standardInput();
    void emptyStandardInput();
    void encodingOption();
    void invalidSequencesAreWarnedAbout();
    void formFeedsGivePages();
    void outputFileIsWrittenWhole();
    void outputFileInMissingFolder();
    void fullStandardOutputIsAnError_data();
    void fullStandardOutputIsAnError();
    void helpToAFullStandardOutputIsAnError();
    void outputFileOnAFullDisk();

private:
    QString file(const QString &name, const QByteArray &bytes) { return writeFile(m_dir, name, bytes); }
    QTemporaryDir m_dir;
    QString m_zh;     // UTF-8 Simplified Chinese page
    QString m_big5;   // iconv-made Big5 page
    QString m_empty;
    QString m_binary;
};

void TestSegmentCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(GALLEY_BINARY)));
    QVERIFY(m_dir.isValid());
    m_zh = file(QStringLiteral("zh page.txt"), referenceText(samples()[0]).toUtf8());
    m_big5 = dataPath(QStringLiteral("zh-hant-news.big5.txt"));
    m_empty = file(QStringLiteral("empty.txt"), QByteArray());
    m_binary = file(QStringLiteral("scan.png"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x04\0", 20));
}

void TestSegmentCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrHas");

    const QString missing = m_dir.filePath(QStringLiteral("missing page.txt"));
    QTest::newRow("UTF-8 page") << QStringList{m_zh} << 0 << QStringList{};
    QTest::newRow("Big5 page, guessed") << QStringList{m_big5} << 0 << QStringList{};
    QTest::newRow("two pages") << QStringList{m_zh, m_big5, QStringLiteral("--format"), QStringLiteral("text")} << 0 << QStringList{};
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringList{};
    QTest::newRow("missing file") << QStringList{missing} << 1 << QStringList{missing + QLatin1String(": no such file")};
    QTest::newRow("empty file") << QStringList{m_empty} << 1 << QStringList{m_empty + QLatin1String(": byte 0: empty file")};
    QTest::newRow("binary file") << QStringList{m_binary} << 1 << QStringList{m_binary + QLatin1String(": byte 8: NUL character, binary data")};
    QTest::newRow("good and bad") << QStringList{m_zh, m_empty} << 1 << QStringList{m_empty + QLatin1String(": byte 0")};
    QTest::newRow("unknown format") << QStringList{m_zh, QStringLiteral("--format"), QStringLiteral("docx")} << 2
                                    << QStringList{QStringLiteral("unknown format 'docx'")};
    QTest::newRow("unknown encoding") << QStringList{m_zh, QStringLiteral("--encoding"), QStringLiteral("klingon-8")} << 2
                                      << QStringList{QStringLiteral("unknown encoding 'klingon-8'")};
    QTest::newRow("unknown encoding before bad file") << QStringList{missing, QStringLiteral("--encoding"), QStringLiteral("big-five")} << 2
                                                      << QStringList{QStringLiteral("unknown encoding 'big-five'")};
    QTest::newRow("no PAGE") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 2 << QStringList{QStringLiteral("no PAGE")};
    QTest::newRow("unknown option") << QStringList{m_zh, QStringLiteral("--colour")} << 2 << QStringList{QStringLiteral("colour")};
    QTest::newRow("option without value") << QStringList{m_zh, QStringLiteral("--encoding")} << 2 << QStringList{QStringLiteral("encoding")};
}

void TestSegmentCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrHas);

    const Run r = segment(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    for (const QString &s : stderrHas)
        QVERIFY2(r.err.contains(s), qPrintable(r.err));
    if (exitCode == 0)
        QVERIFY2(!r.err.contains(QLatin1String("warning")), qPrintable(r.err));
}

void TestSegmentCli::jsonDescribesTheImport_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("encoding");

    for (const Sample &s : samples())
        QTest::newRow(s.tag) << QString::fromLatin1(s.legacyFile) << QString::fromLatin1(s.legacyEncoding);
}

void TestSegmentCli::jsonDescribesTheImport()
{
    QFETCH(QString, fixture);
    QFETCH(QString, encoding);

    const QString path = dataPath(fixture);
    const Run r = segment({path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString problem;
    const QJsonObject page = parseObject(r.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(page.value(QLatin1String("articles")).isArray());
    QCOMPARE(page.value(QLatin1String("encoding")).toString(), encoding);
    QCOMPARE(page.value(QLatin1String("source")).toString(), path);
    QCOMPARE(page.value(QLatin1String("sha256")).toString(), sha256Hex(readBytes(path)));
    QCOMPARE(page.value(QLatin1String("page")).toInt(), 1);
}

void TestSegmentCli::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << "json";
    QTest::newRow("text") << "text";
    QTest::newRow("markdown") << "markdown";
}

void TestSegmentCli::formats()
{
    QFETCH(QString, format);

    for (const QString &page : {m_zh, dataPath(QStringLiteral("de-news.windows-1252.txt"))}) {
        const Run json = segment({page});
        QCOMPARE(json.exitCode, 0);
        QString problem;
        const QJsonObject o = parseObject(json.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qsizetype articles = o.value(QLatin1String("articles")).toArray().size();

        const Run r = segment({page, QStringLiteral("--format"), format});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isValidUtf8(r.out));
        if (format == QLatin1String("json")) {
            QCOMPARE(r.out, json.out); // json is the default
        } else if (articles > 0) {
            const QString out = QString::fromUtf8(r.out);
            if (format == QLatin1String("text"))
                QVERIFY2(out.startsWith(QLatin1String("=== Article 1")), qPrintable(out.left(200)));
            else
                QVERIFY2(out.contains(QLatin1String("# ")), qPrintable(out.left(200)));
        }
    }
}

void TestSegmentCli::standardInput()
{
    const QByteArray bytes = readBytes(dataPath(QStringLiteral("ja-news.shift_jis.txt")));
    const Run r = segment({QStringLiteral("-")}, &bytes);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString problem;
    const QJsonObject page = parseObject(r.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(page.value(QLatin1String("source")).toString(), QStringLiteral("-"));
    QCOMPARE(page.value(QLatin1String("encoding")).toString(), QStringLiteral("Shift_JIS"));
    QCOMPARE(page.value(QLatin1String("sha256")).toString(), sha256Hex(bytes));
}

void TestSegmentCli::emptyStandardInput()
{
    const QByteArray nothing;
    const Run r = segment({QStringLiteral("-")}, &nothing);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("standard input: byte 0: empty file")), qPrintable(r.err));
}

void TestSegmentCli::encodingOption()
{
    // Too short for a sure guess; named, it decodes cleanly and says so.
    const QString shortPage = file(QStringLiteral("short.txt"), encode(QStringLiteral("本报记者\n"), "GB18030"));
    Run r = segment({shortPage, QStringLiteral("--encoding"), QStringLiteral("GB18030")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QString problem;
    QJsonObject page = parseObject(r.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(page.value(QLatin1String("encoding")).toString(), QStringLiteral("GB18030"));

    // Guessed, it gets a warning that suggests --encoding.
    r = segment({shortPage});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("galley segment: warning: ") + shortPage + QLatin1String(": encoding guessed as")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("--encoding")));

    // The option also works after the files and in lower case.
    r = segment({m_big5, QStringLiteral("--encoding=big5")});
    QCOMPARE(r.exitCode, 0);
    page = parseObject(r.out, &problem);
    QCOMPARE(page.value(QLatin1String("encoding")).toString(), QStringLiteral("Big5"));
}

void TestSegmentCli::invalidSequencesAreWarnedAbout()
{
    QByteArray bytes = readBytes(dataPath(QStringLiteral("zh-hans-news.gb18030.txt")));
    const qsizetype at = bytes.indexOf('\n') + 1;
    bytes.insert(at, "\x80");
    const QString path = file(QStringLiteral("damaged.txt"), bytes);
    const Run r = segment({path, QStringLiteral("--encoding"), QStringLiteral("GB18030")});
    QCOMPARE(r.exitCode, 0); // replaced, reported, not refused
    const QString warning = QStringLiteral("%1: byte %2: invalid GB18030 sequence replaced by U+FFFD").arg(path).arg(at);
    QVERIFY2(r.err.contains(QLatin1String("galley segment: warning: ") + warning), qPrintable(r.err));
    QString problem;
    const QJsonObject page = parseObject(r.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(page.value(QLatin1String("warnings")).toArray().contains(warning));
}

void TestSegmentCli::formFeedsGivePages()
{
    const QString zh = referenceText(samples()[0]);
    const QString path = file(QStringLiteral("pdftotext.txt"), (zh + QLatin1Char('\f') + zh + QLatin1Char('\f')).toUtf8());
    const Run r = segment({path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString problem;
    const QJsonObject root = parseObject(r.out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // One file of two pages is one document (an issue, docs/issues.md): one object, its printed pages
    // listed, every piece on page 1 or 2, both pages' articles there.
    QVERIFY(!root.contains(QLatin1String("pages")));
    const QJsonArray pages = root.value(QLatin1String("printed_pages")).toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0].toObject().value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(pages[1].toObject().value(QLatin1String("page")).toInt(), 2);
    QSet<int> seen;
    for (const QJsonValue &a : root.value(QLatin1String("articles")).toArray())
        for (const QJsonValue &b : a.toObject().value(QLatin1String("blocks")).toArray())
            seen.insert(b.toObject().value(QLatin1String("page")).toInt());
    QCOMPARE(seen, (QSet<int>{1, 2}));
}

void TestSegmentCli::outputFileIsWrittenWhole()
{
    QTemporaryDir outDir;
    const QString out = outDir.filePath(QStringLiteral("page 1.json"));
    // An older, longer file in the way: replaced entirely, not overwritten in place.
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(1 << 20, 'x'));
    old.close();

    const Run r = segment({m_zh, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QByteArray written = readBytes(out);
    QString problem;
    const QJsonObject page = parseObject(written, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(page.value(QLatin1String("articles")).isArray());
    // No temporary file left next to it.
    QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("page 1.json")});
    // The same bytes as standard output gives; "-o -" is standard output.
    QCOMPARE(segment({m_zh}).out, written);
    QCOMPARE(segment({m_zh, QStringLiteral("-o"), QStringLiteral("-")}).out, written);
}

void TestSegmentCli::outputFileInMissingFolder()
{
    const QString out = m_dir.filePath(QStringLiteral("no such folder/page.md"));
    const Run r = segment({m_zh, QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSegmentCli::fullStandardOutputIsAnError_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << "json";
    QTest::newRow("text") << "text";
    QTest::newRow("markdown") << "markdown";
}

void TestSegmentCli::fullStandardOutputIsAnError()
{
    // `galley segment PAGE > /dev/full` used to exit 0: every write to /dev/full fails with ENOSPC.
    QFETCH(QString, format);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("segment"), m_zh, QStringLiteral("--format"), format});
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("standard output")) && err.contains(QLatin1String("No space left on device")), qPrintable(err));
    // "-o -" is standard output too.
    p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("segment"), m_zh, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
}

void TestSegmentCli::helpToAFullStandardOutputIsAnError()
{
    // `galley --help`, `--version` and every subcommand's --help are checked to the last byte too.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const QList<QStringList> commands{{QStringLiteral("--help")}, {QStringLiteral("--version")},
                                      {QStringLiteral("segment"), QStringLiteral("--help")},
                                      {QStringLiteral("evaluate"), QStringLiteral("--help")},
                                      {QStringLiteral("export"), QStringLiteral("--help")}};
    for (const QStringList &args : commands) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(GALLEY_BINARY), args);
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(args.join(u' ')));
        QVERIFY2(err.contains(QLatin1String("cannot write to standard output: No space left on device")), qPrintable(err));
    }
    // A report lost on a full disk is an error too (galley evaluate used to exit 0).
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("evaluate"), QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"),
                                            QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("galley evaluate: cannot write to standard output: No space left on device")));
}

void TestSegmentCli::outputFileOnAFullDisk()
{
    // -o FILE on a real full file system: exit 1 naming the file and the reason, the old file kept whole.
    QTemporaryDir dir;
    testsupport::FullDisk disk(dir.filePath(QStringLiteral("disk")));
    if (!disk.ok())
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString out = disk.filePath(QStringLiteral("page.json"));
    const QByteArray before = "{\"previous\": true}\n";
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QCOMPARE(old.write(before), before.size());
    old.close();
    QVERIFY(disk.fill());
    // A small page: its JSON fits Qt's 16 KiB write buffer, so only the flush meets the full disk.
    const QString page = file(QStringLiteral("small page.txt"), "Council meets\n\nThe town council met on Monday.\n");
    const Run r = segment({page, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(out) && r.err.contains(QLatin1String("No space left on device")), qPrintable(r.err));
    QCOMPARE(readBytes(out), before);
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral(".filler"), QStringLiteral("page.json")}));

    // `galley evaluate -o FILE` writes its report the same way: exit 1, the old file kept whole.
    QProcess p;
    p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("evaluate"), QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"),
                                            QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json"), QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("galley evaluate: ") + out) && err.contains(QLatin1String("No space left on device"))
                 && err.contains(QLatin1String("(the file was not changed)")),
             qPrintable(err));
    QCOMPARE(readBytes(out), before);
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral(".filler"), QStringLiteral("page.json")}));
}

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
