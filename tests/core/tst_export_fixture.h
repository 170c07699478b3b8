// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export test fixture: a realistic Chinese page (excerpts of the seed page: a story with kicker and
// byline, a story with table title, table, note and credit, a photo with caption and credit) with a
// hand-made segmentation, so the writer tests do not depend on the automatic engine.
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "support/MiniPages.h"

#include <memory>

namespace galley::test {

inline QString exportPageText()
{
    return QStringLiteral(
        "小丽志愿服务队:饮水思源感党恩 志愿服务暖民心\n"                                    // 1 headline
        "\n"
        "\"感党恩 听党话 跟党走\"群众教育\n"                                                // 2 kicker
        "\n"
        "●本报记者 杨彩霞\n"                                                                // 3 byline
        "\n"
        "本报讯(记者 吕会生)日前,由呼和浩特市总工会主办、内蒙古巾帼 志愿服务协会承办的\"玫瑰书香\"活动落下帷幕。\n" // 4 lead
        "\n"
        "党建引领是小丽志愿服务队的鲜明 底色。\"'民生为本'不是一句口号,而是要扎根到每\n" // 5 body
        "\n"
        "一次帮扶、每一份关怀中。\"小丽志愿服务 队党支部书记孟巍说。\n"                     // 6 body (continues)
        "\n"
        "十三届市委第九轮巡察完成进驻\n"                                                    // 7 headline
        "\n"
        "根据市委统一部署,截至9月23日,十三届市委第九轮巡察完成进 驻工作。\n"             // 8 body
        "\n"
        "十三届市委第九轮巡察进驻信息表\n"                                                  // 9 table title
        "\n"
        "组 别\t组长\t值班电话 工作日8:30至12:00\t电子信箱\n"                             // 10 table
        "第一巡察组\t庞莉\t0471-3307541\tssjswd9001@163.com\n"
        "第二巡察组\t杨军\t0471-3256243\tswdexcz202502@163.com\n"
        "\n"
        "备注:受理信访时间截止到2025年11月23日\n"                                           // 11 note
        "\n"
        "呼和浩特市委巡察工作领导小组办公室 制作\n"                                         // 12 credit
        "\n"
        "温馨地铁 情暖夕阳\n"                                                               // 13 headline
        "\n"
        "重阳节临近,呼和浩特地铁于近日开启\"温馨地铁,情暖夕阳\"助老敬老主题活动。\n"      // 14 caption
        "\n"
        "■本报记者 安娜 摄\n"                                                               // 15 credit
        "\n"
        "第3版\n");                                                                         // 16 folio
}

/// Three articles: (1) headline 1, kicker 2, byline 3, lead 4, body 5, body 6 continuing 5;
/// (2) headline 7, body 8, table title 9, table 10, note 11, credit 12; (3) headline 13, caption 14,
/// credit 15. Furniture: 16.
inline std::unique_ptr<ReviewDocument> exportDocument(const QString &sourceName = QStringLiteral("2025-09-25-p3.txt"))
{
    Page page = TextImporter::pageFromText(exportPageText(), sourceName);
    Q_ASSERT(page.blocks().size() == 16);
    Segmentation seg;
    Article a;
    a.id = 1;
    a.pieces = {pieceFor(page, 1, 1, Role::Headline), pieceFor(page, 2, 2, Role::Kicker), pieceFor(page, 3, 3, Role::Byline),
                pieceFor(page, 4, 4, Role::Lead), pieceFor(page, 5, 5, Role::Body), pieceFor(page, 6, 6, Role::Body, true)};
    Article b;
    b.id = 2;
    b.pieces = {pieceFor(page, 7, 7, Role::Headline), pieceFor(page, 8, 8, Role::Body), pieceFor(page, 9, 9, Role::TableTitle),
                pieceFor(page, 10, 10, Role::Table), pieceFor(page, 11, 11, Role::Note), pieceFor(page, 12, 12, Role::Credit)};
    Article c;
    c.id = 3;
    c.pieces = {pieceFor(page, 13, 13, Role::Headline), pieceFor(page, 14, 14, Role::Caption), pieceFor(page, 15, 15, Role::Credit)};
    seg.articles = {a, b, c};
    seg.furniture = {pieceFor(page, 16, 16, Role::Furniture)};
    seg.nextPieceId = 17;
    seg.nextArticleId = 4;
    return std::make_unique<ReviewDocument>(page, seg);
}

} // namespace galley::test
