// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engine: the seed page against its gold file with the scorer's own measures
// (pairwise F1, headlines, body CER, article count), article assembly on pages in other languages
// and layouts, and robustness on noisy OCR and odd input.
#include "export/SegmentationJson.h"
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/Segmenter.h"
#include "support/GoldReplay.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace galley;

namespace {

Page loadPage(const QString &path)
{
    const ImportResult r = TextImporter::importFile(path);
    if (!r.ok() || r.pages.isEmpty())
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(r.error));
    return r.pages.first();
}

QString squash(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

qsizetype levenshtein(const QString &a, const QString &b)
{
    QList<qsizetype> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

struct Score {
    double f1 = 0;
    int headlines = 0;
    double cer = 1;
    int articles = 0;
};

// The measures of shared/tools/score-segmentation.py, computed on the document directly.
Score scoreAgainstGold(const ReviewDocument &doc, const test::GoldPage &gold)
{
    const Segmentation &seg = doc.segmentation();
    QHash<QString, int> goldOf;
    for (int a = 0; a < gold.articles.size(); ++a) {
        const test::GoldArticle &g = gold.articles[a];
        for (const QString &u : QStringList{g.headline, g.kicker, g.byline} + g.bodyUnits())
            if (!u.isEmpty())
                goldOf.insert(u, a);
        for (const test::GoldExtra &e : g.extras)
            goldOf.insert(e.unit, a);
    }
    QHash<QString, int> predOf;
    for (auto it = goldOf.cbegin(); it != goldOf.cend(); ++it) {
        const TextSpan s = gold.units.value(it.key()).span;
        int best = -1;
        qsizetype bestOverlap = 0;
        for (int a = 0; a < seg.articles.size(); ++a) {
            qsizetype overlap = 0;
            for (const Piece &p : seg.articles[a].pieces)
                overlap += std::max<qsizetype>(0, std::min(s.end, p.span.end) - std::max(s.start, p.span.start));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = a;
            }
        }
        predOf.insert(it.key(), best);
    }
    const QStringList ids = goldOf.keys();
    qsizetype tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < ids.size(); ++i)
        for (int j = i + 1; j < ids.size(); ++j) {
            const bool sameGold = goldOf[ids[i]] == goldOf[ids[j]];
            const bool samePred = predOf[ids[i]] >= 0 && predOf[ids[i]] == predOf[ids[j]];
            tp += sameGold && samePred;
            fp += samePred && !sameGold;
            fn += sameGold && !samePred;
        }
    Score s;
    const double prec = tp + fp ? double(tp) / double(tp + fp) : 0, rec = tp + fn ? double(tp) / double(tp + fn) : 0;
    s.f1 = prec + rec ? 2 * prec * rec / (prec + rec) : 0;
    qsizetype errors = 0, total = 0;
    for (int a = 0; a < gold.articles.size(); ++a) {
        QHash<int, qsizetype> votes;
        for (auto it = goldOf.cbegin(); it != goldOf.cend(); ++it)
            if (it.value() == a && predOf[it.key()] >= 0)
                votes[predOf[it.key()]] += gold.units.value(it.key()).span.length();
        int best = -1;
        for (auto v = votes.cbegin(); v != votes.cend(); ++v)
            if (best < 0 || v.value() > votes[best])
                best = v.key();
        const QString goldBody = squash(gold.articles[a].paragraphTexts.join(QString()));
        const QString goldHeadline = squash(doc.page().textOf(gold.units.value(gold.articles[a].headline).span).toString());
        const QString predBody = best >= 0 ? squash(doc.paragraphs(best).join(QString())) : QString();
        const QString predHeadline = best >= 0 ? squash(doc.headline(best)) : QString();
        s.headlines += predHeadline == goldHeadline;
        errors += std::min(levenshtein(goldBody, predBody), goldBody.size());
        total += goldBody.size();
    }
    s.cer = total ? double(errors) / double(total) : 1;
    s.articles = int(seg.articles.size());
    return s;
}

} // namespace

class TestSegmenter : public QObject {
    Q_OBJECT
private slots:
    void seedPageAgainstGold()
    {
        Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        const Segmentation seg = Segmenter::segment(page);
        ReviewDocument doc(page, seg);
        const test::GoldPage gold = test::loadGold(QStringLiteral(GALLEY_TEST_DATA "/seed-page.gold.json"), doc.page());
        QVERIFY2(gold.error.isEmpty(), qPrintable(gold.error));
        const Score s = scoreAgainstGold(doc, gold);
        qInfo("seed page: f1=%.3f headlines=%d/%d cer=%.4f articles=%d/%d", s.f1, s.headlines, int(gold.articles.size()),
              s.cer, s.articles, int(gold.articles.size()));
        QVERIFY(s.f1 >= 0.95);
        QCOMPARE(s.headlines, int(gold.articles.size()));
        QVERIFY(s.cer <= 0.02);
        QCOMPARE(s.articles, int(gold.articles.size()));
    }

    void seedPageStructure()
    {
        Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const Segmentation &seg = doc.segmentation();
        auto articleWithHeadline = [&](const QString &prefix) {
            for (int a = 0; a < seg.articles.size(); ++a)
                if (doc.headline(a).startsWith(prefix))
                    return a;
            return -1;
        };
        // A kicker mixed into the body flow joins its article as kicker.
        const int volunteers = articleWithHeadline(QStringLiteral("小丽志愿服务队"));
        QVERIFY(volunteers >= 0);
        QCOMPARE(doc.roleText(volunteers, Role::Kicker), QStringLiteral("\"感党恩 听党话 跟党走\"群众教育"));
        // The byline keeps its space; the headline keeps the space between its parts.
        const int first = articleWithHeadline(QStringLiteral("赛罕区"));
        QCOMPARE(doc.roleText(first, Role::Byline), QStringLiteral("●本报记者 杨彩霞"));
        QCOMPARE(doc.headline(first), QStringLiteral("赛罕区:产业升级添动能 高质量发展谱新篇"));
        // The orphan headline found its headless article; the lead placed after its body comes first.
        const int reading = articleWithHeadline(QStringLiteral("呼和浩特市女职工"));
        QVERIFY(doc.paragraphs(reading).first().startsWith(QStringLiteral("本报讯(记者吕会生)日前,由呼和浩特市总工会主办")));
        // Table title, table, note and credit belong to the inspection article.
        const int inspection = articleWithHeadline(QStringLiteral("十三届市委第九轮巡察完成进驻"));
        QList<Role> extras;
        for (const Piece &p : seg.articles[inspection].pieces)
            if (!isBodyRole(p.role) && p.role != Role::Headline)
                extras.append(p.role);
        QCOMPARE(extras, (QList<Role>{Role::TableTitle, Role::Table, Role::Note, Role::Credit}));
        // Wrap spaces are gone from the body, OCR confusions are left for the editor.
        QVERIFY(doc.paragraphs(first).join(QString()).contains(QStringLiteral("协同高效的现代产业体系")));
        QVERIFY(doc.paragraphs(first).join(QString()).contains(QStringLiteral("注人强劲动力")));
        // Every decision carries a reason.
        for (const Piece &p : seg.allPieces())
            QVERIFY2(!p.reasons.isEmpty(), qPrintable(doc.rawPieceText(p.id)));
    }

    void otherPages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QStringList>("firstParagraphStarts");
        QTest::newRow("en") << "en-county-daily.txt"
                            << QStringList{"COUNTY BOARD APPROVES NEW BRIDGE OVER MILL RIVER", "Storm Knocks Out Power to 3,000 Homes", "School Enrollment Rises for Third Year"}
                            << QStringList{"RIVERTON (AP) — The county board", "Heavy rain and wind gusts", "Riverton schools enrolled"};
        QTest::newRow("de") << "de-lokalzeitung.txt"
                            << QStringList{"Neue Radwege für die Innenstadt", "Stadtbibliothek verlängert Öffnungszeiten"}
                            << QStringList{"FREIBURG (dpa) – Der Gemeinderat", "Die Stadtbibliothek ist ab November"};
        QTest::newRow("zh-Hant") << "zh-tw-layout.txt"
                                 << QStringList{QStringLiteral("市府推動老屋修繕補助 首年逾三百戶申請"), QStringLiteral("夜市攤商改用環保餐具")}
                                 << QStringList{QStringLiteral("【本報記者林雅文／台南報導】台南市政府"), QStringLiteral("【本報記者黃志偉／台南報導】花園夜市")};
        QTest::newRow("zh orphan headline") << "zh-orphan-headline.txt"
                                            << QStringList{QStringLiteral("社区食堂开到家门口"), QStringLiteral("夜市升级带动消费回暖"), QStringLiteral("江边步道全线贯通")}
                                            << QStringList{QStringLiteral("本报讯(记者刘洋)"), QStringLiteral("本报讯(记者王芳)"), QStringLiteral("本报讯(记者赵强)")};
    }
    void otherPages()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, headlines);
        QFETCH(QStringList, firstParagraphStarts);
        Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/pages/") + file);
        ReviewDocument doc(page, Segmenter::segment(page));
        QCOMPARE(doc.segmentation().articles.size(), headlines.size());
        for (int a = 0; a < headlines.size(); ++a) {
            QCOMPARE(doc.headline(a), headlines[a]);
            QVERIFY2(doc.paragraphs(a).value(0).startsWith(firstParagraphStarts[a]), qPrintable(doc.paragraphs(a).value(0)));
        }
    }

    void continuedParagraphIsWhole()
    {
        Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/pages/en-county-daily.txt"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const QStringList paragraphs = doc.paragraphs(0);
        QVERIFY(paragraphs.contains(QStringLiteral(
            "Mayor Tom Ellison said the well-known contractor chosen for the work would begin in May and that the new span "
            "should carry traffic by the end of next year. The cost, estimated at $4.2 million, will be shared by the state "
            "and the county, with a federal grant covering about a third of the total.")));
        // The jump line follows the text it ends, not the article printed between.
        QCOMPARE(doc.segmentation().articles[0].pieces.constLast().role, Role::JumpLine);
    }

    void noisyOcrPage()
    {
        // Chronicling America OCR: one printed line per line, heavy noise. Sensible articles, no crash.
        const QString path = QStringLiteral(GALLEY_SHARED_PAGES "/en-salt-lake-tribune-1911-09-17-p1.txt");
        if (!QFile::exists(path))
            QSKIP("shared pages not present");
        Page page = loadPage(path);
        ReviewDocument doc(page, Segmenter::segment(page));
        const Segmentation &seg = doc.segmentation();
        QVERIFY(seg.articles.size() >= 10);
        QStringList headlines;
        for (int a = 0; a < seg.articles.size(); ++a)
            headlines << doc.headline(a);
        QVERIFY(headlines.contains(QStringLiteral("MINERS ENTOMBED IN LEADVILLE SHAFT")));
        QVERIFY(headlines.contains(QStringLiteral("SUITS AGAINST THE LOS ANGELES TIMES")));
        // Nothing is lost: every non-blank character of the page is in some piece.
        qsizetype covered = 0, nonBlank = 0;
        for (const Piece &p : seg.allPieces())
            for (QChar c : page.textOf(p.span))
                covered += !c.isSpace();
        for (QChar c : page.text())
            nonBlank += !c.isSpace();
        QCOMPARE(covered, nonBlank);
    }

    void oddInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only blank lines") << QStringLiteral("\n\n  \n\t\n");
        QTest::newRow("one word") << QStringLiteral("Galley");
        QTest::newRow("only headlines") << QStringLiteral("第一版\n\n要闻\n\n社论");
        QTest::newRow("lead only") << QStringLiteral("本报讯(记者 李明)");
        QTest::newRow("table only") << QStringLiteral("a\tb\nc\td");
        QTest::newRow("emoji and astral han") << QStringLiteral("𠀀𠀁 😀 新闻\n\n𠀂𠀃");
        QString random;
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i) {
            const char16_t pool[] = u"本报讯(记者 )。,\"\n\n\tabcABC-— 1234的了";
            random += QChar(pool[rng->bounded(int(std::size(pool) - 1))]);
        }
        QTest::newRow("random") << random;
    }
    void oddInput()
    {
        QFETCH(QString, text);
        Page page = TextImporter::pageFromText(text);
        ReviewDocument doc(page, Segmenter::segment(page));
        // Every block is in exactly one piece; JSON offsets are valid code points.
        QSet<int> blocks;
        for (const Piece &p : doc.segmentation().allPieces()) {
            QVERIFY(p.span.start >= 0 && p.span.end <= page.text().size() && p.span.start < p.span.end);
            blocks.insert(p.block);
        }
        QCOMPARE(blocks.size(), page.blocks().size());
        const QJsonObject json = SegmentationJson::page(doc);
        const qsizetype codePoints = page.text().toUcs4().size();
        for (const QJsonValue &a : json.value(QStringLiteral("articles")).toArray())
            for (const QJsonValue &b : a.toObject().value(QStringLiteral("blocks")).toArray()) {
                QVERIFY(b.toObject().value(QStringLiteral("start")).toInteger() >= 0);
                QVERIFY(b.toObject().value(QStringLiteral("end")).toInteger() <= codePoints);
            }
    }

    void jsonCountsCodePoints()
    {
        // An astral-plane character before a block shifts UTF-16 offsets but not code points.
        Page page = TextImporter::pageFromText(QStringLiteral("𠀀标题\n\n正文第一段。"));
        ReviewDocument doc(page, Segmenter::segment(page));
        const QJsonObject json = SegmentationJson::page(doc);
        QList<qint64> starts;
        for (const QJsonValue &a : json.value(QStringLiteral("articles")).toArray())
            for (const QJsonValue &b : a.toObject().value(QStringLiteral("blocks")).toArray())
                starts << b.toObject().value(QStringLiteral("start")).toInteger();
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts, (QList<qint64>{0, 5}));
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
