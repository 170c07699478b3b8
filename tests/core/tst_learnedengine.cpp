// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The learned engine's parts: the linear model (fit, predict, file round trip), the line measures,
// the built-in model, and that the learned engine gives every line of a page a place, the same way
// on every run.
#include "import/TextImporter.h"
#include "segment/ArticleBuilder.h"
#include "segment/Assignment.h"
#include "segment/EngineModel.h"
#include "segment/HeadlineMatcher.h"
#include "segment/LineUnit.h"
#include "segment/LinearModel.h"
#include "segment/ReadingOrder.h"
#include "segment/ReasonText.h"
#include "segment/TextSimilarity.h"
#include "segment/TopicWindows.h"
#include "segment/UnitFeatures.h"

#include <QDir>
#include <QFile>
#include <QHashSeed>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <algorithm>

using namespace galley;

namespace {

// A page analysis of p's lines as one chain in page order, each line sure of its role (roles, one
// per line; a line beyond the list is body, so that a test comparing the line count fails cleanly),
// as ArticleBuilder meets it after the link passes.
PageAnalysis oneChain(const Page &p, const std::vector<UnitRole> &roles)
{
    PageAnalysis a;
    a.units = LineUnits::of(p);
    const qsizetype n = a.units.size();
    for (qsizetype u = 0; u < n; ++u) {
        std::vector<double> r(std::size_t(UnitRole::Count), 0.0);
        r[std::size_t(u < qsizetype(roles.size()) ? roles[std::size_t(u)] : UnitRole::Body)] = 1.0;
        a.roles.push_back(r);
        a.starts.push_back(0.0);
        a.prev.push_back(u - 1);
        a.next.push_back(u + 1 < n ? u + 1 : -1);
        a.linkIn.push_back(u > 0 ? 0.9 : 0.0);
    }
    return a;
}

// The texts of an article's pieces of one role, in piece order.
QStringList piecesOf(const Page &p, const Article &article, Role role)
{
    QStringList texts;
    for (const Piece &piece : article.pieces)
        if (piece.role == role)
            texts << p.textOf(piece.span).toString();
    return texts;
}

} // namespace

class TestLearnedEngine : public QObject {
    Q_OBJECT

private:
    static Page page(const QString &path)
    {
        const ImportResult r = TextImporter::importFile(path);
        return r.pages.value(0);
    }
    // Two articles' texts (units 0-1 and 2-3), then their two headlines (4, 5) and a byline (6): a
    // page printed in layers.
    static Page twoTextsThenTheirHeadlines()
    {
        return TextImporter::pageFromText(QStringLiteral(
            "本报江城３月２日电 江城今年将新建十二座污水处理厂，全市污水处理率将由六成提高到八成以上。\n\n"
            "水务局负责人说，新厂建成以后，流入长江的生活污水将全部经过处理，河道水质有望明显好转。\n\n"
            "本报江城３月２日电 江城地铁二号线今天完成全线试运行，预计五月正式通车，连接火车站和机场。\n\n"
            "地铁公司介绍，试运行期间列车运行平稳，二号线通车后从火车站到机场只需四十分钟。\n\n"
            "新建十二座污水处理厂\n\n"
            "地铁二号线完成试运行\n\n"
            "本报记者 林晓\n"));
    }

    // The article of seg with a piece that holds words, or null.
    static const Article *articleHolding(const Page &p, const Segmentation &seg, const QString &words)
    {
        for (const Article &a : seg.articles)
            for (const Piece &piece : a.pieces)
                if (p.textOf(piece.span).contains(words))
                    return &a;
        return nullptr;
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
        // Settling steps (the rate falling to 0 after the steps at the full rate) go on from that fit:
        // the model still separates the classes, a little more surely.
        o.settlingIterations = 300;
        const LinearModel settled = LinearModel::fit(examples, {QStringLiteral("no"), QStringLiteral("yes")}, {QStringLiteral("x")}, o);
        QVERIFY(settled.probability(FeatureVector{{0.9f}, {}}) >= m.probability(FeatureVector{{0.9f}, {}}));
        QVERIFY(settled.probability(FeatureVector{{0.1f}, {}}) <= m.probability(FeatureVector{{0.1f}, {}}));
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

    // The page's measure: on a column of printed lines, the width of a full line; a page whose lines
    // are paragraphs (however alike its headlines' widths) reads as no column.
    void thePageMeasureIsAFullLineOfAColumn()
    {
        const Page column = TextImporter::pageFromText(QStringLiteral(
            "江城新建污水厂\n"
            "江城今年将新建十\n二座污水处理厂，全市\n污水处理率将由六成提\n高到八成以上。\n"
            "水务局负责人说，\n过去几年城市人口增长\n很快，原有的污水处理\n厂已经满负荷运转。\n"));
        const QList<LineUnit> lines = LineUnits::of(column);
        QCOMPARE(lines.first().pageMeasure, 10.0);
        QVERIFY2(lines.first().pageMeasureShare > 0.3, qPrintable(QString::number(lines.first().pageMeasureShare)));
        const Page paragraphs = page(QStringLiteral(GALLEY_TEST_DATA "/pages/zh-headline-layer.txt"));
        const QList<LineUnit> units = LineUnits::of(paragraphs);
        QCOMPARE(units.first().pageMeasure, 10.0); // the four headlines' width
        QVERIFY2(units.first().pageMeasureShare < 0.15, qPrintable(QString::number(units.first().pageMeasureShare)));
        QVERIFY(units.first().pageMeasureShare < lines.first().pageMeasureShare / 2);
    }

    // A lead that wraps inside its opening formula is still read as a lead, on the line that opens
    // it; a line that ends a sentence is not run on into the next, nor a line into the next block.
    void aLeadWrappedInItsFormulaIsALead()
    {
        const Page p = TextImporter::pageFromText(QStringLiteral(
            "对中西部地区来说，泽\n州的探索具有普遍意义。\n"
            "新华社成都１月１０\n日电（记者任硌）中共四\n川省委全会今天选举。\n"
            "据悉，本报\n讯员已赶到。\n"
            "新华社记者\n\n电告各地。\n"));
        const QList<LineUnit> u = LineUnits::of(p);
        QCOMPARE(u.size(), qsizetype(9));
        QCOMPARE(p.textOf(u[2].span).toString(), QStringLiteral("新华社成都１月１０"));
        QVERIFY(u[2].cueLead);  // 新华社成都１月１０ + 日电: the formula 新华社…电
        QVERIFY(!u[3].cueLead); // the wrap's second half opens nothing
        QVERIFY(!u[0].cueLead && !u[1].cueLead && !u[4].cueLead);
        QVERIFY(!u[5].cueLead); // 据悉，本报 + 讯…: the formula must open the line
        QVERIFY(!u[7].cueLead); // 新华社记者 | 电告…: the next line is in another block
        // Latin lines are joined with a space, as a wrap is removed.
        const Page en = TextImporter::pageFromText(QStringLiteral("WASHINGTON (AP)\n— The Senate voted today.\n"));
        QVERIFY(LineUnits::of(en).first().cueLead);
    }

    // LineUnits::of with cut positions: several cuts in one line, the first unit keeping the line's
    // indent; a cut at a line's start, in its trailing white space or at a line break cuts nothing.
    void linesCutIntoUnits()
    {
        const Page p = TextImporter::pageFromText(QStringLiteral("  甲乙 丙丁 戊己  \n庚辛\n"));
        const QStringView t = p.text();
        const qsizetype c1 = t.indexOf(u'丙'), c2 = t.indexOf(u'戊'), lineEnd = t.indexOf(u'\n');
        const QList<LineUnit> three = LineUnits::of(p, nullptr, {c1, c2});
        QCOMPARE(three.size(), qsizetype(4));
        QCOMPARE(p.textOf(three[0].span).toString(), QStringLiteral("甲乙"));
        QCOMPARE(p.textOf(three[1].span).toString(), QStringLiteral("丙丁"));
        QCOMPARE(p.textOf(three[2].span).toString(), QStringLiteral("戊己"));
        QVERIFY(three[0].indented);
        QVERIFY(!three[1].indented && !three[2].indented);
        QCOMPARE(three[1].printedLines, 1);
        const QList<LineUnit> whole = LineUnits::of(p);
        QCOMPARE(whole.size(), qsizetype(2));
        QCOMPARE(whole[0].printedLines, 3);
        for (const std::vector<qsizetype> &none : {std::vector<qsizetype>{0}, std::vector<qsizetype>{t.indexOf(u'甲')},
                                                   std::vector<qsizetype>{lineEnd - 1}, std::vector<qsizetype>{lineEnd},
                                                   std::vector<qsizetype>{t.indexOf(u'庚')}}) {
            const QList<LineUnit> same = LineUnits::of(p, nullptr, none);
            QCOMPARE(same.size(), qsizetype(2));
            QCOMPARE(same[0].span.start, whole[0].span.start);
            QCOMPARE(same[0].span.end, whole[0].span.end);
        }
    }

    void topicMeasuresFindWhereTheSubjectChanges()
    {
        // Two articles set in printed lines of 14 characters, a headline between them: the railway
        // story's words do not come back in the school story. Continuity dips at the headline, the
        // headline's words are found after it and not before, and the join before it is the deepest.
        const QString railway = QStringLiteral(
            "铁路部门今年新建铁路三千公里，铁路运输能力大幅提高，旅客运输量比去年增长一成，铁路货运量也创下"
            "新的纪录。铁路部门负责人说，明年还将新建一批高速铁路，铁路网将覆盖全国所有省会城市，旅客出行"
            "更加方便。春运期间，铁路部门将增开临时旅客列车，缓解运输压力。");
        const QString school = QStringLiteral(
            "今年秋季，全县农村学校新招教师二百名，农村学校师资紧张的状况得到缓解。新教师大多来自师范院校，"
            "学校为他们安排了住房和食堂。县教育局还组织新教师参加培训，请有经验的老教师传授教学方法，帮助"
            "新教师尽快站稳讲台。学生家长对新教师的到来表示欢迎。");
        auto lines = [](const QString &text) {
            QStringList out;
            for (qsizetype i = 0; i < text.size(); i += 14)
                out.append(text.mid(i, 14));
            return out;
        };
        const QStringList a = lines(railway), b = lines(school);
        const QString headline = QStringLiteral("农村学校迎来新教师");
        Page p = TextImporter::pageFromText(a.join(u'\n') + u'\n' + headline + u'\n' + b.join(u'\n') + u'\n');
        const QList<LineUnit> units = LineUnits::of(p);
        const qsizetype h = a.size();
        QCOMPARE(units.size(), a.size() + 1 + b.size());
        QCOMPARE(p.textOf(units[h].span).toString(), headline);
        const LineUnit &inRailway = units[h / 2];
        QVERIFY2(units[h].continuityAround < inRailway.continuityAround,
                 qPrintable(QStringLiteral("%1 vs %2").arg(units[h].continuityAround).arg(inRailway.continuityAround)));
        QVERIFY(units[h].wordsAhead > 0.5);
        QCOMPARE(units[h].wordsBehind, 0.0);
        double deepest = -1;
        qsizetype at = -1;
        for (qsizetype i = 0; i < units.size(); ++i)
            if (units[i].depthInto > deepest) {
                deepest = units[i].depthInto;
                at = i;
            }
        QCOMPARE(at, h);
        // The windows the link model reads are the same ones, passed out of LineUnits::of.
        TopicWindows windows;
        const QList<LineUnit> again = LineUnits::of(p, &windows);
        QCOMPARE(qsizetype(windows.own.size()), again.size());
        QVERIFY(windows.continuity(h - 2, h - 1) > windows.continuity(h - 2, h + 1));
        QCOMPARE(windows.continuity(-1, 0), 0.0);
    }

    // The page's shared-unit counts (an index of which lines and windows hold each unit) are the
    // counts of merging the two sets, for every pair within reach and 0 beyond it.
    void sharedCountsAreTheMergedCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qsizetype>("reach");
        QTest::newRow("seed page, every pair") << QStringLiteral("seed-page.txt") << qsizetype(1000);
        QTest::newRow("seed page, 3 apart") << QStringLiteral("seed-page.txt") << qsizetype(3);
        QTest::newRow("English issue, 24 apart") << QStringLiteral("pages/en-county-daily.txt") << qsizetype(24);
    }
    void sharedCountsAreTheMergedCounts()
    {
        QFETCH(QString, file);
        QFETCH(qsizetype, reach);
        Page p = page(QStringLiteral(GALLEY_TEST_DATA "/") + file);
        TopicWindows windows;
        const QList<LineUnit> units = LineUnits::of(p, &windows);
        QVERIFY(units.size() > 20);
        const SharedCounts counts(windows, reach);
        qsizetype nonZero = 0;
        for (qsizetype a = 0; a < units.size(); ++a)
            for (qsizetype b = 0; b < units.size(); ++b) {
                const bool within = std::abs(a - b) <= reach;
                const int own = within ? int(TopicWindows::sharedCount(windows.own[a], windows.own[b])) : 0;
                const int across = within ? int(TopicWindows::sharedCount(windows.before[a], windows.after[b])) : 0;
                QCOMPARE(counts.own(a, b), own);
                QCOMPARE(counts.windows(a, b), across);
                nonZero += own > 0 && a != b;
            }
        QVERIFY(nonZero > 0);
        QCOMPARE(counts.own(-1, 0), 0);
    }

    // LinkScorer gives the link model's probability of every pair, bit for bit what the model gives
    // for linkFeatures(); asked for a floor, it leaves out only pairs below it, and the quick sum it
    // leaves them out on is the model's log-odds.
    void linkScorerIsTheLinkModel_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed page") << QStringLiteral("seed-page.txt");
        QTest::newRow("English issue") << QStringLiteral("pages/en-county-daily.txt");
        QTest::newRow("Chinese decks") << QStringLiteral("pages/zh-decks.txt");
        QTest::newRow("Chinese continuations") << QStringLiteral("pages/zh-linker-cases.txt");
    }
    void linkScorerIsTheLinkModel()
    {
        QFETCH(QString, file);
        Page p = page(QStringLiteral(GALLEY_TEST_DATA "/") + file);
        const EngineModel &model = EngineModel::builtIn();
        const QStringView text = p.text();
        TopicWindows windows;
        const QList<LineUnit> units = LineUnits::of(p, &windows);
        const qsizetype n = units.size();
        QVERIFY(n >= 8);
        const auto firstRoles = ReadingOrder::roleProbabilities(text, units, model.roles);
        const auto roles = ReadingOrder::contextRoleProbabilities(text, units, firstRoles, model.roleContext);
        const auto starts = ReadingOrder::startProbabilities(text, units, firstRoles, model.starts);
        const LinkScorer scorer(model.links, text, units, roles, starts, windows, n);
        double bridgeLift = 0; // the most a word bridge adds to the log-odds
        for (const char *bridge : {"bridge_word", "bridge_number", "bridge_hyphen"})
            bridgeLift = std::max(bridgeLift, model.links.logOddsWeight(UnitFeatures::linkFeatureNames().indexOf(QLatin1String(bridge))));
        qsizetype left = 0, likely = 0, closed = 0;
        for (qsizetype a = 0; a < n; ++a)
            for (qsizetype b = 0; b < n; ++b) {
                if (a == b)
                    continue;
                const double exact = model.links.probability(UnitFeatures::linkFeatures(text, units, roles, starts, windows, a, b));
                QCOMPARE(scorer.probability(a, b), std::optional<double>(exact));
                for (double floor : {0.02, 0.5}) {
                    const std::optional<double> p = scorer.probability(a, b, floor);
                    if (p)
                        QVERIFY(*p == exact); // to the last bit (QCOMPARE on doubles is fuzzy)
                    else
                        QVERIFY2(exact < floor, qPrintable(QStringLiteral("%1 → %2: %3").arg(a).arg(b).arg(exact)));
                    left += !p;
                }
                likely += exact > 0.5;
                // Whatever the word bridge, the quick sum with the strongest bridge is never below
                // the model's log-odds by the margin (lines apart are summed in parts, adjacent
                // ones feature by feature).
                if (exact > 1e-9 && exact < 1 - 1e-9)
                    QVERIFY2(scorer.quickLogOdds(a, b) + bridgeLift > std::log(exact / (1 - exact)) - LinkScorer::kQuickMargin / 10,
                             qPrintable(QStringLiteral("%1 → %2: %3").arg(a).arg(b).arg(scorer.quickLogOdds(a, b))));
                // The pre-check's quick sum is the model's log-odds (no word bridge can follow a
                // closed sentence), well within the margin it is given.
                if (units[a].endsSentence && exact > 1e-9 && exact < 1 - 1e-9) {
                    const double logOdds = std::log(exact / (1 - exact));
                    QVERIFY2(std::abs(scorer.quickLogOdds(a, b) - logOdds) < LinkScorer::kQuickMargin / 10,
                             qPrintable(QStringLiteral("%1 → %2: %3 vs %4").arg(a).arg(b).arg(scorer.quickLogOdds(a, b)).arg(logOdds)));
                    ++closed;
                }
            }
        QVERIFY(likely > 0);
        QVERIFY(left > 0);
        QVERIFY(closed > 0);
    }

    // An article's headline is its first run of headline lines; a headline line after its text is a
    // subhead — but the jump head of the article's own jump (`DEAN` where it carries on after
    // `See DEAN, page 5`) is part of the headline, as the English gold tags it, whatever role its
    // line reads as (here a byline); a headline line naming another story's keyword is not.
    void aJumpHeadStaysInTheHeadline()
    {
        Page p = TextImporter::pageFromText(QStringLiteral(
            "Poly dean blasts government intervention\n"
            "The dean of business said the government should stay out of the market. See DEAN, page 5\n"
            "Enrollment\n"
            "DEAN\n"
            "From page 1\n"
            "He spoke to two hundred students in the theatre on Tuesday, and thanked the\n"
            "dean.\n"
            "BUDGET\n"));
        const PageAnalysis a = oneChain(p, {UnitRole::Headline, UnitRole::Body, UnitRole::Headline, UnitRole::Byline,
                                            UnitRole::JumpLine, UnitRole::Body, UnitRole::Body, UnitRole::Headline});
        QCOMPARE(a.units.size(), qsizetype(8));
        QVERIFY(a.units[1].jumpOutKey != 0 && a.units[1].jumpOutKey == a.units[3].jumpHeadKey);
        QCOMPARE(a.units[6].jumpHeadKey, a.units[1].jumpOutKey); // "dean." ends a sentence: no heading
        QVERIFY(a.units[7].jumpHeadKey != 0 && a.units[7].jumpHeadKey != a.units[1].jumpOutKey);
        const Segmentation seg = ArticleBuilder::build(a, p.text());
        QCOMPARE(seg.articles.size(), qsizetype(1));
        const QStringList headline = piecesOf(p, seg.articles.first(), Role::Headline);
        const QStringList subheadline = piecesOf(p, seg.articles.first(), Role::Subheadline);
        QCOMPARE(headline, (QStringList{QStringLiteral("Poly dean blasts government intervention"), QStringLiteral("DEAN")}));
        for (const Piece &piece : seg.articles.first().pieces)
            if (p.textOf(piece.span) == QLatin1String("DEAN"))
                QVERIFY2(reasonDisplay(piece.reasons.first()).startsWith(QStringLiteral("jump head")),
                         qPrintable(reasonDisplay(piece.reasons.first())));
        QCOMPARE(subheadline, (QStringList{QStringLiteral("Enrollment"), QStringLiteral("BUDGET")}));
    }

    // The headline heads the text: where a chain opens with display lines that stand apart from the
    // story's own (a masthead line, then the photo's credit and caption), the headline run after that
    // text is the headline; a heading line after the byline (a section label) is not.
    void theHeadlineIsTheRunThatHeadsTheText()
    {
        const Page p = TextImporter::pageFromText(QStringLiteral(
            "UNIVERSITY SAN LUIS OBISPO\n"
            "RAY SANCHEZ/Mustang Daily\n"
            "Greg Thompson, an engineering technology senior, gets ready to ride.\n"
            "Students saddle western values\n"
            "By Kelli Harris\n"
            "*9^\n"
            "SOFTBALL\n"
            "The morning of Nov. 1 is like any other at the Cal Poly Feeding Barn.\n"
            "Instructors said the class fills on the first day.\n"
            "Riding program grows\n"));
        const PageAnalysis a = oneChain(p, {UnitRole::Headline, UnitRole::Credit, UnitRole::Caption, UnitRole::Headline,
                                            UnitRole::Byline, UnitRole::JumpLine, UnitRole::Headline, UnitRole::Body,
                                            UnitRole::Body, UnitRole::Headline});
        QCOMPARE(a.units.size(), qsizetype(10));
        const Segmentation seg = ArticleBuilder::build(a, p.text());
        QCOMPARE(seg.articles.size(), qsizetype(1));
        QCOMPARE(piecesOf(p, seg.articles.first(), Role::Headline), QStringList{QStringLiteral("Students saddle western values")});
        QCOMPARE(piecesOf(p, seg.articles.first(), Role::Subheadline),
                 (QStringList{QStringLiteral("UNIVERSITY SAN LUIS OBISPO"), QStringLiteral("SOFTBALL"), QStringLiteral("Riding program grows")}));

        // Two runs with no text between them (a byline read as a headline line, its own block):
        // the first is the headline, as before.
        const Page q = TextImporter::pageFromText(QStringLiteral(
            "Power bills fall in the villages\n\n"
            "By Zhang Dahe\n\n"
            "Farmers in Anhui paid less for power this year than last, the provincial bureau said.\n"));
        const Segmentation two = ArticleBuilder::build(oneChain(q, {UnitRole::Headline, UnitRole::Headline, UnitRole::Body}), q.text());
        QCOMPARE(two.articles.size(), qsizetype(1));
        QCOMPARE(piecesOf(q, two.articles.first(), Role::Headline), QStringList{QStringLiteral("Power bills fall in the villages")});
        QCOMPARE(piecesOf(q, two.articles.first(), Role::Subheadline), QStringList{QStringLiteral("By Zhang Dahe")});

        // A headline line after the running text heads nothing: a subheadline, and the article is
        // flagged as having no headline.
        const Page r = TextImporter::pageFromText(QStringLiteral(
            "The trustees met on Tuesday and heard from students who want longer library hours.\n\n"
            "Budget talks\n\n"
            "The board will vote on the plan next week, the chairman said after the meeting.\n"));
        const Segmentation after = ArticleBuilder::build(oneChain(r, {UnitRole::Body, UnitRole::Headline, UnitRole::Body}), r.text());
        QCOMPARE(after.articles.size(), qsizetype(1));
        QVERIFY(piecesOf(r, after.articles.first(), Role::Headline).isEmpty());
        QCOMPARE(piecesOf(r, after.articles.first(), Role::Subheadline), QStringList{QStringLiteral("Budget talks")});
        const auto &flags = after.articles.first().flags;
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const Flag &f) { return f.kind == QLatin1String("no-headline"); }));
    }

    // A headline line none of whose words the story's text holds (a section label, a line of an
    // advertisement run into the story) does not head it when another run before the running text
    // does name it; a headline whose words the text holds keeps its place.
    void theHeadlineIsTheRunTheTextNames()
    {
        const Page p = TextImporter::pageFromText(QStringLiteral(
            "SCOREBOARD\n"
            "DARYL SHOPTAUGH/Mustang Daily\n"
            "Wrestlers knock off Gators\n"
            "By Jim Hawkins\n"
            "The Cal Poly wrestlers knocked off the Gators on Saturday, winning seven of ten bouts.\n"
            "Coach Vaughan Hitchcock said the wrestlers were ready for the conference meet.\n"));
        const std::vector<UnitRole> roles = {UnitRole::Headline, UnitRole::Subheadline, UnitRole::Headline, UnitRole::Byline,
                                             UnitRole::Body, UnitRole::Body};
        const Segmentation seg = ArticleBuilder::build(oneChain(p, roles), p.text());
        QCOMPARE(seg.articles.size(), qsizetype(1));
        QCOMPARE(piecesOf(p, seg.articles.first(), Role::Headline), QStringList{QStringLiteral("Wrestlers knock off Gators")});
        QVERIFY(piecesOf(p, seg.articles.first(), Role::Subheadline).join(u'\n').startsWith(QStringLiteral("SCOREBOARD\n")));
        // Without the page's text (nothing to read the words from), where the runs stand decides.
        const Segmentation blind = ArticleBuilder::build(oneChain(p, roles), {});
        QCOMPARE(piecesOf(p, blind.articles.first(), Role::Headline), QStringList{QStringLiteral("SCOREBOARD")});

        // The first run's words come back in the text: it stays the headline.
        const Page q = TextImporter::pageFromText(QStringLiteral(
            "Wrestlers win at Hampton\n"
            "SPORTS\n"
            "Gators fall\n"
            "The Cal Poly wrestlers won six of their seven matches at Hampton on the trip.\n"));
        const Segmentation kept = ArticleBuilder::build(
            oneChain(q, {UnitRole::Headline, UnitRole::Subheadline, UnitRole::Headline, UnitRole::Body}), q.text());
        QCOMPARE(piecesOf(q, kept.articles.first(), Role::Headline), QStringList{QStringLiteral("Wrestlers win at Hampton")});
    }

    // Keyword jumps (LineUnit::jumpOutKey, jumpHeadKey): a jump out at the end of an OCR paragraph
    // line, OCR-damaged "Sec", a jump in naming the keyword and a bare jump head share one key
    // whatever their case; a jump with no keyword, or a line that cannot end a jump, has none.
    void jumpKeys()
    {
        Page p = TextImporter::pageFromText(QStringLiteral(
            "The council will vote again next week, and the mayor said she expects a close count. See BUDGET, page 3\n"
            "Sec BUDGET, back page\n"
            "BUDGET\n"
            "Budget from page 1\n"
            "Continued on Page 4\n"
            "Enrollment rose to 15,000 students in 1998\n"
            "The trustees met on Tuesday and heard from students who want longer library hours.\n"
            "Readers can see the plan online. See BUDGET, page 3\n"
            "(See BUDGET, page 3.)\n"
            "The panel will see it again in May.\n"
            "See \U00010412\U00010400, page 3\n"));
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), 11);
        const quint64 budget = jumpKey(u"budget");
        QVERIFY(budget != 0);
        QCOMPARE(units[0].jumpOutKey, budget);
        QCOMPARE(units[1].jumpOutKey, budget);
        QCOMPARE(units[2].jumpHeadKey, budget);
        QCOMPARE(units[3].jumpHeadKey, budget);
        QCOMPARE(units[4].jumpOutKey, quint64(0));
        QCOMPARE(units[5].jumpOutKey, quint64(0));
        QCOMPARE(units[6].jumpOutKey, quint64(0));
        QCOMPARE(units[6].jumpHeadKey, quint64(0)); // a whole sentence is no jump head
        QCOMPARE(units[7].jumpOutKey, budget); // the shortest tail that reads as a jump: BUDGET, not "the plan…"
        QCOMPARE(units[8].jumpOutKey, budget);
        QCOMPARE(units[9].jumpOutKey, quint64(0));
        QCOMPARE(units[10].jumpOutKey, jumpKey(u"\U0001043A\U00010428")); // Deseret letters, outside the BMP, case-folded
        QVERIFY(units[10].jumpOutKey != 0);
        QCOMPARE(jumpKey(u"  -- "), quint64(0));
    }

    // A story continued far away in a long issue: the jump out and its jump head are a candidate pair
    // beyond the window, scored exactly as the link model scores their features, and likelier for
    // the keyword they share.
    void jumpsReachPastTheWindow()
    {
        QStringList lines;
        const auto paragraph = [](int k) {
            // Sentences of made-up words, a different stock of words for each story.
            QStringList words;
            for (int w = 0; w < 14; ++w) {
                QString word;
                for (quint32 h = quint32(k * 7919 + w * 104729) * 2654435761u, c = 0; c < 5; ++c, h /= 7)
                    word += QChar(u'a' + h % 26);
                words += word;
            }
            words.first()[0] = words.first()[0].toUpper();
            return words.join(u' ') + u'.';
        };
        const int story = 3;
        lines << QStringLiteral("Trustees approve budget") << paragraph(story) << paragraph(story)
              << paragraph(story) + QStringLiteral(" See BUDGET, page 5");
        for (int k = 0; k < 700; ++k)
            lines << (k % 20 == 0 ? QStringLiteral("Story number %1 opens here").arg(k) : paragraph(100 + k / 20));
        lines << QStringLiteral("BUDGET") << QStringLiteral("From page 1") << paragraph(story) << paragraph(story);
        Page p = TextImporter::pageFromText(lines.join(u'\n') + u'\n');
        const EngineModel &model = EngineModel::builtIn();
        TopicWindows windows;
        const QList<LineUnit> units = LineUnits::of(p, &windows);
        const qsizetype n = units.size();
        QVERIFY(n > ReadingOrder::kAllPairsLimit);
        const qsizetype out = 3, head = n - 4;
        QCOMPARE(units[out].jumpOutKey, units[head].jumpHeadKey);
        const auto pairs = ReadingOrder::jumpPairs(units);
        QCOMPARE(pairs, (ReadingOrder::Pairs{{out, head}}));

        const QStringView text = p.text();
        const auto firstRoles = ReadingOrder::roleProbabilities(text, units, model.roles);
        const auto roles = ReadingOrder::contextRoleProbabilities(text, units, firstRoles, model.roleContext);
        const auto starts = ReadingOrder::startProbabilities(text, units, firstRoles, model.starts);
        const LinkScorer scorer(model.links, text, units, roles, starts, windows, ReadingOrder::reach(n));
        const double exact = model.links.probability(UnitFeatures::linkFeatures(text, units, roles, starts, windows, out, head));
        QVERIFY(*scorer.probability(out, head) == exact);
        const std::optional<double> atHalf = scorer.probability(out, head, 0.5);
        QVERIFY(atHalf ? *atHalf == exact : exact < 0.5);
        const qsizetype jumpFeature = UnitFeatures::linkFeatureNames().indexOf(QLatin1String("jump_keyword"));
        QVERIFY(jumpFeature >= 0);
        QCOMPARE(UnitFeatures::linkFeatures(text, units, roles, starts, windows, out, head).dense[std::size_t(jumpFeature)], 1.0f);
        QVERIFY(model.links.logOddsWeight(jumpFeature) > 0); // fitted, and for the link

        // The fitted weight of a matching keyword is what makes the pair likelier: the same page with
        // a jump head naming another story scores the pair lower.
        lines[lines.size() - 4] = QStringLiteral("TUITION");
        Page other = TextImporter::pageFromText(lines.join(u'\n') + u'\n');
        TopicWindows otherWindows;
        const QList<LineUnit> otherUnits = LineUnits::of(other, &otherWindows);
        const auto otherFirst = ReadingOrder::roleProbabilities(other.text(), otherUnits, model.roles);
        const auto otherRoles = ReadingOrder::contextRoleProbabilities(other.text(), otherUnits, otherFirst, model.roleContext);
        const auto otherStarts = ReadingOrder::startProbabilities(other.text(), otherUnits, otherFirst, model.starts);
        const double unmatched = model.links.probability(
            UnitFeatures::linkFeatures(other.text(), otherUnits, otherRoles, otherStarts, otherWindows, out, head));
        QVERIFY2(exact > 2 * unmatched, qPrintable(QStringLiteral("%1 against %2").arg(exact).arg(unmatched)));
    }

    // A line that ends with a jump out carries on at its jump head, never in the line printed after
    // it, however well that line reads on (here a lower-case line that could finish the sentence).
    void aJumpOutCarriesOnOnlyAtItsHead()
    {
        const QString page = QStringLiteral(
            "Clinton hears protest against cuts\n"
            "By Carol Boosembark\n"
            "A group protesting the phaseout of programs met the candidate's wife on Friday at the restaurant.\n"
            "“I met today with the young people outside who said they are here because of what is going to happen to our See PROTEST, page 7\n"
            "schools and to the teachers who work in them, the group's leader said after the breakfast ended.\n"
            "The council will meet again next week to vote on the plan for the new library and the park.\n"
            "Library plan goes to a vote\n"
            "The trustees heard from students who want longer library hours during the weeks of finals.\n"
            "PROTEST\n"
            "From page 1\n"
            "education because of the cutbacks,” she said at the breakfast on Friday.\n");
        const Page p = TextImporter::pageFromText(page);
        const PageAnalysis a = ReadingOrder::analyse(p);
        QCOMPARE(a.units.size(), qsizetype(11));
        QVERIFY(a.units[3].jumpOutKey != 0 && a.units[3].jumpOutKey == a.units[8].jumpHeadKey);
        QCOMPARE(a.next[3], qsizetype(8));

        // Below the link threshold too: a jump out left without its next line takes its free head
        // (here the threshold is raised above the pair's probability, about 0.85 with this model).
        EngineModel strict = EngineModel::builtIn();
        strict.training.insert(QStringLiteral("link_threshold"), 0.95);
        const PageAnalysis s = ReadingOrder::analyse(p, strict);
        QCOMPARE(s.next[3], qsizetype(8));
        QVERIFY(s.linkIn[8] < 0.95);

        // Only a jump heading is a jump's target: the keyword alone as a heading, or a jump in; not
        // the end of a sentence that wrapped onto a line of its own ("protest.").
        const QList<LineUnit> heads = LineUnits::of(TextImporter::pageFromText(
            QStringLiteral("PROTEST\n\nProtest from page 1\n\nprotest.\n\nProtest\n")));
        QCOMPARE(heads.size(), qsizetype(4));
        for (const LineUnit &u : heads)
            QCOMPARE(u.jumpHeadKey, a.units[3].jumpOutKey);
        QVERIFY(heads[0].isJumpHeading() && heads[1].isJumpHeading() && heads[3].isJumpHeading());
        QVERIFY(!heads[2].isJumpHeading());

        // With no head of its keyword on the page, the jump out is left to the link model, which
        // takes the line after it: the trap is real.
        QString headless = page;
        headless.replace(QStringLiteral("PROTEST\n"), QStringLiteral("Protest grows louder\n"));
        const PageAnalysis b = ReadingOrder::analyse(TextImporter::pageFromText(headless));
        QCOMPARE(b.units.size(), qsizetype(11));
        QVERIFY(b.units[8].jumpHeadKey != b.units[3].jumpOutKey);
        QCOMPARE(b.next[3], qsizetype(4));
    }

    // A headline opens its article: it is never the next line of a line of running text (here an
    // advertisement's, printed right above the story), even where the link model would take the
    // pair (the threshold lowered to 0.05, as far as any pass of the engine goes); the story keeps
    // its headline, and the advertisement stays apart.
    void aHeadlineIsNoTextsNextLine()
    {
        const QString story = QStringLiteral(
            "Matmen complete trip with 7 wins\n"
            "By Jim Hawkins\n"
            "The Cal Poly wrestling team left for Hampton, Va., last Wednesday and came home with seven wins in eight matches.\n"
            "On Saturday, the Mustangs defeated the Virginia Duals champions, and coach Vaughan Hitchcock said the team had never wrestled better.\n");
        const Page p = TextImporter::pageFromText(QStringLiteral(
            "Tone up your body to feel good and look great at Maloney's Gym & Fitness Center, open seven days a week.\n"
            "Marcy uses a variety of exercises to keep classes interesting, and the first class is free for students.\n"
            "3546 S. Higuera, Suite 190, San Luis Obispo\n") + story);
        EngineModel lenient = EngineModel::builtIn();
        lenient.training.insert(QStringLiteral("link_threshold"), 0.05);
        const PageAnalysis a = ReadingOrder::analyse(p, lenient);
        QCOMPARE(a.units.size(), qsizetype(7));
        QCOMPARE(likeliestRole(a.roles[3]), UnitRole::Headline);
        QCOMPARE(likeliestRole(a.roles[2]), UnitRole::Body);
        QVERIFY2(a.prev[3] < 0 || isDisplayRole(likeliestRole(a.roles[std::size_t(a.prev[3])])), qPrintable(QString::number(a.prev[3])));
        QCOMPARE(a.next[3], qsizetype(4)); // the headline still leads into its byline and text
        const Segmentation seg = ArticleBuilder::build(a, p.text());
        const Article *wrestling = articleHolding(p, seg, QStringLiteral("The Cal Poly wrestling team"));
        QVERIFY(wrestling);
        QCOMPARE(piecesOf(p, *wrestling, Role::Headline), QStringList{QStringLiteral("Matmen complete trip with 7 wins")});
        const Article *advertisement = articleHolding(p, seg, QStringLiteral("Tone up your body"));
        QVERIFY(advertisement && advertisement != wrestling);

        // A headline that no text follows opens nothing (attachHeadedScraps): an advertisement's
        // display lines printed after the story go on its chain where the link model takes the
        // pair (here at the lowered threshold), not into an article of their own.
        const Page q = TextImporter::pageFromText(story + QStringLiteral("Haircut specials for students and faculty\nBy Appointment\n"));
        const PageAnalysis b = ReadingOrder::analyse(q, lenient);
        QCOMPARE(b.units.size(), qsizetype(6));
        QCOMPARE(likeliestRole(b.roles[4]), UnitRole::Headline);
        QVERIFY(!b.units[4].isJumpHeading()); // more than one word: the link pass may not take 3 → 4
        QVERIFY(isDisplayRole(likeliestRole(b.roles[5])));
        QCOMPARE(b.prev[4], qsizetype(3));
        // At the model's own threshold the pair is too weak: the lines stay apart.
        const PageAnalysis c = ReadingOrder::analyse(q);
        QCOMPARE(c.prev[4], qsizetype(-1));
    }

    // Each jump out takes at most kJumpHeads candidate heads, the nearest ones.
    void jumpHeadsAreCapped()
    {
        QStringList lines{QStringLiteral("It went on. See BUDGET, page 2")};
        for (int k = 0; k < 900; ++k)
            lines << (k % 100 == 50 ? QStringLiteral("Budget") : QStringLiteral("Line %1 of the filler text.").arg(k));
        Page p = TextImporter::pageFromText(lines.join(u'\n') + u'\n');
        const auto pairs = ReadingOrder::jumpPairs(LineUnits::of(p));
        QCOMPARE(qsizetype(pairs.size()), ReadingOrder::kJumpHeads);
        for (qsizetype k = 0; k < ReadingOrder::kJumpHeads; ++k)
            QCOMPARE(pairs[std::size_t(k)], (std::pair<qsizetype, qsizetype>{0, 51 + 100 * k}));

        // A jump out in the middle: heads within reach are window pairs already; of the others the
        // nearest on either side, the earlier on a tie.
        QStringList middle;
        for (int k = 0; k < 1000; ++k)
            middle << QStringLiteral("Line %1 of the filler text.").arg(k);
        middle[500] = QStringLiteral("It went on. See BUDGET, page 2");
        for (int at : {490, 510, 400, 600, 300, 700, 100})
            middle[at] = QStringLiteral("BUDGET");
        const auto mid = ReadingOrder::jumpPairs(LineUnits::of(TextImporter::pageFromText(middle.join(u'\n') + u'\n')));
        QCOMPARE(mid, (ReadingOrder::Pairs{{500, 300}, {500, 400}, {500, 600}, {500, 700}}));

        // A page of up to kAllPairsLimit lines pairs every line already: no jump pairs.
        lines.resize(ReadingOrder::kAllPairsLimit);
        QVERIFY(ReadingOrder::jumpPairs(LineUnits::of(TextImporter::pageFromText(lines.join(u'\n') + u'\n'))).empty());
    }

    // A model file the engine cannot use is refused with the part and the reason, not half used: a
    // link model must have two classes (its log-odds decide which pairs are scored), and every
    // weight must be a finite number.
    void unusableModelsAreRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("three link classes") << QStringLiteral("link-classes") << QStringLiteral("links: a link model has two classes");
        QTest::newRow("infinite weight") << QStringLiteral("infinite-weight") << QStringLiteral("links: dense feature adjacent");
    }
    void unusableModelsAreRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        QJsonObject json = EngineModel::builtIn().toJson();
        QString error;
        QVERIFY(!EngineModel::fromJson(json, &error).isEmpty());
        QJsonObject links = json.value(QStringLiteral("links")).toObject();
        if (change == QLatin1String("link-classes")) {
            // A third class that is never likely: class 1's probabilities stay the same.
            links.insert(QStringLiteral("classes"), QJsonArray{QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("maybe")});
            QJsonArray bias = links.value(QStringLiteral("bias")).toArray();
            bias.append(-100.0);
            links.insert(QStringLiteral("bias"), bias);
            QJsonObject dense = links.value(QStringLiteral("dense")).toObject();
            for (auto it = dense.begin(); it != dense.end(); ++it) {
                QJsonArray row = it.value().toArray();
                row.append(0.0);
                it.value() = row;
            }
            links.insert(QStringLiteral("dense"), dense);
        } else {
            QJsonObject dense = links.value(QStringLiteral("dense")).toObject();
            dense.insert(QStringLiteral("adjacent"), QJsonArray{-1e39, 1e39}); // beyond float: infinite
            links.insert(QStringLiteral("dense"), dense);
        }
        json.insert(QStringLiteral("links"), links);
        const EngineModel broken = EngineModel::fromJson(json, &error);
        QVERIFY(broken.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // GALLEY_LINK_THRESHOLD (for experiments) is read only when it is a finite number.
    void linkThresholdFromTheEnvironment()
    {
        const EngineModel &m = EngineModel::builtIn();
        const QByteArray before = qgetenv("GALLEY_LINK_THRESHOLD");
        qputenv("GALLEY_LINK_THRESHOLD", "0.7");
        QCOMPARE(m.linkThreshold(), 0.7);
        for (const char *bad : {"nan", "inf", "-inf", "half"}) {
            qputenv("GALLEY_LINK_THRESHOLD", bad);
            QCOMPARE(m.linkThreshold(), 0.5);
        }
        if (before.isNull())
            qunsetenv("GALLEY_LINK_THRESHOLD");
        else
            qputenv("GALLEY_LINK_THRESHOLD", before);
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
        const Segmentation seg = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        const auto articleOf = [&](const QString &words) { return articleHolding(p, seg, words); };
        for (const auto &[headline, lead] : {std::pair{QStringLiteral("清除太空垃圾保障卫星安全"), QStringLiteral("据新华社东京")},
                                             std::pair{QStringLiteral("芬兰众鸟选择城市过冬"), QStringLiteral("据新华社赫尔辛基")}}) {
            const Article *a = articleOf(lead);
            QVERIFY(a);
            // Known regression of the topic measures (2026-12-02, docs/quality.md): on a page of
            // only two articles the headline layer's words are all in the text right before it, so
            // both headlines read as text. On the dev pages printed this way (20 pages, 64
            // headlines) the same model finds more headlines than before (fitz-blocks 16 → 19).
            QEXPECT_FAIL("", "two-article page: the headline layer reads as text since the topic measures", Abort);
            QCOMPARE(a->pieces.first().role, Role::Headline);
            QCOMPARE(p.textOf(a->pieces.first().span).toString(), headline);
        }
    }

    // A layer of headlines printed after all the texts, which the link model reads as one group of
    // display lines (each headline taken for the next line of the one before): the group is cut
    // where its parts name different texts (HeadlineMatcher::cuts), and every article gets its own.
    void aLayerOfHeadlinesIsCutIntoTheirArticles()
    {
        Page p = page(QStringLiteral(GALLEY_TEST_DATA "/pages/zh-headline-layer.txt"));
        const Segmentation seg = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        const auto articleOf = [&](const QString &words) { return articleHolding(p, seg, words); };
        const std::pair<QString, QString> expected[] = {
            {QStringLiteral("新建十二座污水处理厂"), QStringLiteral("记者林晓报道")},
            {QStringLiteral("农技人员下乡指导春耕"), QStringLiteral("春耕时节")},
            {QStringLiteral("图书馆新馆向读者开放"), QStringLiteral("记者周明报道")},
            {QStringLiteral("地铁二号线完成试运行"), QStringLiteral("江城地铁二号线今天完成")},
        };
        int headed = 0; // articles opening with their own headline, holding it alone
        for (const auto &[headline, lead] : expected) {
            const Article *a = articleOf(lead);
            QVERIFY2(a, qPrintable(lead));
            headed += a->pieces.first().role == Role::Headline && p.textOf(a->pieces.first().span).toString() == headline
                      && articleOf(headline) == a;
        }
        // Known regression of the refit with the measure features (2026-12-04, docs/quality.md): on
        // this page of one paragraph a line, where the measure says nothing, the headlines' role
        // probabilities were 0.49-0.73 headline and are 0.43-0.55 now; two of the four read as text.
        // On the dev pages printed in layers the same model finds more headlines than before.
        QVERIFY(headed >= 2);
        QEXPECT_FAIL("", "one paragraph a line: half the headline layer reads as text since the measure features", Continue);
        QCOMPARE(headed, 4);
        QEXPECT_FAIL("", "one paragraph a line: half the headline layer reads as text since the measure features", Continue);
        QCOMPARE(seg.articles.size(), qsizetype(4));
    }

    // When the texts of two articles run on into each other, both headlines of a group name the
    // same text and cuts() has no two texts to tell them apart; jointCuts() cuts the group and the
    // text together, where each part of the group names the part of the text it opens. And when the
    // two headlines head the second text, prefixCuts() gives the first one back.
    void aGroupAndATextAreCutTogether()
    {
        Page p = twoTextsThenTheirHeadlines();
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), qsizetype(7));
        const std::vector<UnitChain> groups{UnitChain{{4, 5}}}, texts{UnitChain{{0, 1, 2, 3}}};
        const std::vector<double> starts{0.9, 0.1, 0.9, 0.1, 0.0, 0.0, 0.0};
        const std::vector<char> headlines{0, 0, 0, 0, 1, 1, 0};
        const LinearModel &model = EngineModel::builtIn().headlines;
        // Apart, each part of the group names the whole text: no cut.
        QVERIFY(HeadlineMatcher::cuts(p.text(), units, groups, texts, starts, headlines, model).empty());
        const auto joint = HeadlineMatcher::jointCuts(p.text(), units, groups, texts, starts, headlines, model);
        QCOMPARE(joint.size(), std::size_t(1));
        QCOMPARE(joint.front(), (std::pair<qsizetype, qsizetype>(5, 2)));
        // The same two headlines linked to the second article's text: the upper one names the
        // first text, which has no headline, and is cut off.
        const std::vector<UnitChain> noGroups, firstText{UnitChain{{0, 1}}};
        const std::vector<HeadedText> headed{HeadedText{{4, 5}, {2, 3}}};
        QCOMPARE(HeadlineMatcher::prefixCuts(p.text(), units, headed, noGroups, firstText, starts, headlines, model),
                 std::vector<qsizetype>{5});
        // A headline and its byline stay one group, whatever part of the text the byline's few
        // words are found in.
        QVERIFY(HeadlineMatcher::jointCuts(p.text(), units, {UnitChain{{4, 6}}}, texts, starts, headlines, model).empty());
        QVERIFY(HeadlineMatcher::cuts(p.text(), units, {UnitChain{{4, 6}}}, {UnitChain{{0, 1}}, UnitChain{{2, 3}}}, starts,
                                      headlines, model).empty());
        QVERIFY(HeadlineMatcher::prefixCuts(p.text(), units, {HeadedText{{4, 6}, {2, 3}}}, noGroups, firstText, starts,
                                            headlines, model).empty());
    }

    // The steps of the match share one TextWordings: each whole text's wording is measured once, and
    // every step answers as it does measuring for itself.
    void theStepsShareTheTextsWording()
    {
        Page p = twoTextsThenTheirHeadlines();
        const QList<LineUnit> units = LineUnits::of(p);
        const std::vector<UnitChain> groups{UnitChain{{4, 5}}}, texts{UnitChain{{0, 1, 2, 3}}};
        const std::vector<UnitChain> apart{UnitChain{{0, 1}}, UnitChain{{2, 3}}};
        const std::vector<double> starts{0.9, 0.1, 0.9, 0.1, 0.0, 0.0, 0.0};
        const std::vector<char> headlines{0, 0, 0, 0, 1, 1, 0};
        const LinearModel &model = EngineModel::builtIn().headlines;
        TextWordings kept;
        QCOMPARE(HeadlineMatcher::jointCuts(p.text(), units, groups, texts, starts, headlines, model, &kept),
                 HeadlineMatcher::jointCuts(p.text(), units, groups, texts, starts, headlines, model));
        QCOMPARE(HeadlineMatcher::cuts(p.text(), units, groups, apart, starts, headlines, model, &kept),
                 HeadlineMatcher::cuts(p.text(), units, groups, apart, starts, headlines, model));
        QCOMPARE(HeadlineMatcher::match(p.text(), units, groups, apart, starts, model, &kept),
                 HeadlineMatcher::match(p.text(), units, groups, apart, starts, model));
        const std::vector<qsizetype> first{0, 1};
        const TextWordings::Wording &once = kept.of(p.text(), units, first);
        QCOMPARE(&kept.of(p.text(), units, first), &once); // measured before, not again
        QCOMPARE(once.body, TextSimilarity::units(p.textOf(units[0].span).toString() + u' ' + p.textOf(units[1].span).toString()));
        QVERIFY(&kept.of(p.text(), units, std::vector<qsizetype>{0, 1, 2, 3}) != &once);
    }

    // PDF block extraction puts two headlines printed side by side into one block: one line of the
    // page, "新建十二座污水处理厂 地铁二号线完成试运行", over the two articles' texts.
    // HeadlineMatcher::lineCuts cuts it where each part names its own text, LineUnits::of makes two
    // units of it there, and the engine gives each article its headline. No cut where another group
    // names a part's text likelier, where a word runs on across the two printed lines, or where one
    // headline wrapped over two printed lines names one text.
    void aLineOfTwoHeadlinesIsCutBetweenThem()
    {
        const auto pageUnder = [](const QString &display) {
            return TextImporter::pageFromText(display + QStringLiteral(
                "\n\n本报江城３月２日电 江城今年将新建十二座污水处理厂，全市污水处理率将由六成提高到八成以上。\n\n"
                "水务局负责人说，新厂建成以后，流入长江的生活污水将全部经过处理，河道水质有望明显好转。\n\n"
                "本报江城３月２日电 江城地铁二号线今天完成全线试运行，预计五月正式通车，连接火车站和机场。\n\n"
                "地铁公司介绍，试运行期间列车运行平稳，二号线通车后从火车站到机场只需四十分钟。\n"));
        };
        Page p = pageUnder(QStringLiteral("新建十二座污水处理厂 地铁二号线完成试运行"));
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), qsizetype(5));
        QCOMPARE(units[0].printedLines, 2);
        const std::vector<double> starts{0.0, 0.9, 0.1, 0.9, 0.1};
        const std::vector<char> headlines{1, 0, 0, 0, 0};
        const std::vector<UnitChain> both{UnitChain{{1, 2}}, UnitChain{{3, 4}}};
        const LinearModel &model = EngineModel::builtIn().headlines;
        const qsizetype second = p.text().indexOf(QStringLiteral("地铁二号线完成"));
        // Left alone, and heading the first article's text.
        QCOMPARE(HeadlineMatcher::lineCuts(p.text(), units, {UnitChain{{0}}}, {}, both, starts, headlines, model),
                 std::vector<qsizetype>{second});
        QCOMPARE(HeadlineMatcher::lineCuts(p.text(), units, {}, {HeadedText{{0}, {1, 2}}}, {UnitChain{{3, 4}}}, starts,
                                           headlines, model),
                 std::vector<qsizetype>{second});
        // Not a headline line, or no second text to name: no cut.
        QVERIFY(HeadlineMatcher::lineCuts(p.text(), units, {UnitChain{{0}}}, {}, both, starts, {0, 0, 0, 0, 0}, model).empty());
        QVERIFY(HeadlineMatcher::lineCuts(p.text(), units, {UnitChain{{0}}}, {}, {UnitChain{{1, 2, 3, 4}}}, starts,
                                          headlines, model).empty());
        // The line cut there is two units of one block.
        const QList<LineUnit> cut = LineUnits::of(p, nullptr, {second});
        QCOMPARE(cut.size(), qsizetype(6));
        QCOMPARE(p.textOf(cut[0].span).toString(), QStringLiteral("新建十二座污水处理厂"));
        QCOMPARE(p.textOf(cut[1].span).toString(), QStringLiteral("地铁二号线完成试运行"));
        QCOMPARE(cut[1].block, cut[0].block);
        QCOMPARE(cut[2].span.start, units[1].span.start);
        // The engine: each article with its own headline (one article held both before).
        const Segmentation seg = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        QCOMPARE(seg.articles.size(), qsizetype(2));
        for (const auto &[headline, lead] : {std::pair{QStringLiteral("新建十二座污水处理厂"), QStringLiteral("将新建十二座")},
                                             std::pair{QStringLiteral("地铁二号线完成试运行"), QStringLiteral("江城地铁二号线今天")}}) {
            const Article *a = articleHolding(p, seg, lead);
            QVERIFY2(a, qPrintable(lead));
            QCOMPARE(a->pieces.first().role, Role::Headline);
            QCOMPARE(p.textOf(a->pieces.first().span).toString(), headline);
        }
        // A part that another group names its text likelier than it does: no cut (the match would
        // give the text to the other group).
        Page rival = TextImporter::pageFromText(p.text() + QStringLiteral("\n江城地铁二号线今天完成全线试运行\n"));
        const QList<LineUnit> rivalUnits = LineUnits::of(rival);
        QCOMPARE(rivalUnits.size(), qsizetype(6));
        QVERIFY(HeadlineMatcher::lineCuts(rival.text(), rivalUnits, {UnitChain{{0}}, UnitChain{{5}}}, {}, both,
                                          {0.0, 0.9, 0.1, 0.9, 0.1, 0.0}, {1, 0, 0, 0, 0, 1}, model)
                    .empty());
        // Where a word runs on from one printed line into the next (处|理厂), one headline wraps
        // there: no cut, though each part names its own text.
        Page bridged = pageUnder(QStringLiteral("新建十二座污水处 理厂地铁二号线完成试运行"));
        QVERIFY(HeadlineMatcher::lineCuts(bridged.text(), LineUnits::of(bridged), {UnitChain{{0}}}, {}, both, starts,
                                          headlines, model)
                    .empty());
        // Nor where the first printed line ends with a comma or colon (污水处理厂： 地铁…): its
        // sentence goes on in the next.
        for (const QString &mark : {QStringLiteral("："), QStringLiteral("，"), QStringLiteral(":")}) {
            Page marked = pageUnder(QStringLiteral("新建十二座污水处理厂%1 地铁二号线完成试运行").arg(mark));
            QVERIFY2(HeadlineMatcher::lineCuts(marked.text(), LineUnits::of(marked), {UnitChain{{0}}}, {}, both, starts,
                                               headlines, model)
                         .empty(),
                     qPrintable(mark));
        }
        // Three headlines in one line, over three texts: cut twice (each part is cut again the same
        // way), whether left alone or heading the first text.
        Page three = TextImporter::pageFromText(QStringLiteral(
            "新建十二座污水处理厂 地铁二号线完成试运行 图书馆新馆向读者开放\n\n")
            + p.text().sliced(p.text().indexOf(QStringLiteral("本报江城")))
            + QStringLiteral("\n本报江城３月２日电 江城图书馆新馆今天起向读者开放，馆藏图书三百万册，每天开放十二小时。\n"));
        const QList<LineUnit> threeUnits = LineUnits::of(three);
        QCOMPARE(threeUnits.size(), qsizetype(6));
        QCOMPARE(HeadlineMatcher::lineCuts(three.text(), threeUnits, {UnitChain{{0}}}, {},
                                           {UnitChain{{1, 2}}, UnitChain{{3, 4}}, UnitChain{{5}}},
                                           {0.0, 0.9, 0.1, 0.9, 0.1, 0.9}, {1, 0, 0, 0, 0, 0}, model),
                 (std::vector<qsizetype>{three.text().indexOf(QStringLiteral("地铁二号线完成")),
                                         three.text().indexOf(QStringLiteral("图书馆新馆向"))}));
        QCOMPARE(HeadlineMatcher::lineCuts(three.text(), threeUnits, {}, {HeadedText{{0}, {1, 2}}},
                                           {UnitChain{{3, 4}}, UnitChain{{5}}},
                                           {0.0, 0.9, 0.1, 0.9, 0.1, 0.9}, {1, 0, 0, 0, 0, 0}, model),
                 (std::vector<qsizetype>{three.text().indexOf(QStringLiteral("地铁二号线完成")),
                                         three.text().indexOf(QStringLiteral("图书馆新馆向"))}));
        // One headline over two printed lines: both parts name the first text.
        Page wrapped = pageUnder(QStringLiteral("江城新建十二座 污水处理厂"));
        QVERIFY(HeadlineMatcher::lineCuts(wrapped.text(), LineUnits::of(wrapped), {UnitChain{{0}}}, {}, both, starts,
                                          headlines, model)
                    .empty());
        const Segmentation one = ArticleBuilder::build(ReadingOrder::analyse(wrapped), wrapped.text());
        QCOMPARE(one.articles.first().pieces.first().role, Role::Headline);
        QCOMPARE(wrapped.textOf(one.articles.first().pieces.first().span).toString(), QStringLiteral("江城新建十二座 污水处理厂"));
    }

    // Two articles' texts printed first and run into one text, their headlines after them, each a
    // group of its own: the match gives the text to one headline and leaves the other without one;
    // the text is then cut where the other's article begins — of the paragraphs' first lines whose
    // part names it, the likeliest to open an article by match × start probability (with the start
    // probabilities given here, 0.1 for the second paragraph, the match alone would take the line
    // before the lead: the match model weighs a text's start a little, and against it). A cut that
    // would take from a matched headline its own text is not made.
    void aTextIsCutForAHeadlineLeftWithout()
    {
        Page p = twoTextsThenTheirHeadlines();
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), qsizetype(7));
        const std::vector<UnitChain> groups{UnitChain{{4}}, UnitChain{{5}}}, texts{UnitChain{{0, 1, 2, 3}}};
        const std::vector<double> starts{0.9, 0.1, 0.9, 0.1, 0.0, 0.0, 0.0};
        const LinearModel &model = EngineModel::builtIn().headlines;
        const auto matched = HeadlineMatcher::match(p.text(), units, groups, texts, starts, model);
        QCOMPARE(matched.size(), std::size_t(1));
        QCOMPARE(matched.front(), (std::pair<qsizetype, qsizetype>(0, 0)));
        QCOMPARE(HeadlineMatcher::unmatchedCuts(p.text(), units, groups, texts, starts, matched, model),
                 std::vector<qsizetype>{2});
        // A headline none of whose text is on the page cuts nothing, even left without a text: no
        // paragraph opens its article.
        const std::vector<UnitChain> water0{UnitChain{{0, 1}}}, metroOnly{UnitChain{{5}}};
        QVERIFY(HeadlineMatcher::unmatchedCuts(p.text(), units, metroOnly, water0, starts, {}, model).empty());
        // Groups that all have their texts cut nothing.
        QVERIFY(HeadlineMatcher::unmatchedCuts(p.text(), units, {UnitChain{{4}}}, texts, starts, {{0, 0}}, model).empty());

        // The second article's lead names the first article's headline word for word: cut there,
        // the part from the lead would be the likeliest text of both headlines, and the matched one
        // would lose its own text, so no cut is made.
        Page q = TextImporter::pageFromText(QStringLiteral(
            "本报江城３月２日电 江城今年将建设污水厂，全市处理率将由六成提高到八成以上。\n\n"
            "本报江城３月２日电 江城地铁二号线今天完成全线试运行，同日新建十二座污水处理厂也已完工。\n\n"
            "地铁公司介绍，试运行期间列车运行平稳，二号线通车后从火车站到机场只需四十分钟。\n\n"
            "新建十二座污水处理厂\n\n"
            "地铁二号线完成试运行\n"));
        const QList<LineUnit> qUnits = LineUnits::of(q);
        QCOMPARE(qUnits.size(), qsizetype(5));
        const std::vector<UnitChain> qGroups{UnitChain{{3}}, UnitChain{{4}}}, qTexts{UnitChain{{0, 1, 2}}};
        const std::vector<double> qStarts{0.9, 0.9, 0.1, 0.0, 0.0};
        const auto qMatched = HeadlineMatcher::match(q.text(), qUnits, qGroups, qTexts, qStarts, model);
        QCOMPARE(qMatched, (std::vector<std::pair<qsizetype, qsizetype>>{{0, 0}}));
        QVERIFY(HeadlineMatcher::unmatchedCuts(q.text(), qUnits, qGroups, qTexts, qStarts, qMatched, model).empty());
    }

    // A page printed in layers: three articles' texts run into one, their headlines (with a byline)
    // linked into one group after them. No cut before the layer alignment finds anything: each part
    // of the group names a part of the one text, and the group left alone names the whole text.
    // Aligned in order, the group is cut before each headline (the byline stays with the headline
    // before it) and the text before each lead; the match model then pairs all three.
    void aPageInLayersIsAlignedInOrder()
    {
        Page p = TextImporter::pageFromText(QStringLiteral(
            "本报江城３月２日电 江城今年将新建十二座污水处理厂，全市污水处理率将由六成提高到八成以上。\n\n"
            "水务局负责人说，新厂建成以后，流入长江的生活污水将全部经过处理，河道水质有望明显好转。\n\n"
            "本报江城３月２日电 江城地铁二号线今天完成全线试运行，预计五月正式通车，连接火车站和机场。\n\n"
            "地铁公司介绍，试运行期间列车运行平稳，二号线通车后从火车站到机场只需四十分钟。\n\n"
            "本报江城３月３日电 江城图书馆新馆今天向读者开放，新馆位于市中心广场东侧。\n\n"
            "图书馆馆长说，新馆藏书三百万册，每天开放十二小时，读者凭身份证即可借书。\n\n"
            "新建十二座污水处理厂\n\n"
            "本报记者 林晓\n\n"
            "地铁二号线完成试运行\n\n"
            "图书馆新馆向读者开放\n"));
        const QList<LineUnit> units = LineUnits::of(p);
        QCOMPARE(units.size(), qsizetype(10));
        const std::vector<UnitChain> groups{UnitChain{{6, 7, 8, 9}}}, texts{UnitChain{{0, 1, 2, 3, 4, 5}}};
        const std::vector<double> starts{0.9, 0.1, 0.3, 0.05, 0.3, 0.05, 0.0, 0.0, 0.0, 0.0};
        const std::vector<char> headlines{0, 0, 0, 0, 0, 0, 1, 0, 1, 1};
        const LinearModel &model = EngineModel::builtIn().headlines;
        const qsizetype before = qsizetype(HeadlineMatcher::match(p.text(), units, groups, texts, starts, model).size());
        QVERIFY(HeadlineMatcher::cuts(p.text(), units, groups, texts, starts, headlines, model).empty());
        const std::vector<qsizetype> expected{2, 4, 8, 9};
        const std::vector<char> display{0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        QCOMPARE(HeadlineMatcher::layerCuts(p.text(), units, groups, texts, starts, headlines, display, before, model),
                 expected);
        // So cut, the match model pairs each headline with its text.
        const std::vector<UnitChain> cutGroups{UnitChain{{6, 7}}, UnitChain{{8}}, UnitChain{{9}}},
            cutTexts{UnitChain{{0, 1}}, UnitChain{{2, 3}}, UnitChain{{4, 5}}};
        QCOMPARE(HeadlineMatcher::match(p.text(), units, cutGroups, cutTexts, starts, model),
                 (std::vector<std::pair<qsizetype, qsizetype>>{{0, 0}, {1, 1}, {2, 2}}));
        // The cuts stand only if the match model then pairs more than before.
        QVERIFY(HeadlineMatcher::layerCuts(p.text(), units, groups, texts, starts, headlines, display, 3, model).empty());
        // The texts in two chains, the second with the first article's author printed after its
        // end (a byline read inside the text): the chains' start needs no cut, the text is cut
        // after the byline, not before it (a text that opened with it would be no text), and the
        // byline stays with the text before it.
        const std::vector<UnitChain> twoTexts{UnitChain{{0, 1}}, UnitChain{{2, 3, 10, 4, 5}}};
        Page q = TextImporter::pageFromText(p.text() + QStringLiteral("\n本报记者 周明\n"));
        const QList<LineUnit> qUnits = LineUnits::of(q);
        QCOMPARE(qUnits.size(), qsizetype(11));
        std::vector<double> qStarts = starts;
        qStarts.push_back(0.0);
        std::vector<char> qHeadlines = headlines, qDisplay = display;
        qHeadlines.push_back(0);
        qDisplay.push_back(1);
        const qsizetype qBefore = qsizetype(HeadlineMatcher::match(q.text(), qUnits, groups, twoTexts, qStarts, model).size());
        QCOMPARE(HeadlineMatcher::layerCuts(q.text(), qUnits, groups, twoTexts, qStarts, qHeadlines, qDisplay, qBefore, model),
                 (std::vector<qsizetype>{4, 8, 9}));
        // Each headline already with its text: nothing to align.
        QVERIFY(HeadlineMatcher::layerCuts(p.text(), units, {}, texts, starts, headlines, display, 0, model).empty());
    }

    // A photograph's caption and credit printed after both articles go with the article whose text
    // holds their words, not into an article of their own.
    void aCaptionGoesWithTheStoryItShows()
    {
        Page p = TextImporter::pageFromText(QStringLiteral(
            "江城日报 要闻\n\n"
            "地铁二号线完成试运行\n\n"
            "本报江城３月２日电 江城地铁二号线今天完成全线试运行，预计五月正式通车。二号线全长二十八公里，设车站二十二座，连接火车站、机场和市中心。\n\n"
            "地铁公司介绍，试运行期间列车运行平稳，各项设备工作正常。二号线通车后，从火车站到机场只需四十分钟，将大大方便市民和旅客出行。\n\n"
            "图书馆新馆向读者开放\n\n"
            "本报讯 记者周明报道：江城图书馆新馆昨天正式向读者开放。新馆藏书一百二十万册，设有少儿阅览室、古籍阅览室和电子阅览室，每天开放十二个小时。\n\n"
            "开馆第一天，前来借书和参观的市民排起了长队。一位退休教师说，新馆环境好、图书多，以后每个周末都要带孙子来看书。\n\n"
            "图为地铁二号线列车驶出火车站。\n\n"
            "（本报记者 林晓摄）\n"));
        const Segmentation seg = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        const Article *story = articleHolding(p, seg, QStringLiteral("江城地铁二号线今天完成"));
        QVERIFY(story);
        QCOMPARE(articleHolding(p, seg, QStringLiteral("图为地铁二号线列车驶出火车站")), story);
        // The credit alone on its line reads as text (body 0.58; credit 0.69 before the measure
        // features, docs/quality.md), but it carries on the caption's chain, and a chain that opens
        // with a caption goes with the story as a whole.
        QCOMPARE(seg.articles.size(), qsizetype(2));
        QCOMPARE(articleHolding(p, seg, QStringLiteral("林晓摄")), story);
    }

    // No accepted link between two text lines leads into a line that the start model finds likelier
    // to open an article than the link model finds it to carry on (on the seed page the link pass
    // used to carry a paragraph on into the line `本报讯(记者 王中宙)10月25 化表达…`, where two columns
    // are read across and the line opens with a news lead). Links into captions and credits are left
    // out of the check: the caption pass attaches them after the link pass, by their wording.
    // zh-raw-lines.txt is zh-headline-layer.txt as `pdftotext -raw` gives such a page: printed lines
    // of 13 characters, no blank line, the bodies first and the headlines after them.
    void noTextLineIsLinkedIntoALikelierArticleStart_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("seed") << QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");
        const QDir dir(QStringLiteral(GALLEY_TEST_DATA "/pages"));
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void noTextLineIsLinkedIntoALikelierArticleStart()
    {
        QFETCH(QString, path);
        const Page p = page(path);
        const PageAnalysis a = ReadingOrder::analyse(p);
        const auto roleOf = [&](qsizetype u) { return likeliestRole(a.roles[std::size_t(u)]); };
        const auto display = [&](qsizetype u) { return isDisplayRole(roleOf(u)); };
        const auto caption = [&](qsizetype u) { return roleOf(u) == UnitRole::Caption || roleOf(u) == UnitRole::Credit; };
        qsizetype textLinks = 0;
        for (qsizetype b = 0; b < a.units.size(); ++b) {
            const qsizetype from = a.prev[std::size_t(b)];
            if (from < 0 || display(from) || display(b) || caption(b))
                continue;
            ++textLinks;
            QVERIFY2(a.starts[std::size_t(b)] <= a.linkIn[std::size_t(b)],
                     qPrintable(QStringLiteral("%1 -> %2: link %3, start %4")
                                    .arg(from)
                                    .arg(b)
                                    .arg(a.linkIn[std::size_t(b)])
                                    .arg(a.starts[std::size_t(b)])));
        }
        QVERIFY(textLinks > 0);
    }

    // The match pairs headline groups with texts as one decision: the likeliest pairing, not the
    // likeliest pairs first.
    static ScoredPair pairAt(double p, qsizetype group, qsizetype text) { return {std::log(p / (1 - p)), group, text}; }

    void theLikeliestPairingNotTheLikeliestPairFirst()
    {
        using Chosen = std::vector<std::pair<qsizetype, qsizetype>>;
        // Group 0 likes text 0 best, but group 1 has no other text: best first would pair 0-0 and
        // leave group 1 alone; 0-1 with 1-0 is likelier (log-odds 2.20 + 2.20 against 2.94).
        const std::vector<ScoredPair> conflict = {pairAt(0.95, 0, 0), pairAt(0.9, 0, 1), pairAt(0.9, 1, 0)};
        QCOMPARE(Assignment::likeliest(conflict), (Chosen{{0, 1}, {1, 0}}));
        // When the second pair is weak, giving group 0 its best text is the likelier pairing.
        QCOMPARE(Assignment::likeliest({pairAt(0.99, 0, 0), pairAt(0.6, 0, 1), pairAt(0.6, 1, 0)}), (Chosen{{0, 0}}));
        // Log-odds, not probabilities: both of these are 1.0 as doubles, and 100 beats 30 + 30.
        QCOMPARE(Assignment::likeliest({{100, 0, 0}, {30, 0, 1}, {30, 1, 0}}), (Chosen{{0, 0}}));
        QCOMPARE(Assignment::likeliest({{50, 0, 0}, {30, 0, 1}, {30, 1, 0}}), (Chosen{{0, 1}, {1, 0}}));
        // Pairs at even odds or below, or NaN, are never chosen; nothing offered, nothing chosen.
        QCOMPARE(Assignment::likeliest({{0.0, 0, 0}, {-1.4, 1, 1}, {std::nan(""), 2, 2}}), Chosen{});
        QCOMPARE(Assignment::likeliest({}), Chosen{});
        // Parts of the pair graph are decided apart; indices need not be dense.
        std::vector<ScoredPair> two = conflict;
        for (const ScoredPair &s : conflict)
            two.push_back({s.logOdds, s.group + 40, s.text + 7});
        const Chosen expected = {{0, 1}, {1, 0}, {40, 8}, {41, 7}};
        QCOMPARE(Assignment::likeliest(two), expected);
        // More groups than texts, and more texts than groups.
        QCOMPARE(Assignment::likeliest({pairAt(0.8, 0, 0), pairAt(0.7, 1, 0), pairAt(0.9, 2, 0)}), (Chosen{{2, 0}}));
        QCOMPARE(Assignment::likeliest({pairAt(0.8, 0, 0), pairAt(0.7, 0, 1), pairAt(0.9, 0, 2), pairAt(0.6, 1, 2)}),
                 (Chosen{{0, 2}}));
        QCOMPARE(Assignment::likeliest({pairAt(0.8, 0, 0), pairAt(0.7, 0, 1), pairAt(0.9, 0, 2), pairAt(0.8, 1, 2)}),
                 (Chosen{{0, 0}, {1, 2}}));
    }

    // Ties: every pairing of two groups and two texts at the same odds sums the same; the answer does
    // not depend on the order the pairs come in.
    void theSamePairsInAnyOrderGiveTheSamePairing()
    {
        std::vector<ScoredPair> tied = {pairAt(0.9, 0, 0), pairAt(0.9, 0, 1), pairAt(0.9, 1, 0), pairAt(0.9, 1, 1),
                                        pairAt(0.8, 2, 1), pairAt(0.8, 2, 2)};
        const auto first = Assignment::likeliest(tied);
        QCOMPARE(first.size(), std::size_t(3));
        std::sort(tied.begin(), tied.end(), [](const ScoredPair &x, const ScoredPair &y) {
            return std::make_pair(x.text, -x.group) < std::make_pair(y.text, -y.group);
        });
        do {
            QCOMPARE(Assignment::likeliest(tied), first);
        } while (std::next_permutation(tied.begin(), tied.end(), [](const ScoredPair &x, const ScoredPair &y) {
            return std::make_pair(x.text, -x.group) < std::make_pair(y.text, -y.group);
        }));
    }

    // A part of the pair graph of more than Assignment::kMaxExactItems on a side is paired best first:
    // its conflict is settled as best first settles it; a part of exactly that many, exactly.
    void aLargePartIsPairedBestFirst()
    {
        using Chosen = std::vector<std::pair<qsizetype, qsizetype>>;
        // The conflict of theLikeliestPairingNotTheLikeliestPairFirst, then a chain of groups
        // 2 … last, each liking its own text and weakly the text before it, which joins them all
        // into one part of last + 1 groups and texts.
        const auto part = [](qsizetype last) {
            std::vector<ScoredPair> pairs = {pairAt(0.95, 0, 0), pairAt(0.9, 0, 1), pairAt(0.9, 1, 0)};
            for (qsizetype g = 2; g <= last; ++g) {
                pairs.push_back(pairAt(0.9, g, g));
                pairs.push_back(pairAt(0.51, g, g - 1));
            }
            return pairs;
        };
        const auto ownTexts = [](qsizetype from, qsizetype last) {
            Chosen c;
            for (qsizetype g = from; g <= last; ++g)
                c.emplace_back(g, g);
            return c;
        };
        const qsizetype exact = Assignment::kMaxExactItems - 1, large = Assignment::kMaxExactItems;
        Chosen expected = {{0, 1}, {1, 0}};
        for (const auto &p : ownTexts(2, exact))
            expected.push_back(p);
        QCOMPARE(Assignment::likeliest(part(exact)), expected); // kMaxExactItems a side: exact
        expected = ownTexts(0, 0);
        for (const auto &p : ownTexts(2, large))
            expected.push_back(p);
        QCOMPARE(Assignment::likeliest(part(large)), expected); // one more: best first, group 1 alone
    }

    // The link pass is one decision too: of the links likelier than one half, the likeliest set with
    // one successor and one predecessor a line, not the likeliest link first; no cycles.
    static ReadingOrder::Link linkAt(double p, qsizetype a, qsizetype b) { return {p, std::log(p / (1 - p)), a, b}; }

    void theLikeliestLinksNotTheLikeliestLinkFirst()
    {
        using Links = std::vector<std::pair<qsizetype, qsizetype>>;
        const auto chosen = [](std::vector<ReadingOrder::Link> candidates, double floor = 0.0) {
            Links out;
            for (const ReadingOrder::Link &l : ReadingOrder::likeliestLinks(std::move(candidates), floor, 8))
                out.emplace_back(l.a, l.b);
            return out;
        };
        // Line 0 carries on best into line 1, but line 4 carries on into nothing else: best first
        // would link 0 → 1 and leave 4 without a successor; 0 → 2 with 4 → 1 is likelier. Returned
        // best first.
        QCOMPARE(chosen({linkAt(0.95, 0, 1), linkAt(0.9, 0, 2), linkAt(0.85, 4, 1)}), (Links{{0, 2}, {4, 1}}));
        // A weak rival changes nothing: 0 → 1 alone is likelier than 0 → 2 with 4 → 1.
        QCOMPARE(chosen({linkAt(0.99, 0, 1), linkAt(0.6, 0, 2), linkAt(0.6, 4, 1)}), (Links{{0, 1}}));
        // A set that closes a cycle loses its weakest link; the rest of the chain stays.
        QCOMPARE(chosen({linkAt(0.9, 0, 1), linkAt(0.8, 1, 2), linkAt(0.7, 2, 0), linkAt(0.9, 5, 6)}),
                 (Links{{0, 1}, {5, 6}, {1, 2}}));
        // Strong links whose probabilities both round to 1: the cycle loses the weaker by log-odds.
        QCOMPARE(chosen({{1.0, 40.0, 0, 1}, {1.0, 50.0, 1, 0}}), (Links{{1, 0}}));
        // Links at the floor's odds or below are never made (a threshold above one half).
        QCOMPARE(chosen({linkAt(0.9, 0, 1), linkAt(0.6, 2, 3)}, std::log(0.7 / 0.3)), (Links{{0, 1}}));
        // The same candidates in any order give the same links.
        std::vector<ReadingOrder::Link> tied = {linkAt(0.8, 0, 1), linkAt(0.8, 0, 2), linkAt(0.8, 3, 1), linkAt(0.8, 3, 2),
                                                linkAt(0.7, 5, 2)};
        const Links first = chosen(tied);
        QCOMPARE(first.size(), std::size_t(2));
        std::sort(tied.begin(), tied.end(), [](const ReadingOrder::Link &x, const ReadingOrder::Link &y) {
            return std::make_pair(x.a, x.b) < std::make_pair(y.a, y.b);
        });
        do {
            QCOMPARE(chosen(tied), first);
        } while (std::next_permutation(tied.begin(), tied.end(), [](const ReadingOrder::Link &x, const ReadingOrder::Link &y) {
            return std::make_pair(x.a, x.b) < std::make_pair(y.a, y.b);
        }));
    }

    void everyLineHasAPlaceAndRunsAgree()
    {
        Page p = page(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(!p.text().isEmpty());
        const QList<LineUnit> units = LineUnits::of(p);
        const Segmentation first = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        QHashSeed::resetRandomGlobalSeed();
        const Segmentation second = ArticleBuilder::build(ReadingOrder::analyse(p), p.text());
        QVERIFY(first == second);
        // Every character of every line but white space is in exactly one piece (a line of two
        // headlines may be cut between two pieces).
        const QList<Piece> pieces = first.allPieces();
        for (const LineUnit &u : units) {
            for (qsizetype i = u.span.start; i < u.span.end; ++i) {
                if (p.text()[i].isSpace())
                    continue;
                const auto holders = std::count_if(pieces.begin(), pieces.end(), [i](const Piece &piece) {
                    return piece.span.start <= i && i < piece.span.end;
                });
                QVERIFY2(holders == 1, qPrintable(QStringLiteral("offset %1 is in %2 pieces").arg(i).arg(holders)));
            }
        }
        QVERIFY(first.articles.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestLearnedEngine)
#include "tst_learnedengine.moc"
