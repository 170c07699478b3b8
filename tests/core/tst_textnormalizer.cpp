// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TextNormalizer and ChineseConverter: GB/T 15834 punctuation restoration in Chinese context only,
// OpenCC Simplified ↔ Traditional, NFC, and the order in which export applies them.
#include "export/ChineseConverter.h"
#include "export/TextNormalizer.h"

#include <QTest>

using namespace galley;

class TestTextNormalizer : public QObject {
    Q_OBJECT
private slots:
    void punctuation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // From the seed page (half-width marks in Chinese text).
        QTest::newRow("comma-semicolon-after-percent")
            << QStringLiteral("该区生产总值完成724.33亿元,增速达5.6%;规模以上工业总产值完成423.8亿元")
            << QStringLiteral("该区生产总值完成724.33亿元，增速达5.6%；规模以上工业总产值完成423.8亿元");
        QTest::newRow("colon-in-headline") << QStringLiteral("赛罕区:产业升级添动能 高质量发展谱新篇")
                                           << QStringLiteral("赛罕区：产业升级添动能 高质量发展谱新篇");
        QTest::newRow("parentheses") << QStringLiteral("内蒙古中启芯材料有限公司(以下简称中启芯)的生产基地")
                                     << QStringLiteral("内蒙古中启芯材料有限公司（以下简称中启芯）的生产基地");
        QTest::newRow("dateline-parentheses") << QStringLiteral("本报讯(记者 宋向华 通讯员 葛嫱)近日,呼和浩特市")
                                              << QStringLiteral("本报讯（记者 宋向华 通讯员 葛嫱）近日，呼和浩特市");
        QTest::newRow("double-quotes-alternate")
            << QStringLiteral("从\"中间环节\"向\"终端产品\"的跨越,释放出")
            << QStringLiteral("从“中间环节”向“终端产品”的跨越，释放出");
        QTest::newRow("nested-single-quotes")
            << QStringLiteral("\"'民生为本'不是一句口号。\"孟巍说。")
            << QStringLiteral("“‘民生为本’不是一句口号。”孟巍说。");
        QTest::newRow("exclamation-question") << QStringLiteral("把这份爱传递下去!\"郇小丽说。真的吗?")
                                              << QStringLiteral("把这份爱传递下去！”郇小丽说。真的吗？");
        QTest::newRow("space-after-mark-dropped") << QStringLiteral("他说: 今天开会, 明天休息")
                                                  << QStringLiteral("他说：今天开会，明天休息");
        QTest::newRow("latin-word-before-chinese") << QStringLiteral("英文名叫John,他来自北京")
                                                   << QStringLiteral("英文名叫John，他来自北京");
        // Untouched.
        QTest::newRow("time") << QStringLiteral("工作日8:30至12:00 14:30至17:30")
                              << QStringLiteral("工作日8:30至12:00 14:30至17:30");
        QTest::newRow("thousands") << QStringLiteral("共有3,500人参加") << QStringLiteral("共有3,500人参加");
        QTest::newRow("decimal") << QStringLiteral("增速达5.6%") << QStringLiteral("增速达5.6%");
        QTest::newRow("url") << QStringLiteral("详见网站http://www.example.cn/a?b=1,2;c=(3)查询")
                             << QStringLiteral("详见网站http://www.example.cn/a?b=1,2;c=(3)查询");
        QTest::newRow("email") << QStringLiteral("电子信箱ssjswd9001@163.com") << QStringLiteral("电子信箱ssjswd9001@163.com");
        QTest::newRow("latin-text") << QStringLiteral("He said: \"Yes, (maybe) it's fine!\" Right?")
                                    << QStringLiteral("He said: \"Yes, (maybe) it's fine!\" Right?");
        QTest::newRow("latin-inside-chinese-sentence")
            << QStringLiteral("他引用了\"Keep calm, carry on\"这句话")
            << QStringLiteral("他引用了“Keep calm, carry on”这句话");
        QTest::newRow("already-full-width") << QStringLiteral("“感党恩、听党话、跟党走”的信念。")
                                            << QStringLiteral("“感党恩、听党话、跟党走”的信念。");
        QTest::newRow("unpaired-opening-quote") << QStringLiteral("坚定了\"感党恩")
                                                << QStringLiteral("坚定了“感党恩");
        QTest::newRow("lines-separately") << QStringLiteral("他说:\"好\na: b")
                                          << QStringLiteral("他说：“好\na: b");
        QTest::newRow("english-parentheses-in-chinese") << QStringLiteral("人工智能(AI)技术")
                                                        << QStringLiteral("人工智能（AI）技术");
    }
    void punctuation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::restoreChinesePunctuation(input), expected);
    }

    void openCc_data()
    {
        QTest::addColumn<QString>("conversion");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("s2t") << "s2t" << QStringLiteral("产业升级添动能 高质量发展谱新篇") << QStringLiteral("產業升級添動能 高質量發展譜新篇");
        QTest::newRow("s2t-phrase") << "s2t" << QStringLiteral("头发") << QStringLiteral("頭髮");
        QTest::newRow("t2s") << "t2s" << QStringLiteral("志願服務暖民心") << QStringLiteral("志愿服务暖民心");
        QTest::newRow("s2tw") << "s2tw" << QStringLiteral("志愿服务") << QStringLiteral("志願服務");
        QTest::newRow("latin-and-digits-untouched") << "s2t" << QStringLiteral("CVD设备1000个, 8:30") << QStringLiteral("CVD設備1000個, 8:30");
        QTest::newRow("none") << "none" << QStringLiteral("发展") << QStringLiteral("发展");
    }
    void openCc()
    {
        QFETCH(QString, conversion);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto c = ChineseConverter::fromName(conversion);
        QVERIFY(c);
        QString error;
        QCOMPARE(ChineseConverter::convert(input, *c, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void namesRoundTrip()
    {
        for (ChineseConversion c : ChineseConverter::all())
            QCOMPARE(ChineseConverter::fromName(ChineseConverter::name(c)), std::optional<ChineseConversion>(c));
        QVERIFY(!ChineseConverter::fromName(u"s2x"));
    }

    void nfc()
    {
        TextOptions o;
        const QString decomposed = QStringLiteral("Cafe\u0301 Pe\u0301rez");
        QCOMPARE(TextNormalizer::apply(decomposed, o), QStringLiteral("Café Pérez"));
        o.nfc = false;
        QCOMPARE(TextNormalizer::apply(decomposed, o), decomposed);
    }

    void applyOrder()
    {
        // Punctuation first (it needs the Han context), then OpenCC, then NFC.
        TextOptions o;
        o.chinesePunctuation = true;
        o.conversion = ChineseConversion::SimplifiedToTraditional;
        QString error;
        QCOMPARE(TextNormalizer::apply(QStringLiteral("小丽志愿服务队:饮水思源感党恩"), o, &error),
                 QStringLiteral("小麗志願服務隊：飲水思源感黨恩"));
        QVERIFY(error.isEmpty());
    }

    void defaultsLeaveTextAlone()
    {
        const QString gold = QStringLiteral("近年来,赛罕区锚定\"打造四个千亿、五个第一的现代化首府中心城区\"目标");
        QCOMPARE(TextNormalizer::apply(gold, TextOptions{}), gold);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
