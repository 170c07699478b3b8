// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crafted pages that cost the engine more than linear time once: 20,000 one-letter blocks (took 18 s,
// 100,000 minutes: chain walks, next-running-text scans and group look-ups per fragment), and a running
// paragraph followed by 3,000 short display lines each carrying on the sentence of the one before
// (ContinuationLinker::link recursed once per line with a copy of the fragments: 300 lines took 2.5 s,
// 3,000 minutes and gigabytes). Both now
// segment in ordinary time; ctest's TIMEOUT (tests/CMakeLists.txt) is the guard, nothing here is timed.
// What is asserted is that the output is whole: every block ends up in exactly one piece.
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "segment/ContinuationLinker.h"
#include "segment/Segmenter.h"

#include <QTest>

using namespace galley;

namespace {

// One lower-case letter a block: each may carry on the one before (a word made across the join).
QString tinyBlocks(int n)
{
    QStringList blocks;
    for (int i = 0; i < n; ++i)
        blocks << QString(QChar(u'a' + (i * 7) % 26));
    return blocks.join(QLatin1String("\n\n")) + u'\n';
}

QString displayChain(int n)
{
    static const QStringList words{QStringLiteral("River"), QStringLiteral("Council"), QStringLiteral("Harbour"), QStringLiteral("School"),
                                   QStringLiteral("Market"), QStringLiteral("Bridge"), QStringLiteral("Station"), QStringLiteral("Garden"),
                                   QStringLiteral("Museum"), QStringLiteral("Library"), QStringLiteral("Stadium")};
    QStringList blocks{QStringLiteral("The council met on Tuesday night to settle a dispute over the old bridge, and before the vote "
                                      "the mayor read out a list that ran on and on through the evening with")};
    // "and, River Harbour Museum with": a display line (capitalised words, no sentence end) that
    // carries on the sentence before it (lower-case start, a clause comma).
    for (int i = 0; i < n; ++i)
        blocks << QStringLiteral("and, %1 %2 %3 with").arg(words[(i + 1) % words.size()], words[(3 * i + 3) % words.size()], words[(7 * i + 7) % words.size()]);
    return blocks.join(QLatin1String("\n\n")) + u'\n';
}

// Every block of the page in exactly one piece (article or furniture), whatever the articles are.
void verifyWhole(const Page &page, const Segmentation &seg)
{
    QList<int> uses(page.blocks().size(), 0);
    for (const Piece &p : seg.allPieces()) {
        QVERIFY(p.block >= 0 && p.block < page.blocks().size());
        ++uses[p.block];
    }
    for (int b = 0; b < uses.size(); ++b)
        QVERIFY2(uses[b] == 1, qPrintable(QStringLiteral("block %1 is in %2 pieces").arg(b + 1).arg(uses[b])));
}

} // namespace

class TestCraftedPages : public QObject {
    Q_OBJECT
private slots:
    void manyTinyBlocks();
    void chainOfDisplayLines();
};

void TestCraftedPages::manyTinyBlocks()
{
    Page page = TextImporter::pageFromText(tinyBlocks(20000), QStringLiteral("tiny-blocks.txt"));
    QCOMPARE(page.blocks().size(), 20000);
    const Segmentation seg = Segmenter::segment(page);
    verifyWhole(page, seg);
    const ReviewDocument doc(page, seg);
    qsizetype characters = 0;
    for (int a = 0; a < seg.articles.size(); ++a)
        for (const QString &p : doc.paragraphs(a))
            characters += p.size();
    QVERIFY(characters > 0);
}

void TestCraftedPages::chainOfDisplayLines()
{
    Page page = TextImporter::pageFromText(displayChain(3000), QStringLiteral("display-chain.txt"));
    QCOMPARE(page.blocks().size(), 3001);
    const Segmenter::Analysis analysis = Segmenter::analyse(page);
    // Links stay links: one in and one out at most, whatever the number of relink rounds.
    QList<int> in(analysis.fragments.size(), 0), out(analysis.fragments.size(), 0);
    for (const ContinuationLink &l : analysis.links) {
        ++out[l.from];
        ++in[l.to];
        QVERIFY(out[l.from] == 1 && in[l.to] == 1);
    }
    const Segmentation seg = Segmenter::segment(page);
    verifyWhole(page, seg);
    const ReviewDocument doc(page, seg);
    QVERIFY(!seg.articles.isEmpty());
    // The running paragraph opens the first article and is carried on by the display lines linked to it.
    QVERIFY(doc.paragraphs(0).first().startsWith(QStringLiteral("The council met")));
}

QTEST_GUILESS_MAIN(TestCraftedPages)
#include "tst_craftedpages.moc"
