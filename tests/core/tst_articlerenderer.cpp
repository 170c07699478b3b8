// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One article renderer, one segment-JSON writer (issue 9, item 10): every consumer of an article's text —
// `galley segment` (JSON, text, Markdown), the export writers (text, Markdown, HTML, JSON, NITF) —
// gives for the seed page (engine output, and with one correction) exactly the bytes it gave before
// they shared ArticleRenderer and SegmentJsonWriter. The expected files in tests/data/render/ were
// captured before that refactoring; the export JSON is compared as JSON (its keys now follow the
// segment schema's order, docs/segment-json.md). GALLEY_REGENERATE_RENDER=1 rewrites them. The engine
// output's whole-page text, Markdown and HTML exports were the same bytes as the golden files of
// tests/data/golden/seed-page (tools/golden/regenerate.sh), so those are compared with the golden files.
// Also: an article with two headline pieces shows both, joined by a space, in the editor's text
// (ReviewDocument::roleText), the segment JSON and every export.
#include "support/CliRun.h"

#include "edit/CorrectTextCommand.h"
#include "edit/SetRoleCommand.h"
#include "edit/SetRoleTextCommand.h"
#include "export/ExportContent.h"
#include "export/ExportWriter.h"
#include "model/ArticleRenderer.h"
#include "export/SegmentationJson.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace galley;

namespace {

const QString kExpected = QStringLiteral(GALLEY_TEST_DATA "/render/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<ReviewDocument> seedDocument()
{
    const QString text = QString::fromUtf8(readFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")));
    Page page = TextImporter::pageFromText(text, QStringLiteral("seed-page.txt"));
    Segmentation seg = Segmenter::segment(page);
    return std::make_unique<ReviewDocument>(page, seg);
}

// The seed document with one body piece of the second article corrected (through the undo stack).
std::unique_ptr<ReviewDocument> correctedSeedDocument()
{
    auto doc = seedDocument();
    const Article &a = doc->segmentation().articles.value(1);
    for (const Piece &p : a.pieces)
        if (p.role == Role::Body) {
            doc->undoStack()->push(new CorrectTextCommand(doc.get(), p.id, doc->pieceText(p.id) + QStringLiteral(" (corrected)")));
            break;
        }
    return doc;
}

// NITF says when it was written; that part is not the renderer's.
QByteArray withoutNitfDate(QByteArray bytes)
{
    QString s = QString::fromUtf8(bytes);
    s.replace(QRegularExpression(QStringLiteral(R"(change\.(date|time)="[^"]*")")), QStringLiteral("change.\\1=\"\""));
    return s.toUtf8();
}

void compareWithExpected(const QString &name, const QByteArray &actual, bool asJson = false)
{
    const QString path = kExpected + name;
    if (qEnvironmentVariableIsSet("GALLEY_REGENERATE_RENDER")) {
        if (name.startsWith(QLatin1String("../golden/")))
            return; // tools/golden/regenerate.sh makes those
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(actual) == actual.size(), qPrintable(path));
        return;
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(path + QStringLiteral(": missing")));
    if (asJson) {
        QJsonParseError e1, e2;
        const QJsonDocument a = QJsonDocument::fromJson(actual, &e1);
        const QJsonDocument b = QJsonDocument::fromJson(expected, &e2);
        QCOMPARE(e1.error, QJsonParseError::NoError);
        QCOMPARE(e2.error, QJsonParseError::NoError);
        QVERIFY2(a == b, qPrintable(name));
        return;
    }
    if (actual != expected) {
        // Say where they part, not the whole page.
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
            ++i;
        QFAIL(qPrintable(QStringLiteral("%1 differs at byte %2: got \"%3\", expected \"%4\"")
                             .arg(name)
                             .arg(i)
                             .arg(QString::fromUtf8(actual.mid(std::max<qsizetype>(0, i - 20), 60)),
                                  QString::fromUtf8(expected.mid(std::max<qsizetype>(0, i - 20), 60)))));
    }
}

void compareExports(const ReviewDocument &doc, const QString &stem)
{
    TextOptions options;
    const ExportPage page = ExportContent::build(doc, options);
    // The engine output's page exports are the golden files (see the top of this file).
    auto pageExport = [&](const QString &goldenFolder, const QString &ext) {
        return stem == QLatin1String("seed") ? QStringLiteral("../golden/seed-page/%1/seed-page.%2").arg(goldenFolder, ext)
                                             : stem + u'.' + ext;
    };
    compareWithExpected(pageExport(QStringLiteral("text"), QStringLiteral("txt")), ExportWriter::render(ExportFormat::PlainText, page));
    compareWithExpected(pageExport(QStringLiteral("markdown"), QStringLiteral("md")), ExportWriter::render(ExportFormat::Markdown, page));
    compareWithExpected(pageExport(QStringLiteral("html"), QStringLiteral("html")), ExportWriter::render(ExportFormat::Html, page));
    compareWithExpected(stem + QStringLiteral(".nitf.xml"), withoutNitfDate(ExportWriter::render(ExportFormat::Nitf, page)));
    compareWithExpected(stem + QStringLiteral(".export.json"), ExportWriter::render(ExportFormat::Json, page), true);
    compareWithExpected(stem + QStringLiteral("-article2.export.json"),
                        ExportWriter::render(ExportFormat::Json, ExportWriter::singleArticle(page, 1)), true);
    TextOptions raw;
    raw.wrapRepair = false;
    raw.chinesePunctuation = true;
    const ExportPage rawPage = ExportContent::build(doc, raw);
    compareWithExpected(stem + QStringLiteral("-nowrap.txt"), ExportWriter::render(ExportFormat::PlainText, rawPage));
    compareWithExpected(stem + QStringLiteral("-nowrap.export.json"), ExportWriter::render(ExportFormat::Json, rawPage), true);
    compareWithExpected(stem + QStringLiteral(".segment.json"), SegmentationJson::toJson(doc));
}

} // namespace

class TestArticleRenderer : public QObject {
    Q_OBJECT
private slots:
    void exportsOfTheSeedPageAreAsBefore()
    {
        const auto doc = seedDocument();
        QVERIFY(doc->segmentation().articles.size() > 2);
        compareExports(*doc, QStringLiteral("seed"));
    }

    void exportsOfACorrectedSeedPageAreAsBefore()
    {
        const auto doc = correctedSeedDocument();
        QVERIFY(doc->undoStack()->count() == 1);
        compareExports(*doc, QStringLiteral("seed-corrected"));
    }

    void segmentCommandOutputIsAsBefore_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("markdown") << QStringLiteral("markdown");
    }

    void segmentCommandOutputIsAsBefore()
    {
        QFETCH(QString, format);
        const QByteArray input = readFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        const clirun::Run r = clirun::run(QStringLiteral(GALLEY_BINARY),
                                          {QStringLiteral("segment"), QStringLiteral("--format"), format, QStringLiteral("-")}, &input);
        QCOMPARE(r.exitCode, 0);
        compareWithExpected(QStringLiteral("seed.cli.") + format, r.out);
    }

    // "A project with two headline pieces shows one in the editor and exports both": both everywhere.
    void twoHeadlinePiecesShowEverywhere()
    {
        const auto doc = seedDocument();
        const Article &first = doc->segmentation().articles.first();
        const int headline = first.pieces[first.indexOfRole(Role::Headline)].id;
        const int byline = first.pieces[first.indexOfRole(Role::Byline)].id;
        const QString both = doc->pieceText(headline) + u' ' + doc->pieceText(byline);
        doc->undoStack()->push(new SetRoleCommand(doc.get(), {byline}, Role::Headline));
        QCOMPARE(doc->segmentation().articles.first().pieces[1].role, Role::Headline);

        QCOMPARE(doc->roleText(0, Role::Headline), both); // the editor's field
        QCOMPARE(ArticleRenderer::render(*doc, 0).headline, both);
        QCOMPARE(SegmentationJson::page(*doc).value(QStringLiteral("articles")).toArray().first()[QStringLiteral("headline")].toString(), both);
        TextOptions options;
        options.nfc = false;
        QCOMPARE(ExportContent::build(*doc, options).articles.first().headline, both);
        QVERIFY(QString::fromUtf8(ExportWriter::render(ExportFormat::PlainText, ExportContent::build(*doc, options))).startsWith(both + u'\n'));

        // Typing in the field: its whole text goes to the first piece, the second is emptied; one undo.
        doc->undoStack()->push(new SetRoleTextCommand(doc.get(), first.id, Role::Headline, QStringLiteral("新标题")));
        QCOMPARE(doc->roleText(0, Role::Headline), QStringLiteral("新标题"));
        QCOMPARE(doc->pieceText(headline), QStringLiteral("新标题"));
        QCOMPARE(doc->pieceText(byline), QString());
        doc->undoStack()->undo();
        QCOMPARE(doc->roleText(0, Role::Headline), both);
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
