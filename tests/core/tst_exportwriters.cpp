// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every export format on a realistic Chinese page with a hand-made segmentation: text, Markdown,
// HTML (well-formed, semantic elements), JSON (segment schema), NITF 3.6 (well-formed, element
// structure), ODT (read back from the package), PDF (text extracted with pdftotext, fonts embedded).
#include "export/ExportContent.h"
#include "export/ExportWriter.h"
#include "export/HtmlWriter.h"
#include "export/JsonWriter.h"
#include "export/MarkdownWriter.h"
#include "export/NitfWriter.h"
#include "export/SegmentationJson.h"
#include "tst_export_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace galley;

namespace {

const QString kLead = QStringLiteral("本报讯(记者吕会生)日前,由呼和浩特市总工会主办、内蒙古巾帼志愿服务协会承办的\"玫瑰书香\"活动落下帷幕。");
const QString kBody = QStringLiteral("党建引领是小丽志愿服务队的鲜明底色。\"'民生为本'不是一句口号,而是要扎根到每一次帮扶、每一份关怀中。\"小丽志愿服务队党支部书记孟巍说。");

// Element paths ("nitf/body/body.head/hedline/hl1") in document order, with their text; fails on
// any XML error.
struct XmlOutline {
    QStringList paths;
    QHash<QString, QStringList> texts;
    QString error;
    QString allText;
};

XmlOutline outline(const QByteArray &xml)
{
    XmlOutline o;
    QXmlStreamReader r(xml);
    QStringList stack;
    QStringList texts; // text of each open element, children's text included
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack.append(r.name().toString());
            texts.append(QString());
            o.paths.append(stack.join(u'/'));
        } else if (r.isCharacters()) {
            for (QString &t : texts)
                t += r.text();
            o.allText += r.text();
        } else if (r.isEndElement()) {
            o.texts[stack.join(u'/')].append(texts.takeLast().trimmed());
            stack.removeLast();
        }
    }
    if (r.hasError())
        o.error = QStringLiteral("line %1 column %2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
    return o;
}

QString withoutSpace(QString s)
{
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

} // namespace

class TestExportWriters : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ReviewDocument> doc = test::exportDocument();
    ExportPage page() const { return ExportContent::build(*doc, TextOptions{}); }
    QTemporaryDir tmp;

private slots:
    void content()
    {
        const ExportPage p = page();
        QCOMPARE(p.articles.size(), 3);
        const ExportArticle &a = p.articles[0];
        QCOMPARE(a.headline, QStringLiteral("小丽志愿服务队:饮水思源感党恩 志愿服务暖民心"));
        QCOMPARE(a.kicker, QStringLiteral("\"感党恩 听党话 跟党走\"群众教育"));
        QCOMPARE(a.byline, QStringLiteral("●本报记者 杨彩霞"));
        QCOMPARE(a.paragraphs, (QStringList{kLead, kBody}));
        QCOMPARE(a.paragraphs, doc->paragraphs(0));
        QCOMPARE(a.dateline, QStringLiteral("本报讯(记者吕会生)"));
        QVERIFY(a.datelineRest.startsWith(QStringLiteral("日前,")));
        const ExportArticle &b = p.articles[1];
        QCOMPARE(b.items.size(), 4);
        QCOMPARE(b.items[1].role, Role::Table);
        QCOMPARE(b.items[1].rows.size(), 3);
        QCOMPARE(b.items[1].rows[1], (QStringList{QStringLiteral("第一巡察组"), QStringLiteral("庞莉"), QStringLiteral("0471-3307541"), QStringLiteral("ssjswd9001@163.com")}));
        QCOMPARE(p.language, QStringLiteral("zh"));
    }

    void contentWithoutWrapRepair()
    {
        TextOptions o;
        o.wrapRepair = false;
        const ExportPage p = ExportContent::build(*doc, o);
        QCOMPARE(p.articles[0].paragraphs[1],
                 QStringLiteral("党建引领是小丽志愿服务队的鲜明 底色。\"'民生为本'不是一句口号,而是要扎根到每\n一次帮扶、每一份关怀中。\"小丽志愿服务 队党支部书记孟巍说。"));
        // A correction is the editor's text whatever the option.
        doc->setCorrection(8, QStringLiteral("根据市委统一部署,截至9月23日,十三届市委第九轮巡察完成进驻工作。"));
        QCOMPARE(ExportContent::build(*doc, o).articles[1].paragraphs[0], QStringLiteral("根据市委统一部署,截至9月23日,十三届市委第九轮巡察完成进驻工作。"));
        doc->setCorrection(8, std::nullopt);
    }

    void contentWithOptions()
    {
        TextOptions o;
        o.chinesePunctuation = true;
        o.conversion = ChineseConversion::SimplifiedToTraditional;
        QStringList errors;
        const ExportPage p = ExportContent::build(*doc, o, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(p.articles[0].headline, QStringLiteral("小麗志願服務隊：飲水思源感黨恩 志願服務暖民心"));
        QCOMPARE(p.articles[0].paragraphs[1], QStringLiteral("黨建引領是小麗志願服務隊的鮮明底色。“‘民生爲本’不是一句口號，而是要紮根到每一次幫扶、每一份關懷中。”小麗志願服務隊黨支部書記孟巍說。"));
        QCOMPARE(p.language, QStringLiteral("zh-Hant"));
        // Table cells: times, phone numbers and e-mail addresses stay as they are.
        QCOMPARE(p.articles[1].items[1].rows[0][2], QStringLiteral("值班電話 工作日8:30至12:00"));
        QCOMPARE(p.articles[1].items[1].rows[1][3], QStringLiteral("ssjswd9001@163.com"));
    }

    void plainText()
    {
        const QString t = QString::fromUtf8(ExportWriter::render(ExportFormat::PlainText, ExportWriter::singleArticle(page(), 0)));
        QCOMPARE(t, QStringLiteral("\"感党恩 听党话 跟党走\"群众教育\n小丽志愿服务队:饮水思源感党恩 志愿服务暖民心\n●本报记者 杨彩霞\n\n")
                        + kLead + QStringLiteral("\n\n") + kBody + u'\n');
        const QString all = QString::fromUtf8(ExportWriter::render(ExportFormat::PlainText, page()));
        QVERIFY(all.contains(QStringLiteral("组 别\t组长\t值班电话 工作日8:30至12:00\t电子信箱\n第一巡察组")));
        QVERIFY(all.contains(QStringLiteral("\n\n备注:受理信访时间截止到2025年11月23日\n\n呼和浩特市委巡察工作领导小组办公室 制作\n")));
        QCOMPARE(all.count(QString(40, u'=')), 2);
    }

    void markdown()
    {
        const QString md = QString::fromUtf8(ExportWriter::render(ExportFormat::Markdown, page()));
        QVERIFY(md.startsWith(QStringLiteral("*\"感党恩 听党话 跟党走\"群众教育*\n\n# 小丽志愿服务队:饮水思源感党恩 志愿服务暖民心\n\n**●本报记者 杨彩霞**\n\n") + kLead));
        QVERIFY(md.contains(QStringLiteral("\n\n**十三届市委第九轮巡察进驻信息表**\n\n| 组 别 | 组长 | 值班电话 工作日8:30至12:00 | 电子信箱 |\n| --- | --- | --- | --- |\n| 第一巡察组 | 庞莉 | 0471-3307541 | ssjswd9001@163.com |\n")));
        QVERIFY(md.contains(QStringLiteral("\n\n> 备注:受理信访时间截止到2025年11月23日\n\n")));
        QVERIFY(md.contains(QStringLiteral("\n\n*■本报记者 安娜 摄*\n")));
        QCOMPARE(md.count(QStringLiteral("\n# ")) + (md.startsWith(QStringLiteral("# ")) ? 1 : 0), 3);
    }

    void markdownEscapes()
    {
        QCOMPARE(MarkdownWriter::escape(QStringLiteral("1. 第一 *重点* [注]")), QStringLiteral("1\\. 第一 \\*重点\\* \\[注\\]"));
        QCOMPARE(MarkdownWriter::escape(QStringLiteral("# 不是标题")), QStringLiteral("\\# 不是标题"));
    }

    void html()
    {
        const QByteArray bytes = ExportWriter::render(ExportFormat::Html, page());
        QVERIFY(bytes.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"));
        const XmlOutline o = outline(bytes);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.paths.count(QStringLiteral("html/body/article")), 3);
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/header/h1")),
                 (QStringList{QStringLiteral("小丽志愿服务队:饮水思源感党恩 志愿服务暖民心"), QStringLiteral("十三届市委第九轮巡察完成进驻"), QStringLiteral("温馨地铁 情暖夕阳")}));
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/p")).mid(0, 2), (QStringList{kLead, kBody}));
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/figure/figcaption")).first(), QStringLiteral("十三届市委第九轮巡察进驻信息表"));
        QVERIFY(o.paths.contains(QStringLiteral("html/body/article/figure/table/thead/tr/th")));
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/figure/table/tbody/tr/td")).at(3), QStringLiteral("ssjswd9001@163.com"));
        QVERIFY(o.texts.value(QStringLiteral("html/body/article/figure/figcaption")).last().startsWith(QStringLiteral("重阳节临近")));
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/figure/figcaption/small")), (QStringList{QStringLiteral("■本报记者 安娜 摄")}));
        // The note and credit under the table belong to its figure.
        QCOMPARE(o.texts.value(QStringLiteral("html/body/article/figure/p")),
                 (QStringList{QStringLiteral("备注:受理信访时间截止到2025年11月23日"), QStringLiteral("呼和浩特市委巡察工作领导小组办公室 制作")}));
    }

    void htmlOfAnArticleWithoutHeadline()
    {
        // One article, its headline gone (as per-article export writes it): no empty <h1>, and a
        // title that names the page and the article rather than the page alone.
        ExportPage one = page();
        one.articles = {one.articles.first()};
        one.articles.first().headline.clear();
        const XmlOutline o = outline(ExportWriter::render(ExportFormat::Html, one));
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.paths.contains(QStringLiteral("html/body/article/header/h1")));
        const QString title = o.texts.value(QStringLiteral("html/head/title")).value(0);
        QVERIFY2(title.endsWith(QStringLiteral(" p. 1, article %1").arg(one.articles.first().number)), qPrintable(title));
        QCOMPARE(HtmlWriter::documentTitle(one), title);
        // The byline still heads the article; with no display line at all there is no <header>.
        QVERIFY(!one.articles.first().byline.isEmpty());
        QVERIFY(o.paths.contains(QStringLiteral("html/body/article/header")));
        one.articles.first().kicker.clear();
        one.articles.first().subheadline.clear();
        one.articles.first().byline.clear();
        const XmlOutline bare = outline(ExportWriter::render(ExportFormat::Html, one));
        QVERIFY2(bare.error.isEmpty(), qPrintable(bare.error));
        QVERIFY(!bare.paths.contains(QStringLiteral("html/body/article/header")));
        QVERIFY(bare.paths.contains(QStringLiteral("html/body/article/p")));
    }

    void json()
    {
        const QByteArray bytes = ExportWriter::render(ExportFormat::Json, page());
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        // Every key of the segment JSON is there (same schema), plus the export's own.
        const QJsonObject seg = SegmentationJson::page(*doc);
        for (const QString &key : seg.keys())
            QVERIFY2(root.contains(key), qPrintable(key));
        const QJsonObject segArticle = seg.value(QStringLiteral("articles")).toArray().first().toObject();
        const QJsonObject article = root.value(QStringLiteral("articles")).toArray().first().toObject();
        for (const QString &key : segArticle.keys())
            QVERIFY2(article.contains(key), qPrintable(key));
        QCOMPARE(article.value(QStringLiteral("paragraphs")).toArray().toVariantList(), QVariantList({kLead, kBody}));
        QCOMPARE(article.value(QStringLiteral("dateline")).toString(), QStringLiteral("本报讯(记者吕会生)"));
        QCOMPARE(root.value(QStringLiteral("export")).toObject().value(QStringLiteral("conversion")).toString(), QStringLiteral("none"));
        QCOMPARE(root.value(QStringLiteral("furniture")).toArray().size(), 1);

        TextOptions o;
        o.conversion = ChineseConversion::SimplifiedToTraditional;
        const QJsonObject trad = JsonWriter::object(ExportContent::build(*doc, o));
        const QJsonObject tArticle = trad.value(QStringLiteral("articles")).toArray().first().toObject();
        QCOMPARE(tArticle.value(QStringLiteral("headline")).toString(), QStringLiteral("小麗志願服務隊:飲水思源感黨恩 志願服務暖民心"));
        QCOMPARE(tArticle.value(QStringLiteral("blocks")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("小麗志願服務隊:飲水思源感黨恩 志願服務暖民心"));
    }

    void nitfArticle()
    {
        const QByteArray bytes = ExportWriter::render(ExportFormat::Nitf, ExportWriter::singleArticle(page(), 0));
        const XmlOutline o = outline(bytes);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QXmlStreamReader r(bytes);
        r.readNextStartElement();
        QCOMPARE(r.name(), QStringLiteral("nitf"));
        QCOMPARE(r.namespaceUri(), QString::fromLatin1(NitfWriter::kNamespace));
        QCOMPARE(r.attributes().value(QStringLiteral("version")), QStringLiteral("-//IPTC//DTD NITF 3.6//EN"));
        // NITF 3.x: nitf = head, body; body = body.head, body.content, body.end; hedline = hl1, hl2*.
        QStringList topLevel;
        for (const QString &p : o.paths)
            if (p.count(u'/') <= 2)
                topLevel.append(p);
        QCOMPARE(topLevel, (QStringList{"nitf", "nitf/head", "nitf/head/title", "nitf/head/docdata", "nitf/body", "nitf/body/body.head",
                                        "nitf/body/body.content", "nitf/body/body.end"}));
        QCOMPARE(o.texts.value("nitf/head/title"), QStringList{QStringLiteral("小丽志愿服务队:饮水思源感党恩 志愿服务暖民心")});
        QCOMPARE(o.texts.value("nitf/body/body.head/hedline/hl1"), QStringList{QStringLiteral("小丽志愿服务队:饮水思源感党恩 志愿服务暖民心")});
        QCOMPARE(o.texts.value("nitf/body/body.head/hedline/hl2"), QStringList{QStringLiteral("\"感党恩 听党话 跟党走\"群众教育")});
        QCOMPARE(o.texts.value("nitf/body/body.head/byline"), QStringList{QStringLiteral("●本报记者 杨彩霞")});
        QCOMPARE(o.texts.value("nitf/body/body.head/dateline"), QStringList{QStringLiteral("本报讯(记者吕会生)")});
        const QStringList ps = o.texts.value("nitf/body/body.content/p");
        QCOMPARE(ps.size(), 2);
        QCOMPARE(QStringLiteral("本报讯(记者吕会生)") + ps[0], kLead);
        QCOMPARE(ps[1], kBody);
        // body.head children in the NITF order: hedline, byline, dateline.
        const QStringList headKids = o.paths.filter(QRegularExpression(QStringLiteral("^nitf/body/body\\.head/[^/]+$")));
        QCOMPARE(headKids, (QStringList{"nitf/body/body.head/hedline", "nitf/body/body.head/byline", "nitf/body/body.head/dateline"}));
    }

    void nitfTableAndPage()
    {
        const QByteArray one = ExportWriter::render(ExportFormat::Nitf, ExportWriter::singleArticle(page(), 1));
        XmlOutline o = outline(one);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.texts.value("nitf/body/body.content/table/caption"), QStringList{QStringLiteral("十三届市委第九轮巡察进驻信息表")});
        QCOMPARE(o.texts.value("nitf/body/body.content/table/thead/tr/th").size(), 4);
        QCOMPARE(o.texts.value("nitf/body/body.content/table/tbody/tr/td").size(), 8);
        QCOMPARE(o.texts.value("nitf/body/body.content/note/body.content/p"), QStringList{QStringLiteral("备注:受理信访时间截止到2025年11月23日")});
        QVERIFY(o.paths.contains("nitf/body/body.content/p"));

        // A whole page: one block per article inside body.content.
        const QByteArray all = ExportWriter::render(ExportFormat::Nitf, page());
        o = outline(all);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.paths.count("nitf/body/body.content/block"), 3);
        QCOMPARE(o.texts.value("nitf/body/body.content/block/hl2").size(), 3);
        QCOMPARE(o.texts.value("nitf/body/body.head/hedline/hl1"), QStringList{QStringLiteral("2025-09-25-p3.txt p. 1")});
    }

    void odt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip not installed (packaging/install-deps.sh installs it)");
        QVERIFY(tmp.isValid());
        const QByteArray bytes = ExportWriter::render(ExportFormat::Odt, page());
        QVERIFY(bytes.startsWith("PK"));
        const QString path = tmp.filePath(QStringLiteral("page.odt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")});
        QVERIFY(unzip.waitForFinished());
        QCOMPARE(unzip.readAllStandardOutput(), QByteArray("application/vnd.oasis.opendocument.text"));
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished());
        QCOMPARE(unzip.exitCode(), 0);
        const XmlOutline o = outline(unzip.readAllStandardOutput());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        const QString text = withoutSpace(o.allText);
        for (const QString &expected : {QStringLiteral("小丽志愿服务队:饮水思源感党恩志愿服务暖民心"), kLead, kBody, QStringLiteral("ssjswd9001@163.com"),
                                        QStringLiteral("■本报记者安娜摄")})
            QVERIFY2(text.contains(withoutSpace(expected)), qPrintable(expected));
        QVERIFY(o.paths.filter(QStringLiteral("/table-cell")).size() >= 12);
    }

    void pdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext not installed (poppler-utils)");
        QString error;
        const QByteArray bytes = ExportWriter::render(ExportFormat::Pdf, page(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString path = tmp.filePath(QStringLiteral("page.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        // Ideographs come back as ideographs, not as the look-alike radicals sharing their glyphs
        // (大 not ⼤, 民 not ⺠): PdfWriter corrects Qt's ToUnicode map.
        const QString text = withoutSpace(QString::fromUtf8(p.readAllStandardOutput()));
        for (const QString &expected : {QStringLiteral("小丽志愿服务队:饮水思源感党恩志愿服务暖民心"), kLead, kBody,
                                        QStringLiteral("十三届市委第九轮巡察进驻信息表"), QStringLiteral("温馨地铁情暖夕阳")})
            QVERIFY2(text.contains(withoutSpace(expected)), qPrintable(expected + QStringLiteral(" not in ") + text));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
        QVERIFY(bytes.count("/Type /Page") - bytes.count("/Type /Pages") >= 3);
        // Fonts are embedded.
        if (!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()) {
            p.start(QStringLiteral("pdffonts"), {path});
            QVERIFY(p.waitForFinished());
            const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
            QVERIFY(!lines.isEmpty());
            for (const QString &line : lines)
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
            QVERIFY(lines.join(u'\n').contains(QStringLiteral("CJK")));
        }
    }
};

QTEST_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
