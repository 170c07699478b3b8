// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A 10-page newspaper issue made at test time (nothing copied from elsewhere): its pages' texts, as
// form-feed text or as a PDF drawn with QPdfWriter in a CJK font the machine has (Noto Sans CJK).
//  - page 1: a Chinese front-page story that ends "（下转第3版）" mid-sentence, and a whole story;
//  - page 2: an English story that ends "See DEBATE, back page";
//  - page 3: "（上接第1版）" and the rest of the page-1 story, then a story of its own;
//  - pages 4–9: one or two stories each; page 10 (the back page): "DEBATE from page 2" and the rest.
// Blocks are separated by a blank line; each text line is one printed line. Needs a QGuiApplication
// for the PDF (fonts). The PDF gives some ideographs back as Kangxi radical look-alikes (日 as U+2F47:
// QPdfWriter's ToUnicode picks the radical the font maps to the same glyph); NFKC maps those back, but
// not the CJK Radicals Supplement ones (户 民 食 长 门 车 …), so the key sentences above avoid them.
#include "model/ReviewDocument.h"

#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

namespace issuefixture {

/// Text of the page-1 story's first and last sentence parts, and of its continuation on page 3.
inline QString frontStart() { return QStringLiteral("本报讯（记者王明）连日来，全市各地抓住有利天气，组织农业企业开展春耕备耕。"); }
inline QString frontCut() { return QStringLiteral("在城东镇的育秧大棚里，技术人员正在指导农友调试播种设备，"); }
inline QString jumpedOn() { return QStringLiteral("确保播种质量。该负责人表示，今年还将推广新品种和节水灌溉技术，"); }
inline QString debateStart() { return QStringLiteral("The city council on Tuesday postponed its vote on next year's budget after a long"); }
inline QString debateJumped() { return QStringLiteral("the coming year. The council will meet again on Monday to hear from residents."); }

inline QStringList pageTexts()
{
    QStringList pages;
    pages << QStringLiteral(
        "第1版 新城日报\n"
        "\n"
        "全市春耕备耕工作全面展开\n"
        "\n")
        + frontStart() + QStringLiteral("\n"
        "市农业农村局负责人介绍，今年全市计划播种粮食作物一百二十万亩，\n"
        "目前种子、化肥、农膜等农资储备充足，价格总体平稳。\n")
        + frontCut() + QStringLiteral("\n"
        "（下转第3版）\n"
        "\n"
        "滨河公园今日向市民开放\n"
        "\n"
        "本报讯（记者李华）位于城北的滨河公园经过一年建设，今日正式向市民开放。\n"
        "公园占地三百亩，建有步道、草坪和儿童游乐场，市民可免费入园。\n");
    pages << QStringLiteral(
        "Page 2\n"
        "\n"
        "Council Delays Vote on Budget\n"
        "\n"
        "By JOHN SMITH\n"
        "\n")
        + debateStart() + QStringLiteral("\n"
        "debate over road repairs and school funding. Members said they needed more time\n"
        "to study the cost of the new bus line, which the mayor has called a priority for\n"
        "See DEBATE, back page\n");
    pages << QStringLiteral(
        "第3版 新城日报\n"
        "\n"
        "（上接第1版）\n")
        + jumpedOn() + QStringLiteral("\n"
        "力争粮食产量稳中有升。各乡镇也成立了技术服务队，深入田间地头解决难题。\n"
        "\n"
        "本地企业出口订单增长\n"
        "\n"
        "本报讯（记者赵强）今年前两个月，本市企业出口订单同比增长百分之十二。\n"
        "其中机电产品增长较快，新能源汽车零部件订单翻了一番。\n");
    const QStringList heads{QStringLiteral("老城区改造项目启动"), QStringLiteral("市图书馆延长开放时间"),
                            QStringLiteral("春季运动会圆满落幕"), QStringLiteral("地铁三号线完成试运行"),
                            QStringLiteral("社区医院新增夜间门诊"), QStringLiteral("文化节将于下月举行")};
    for (int p = 4; p <= 9; ++p)
        pages << QStringLiteral("第%1版 新城日报\n\n%2\n\n本报讯（记者陈静）%2，这是本版的第一篇报道。\n"
                                "有关部门表示，相关工作将按计划推进，确保取得实效。\n")
                     .arg(p)
                     .arg(heads[p - 4]);
    pages << QStringLiteral(
        "Page 10\n"
        "\n"
        "DEBATE from page 2\n")
        + debateJumped() + QStringLiteral("\n"
        "Several members asked for a smaller increase in parking fees.\n"
        "\n"
        "Weather\n"
        "\n"
        "Sunny with a high of 18 degrees and a light wind from the west.\n");
    return pages;
}

/// The issue as pdftotext-style text: pages separated by form feeds.
inline QByteArray formFeedText(const QStringList &pages)
{
    return pages.join(QLatin1Char('\f')).toUtf8();
}

/// Draws pages into a PDF at path (A4-ish, 595 × 842 pt): a headline line (the line after a blank line
/// that is shorter than 30 characters, or the first line of the page) at 18 pt, other lines at 10 pt,
/// a blank line as a gap. False when no CJK font is installed or the file cannot be written.
inline bool writePdf(const QString &path, const QStringList &pages)
{
    QString family;
    for (const QString &f : QFontDatabase::families())
        if (f.contains(QLatin1String("Serif CJK SC"))) {
            family = f;
            break;
        }
    if (family.isEmpty())
        return false;
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            pdf.newPage();
        double y = 50;
        bool afterGap = true;
        for (const QString &line : pages[p].split(QLatin1Char('\n'))) {
            if (line.isEmpty()) {
                y += 24;
                afterGap = true;
                continue;
            }
            const bool big = afterGap && line.size() < 30 && !line.startsWith(QLatin1String("By "))
                && !line.startsWith(u'（') && !line.startsWith(QLatin1String("Page ")) && !line.contains(QLatin1String("日报")) && !line.contains(QLatin1String("DAILY"));
            // Latin lines in a Latin font: a CJK font's Latin digits do not always reach the PDF's text.
            bool ascii = true;
            for (QChar c : line)
                ascii = ascii && c.unicode() < 128;
            QFont font(ascii ? QStringLiteral("DejaVu Sans") : family);
            font.setPixelSize(big ? 18 : 10);
            font.setBold(big);
            painter.setFont(font);
            y += big ? 22 : 13;
            painter.drawText(QPointF(40, y), line);
            afterGap = false;
        }
    }
    return painter.end();
}

/// The id of the first body piece (in segmentation order) that starts and ends on printed page
/// index (0-based) of an issue open as one document; -1 when the page has none.
inline int bodyPieceOnPage(const galley::ReviewDocument &doc, int index)
{
    const galley::TextSpan page = doc.page().printedPages()[index].span;
    for (const galley::Piece &p : doc.segmentation().allPieces())
        if (p.span.start >= page.start && p.span.end <= page.end && p.role == galley::Role::Body)
            return p.id;
    return -1;
}

} // namespace issuefixture
