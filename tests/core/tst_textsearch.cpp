// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of TextSearch (find / replace over the corrected, wrap-repaired text of a review document)
// and of Replace All as one undo step, on Chinese and English mini pages.
#include "edit/CorrectTextCommand.h"
#include "edit/ReplaceAllCommand.h"
#include "edit/TextSearch.h"
#include "support/MiniPages.h"

#include <QTest>

using namespace galley;

using Hit = std::pair<int, qsizetype>; // piece id, start
Q_DECLARE_METATYPE(galley::SearchOptions)

namespace {

QList<Hit> hits(const QList<SearchMatch> &matches)
{
    QList<Hit> out;
    for (const SearchMatch &m : matches)
        out.append({m.pieceId, m.start});
    return out;
}

SearchOptions options(const QString &pattern, bool regex = false, bool caseSensitive = false, bool wholeWord = false,
                      SearchOptions::Scope scope = SearchOptions::Scope::Page, int articleId = 0)
{
    SearchOptions o;
    o.pattern = pattern;
    o.regularExpression = regex;
    o.caseSensitive = caseSensitive;
    o.wholeWord = wholeWord;
    o.scope = scope;
    o.articleId = articleId;
    return o;
}

} // namespace

class TestTextSearch : public QObject {
    Q_OBJECT
private slots:
    void find_data();
    void find();
    void matchLengthCountsUtf16();
    void replacementPreview_data();
    void replacementPreview();
    void searchesCorrectedText();
    void replaceAllIsOneUndoStep();
    void replaceAllInArticleScope();
    void badPatterns();
};

void TestTextSearch::find_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<SearchOptions>("opts");
    QTest::addColumn<QList<Hit>>("expected");
    using S = SearchOptions::Scope;

    QTest::newRow("plain, any case") << false << options(QStringLiteral("budget")) << QList<Hit>{{1, 23}, {3, 53}};
    QTest::newRow("plain, case-sensitive") << false << options(QStringLiteral("budget"), false, true) << QList<Hit>{{3, 53}};
    QTest::newRow("whole word drops 'in' inside words")
        << false << options(QStringLiteral("in"), false, false, true) << QList<Hit>{{6, 7}};
    QTest::newRow("whole word 'on'") << false << options(QStringLiteral("on"), false, false, true)
                                     << QList<Hit>{{3, 23}, {3, 86}, {3, 101}};
    QTest::newRow("article scope") << false << options(QStringLiteral("council"), false, false, true, S::Article, 1)
                                   << QList<Hit>{{1, 5}, {3, 9}, {4, 61}};
    QTest::newRow("other article scope") << false << options(QStringLiteral("council"), false, false, false, S::Article, 2)
                                         << QList<Hit>{};
    QTest::newRow("regex, case-sensitive, article")
        << false << options(QStringLiteral("\\b[Tt]he\\b"), true, true, false, S::Article, 2) << QList<Hit>{{7, 18}};
    QTest::newRow("furniture is searched on the page") << false << options(QStringLiteral("four")) << QList<Hit>{{8, 5}};
    QTest::newRow("Chinese") << true << options(QStringLiteral("文化节")) << QList<Hit>{{1, 2}, {3, 11}, {7, 4}};
    QTest::newRow("Chinese across a wrap space of the raw page") << true << options(QStringLiteral("展览")) << QList<Hit>{{4, 14}};
    QTest::newRow("Chinese whole word: Han has no word boundaries")
        << true << options(QStringLiteral("文化"), false, false, true) << QList<Hit>{{1, 2}, {3, 11}, {3, 16}, {7, 4}};
    QTest::newRow("Chinese whole word: digits stay whole")
        << true << options(QStringLiteral("0"), false, false, true) << QList<Hit>{};
    QTest::newRow("Chinese regex") << true << options(QStringLiteral("(\\d+)号线"), true) << QList<Hit>{{6, 20}};
    QTest::newRow("Chinese article scope") << true << options(QStringLiteral("本报讯"), false, false, false, S::Article, 2)
                                           << QList<Hit>{{6, 0}};
}

void TestTextSearch::find()
{
    QFETCH(bool, chinese);
    QFETCH(SearchOptions, opts);
    auto doc = chinese ? test::chineseDocument() : test::englishDocument();
    QTEST(hits(TextSearch::find(*doc, opts)), "expected");
    QVERIFY(TextSearch::patternError(opts).isEmpty());
}

void TestTextSearch::matchLengthCountsUtf16()
{
    auto doc = test::chineseDocument();
    const QList<SearchMatch> m = TextSearch::find(*doc, options(QStringLiteral("(\\d+)余"), true));
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].length, 4);
    QCOMPARE(doc->pieceText(m[0].pieceId).mid(m[0].start, m[0].length), QStringLiteral("200余"));
    QCOMPARE(doc->pieceText(m[1].pieceId).mid(m[1].start, m[1].length), QStringLiteral("30余"));
}

void TestTextSearch::replacementPreview_data()
{
    QTest::addColumn<SearchOptions>("opts");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << options(QStringLiteral("余")) << QStringLiteral("多") << QStringList{"多", "多"};
    QTest::newRow("plain keeps $1 literally") << options(QStringLiteral("余")) << QStringLiteral("$1") << QStringList{"$1", "$1"};
    QTest::newRow("backslash group") << options(QStringLiteral("(\\d+)余"), true) << QStringLiteral("约\\1")
                                     << QStringList{"约200", "约30"};
    QTest::newRow("dollar group") << options(QStringLiteral("(\\d+)余"), true) << QStringLiteral("$1多")
                                  << QStringList{"200多", "30多"};
    QTest::newRow("named group") << options(QStringLiteral("(?<n>\\d+)余"), true) << QStringLiteral("${n}多")
                                 << QStringList{"200多", "30多"};
    QTest::newRow("whole match and literal escapes") << options(QStringLiteral("\\d+余"), true) << QStringLiteral("[\\0]$$\\\\")
                                                     << QStringList{"[200余]$\\", "[30余]$\\"};
}

void TestTextSearch::replacementPreview()
{
    QFETCH(SearchOptions, opts);
    QFETCH(QString, replacement);
    auto doc = test::chineseDocument();
    QStringList previews;
    for (const SearchMatch &m : TextSearch::find(*doc, opts, replacement))
        previews.append(m.replacement);
    QTEST(previews, "expected");
}

void TestTextSearch::searchesCorrectedText()
{
    auto doc = test::chineseDocument();
    QVERIFY(TextSearch::find(*doc, options(QStringLiteral("本月底"))).isEmpty());
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 7, QStringLiteral("18座。文化节闭幕式将于本月底在市体育馆举行。")));
    QCOMPARE(hits(TextSearch::find(*doc, options(QStringLiteral("本月底")))), (QList<Hit>{{7, 12}}));
    // the raw page still reads as before
    QVERIFY(!doc->page().text().contains(QStringLiteral("本月底")));
}

void TestTextSearch::replaceAllIsOneUndoStep()
{
    auto doc = test::chineseDocument();
    const QString lead3 = doc->pieceText(3);
    const QString lead6 = doc->pieceText(6);
    const QHash<int, QString> texts = TextSearch::replaceAll(*doc, options(QStringLiteral("本报讯")), QStringLiteral("【本报讯】"));
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.value(3), QStringLiteral("【本报讯】") + lead3.mid(3));
    QCOMPARE(texts.value(6), QStringLiteral("【本报讯】") + lead6.mid(3));
    doc->undoStack()->push(new ReplaceAllCommand(doc.get(), texts));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->pieceText(3), texts.value(3));
    QCOMPARE(doc->pieceText(6), texts.value(6));
    QVERIFY(TextSearch::find(*doc, options(QStringLiteral("【本报讯】"))).size() == 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->pieceText(3), lead3);
    QCOMPARE(doc->pieceText(6), lead6);
    QVERIFY(doc->corrections().isEmpty());

    // a replacement that changes nothing gives nothing to replace
    QVERIFY(TextSearch::replaceAll(*doc, options(QStringLiteral("本报讯")), QStringLiteral("本报讯")).isEmpty());
}

void TestTextSearch::replaceAllInArticleScope()
{
    auto doc = test::englishDocument();
    const SearchOptions o = options(QStringLiteral("\\bthe\\b"), true, false, false, SearchOptions::Scope::Article, 2);
    const QHash<int, QString> texts = TextSearch::replaceAll(*doc, o, QStringLiteral("a"));
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.value(6), QStringLiteral("FLOODS IN a VALLEY"));
    QCOMPARE(texts.value(7), QStringLiteral("Heavy rain caused a river to rise two feet overnight."));
    doc->undoStack()->push(new ReplaceAllCommand(doc.get(), texts));
    QCOMPARE(doc->headline(1), QStringLiteral("FLOODS IN a VALLEY"));
    QCOMPARE(doc->headline(0), QStringLiteral("CITY COUNCIL VOTES NEW BUDGET")); // other article untouched
}

void TestTextSearch::badPatterns()
{
    auto doc = test::englishDocument();
    const SearchOptions broken = options(QStringLiteral("(budget"), true);
    QVERIFY(TextSearch::find(*doc, broken).isEmpty());
    QVERIFY(TextSearch::replaceAll(*doc, broken, QStringLiteral("x")).isEmpty());
    QVERIFY(TextSearch::patternError(broken).startsWith(QStringLiteral("Invalid regular expression")));
    // as plain text the same pattern is fine (and absent)
    QVERIFY(TextSearch::patternError(options(QStringLiteral("(budget"))).isEmpty());
    QVERIFY(TextSearch::find(*doc, options(QStringLiteral("(budget"))).isEmpty());
    // empty pattern and empty matches find nothing
    QVERIFY(!TextSearch::patternError(options(QString())).isEmpty());
    QVERIFY(TextSearch::find(*doc, options(QString())).isEmpty());
    QVERIFY(TextSearch::find(*doc, options(QStringLiteral("x*"), true)).isEmpty());
    // an unknown article scope finds nothing
    QVERIFY(TextSearch::find(*doc, options(QStringLiteral("the"), false, false, false, SearchOptions::Scope::Article, 99)).isEmpty());
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
