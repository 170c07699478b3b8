// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MiniPages: small, realistic review documents for the edit-command and search tests. The pages are
// imported with TextImporter::pageFromText (blocks = runs of non-blank lines); the segmentations are
// written by hand so the tests do not depend on the automatic engine.
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"

#include <QString>
#include <memory>

namespace galley::test {

// A Chinese city page: two stories, a block holding two interleaved column fragments (block 7:
// the end of the metro story, then "文化节闭幕式…" of the festival story), a folio.
inline QString chinesePageText()
{
    return QStringLiteral(
        "市民文化节开幕\n"                                                   // block 1
        "\n"
        "●本报记者 李明\n"                                                   // block 2
        "\n"
        "本报讯 日前,第五届市民文化 节在市文化馆开幕,来自全市的 200余个团队报名参加。\n" // block 3
        "\n"
        "活动为期一个月,共安排演出、展 览、讲座等30余场,市民可通过 公众号预约。\n"   // block 4
        "\n"
        "地铁新线试运行\n"                                                   // block 5
        "\n"
        "本报讯(记者 王芳)记者从市地铁 公司获悉,3号线将于下月试运 行,全线共设车站\n"   // block 6
        "\n"
        "18座。 文化节闭幕式将于月底在 市体育馆举行。\n"                       // block 7
        "\n"
        "第2版\n");                                                          // block 8
}

inline Piece pieceFor(const Page &page, int id, int blockNumber, Role role, bool continues = false)
{
    Piece p;
    p.id = id;
    p.block = blockNumber - 1;
    p.span = page.blocks().at(blockNumber - 1).span;
    p.role = role;
    p.confidence = 0.8;
    p.continuesParagraph = continues;
    return p;
}

/// Article 1 (festival): headline 1, byline 2, lead 3, body 4, body 7 (the whole interleaved block).
/// Article 2 (metro): headline 5, lead 6. Furniture: folio 8. One open flag on article 1 about piece 7.
inline std::unique_ptr<ReviewDocument> chineseDocument()
{
    Page page = TextImporter::pageFromText(chinesePageText(), QStringLiteral("mini-zh.txt"));
    Q_ASSERT(page.blocks().size() == 8);
    Segmentation seg;
    Article festival;
    festival.id = 1;
    festival.pieces = {pieceFor(page, 1, 1, Role::Headline), pieceFor(page, 2, 2, Role::Byline),
                       pieceFor(page, 3, 3, Role::Lead), pieceFor(page, 4, 4, Role::Body),
                       pieceFor(page, 7, 7, Role::Body)};
    festival.flags = {Flag{7, QStringLiteral("interleaved-columns"), QStringLiteral("two column fragments in one block"), false}};
    Article metro;
    metro.id = 2;
    metro.pieces = {pieceFor(page, 5, 5, Role::Headline), pieceFor(page, 6, 6, Role::Lead)};
    seg.articles = {festival, metro};
    seg.furniture = {pieceFor(page, 8, 8, Role::Furniture)};
    seg.nextPieceId = 9;
    seg.nextArticleId = 3;
    return std::make_unique<ReviewDocument>(page, seg);
}

// An English page as OCR gives it: one printed line per line inside blocks, hyphenation at line ends.
inline QString englishPageText()
{
    return QStringLiteral(
        "CITY COUNCIL VOTES NEW BUDGET\n"                                   // block 1
        "\n"
        "By JOHN SMITH\n"                                                   // block 2
        "\n"
        "The city council voted on Tuesday to approve the new budget,\n"    // block 3
        "which in-\n"
        "creases spending on schools and on the public library.\n"
        "\n"
        "The mayor said the plan was well-\n"                               // block 4
        "known to all members of the council\n"
        "\n"
        "and that the vote came after a long debate.\n"                     // block 5
        "\n"
        "FLOODS IN THE VALLEY\n"                                            // block 6
        "\n"
        "Heavy rain caused the river to rise two feet overnight.\n"         // block 7
        "\n"
        "PAGE FOUR\n");                                                     // block 8
}

/// Article 1 (budget): headline 1, byline 2, body 3, 4, 5 (5 does not yet continue 4).
/// Article 2 (floods): headline 6, body 7. Furniture: 8.
inline std::unique_ptr<ReviewDocument> englishDocument()
{
    Page page = TextImporter::pageFromText(englishPageText(), QStringLiteral("mini-en.txt"));
    Q_ASSERT(page.blocks().size() == 8);
    Segmentation seg;
    Article budget;
    budget.id = 1;
    budget.pieces = {pieceFor(page, 1, 1, Role::Headline), pieceFor(page, 2, 2, Role::Byline),
                     pieceFor(page, 3, 3, Role::Body), pieceFor(page, 4, 4, Role::Body),
                     pieceFor(page, 5, 5, Role::Body)};
    Article floods;
    floods.id = 2;
    floods.pieces = {pieceFor(page, 6, 6, Role::Headline), pieceFor(page, 7, 7, Role::Body)};
    seg.articles = {budget, floods};
    seg.furniture = {pieceFor(page, 8, 8, Role::Furniture)};
    seg.nextPieceId = 9;
    seg.nextArticleId = 3;
    return std::make_unique<ReviewDocument>(page, seg);
}

} // namespace galley::test
