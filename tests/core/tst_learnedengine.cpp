// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The learned engine's parts: the linear model (fit, predict, file round trip), the line measures,
// the built-in model, and that the learned engine gives every line of a page a place, the same way
// on every run.
#include "import/TextImporter.h"
#include "segment/ArticleBuilder.h"
#include "segment/EngineModel.h"
#include "segment/HeadlineMatcher.h"
#include "segment/LineUnit.h"
#include "segment/LinearModel.h"
#include "segment/ReadingOrder.h"
#include "segment/UnitFeatures.h"

#include <QFile>
#include <QHashSeed>
#include <QJsonDocument>
#include <QtTest>

using namespace galley;

class TestLearnedEngine : public QObject {
    Q_OBJECT

private:
    static Page page(const QString &path)
    {
        const ImportResult r = TextImporter::importFile(path);
        return r.pages.value(0);
    }

private slots:
    void linearModelLearnsASeparableProblem()
    {
        // Class 1 when x > 0.5, with a keyed feature that is pure noise; fitted and read back.
        QList<LinearModel::Example> examples;
        for (int i = 0; i < 200; ++i) {
            const float x = float(i % 100) / 100.0f;
            examples.append({FeatureVector{{x}, {quint64(i % 3)}}, x > 0.5f ? 1 : 0, 1.0});
        }
        LinearModel::FitOptions o;
        o.iterations = 300;
        const LinearModel m = LinearModel::fit(examples, {QStringLiteral("no"), QStringLiteral("yes")}, {QStringLiteral("x")}, o);
        QVERIFY(m.probability(FeatureVector{{0.9f}, {}}) > 0.8);
        QVERIFY(m.probability(FeatureVector{{0.1f}, {}}) < 0.2);
        QString error;
        const LinearModel back = LinearModel::fromJson(m.toJson(), {QStringLiteral("x")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The file keeps 6 significant digits.
        QVERIFY(qAbs(back.probability(FeatureVector{{0.7f}, {1}}) - m.probability(FeatureVector{{0.7f}, {1}})) < 1e-4);
        // A file computed for other features is refused, not misread.
        QVERIFY(LinearModel::fromJson(m.toJson(), {QStringLiteral("y")}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void lineMeasures()
    {
        Page p = TextImporter::pageFromText(QStringLiteral("头条新闻标题\n\n  本报讯 这是一段正文，写得很长很长。\nBy JOHN SMITH\n"));
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), 3);
        QVERIFY(!units[0].endsSentence);
        QVERIFY(units[1].endsSentence && units[1].indented && !units[1].startsLower);
        QVERIFY(units[2].cueByline);
        QCOMPARE(p.textOf(units[2].span), QStringLiteral("By JOHN SMITH"));
    }

    void builtInModelLoads()
    {
        const EngineModel &m = EngineModel::builtIn();
        QVERIFY(!m.isEmpty());
        QCOMPARE(m.roles.classes(), UnitFeatures::roleClasses());
        QCOMPARE(m.roles.denseNames(), UnitFeatures::roleFeatureNames());
        QCOMPARE(m.links.denseNames(), UnitFeatures::linkFeatureNames());
        QCOMPARE(m.roleContext.classes(), UnitFeatures::roleClasses());
        QCOMPARE(m.roleContext.denseNames(), UnitFeatures::contextFeatureNames());
        QCOMPARE(m.starts.denseNames(), UnitFeatures::contextFeatureNames());
        QCOMPARE(m.headlines.denseNames(), HeadlineMatcher::featureNames());
    }

    // Headlines printed apart from their texts (an extractor that emits all bodies, then all
    // headlines): the match model gives each headline group the text it names (HeadlineMatcher).
    void headlinesPrintedAfterTheTextsFindThem()
    {
        Page p = TextImporter::pageFromText(QStringLiteral(
            "人民日报 国际新闻\n\n"
            "据新华社东京１月４日电 日本决定从今年起正式研究清除太空垃圾的技术，保障卫星安全运行。太空垃圾越来越多，已经威胁到在轨卫星的安全。\n\n"
            "研究所将着重研究遥控检查卫星故障并进行修理的技术，并开发捕获太空垃圾的机械手。\n\n"
            "据新华社赫尔辛基１月４日电 每到冬季，成群结队的野鸟便飞进芬兰首都的街头公园，鸟类与市民和睦相处。\n\n"
            "专家说，芬兰众鸟选择城市过冬，是因为城市里食物充足，市民爱护鸟类。\n\n"
            "清除太空垃圾保障卫星安全\n\n"
            "芬兰众鸟选择城市过冬\n"));
        const Segmentation seg = ArticleBuilder::build(ReadingOrder::analyse(p));
        const auto articleOf = [&](const QString &words) -> const Article * {
            for (const Article &a : seg.articles)
                for (const Piece &piece : a.pieces)
                    if (p.textOf(piece.span).contains(words))
                        return &a;
            return nullptr;
        };
        for (const auto &[headline, lead] : {std::pair{QStringLiteral("清除太空垃圾保障卫星安全"), QStringLiteral("据新华社东京")},
                                             std::pair{QStringLiteral("芬兰众鸟选择城市过冬"), QStringLiteral("据新华社赫尔辛基")}}) {
            const Article *a = articleOf(lead);
            QVERIFY(a);
            QCOMPARE(a->pieces.first().role, Role::Headline);
            QCOMPARE(p.textOf(a->pieces.first().span).toString(), headline);
        }
    }

    void everyLineHasAPlaceAndRunsAgree()
    {
        Page p = page(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(!p.text().isEmpty());
        const QList<LineUnit> units = LineUnits::of(p);
        const Segmentation first = ArticleBuilder::build(ReadingOrder::analyse(p));
        QHashSeed::resetRandomGlobalSeed();
        const Segmentation second = ArticleBuilder::build(ReadingOrder::analyse(p));
        QVERIFY(first == second);
        // Every line is in exactly one piece.
        qsizetype covered = 0;
        for (const Piece &piece : first.allPieces())
            for (const LineUnit &u : units)
                covered += piece.span.start <= u.span.start && u.span.end <= piece.span.end;
        QCOMPARE(covered, units.size());
        QVERIFY(first.articles.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestLearnedEngine)
#include "tst_learnedengine.moc"
