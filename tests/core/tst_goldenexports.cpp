// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_goldenexports: every format of `galley export` of the seed page against its golden file in
// tests/data/golden/seed-page/<format>/, written by tools/golden/regenerate.sh with the same command
// line (run from the repository root, rules engine, SOURCE_DATE_EPOCH fixed). Text, Markdown, HTML,
// JSON and NITF must be byte for byte the same. What legitimately varies is normalised, and only that:
// ODT — the zip's entry times and the numbering of automatic styles (Qt's ODF writer numbers them in
// hash order) — is compared as content.xml without its automatic styles and style names; PDF — the
// embedded font subsets depend on the installed font version — is compared as its text read back with
// poppler-qt6 and its page count (Qt 6.4 writes its font objects in hash order, so the bytes differ
// from run to run). A failure names the file; if the change was meant, run the script.
#include "import/PdfImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

const QString kSource = QStringLiteral(GALLEY_SOURCE_DIR);
const QString kGolden = QStringLiteral("tests/data/golden/seed-page");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString odtBody(const QString &path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return QStringLiteral("cannot unzip ") + path;
    QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    static const QRegularExpression automatic(QStringLiteral("<office:automatic-styles>.*</office:automatic-styles>"),
                                              QRegularExpression::DotMatchesEverythingOption | QRegularExpression::InvertedGreedinessOption);
    static const QRegularExpression styleName(QStringLiteral(" [a-z]+:style-name=\"[^\"]*\""));
    xml.remove(automatic);
    xml.remove(styleName);
    return xml;
}

QString pdfText(const QString &path, int *pages)
{
    const ImportResult r = PdfImporter::importBytes(readFile(path), path);
    *pages = int(r.pages.size());
    QString text;
    for (const Page &p : r.pages)
        text += p.text();
    return r.ok() ? text : r.error;
}

} // namespace

class TestGoldenExports : public QObject {
    Q_OBJECT
private slots:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("text") << "text" << "seed-page.txt";
        QTest::newRow("markdown") << "markdown" << "seed-page.md";
        QTest::newRow("html") << "html" << "seed-page.html";
        QTest::newRow("json") << "json" << "seed-page.json";
        QTest::newRow("nitf") << "nitf" << "seed-page.xml";
        QTest::newRow("odt") << "odt" << "seed-page.odt";
        QTest::newRow("pdf") << "pdf" << "seed-page.pdf";
    }

    void matchesGolden()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess p;
        p.setWorkingDirectory(kSource);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767225600"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("GALLEY_ENGINE"), QStringLiteral("rules")); // the goldens are the rules engine's (regenerate.sh)
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), QStringLiteral("--quiet"), QStringLiteral("--format"), format,
                                                QStringLiteral("--to"), out.filePath(format), QStringLiteral("tests/data/seed-page.txt")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString now = out.filePath(format + QLatin1Char('/') + file);
        const QString golden = kSource + QLatin1Char('/') + kGolden + QLatin1Char('/') + format + QLatin1Char('/') + file;
        QVERIFY2(QFile::exists(golden), qPrintable(golden + QStringLiteral(" is missing: run tools/golden/regenerate.sh")));
        if (format == QLatin1String("odt")) {
            if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
                QSKIP("unzip not installed");
            QCOMPARE(odtBody(now), odtBody(golden));
        } else if (format == QLatin1String("pdf")) {
            int pagesNow = 0, pagesGolden = 0;
            QCOMPARE(pdfText(now, &pagesNow), pdfText(golden, &pagesGolden));
            QCOMPARE(pagesNow, pagesGolden);
            QVERIFY(pagesNow >= 3);
        } else {
            const QByteArray a = readFile(now);
            const QByteArray b = readFile(golden);
            if (a != b) {
                qsizetype at = 0;
                while (at < a.size() && at < b.size() && a[at] == b[at])
                    ++at;
                QFAIL(qPrintable(QStringLiteral("%1 differs from %2 at byte %3: \"%4\" vs golden \"%5\" (run tools/golden/regenerate.sh if meant)")
                                     .arg(now, golden).arg(at)
                                     .arg(QString::fromUtf8(a.mid(std::max<qsizetype>(0, at - 20), 60)), QString::fromUtf8(b.mid(std::max<qsizetype>(0, at - 20), 60)))));
            }
        }
    }

    void exportsAreDeterministic()
    {
        // Two runs with SOURCE_DATE_EPOCH give the same creation date and text.
        QTemporaryDir out;
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            QProcess p;
            p.setWorkingDirectory(kSource);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767225600"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            const QString dir = out.filePath(QString::number(run));
            p.start(QStringLiteral(GALLEY_BINARY), {QStringLiteral("export"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("pdf"),
                                                    QStringLiteral("-t"), dir, QStringLiteral("tests/data/seed-page.txt")});
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray bytes = readFile(dir + QStringLiteral("/seed-page.pdf"));
            QVERIFY(bytes.contains("/CreationDate (D:20260101000000"));
            // Not the bytes: Qt's PDF engine writes the font objects in hash order, which changes from
            // run to run (Qt 6.4). The date is fixed and the text is the same.
            int pages = 0;
            const QString text = pdfText(dir + QStringLiteral("/seed-page.pdf"), &pages);
            if (run == 0)
                first = text.toUtf8();
            else
                QCOMPARE(text.toUtf8(), first);
        }
    }
};

QTEST_MAIN(TestGoldenExports)
#include "tst_goldenexports.moc"
