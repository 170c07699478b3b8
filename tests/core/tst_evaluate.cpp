// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SegmentationScore and `galley evaluate`: the measures of the shared scorer (tools/score-segmentation.py
// in ../shared) on predictions whose figures are known (worked out by hand and with that scorer), gold
// files in both forms (block ids with split markers: tests/data/seed-page.gold.json; code point
// fragments: tests/data/pages/en-county-daily.gold.json), the command's output, exit codes and
// messages, and — when ../shared and python3 are there — the same figures as the Python scorer on
// a dev page in each of the three extractions.
#include "evaluate/SegmentationScore.h"
#include "import/TextImporter.h"
#include "support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

const QString kCountyPage = QStringLiteral(GALLEY_TEST_DATA "/pages/en-county-daily.txt");
const QString kCountyGold = QStringLiteral(GALLEY_TEST_DATA "/pages/en-county-daily.gold.json");
const QString kSeedPage = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");
const QString kSeedGold = QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pageText(const QString &path)
{
    const ImportResult r = TextImporter::importFile(path);
    return r.ok() && !r.pages.isEmpty() ? r.pages.first().text() : QString();
}

// The gold's articles as the gold file writes them: headline and paragraph texts.
struct GoldText {
    QString headline;
    QStringList paragraphs;
};
QList<GoldText> goldTexts(const QString &goldPath)
{
    QList<GoldText> out;
    for (const QJsonValue &a : QJsonDocument::fromJson(readAll(goldPath)).object().value(QLatin1String("articles")).toArray()) {
        GoldText g;
        g.headline = a.toObject().value(QLatin1String("headline")).toString();
        for (const QJsonValue &p : a.toObject().value(QLatin1String("paragraphs")).toArray())
            g.paragraphs << p.toObject().value(QLatin1String("text")).toString();
        out.append(g);
    }
    return out;
}

// A predicted article made of whole gold articles' fragments and paragraphs.
PredictedArticle fromGold(const SegmentationGold &gold, const QList<GoldText> &texts, const QString &headline, QList<int> articles)
{
    PredictedArticle p;
    p.headline = headline;
    for (int a : articles) {
        p.paragraphs += texts[a].paragraphs;
        for (const SegmentationGold::Fragment &f : gold.fragments)
            if (f.article == a)
                p.spans.append({f.start, f.end});
    }
    return p;
}

using clirun::Run;
using clirun::run;

Run runGalley(const QStringList &args)
{
    return run(QStringLiteral(GALLEY_BINARY), args);
}

} // namespace

class TestEvaluate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void whiteSpaceAndDistance();
    void readsFragmentGold();
    void readsBlockGold();
    void refusesBadGold();
    void perfectPrediction();
    void mergedArticles();
    void splitArticleAndLostPiece();
    void commandScoresPages();
    void commandExitCodes();
    void sameFiguresAsPythonScorer();
};

void TestEvaluate::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(GALLEY_BINARY)));
    QVERIFY(QFileInfo::exists(kCountyGold));
}

void TestEvaluate::whiteSpaceAndDistance()
{
    // Python's str.isspace(): ideographic space, no-break space and the line separators count, a
    // zero-width space does not.
    QCOMPARE(SegmentationScore::squash(u"a b\u3000c\u00A0d\te\u2028f\u200Bg"), std::u32string(U"abcdef\u200Bg"));
    QCOMPARE(SegmentationScore::levenshtein(U"kitten", U"sitting"), qsizetype(3));
    QCOMPARE(SegmentationScore::levenshtein(U"", U"abc"), qsizetype(3));
    QCOMPARE(SegmentationScore::levenshtein(U"社区食堂", U"社区食堂"), qsizetype(0));
    // Code points, not UTF-16 units: one astral character is one edit.
    QCOMPARE(SegmentationScore::levenshtein(U"\U00020000b", U"ab"), qsizetype(1));
}

void TestEvaluate::readsFragmentGold()
{
    SegmentationGold gold;
    QString error;
    QVERIFY2(SegmentationScore::readGold(readAll(kCountyGold), pageText(kCountyPage), &gold, &error), qPrintable(error));
    QCOMPARE(gold.articles.size(), 3);
    QCOMPARE(gold.fragments.size(), 14);
    QCOMPARE(gold.fragments[0].id, QStringLiteral("1/1"));
    QCOMPARE(gold.fragments[13].id, QStringLiteral("3/3"));
    QCOMPARE(gold.fragments[13].article, 2);
    const QString text = pageText(kCountyPage);
    QCOMPARE(text.mid(gold.fragments[0].start, gold.fragments[0].end - gold.fragments[0].start),
             QStringLiteral("COUNTY BOARD APPROVES NEW BRIDGE OVER MILL RIVER"));
    QCOMPARE(gold.articles[1].headline, QStringLiteral("Storm Knocks Out Power to 3,000 Homes"));
}

void TestEvaluate::readsBlockGold()
{
    // Block ids: runs of non-blank lines from 1, a block cut at its split marker into NNa / NNb.
    const QString text = pageText(kSeedPage);
    SegmentationGold gold;
    QString error;
    QVERIFY2(SegmentationScore::readGold(readAll(kSeedGold), text, &gold, &error), qPrintable(error));
    QCOMPARE(gold.articles.size(), 8);
    QCOMPARE(gold.fragments.first().id, QStringLiteral("1"));
    QCOMPARE(gold.fragments.first().start, qsizetype(0));
    const QJsonObject markers = QJsonDocument::fromJson(readAll(kSeedGold)).object().value(QLatin1String("split_markers")).toObject();
    QVERIFY(!markers.isEmpty());
    const QList<uint> ucs4 = text.toUcs4();
    for (const QString &base : markers.keys()) {
        bool foundA = false, foundB = false;
        for (const SegmentationGold::Fragment &f : gold.fragments) {
            const QString piece = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + f.start), f.end - f.start);
            if (f.id == base + QLatin1Char('b')) {
                foundB = true;
                QVERIFY(piece.startsWith(markers.value(base).toString()));
            } else if (f.id == base + QLatin1Char('a')) {
                foundA = true;
                QVERIFY(!piece.isEmpty() && !piece.back().isSpace());
            }
        }
        QVERIFY2(foundA && foundB, qPrintable(base));
    }
}

void TestEvaluate::refusesBadGold()
{
    SegmentationGold gold;
    QString error;
    QVERIFY(!SegmentationScore::readGold("{\"articles\": [", QStringLiteral("text"), &gold, &error));
    QVERIFY(error.contains(QLatin1String("not JSON")));
    QVERIFY(!SegmentationScore::readGold("{\"pages\": []}", QStringLiteral("text"), &gold, &error));
    QVERIFY(error.contains(QLatin1String("articles")));
    QVERIFY(!SegmentationScore::readGold(R"({"articles": [{"headline": "x", "headline_block": "7", "paragraphs": []}]})",
                                         QStringLiteral("one\n\ntwo\n"), &gold, &error));
    QVERIFY2(error.contains(QLatin1String("block 7")), qPrintable(error));
    QVERIFY(!SegmentationScore::readGold(R"({"split_markers": {"1": "zzz"}, "articles": [{"headline": "x", "headline_block": "1", "paragraphs": []}]})",
                                         QStringLiteral("one\n\ntwo\n"), &gold, &error));
    QVERIFY2(error.contains(QLatin1String("zzz")), qPrintable(error));
}

void TestEvaluate::perfectPrediction()
{
    SegmentationGold gold;
    QString error;
    QVERIFY(SegmentationScore::readGold(readAll(kCountyGold), pageText(kCountyPage), &gold, &error));
    const QList<GoldText> texts = goldTexts(kCountyGold);
    QList<PredictedArticle> predicted;
    for (int a = 0; a < 3; ++a)
        predicted << fromGold(gold, texts, texts[a].headline, {a});
    const PageScore s = SegmentationScore::score(gold, predicted);
    QCOMPARE(s.pairwiseF1, 1.0);
    QCOMPARE(s.headlinesMatched, 3);
    QCOMPARE(s.goldArticles, 3);
    QCOMPARE(s.predictedArticles, 3);
    QCOMPARE(s.bodyErrors, qint64(0));
    QCOMPARE(s.bodyChars, qint64(1111));
    QCOMPARE(s.bodyCer, 0.0);
    QCOMPARE(s.editorOps, 0);
}

void TestEvaluate::mergedArticles()
{
    // Articles 2 and 3 as one, under article 2's headline: 34 gold pairs, 43 predicted, all gold ones
    // found; article 3 loses its headline and its body gets article 2's; one split and one headline fix.
    SegmentationGold gold;
    QString error;
    QVERIFY(SegmentationScore::readGold(readAll(kCountyGold), pageText(kCountyPage), &gold, &error));
    const QList<GoldText> texts = goldTexts(kCountyGold);
    const QList<PredictedArticle> predicted{fromGold(gold, texts, texts[0].headline, {0}),
                                            fromGold(gold, texts, texts[1].headline, {1, 2})};
    const PageScore s = SegmentationScore::score(gold, predicted);
    QCOMPARE(s.precision, 34.0 / 43.0);
    QCOMPARE(s.recall, 1.0);
    QVERIFY(qAbs(s.pairwiseF1 - 68.0 / 77.0) < 1e-12);
    QCOMPARE(s.headlinesMatched, 2);
    QCOMPARE(s.bodyErrors, qint64(230));
    QCOMPARE(s.bodyChars, qint64(1111));
    QCOMPARE(s.predictedArticles, 2);
    QCOMPARE(s.editorOps, 2);
}

void TestEvaluate::splitArticleAndLostPiece()
{
    // Article 1's last two fragments on their own without headline, its text cut short; article 3 under
    // a wrong headline and its credit in no article: 20 of 34 gold pairs found, none wrong.
    SegmentationGold gold;
    QString error;
    QVERIFY(SegmentationScore::readGold(readAll(kCountyGold), pageText(kCountyPage), &gold, &error));
    const QList<GoldText> texts = goldTexts(kCountyGold);
    PredictedArticle first = fromGold(gold, texts, texts[0].headline, {0});
    first.spans = first.spans.mid(0, 6);
    first.paragraphs.last() = first.paragraphs.last().left(60);
    PredictedArticle tail;
    tail.paragraphs << QStringLiteral("estimated at $4.2 million, will be shared by the state and the county, with a federal grant covering about a third of the total.");
    for (const SegmentationGold::Fragment &f : gold.fragments.mid(6, 2))
        tail.spans.append({f.start, f.end});
    PredictedArticle third = fromGold(gold, texts, QStringLiteral("School Enrollment"), {2});
    third.spans = third.spans.mid(0, 2);
    const QList<PredictedArticle> predicted{first, tail, fromGold(gold, texts, texts[1].headline, {1}), third};
    const PageScore s = SegmentationScore::score(gold, predicted);
    QCOMPARE(s.precision, 1.0);
    QCOMPARE(s.recall, 20.0 / 34.0);
    QVERIFY(qAbs(s.pairwiseF1 - 40.0 / 54.0) < 1e-12);
    QCOMPARE(s.headlinesMatched, 2);
    QCOMPARE(s.bodyErrors, qint64(189));
    QCOMPARE(s.predictedArticles, 4);
    QCOMPARE(s.editorOps, 3);
}

void TestEvaluate::commandScoresPages()
{
    // The seed page through the engine: the bar tst_segmenter keeps (f1 >= 0.95, every headline).
    const Run one = runGalley({QStringLiteral("evaluate"), kSeedPage, kSeedGold, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(one.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(one.out).object();
    const QJsonArray pages = report.value(QLatin1String("pages")).toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonObject seed = pages[0].toObject();
    QCOMPARE(seed.value(QLatin1String("page")).toString(), kSeedPage);
    QVERIFY(seed.value(QLatin1String("pairwise_f1")).toDouble() >= 0.95);
    QCOMPARE(seed.value(QLatin1String("headlines_matched")).toInt(), 8);
    QCOMPARE(seed.value(QLatin1String("gold_articles")).toInt(), 8);
    QVERIFY(seed.value(QLatin1String("body_cer")).toDouble() <= 0.05);
    QCOMPARE(report.value(QLatin1String("mean")).toObject().value(QLatin1String("pages")).toInt(), 1);

    // Directories: every X.txt with X.gold.json beside it; means over them; the text form names each page.
    const Run dirs = runGalley({QStringLiteral("evaluate"), QStringLiteral(GALLEY_TEST_DATA), QStringLiteral(GALLEY_TEST_DATA "/pages")});
    QCOMPARE(dirs.exitCode, 0);
    const QString text = QString::fromUtf8(dirs.out);
    QVERIFY2(text.contains(QLatin1String("seed-page.txt: f1=")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("en-county-daily.txt: f1=")));
    QVERIFY(text.contains(QLatin1String("headlines=8/8")));
    QVERIFY(text.contains(QLatin1String("mean of 2 pages: f1=")));

    // The same figures from both forms.
    const Run json = runGalley({QStringLiteral("evaluate"), QStringLiteral(GALLEY_TEST_DATA), QStringLiteral(GALLEY_TEST_DATA "/pages"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject mean = QJsonDocument::fromJson(json.out).object().value(QLatin1String("mean")).toObject();
    QCOMPARE(mean.value(QLatin1String("pages")).toInt(), 2);
    QCOMPARE(mean.value(QLatin1String("gold_articles")).toInt(), 11);
    QVERIFY(text.contains(QStringLiteral("mean of 2 pages: f1=%1 ").arg(mean.value(QLatin1String("pairwise_f1")).toDouble(), 0, 'f', 3)));
}

void TestEvaluate::commandExitCodes()
{
    const Run odd = runGalley({QStringLiteral("evaluate"), kSeedPage});
    QCOMPARE(odd.exitCode, 2);
    QVERIFY2(odd.err.contains(QLatin1String("needs its GOLD")), qPrintable(odd.err));
    QCOMPARE(runGalley({QStringLiteral("evaluate")}).exitCode, 2);
    QCOMPARE(runGalley({QStringLiteral("evaluate"), kSeedPage, kSeedGold, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);

    // A gold that cannot be read is named; the other pages are still scored, the exit code says 1.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.gold.json"));
    const Run partly = runGalley({QStringLiteral("evaluate"), kSeedPage, missing, kCountyPage, kCountyGold});
    QCOMPARE(partly.exitCode, 1);
    QVERIFY2(partly.err.contains(missing), qPrintable(partly.err));
    QVERIFY(QString::fromUtf8(partly.out).contains(QLatin1String("en-county-daily.txt: f1=")));
    // A gold naming a block the page does not have.
    const QString bad = dir.filePath(QStringLiteral("bad.gold.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"articles": [{"headline": "x", "headline_block": "99", "paragraphs": []}]})");
    f.close();
    const Run wrong = runGalley({QStringLiteral("evaluate"), kCountyPage, bad});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(bad) && wrong.err.contains(QLatin1String("block 99")), qPrintable(wrong.err));

    // A folder with nothing to score is bad input, not a usage error: exit 1 and a message naming the
    // folder; any other folder or pair given is still scored.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const Run none = runGalley({QStringLiteral("evaluate"), empty});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.err, QStringLiteral("galley evaluate: %1: no pages with a *.gold.json found in this folder "
                                      "(each X.txt is scored against the X.gold.json beside it)\n").arg(empty));
    QVERIFY(none.out.isEmpty());
    const Run withOthers = runGalley({QStringLiteral("evaluate"), empty, kCountyPage, kCountyGold});
    QCOMPARE(withOthers.exitCode, 1);
    QVERIFY2(withOthers.err.contains(empty + QLatin1String(": no pages with a *.gold.json")), qPrintable(withOthers.err));
    QVERIFY(QString::fromUtf8(withOthers.out).contains(QLatin1String("en-county-daily.txt: f1=")));
    // Golds without their pages are counted.
    QVERIFY(QFile::copy(kCountyGold, QDir(empty).filePath(QStringLiteral("county.gold.json"))));
    const Run orphan = runGalley({QStringLiteral("evaluate"), empty});
    QCOMPARE(orphan.exitCode, 1);
    QVERIFY2(orphan.err.contains(QLatin1String("beside it; 1 gold file here has no X.txt)")), qPrintable(orphan.err));
}

void TestEvaluate::sameFiguresAsPythonScorer()
{
    const QString shared = QStringLiteral(GALLEY_SHARED_PAGES "/..");
    const QString scorer = shared + QStringLiteral("/tools/score-segmentation.py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!QFileInfo::exists(scorer) || !QFileInfo::exists(shared + QStringLiteral("/dev-pages")))
        QSKIP("../shared/dev-pages and ../shared/tools are not here");
    if (python.isEmpty())
        QSKIP("no python3 to run the shared scorer");
    // One page in each extraction (the smallest: the Python scorer's edit distance is slow; the whole set
    // is compared by tools/eval/crosscheck-scorer.sh).
    const QStringList pages{QStringLiteral("zh-typeset/ts-08.fitz-blocks"), QStringLiteral("zh-typeset/ts-08.pdftotext-raw"),
                            QStringLiteral("zh-typeset/ts-08.pdftotext")};
    QTemporaryDir tmp;
    for (const QString &name : pages) {
        const QString page = shared + QStringLiteral("/dev-pages/") + name + QStringLiteral(".txt");
        const QString gold = shared + QStringLiteral("/dev-pages/") + name + QStringLiteral(".gold.json");
        if (!QFileInfo::exists(page) || !QFileInfo::exists(gold))
            QSKIP(qPrintable(QStringLiteral("%1 is not in ../shared/dev-pages").arg(name)));
        const QString out = tmp.filePath(QFileInfo(page).completeBaseName() + QStringLiteral(".json"));
        QCOMPARE(runGalley({QStringLiteral("segment"), page, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out}).exitCode, 0);
        const Run py = run(python, {scorer, page, gold, out});
        QCOMPARE(py.exitCode, 0);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^summary: (.*)$"), QRegularExpression::MultilineOption)
                                              .match(QString::fromUtf8(py.out));
        QVERIFY2(m.hasMatch(), py.out.constData());
        const Run ours = runGalley({QStringLiteral("evaluate"), page, gold, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(ours.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(ours.out).object().value(QLatin1String("pages")).toArray().at(0).toObject();
        const QString summary = QStringLiteral("f1=%1 headlines=%2/%3 cer=%4 articles=%5/%3 ops=%6")
                                    .arg(s.value(QLatin1String("pairwise_f1")).toDouble(), 0, 'f', 3)
                                    .arg(s.value(QLatin1String("headlines_matched")).toInt())
                                    .arg(s.value(QLatin1String("gold_articles")).toInt())
                                    .arg(s.value(QLatin1String("body_cer")).toDouble(), 0, 'f', 4)
                                    .arg(s.value(QLatin1String("predicted_articles")).toInt())
                                    .arg(s.value(QLatin1String("editor_ops")).toInt());
        QCOMPARE(summary, m.captured(1));
    }
}

QTEST_GUILESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
