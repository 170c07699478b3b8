// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting a ReviewDocument that matches the gold file of the seed page (tests/data/seed-page.gold.json)
// with wrap repair on and punctuation restoration off reproduces the gold paragraph texts exactly,
// per article, in the per-article JSON and plain-text files.
//
// The document is built here from the gold JSON with the model API, the way an editor reaches it:
// the raw seed page, one piece per gold block (65a/65b split at the gold's split marker), roles and
// paragraph joins as in the gold, and — where the repaired raw text still differs from the gold
// (OCR slips the editor fixed) — CorrectTextCommand on the piece, through the undo stack.
#include "edit/CorrectTextCommand.h"
#include "export/BatchExporter.h"
#include "export/ExportFileNamer.h"
#include "segment/WrapRepair.h"
#include "import/TextImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct GoldDocument {
    std::unique_ptr<ReviewDocument> doc;
    int corrections = 0;
    QString error;
};

GoldDocument buildGoldDocument(const QJsonObject &gold, const QString &pagePath)
{
    GoldDocument out;
    QFile f(pagePath);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = pagePath + QStringLiteral(": cannot read");
        return out;
    }
    Page page = TextImporter::pageFromText(QString::fromUtf8(f.readAll()), pagePath);
    const QJsonObject markers = gold.value(QStringLiteral("split_markers")).toObject();

    // Span of a gold block reference ("12", "65a", "65b").
    auto spanOf = [&](const QString &ref, int *blockIndex) -> std::optional<TextSpan> {
        QString number = ref;
        QChar part;
        if (!ref.isEmpty() && ref.back().isLetter()) {
            part = ref.back();
            number.chop(1);
        }
        const int n = number.toInt();
        if (n < 1 || n > page.blocks().size())
            return std::nullopt;
        *blockIndex = n - 1;
        TextSpan span = page.blocks()[n - 1].span;
        if (!part.isNull()) {
            const QString marker = markers.value(number).toString();
            const qsizetype at = page.text().indexOf(marker, span.start);
            if (marker.isEmpty() || at < 0 || at >= span.end)
                return std::nullopt;
            if (part == u'a')
                span.end = at;
            else
                span.start = at;
            while (span.end > span.start && page.text().at(span.end - 1).isSpace())
                --span.end;
        }
        return span;
    };

    Segmentation seg;
    int nextId = 1;
    // Pieces whose text must equal a gold text (headline, kicker …) or join to a gold paragraph.
    struct Target {
        QList<int> pieceIds;
        QString text;
        bool paragraph;
        int articleIndex;
    };
    QList<Target> targets;
    const QJsonArray articles = gold.value(QStringLiteral("articles")).toArray();
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const QJsonObject ga = articles[a].toObject();
        Article art;
        art.id = int(a) + 1;
        auto add = [&](const QString &ref, Role role, bool continues) -> int {
            int block = -1;
            const auto span = spanOf(ref, &block);
            if (!span) {
                out.error = QStringLiteral("gold block %1 not found on the page").arg(ref);
                return -1;
            }
            Piece p;
            p.id = nextId++;
            p.block = block;
            p.span = *span;
            p.role = role;
            p.confidence = 1;
            p.continuesParagraph = continues;
            art.pieces.append(p);
            return p.id;
        };
        for (const auto &[key, role] : {std::pair{QStringLiteral("kicker"), Role::Kicker}, std::pair{QStringLiteral("headline"), Role::Headline},
                                        std::pair{QStringLiteral("subheadline"), Role::Subheadline}, std::pair{QStringLiteral("byline"), Role::Byline}}) {
            if (!ga.contains(key + QStringLiteral("_block")))
                continue;
            const int id = add(ga.value(key + QStringLiteral("_block")).toString(), role, false);
            targets.append({{id}, ga.value(key).toString(), false, int(a)});
        }
        for (const QJsonValue &pv : ga.value(QStringLiteral("paragraphs")).toArray()) {
            const QJsonObject gp = pv.toObject();
            Target t{{}, gp.value(QStringLiteral("text")).toString(), true, int(a)};
            bool first = true;
            for (const QJsonValue &b : gp.value(QStringLiteral("blocks")).toArray()) {
                t.pieceIds.append(add(b.toString(), Role::Body, !first));
                first = false;
            }
            targets.append(t);
        }
        for (const QJsonValue &ev : ga.value(QStringLiteral("extras")).toArray()) {
            const QJsonObject ge = ev.toObject();
            const auto role = roleFromName(ge.value(QStringLiteral("role")).toString());
            const int id = add(ge.value(QStringLiteral("block")).toString(), role.value_or(Role::Unknown), false);
            targets.append({{id}, ge.value(QStringLiteral("text")).toString(), false, int(a)});
        }
        seg.articles.append(art);
    }
    if (!out.error.isEmpty())
        return out;
    seg.nextPieceId = nextId;
    seg.nextArticleId = int(articles.size()) + 1;
    out.doc = std::make_unique<ReviewDocument>(page, seg);

    // The editor's corrections where the repaired raw text is not yet the gold text.
    for (const Target &t : std::as_const(targets)) {
        QString current;
        for (int id : t.pieceIds)
            current = t.paragraph ? WrapRepair::joinFragments(current, out.doc->pieceText(id)) : out.doc->pieceText(id);
        if (current == t.text)
            continue;
        out.doc->undoStack()->push(new CorrectTextCommand(out.doc.get(), t.pieceIds.first(), t.text));
        for (qsizetype k = 1; k < t.pieceIds.size(); ++k)
            out.doc->undoStack()->push(new CorrectTextCommand(out.doc.get(), t.pieceIds[k], QString()));
        ++out.corrections;
    }
    return out;
}

QStringList goldParagraphs(const QJsonObject &article)
{
    QStringList out;
    for (const QJsonValue &p : article.value(QStringLiteral("paragraphs")).toArray())
        out.append(p.toObject().value(QStringLiteral("text")).toString());
    return out;
}

} // namespace

class TestExportGold : public QObject {
    Q_OBJECT
private:
    QJsonObject gold;
    GoldDocument built;
    QTemporaryDir tmp;

private slots:
    void initTestCase()
    {
        gold = readJson(QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json"));
        QVERIFY(!gold.isEmpty());
        built = buildGoldDocument(gold, QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
        QVERIFY(built.doc);
        qInfo("gold document: %d texts needed an editor's correction", built.corrections);
        // The document matches the gold through the model API.
        const QJsonArray articles = gold.value(QStringLiteral("articles")).toArray();
        QCOMPARE(built.doc->segmentation().articles.size(), articles.size());
        for (qsizetype a = 0; a < articles.size(); ++a)
            QCOMPARE(built.doc->paragraphs(int(a)), goldParagraphs(articles[a].toObject()));
    }

    void perArticleFilesReproduceGold_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("json") << ExportFormat::Json;
        QTest::newRow("text") << ExportFormat::PlainText;
    }
    void perArticleFilesReproduceGold()
    {
        QFETCH(ExportFormat, format);
        ExportOptions options;
        options.format = format;
        options.perArticle = true;
        options.text.wrapRepair = true;
        options.text.chinesePunctuation = false;
        options.targetDir = tmp.filePath(ExportFormats::name(format));
        const InputResult result = BatchExporter::exportDocument(*built.doc, options, QStringLiteral("seed-page"));
        const QJsonArray articles = gold.value(QStringLiteral("articles")).toArray();
        QCOMPARE(result.files.size(), articles.size());
        QCOMPARE(result.failedFiles(), 0);
        for (qsizetype a = 0; a < articles.size(); ++a) {
            const QJsonObject ga = articles[a].toObject();
            const QString path = result.files[a].path;
            // The file is named after the gold headline.
            QVERIFY2(QFileInfo(path).completeBaseName() == ExportFileNamer::safeName(ga.value(QStringLiteral("headline")).toString()), qPrintable(path));
            const QStringList expected = goldParagraphs(ga);
            if (format == ExportFormat::Json) {
                const QJsonObject article = readJson(path).value(QStringLiteral("articles")).toArray().first().toObject();
                QCOMPARE(article.value(QStringLiteral("headline")).toString(), ga.value(QStringLiteral("headline")).toString());
                QCOMPARE(article.value(QStringLiteral("kicker")).toString(), ga.value(QStringLiteral("kicker")).toString());
                QCOMPARE(article.value(QStringLiteral("byline")).toString(), ga.value(QStringLiteral("byline")).toString());
                QStringList paragraphs;
                for (const QJsonValue &p : article.value(QStringLiteral("paragraphs")).toArray())
                    paragraphs.append(p.toString());
                QCOMPARE(paragraphs, expected);
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QStringList blocks = QString::fromUtf8(f.readAll()).chopped(1).split(QStringLiteral("\n\n"));
                // Heading lines, then exactly the gold paragraphs, then the extras.
                QCOMPARE(blocks.mid(1, expected.size()), expected);
                QStringList heading;
                for (const QString &key : {QStringLiteral("kicker"), QStringLiteral("headline"), QStringLiteral("byline")})
                    if (!ga.value(key).toString().isEmpty())
                        heading.append(ga.value(key).toString());
                QCOMPARE(blocks.first(), heading.join(u'\n'));
                QStringList extras;
                for (const QJsonValue &e : ga.value(QStringLiteral("extras")).toArray())
                    extras.append(e.toObject().value(QStringLiteral("text")).toString());
                QCOMPARE(blocks.mid(1 + expected.size()).join(QStringLiteral("\n\n")), extras.join(QStringLiteral("\n\n")));
            }
        }
    }
};

QTEST_MAIN(TestExportGold)
#include "tst_exportgold.moc"
