// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Continuations: word bridges across a cut, paragraphs continued blocks later, a lead standing after
// its body, interleaved columns split — on Chinese, English and German pages.
#include "import/TextImporter.h"
#include "segment/Segmenter.h"
#include "segment/WordBridge.h"

#include <QFile>
#include <QTest>

using namespace galley;

namespace {

Page loadPage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return TextImporter::pageFromText(QString::fromUtf8(f.readAll()), path);
}

// Index of the fragment whose text starts with prefix (-1 if none).
int fragmentStarting(const Page &page, const QList<Fragment> &fragments, const QString &prefix)
{
    for (int i = 0; i < fragments.size(); ++i)
        if (page.textOf(fragments[i].span).startsWith(prefix))
            return i;
    return -1;
}

bool linked(const Segmenter::Analysis &a, int from, int to)
{
    for (const ContinuationLink &l : a.links)
        if (l.from == from && l.to == to)
            return true;
    return false;
}

} // namespace

class TestContinuationLinker : public QObject {
    Q_OBJECT
private slots:
    void wordBridge_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("kind");
        QTest::newRow("word across the cut") << QStringLiteral("题材探索与文") << QStringLiteral("化表达上的多元实践") << int(WordBridge::Kind::Word);
        QTest::newRow("word 丰富") << QStringLiteral("呈现了土左旗丰") << QStringLiteral("富的冬季文旅资源") << int(WordBridge::Kind::Word);
        QTest::newRow("date") << QStringLiteral("本报讯(记者 王中宙)10月25") << QStringLiteral("日,由内蒙古美术家协会") << int(WordBridge::Kind::Number);
        QTest::newRow("month then day is no bridge") << QStringLiteral("截止到2025年11月") << QStringLiteral("日,由内蒙古美术家协会") << int(WordBridge::Kind::None);
        QTest::newRow("hyphenation") << QStringLiteral("The cost, es-") << QStringLiteral("timated at $4.2 million") << int(WordBridge::Kind::Hyphenation);
        QTest::newRow("latin words") << QStringLiteral("the bridge") << QStringLiteral("opened today") << int(WordBridge::Kind::None);
        QTest::newRow("no word") << QStringLiteral("坚定了\"感") << QStringLiteral("党恩、听党话") << int(WordBridge::Kind::None);
    }
    void wordBridge()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, kind);
        QCOMPARE(int(WordBridge::between(left, right)), kind);
    }

    void chineseCases()
    {
        const Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/pages/zh-linker-cases.txt"));
        const auto a = Segmenter::analyse(page);
        const int lead = fragmentStarting(page, a.fragments, QStringLiteral("本报讯"));
        const int afterLead = fragmentStarting(page, a.fragments, QStringLiteral("十二座"));
        const int quoteOpen = fragmentStarting(page, a.fragments, QStringLiteral("记者在中心城区"));
        const int middle = fragmentStarting(page, a.fragments, QStringLiteral("据介绍"));
        const int quoteClose = fragmentStarting(page, a.fragments, QStringLiteral("十点"));
        QVERIFY(lead >= 0 && afterLead >= 0 && quoteOpen >= 0 && middle >= 0 && quoteClose >= 0);
        // The lead stands after the body it opens: linked backwards.
        QVERIFY(linked(a, lead, afterLead));
        // A quotation cut at a column end, carried on two blocks later past another paragraph.
        QVERIFY(linked(a, quoteOpen, quoteClose));
        // An indented paragraph start is never taken as a continuation.
        QCOMPARE(a.fragments[middle].start, StartKind::ParagraphStart);
        for (const ContinuationLink &l : a.links)
            QVERIFY(l.to != middle);
        QCOMPARE(a.links.size(), 2);
    }

    void seedPageCases()
    {
        const Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        const auto a = Segmenter::analyse(page);
        auto at = [&](const char *prefix) { return fragmentStarting(page, a.fragments, QString::fromUtf8(prefix)); };
        // Two interleaved column fragments in one block are split at the column change.
        const int leadPart = at("本报讯(记者 王中宙)10月25");
        const int otherPart = at("化表达上的多元实践");
        QVERIFY(leadPart >= 0 && otherPart == leadPart + 1);
        QVERIFY(a.fragments[leadPart].splitFromBlock && a.fragments[otherPart].splitFromBlock);
        QCOMPARE(a.fragments[leadPart].block, a.fragments[otherPart].block);
        QVERIFY(linked(a, leadPart, at("日,由内蒙古美术家协会")));   // 10月25|日
        QVERIFY(linked(a, at("据了解,本次展览"), otherPart));         // 与文|化表达
        QVERIFY(linked(a, otherPart, at("在当代语境下")));
        QVERIFY(linked(a, at("在当代语境下"), at("怀。展览将持续")));
        // A paragraph cut across columns and continued after another paragraph: 坚定了"感 … 党恩
        QVERIFY(linked(a, at("捐资助学"), at("党恩、听党话")));
        // … and past a kicker mixed into the flow.
        QVERIFY(linked(a, at("党建引领是小丽"), at("生为本'")));
        // A lead placed after the body it opens.
        QVERIFY(linked(a, at("本报讯(记者 吕会生)"), at("呼和浩特市总工会主办")));
        // Open ends whose continuation is on another page stay unlinked.
        for (const char *open : {"在金山高新技术开发区", "复查情况显示", "据悉,各巡察组"})
            for (const ContinuationLink &l : a.links)
                QVERIFY2(l.from != at(open), open);
    }

    void hyphenationAcrossBlocks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("en") << "en-county-daily.txt" << "Mayor Tom Ellison" << "timated at";
        QTest::newRow("de") << "de-lokalzeitung.txt" << "Oberbürgermeister" << "fall von rund";
    }
    void hyphenationAcrossBlocks()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Page page = loadPage(QStringLiteral(GALLEY_TEST_DATA "/pages/") + file);
        const auto a = Segmenter::analyse(page);
        // The continuation stands after another article's headline and text: still found.
        QVERIFY(linked(a, fragmentStarting(page, a.fragments, from), fragmentStarting(page, a.fragments, to)));
    }
};

QTEST_GUILESS_MAIN(TestContinuationLinker)
#include "tst_continuationlinker.moc"
