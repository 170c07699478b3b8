// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_replaycount: how many editor operations bring the project's own multi-article test pages with a
// gold file (tests/data/seed-page.txt, tests/data/pages/en-county-daily.txt) from a start to the gold
// — replayed with the real undo commands (support/GoldReplay.h), from the engine's output and from two
// engine-independent starts — before and after the desk operations of issue 9:
//
// - structure: the planner's operations without and with Order Pieces by Page Position;
// - flag clean-up at the gold state: before, every flag the engine raised had to be resolved one at
//   a time (flags were never re-checked); after, a flag an edit fixed no longer counts and one
//   Resolve All Flags of Article clears each article that still has open flags.
//
// The figures are printed (ctest -R tst_replaycount -V) and go into docs/editing.md; the test
// asserts the gold is reached, the "after" count is never higher, and undo gives the start back.
#include "import/TextImporter.h"
#include "segment/Segmenter.h"
#include "support/GoldReplay.h"

#include <QTest>

using namespace galley;

namespace {

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// The fragment gold format (tests/data/pages/*.gold.json: per article fragments with code point
// offsets and a role, paragraph texts) as a GoldPage: every fragment is one whole block of the page;
// a body fragment starts a paragraph when the paragraph's text starts with it, else it carries on the
// paragraph before (a paragraph continued in another column).
test::GoldPage loadFragmentGold(const QString &path, const Page &page)
{
    test::GoldPage gold;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        gold.error = path + QStringLiteral(": cannot open");
        return gold;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QString &text = page.text();
    for (int b = 0; b < page.blocks().size(); ++b) {
        const QString key = QString::number(b + 1);
        gold.units.insert(key, {key, b, test::trimmedSpan(text, page.blocks()[b].span), -1});
    }
    auto unitAt = [&](const QJsonObject &fr) -> QString {
        const TextSpan span = test::trimmedSpan(text, {page.utf16Offset(fr.value(QStringLiteral("start")).toInteger()),
                                                       page.utf16Offset(fr.value(QStringLiteral("end")).toInteger())});
        for (const test::GoldUnit &u : std::as_const(gold.units))
            if (u.span.start == span.start && u.span.end == span.end)
                return u.key;
        if (gold.error.isEmpty())
            gold.error = path + QStringLiteral(": fragment %1–%2 is not a whole block").arg(span.start).arg(span.end);
        return {};
    };
    for (const QJsonValue &av : root.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        test::GoldArticle g;
        QStringList texts;
        for (const QJsonValue &pv : a.value(QStringLiteral("paragraphs")).toArray())
            texts << pv.toObject().value(QStringLiteral("text")).toString();
        g.paragraphTexts = texts;
        for (const QJsonValue &fv : a.value(QStringLiteral("fragments")).toArray()) {
            const QJsonObject fr = fv.toObject();
            const QString key = unitAt(fr);
            const QString role = fr.value(QStringLiteral("role")).toString().replace(u'_', u'-');
            if (role == QLatin1String("headline")) {
                g.headline = key;
            } else if (role == QLatin1String("kicker")) {
                g.kicker = key;
            } else if (role == QLatin1String("byline")) {
                g.byline = key;
            } else if (role == QLatin1String("body") || role == QLatin1String("lead")) {
                const QString start = squeeze(page.textOf(gold.units.value(key).span).toString()).left(15);
                const int paragraph = int(g.paragraphs.size());
                if (paragraph < texts.size() && squeeze(texts[paragraph]).startsWith(start))
                    g.paragraphs.append({key});
                else if (!g.paragraphs.isEmpty())
                    g.paragraphs.last().append(key);
                else if (gold.error.isEmpty())
                    gold.error = path + QStringLiteral(": body fragment %1 starts no paragraph").arg(key);
            } else if (const auto r = roleFromName(role)) {
                g.extras.append({key, *r});
            } else if (gold.error.isEmpty()) {
                gold.error = path + QStringLiteral(": unknown role \"%1\"").arg(role);
            }
        }
        if (g.paragraphs.size() != texts.size() && gold.error.isEmpty())
            gold.error = path + QStringLiteral(": %1 paragraphs found for %2 texts").arg(g.paragraphs.size()).arg(texts.size());
        gold.articles.append(g);
    }
    return gold;
}

struct TestPage {
    QString name;
    Page page;
    test::GoldPage gold;
};

QList<TestPage> pages()
{
    QList<TestPage> out;
    const QList<std::tuple<QString, QString, bool>> files = {
        {QStringLiteral("seed-page.txt"), QStringLiteral("seed-page.gold.json"), false},
        {QStringLiteral("pages/en-county-daily.txt"), QStringLiteral("pages/en-county-daily.gold.json"), true}};
    for (const auto &[pageFile, goldFile, fragments] : files) {
        TestPage t;
        t.name = pageFile;
        const ImportResult r = TextImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/") + pageFile);
        if (r.ok() && r.pages.size() == 1)
            t.page = r.pages.first();
        const QString gold = QStringLiteral(GALLEY_TEST_DATA "/") + goldFile;
        t.gold = fragments ? loadFragmentGold(gold, t.page) : test::loadGold(gold, t.page);
        out.append(t);
    }
    return out;
}

// Engine-independent starts: every block its own article (every third a headline), and one article
// holding every block.
Segmentation perBlock(const Page &page)
{
    Segmentation s;
    for (int b = 0; b < page.blocks().size(); ++b) {
        Piece p;
        p.id = s.nextPieceId++;
        p.block = b;
        p.span = page.blocks()[b].span;
        p.role = b % 3 == 0 ? Role::Headline : Role::Body;
        Article a;
        a.id = s.nextArticleId++;
        a.pieces = {p};
        s.articles.append(a);
    }
    return s;
}

Segmentation oneArticle(const Page &page)
{
    Segmentation s;
    Article all;
    all.id = s.nextArticleId++;
    for (int b = 0; b < page.blocks().size(); ++b) {
        Piece p;
        p.id = s.nextPieceId++;
        p.block = b;
        p.span = page.blocks()[b].span;
        p.role = Role::Body;
        all.pieces.append(p);
    }
    s.articles = {all};
    return s;
}

struct Count {
    int structure = 0;
    int flagsToResolveOneByOne = 0;    // every flag not resolved at the gold state
    int articlesWithOpenFlags = 0;     // one Resolve All Flags of Article each
};

} // namespace

class TestReplayCount : public QObject {
    Q_OBJECT
private slots:
    void goldFilesAreReadable()
    {
        for (const TestPage &t : pages()) {
            QVERIFY2(t.gold.error.isEmpty(), qPrintable(t.gold.error));
            QVERIFY2(t.gold.articles.size() >= 3, qPrintable(t.name));
        }
    }

    void countOperations()
    {
        int totalBefore = 0, totalAfter = 0;
        for (TestPage t : pages()) {
            QVERIFY2(t.gold.error.isEmpty(), qPrintable(t.gold.error));
            const Segmentation engine = Segmenter::segment(t.page); // also writes the blocks' roles into the page
            const QList<std::pair<QString, Segmentation>> starts = {{QStringLiteral("engine output"), engine},
                                                                    {QStringLiteral("every block an article"), perBlock(t.page)},
                                                                    {QStringLiteral("one article"), oneArticle(t.page)}};
            for (const auto &[startName, start] : starts) {
                Count c[2]; // [0] before issue 9, [1] after
                for (int after = 0; after < 2; ++after) {
                    ReviewDocument doc(t.page, start);
                    QStringList log;
                    QString error;
                    QVERIFY2(test::replayToGold(&doc, t.gold, &log, &error, after == 1), qPrintable(error));
                    const QStringList diffs = test::compareWithGold(doc, t.gold);
                    QVERIFY2(diffs.isEmpty(), qPrintable(t.name + QStringLiteral(": ") + diffs.join(u'\n')));
                    QCOMPARE(doc.undoStack()->count(), log.size());
                    c[after].structure = int(log.size());
                    for (const Article &a : doc.segmentation().articles) {
                        int notResolved = 0;
                        for (const Flag &f : a.flags)
                            notResolved += f.resolved ? 0 : 1;
                        c[after].flagsToResolveOneByOne += notResolved;
                        c[after].articlesWithOpenFlags += a.openFlagCount() > 0 ? 1 : 0;
                    }
                    doc.undoStack()->setIndex(0);
                    QCOMPARE(doc.segmentation(), start);
                }
                const int before = c[0].structure + c[0].flagsToResolveOneByOne;
                const int now = c[1].structure + c[1].articlesWithOpenFlags;
                qInfo("%s, from %s: before %d (%d structure + %d flags resolved one by one), after %d (%d structure + %d Resolve All Flags of Article)",
                      qPrintable(t.name), qPrintable(startName), before, c[0].structure, c[0].flagsToResolveOneByOne, now,
                      c[1].structure, c[1].articlesWithOpenFlags);
                QVERIFY(c[1].structure <= c[0].structure);
                QVERIFY(now <= before);
                totalBefore += before;
                totalAfter += now;
            }
        }
        qInfo("all pages and starts: before %d operations, after %d", totalBefore, totalAfter);
    }
};

QTEST_GUILESS_MAIN(TestReplayCount)
#include "tst_replaycount.moc"
