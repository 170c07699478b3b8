// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WrapRepair: line-wrap artefacts removed, real spaces and hyphens kept (CJK, Latin, mixed, bylines, headlines).
#include "segment/WrapRepair.h"

#include <QTest>

using namespace galley;

class TestWrapRepair : public QObject {
    Q_OBJECT
private slots:
    void repair_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("expected");

        // CJK body text from PDF extraction: a space where each printed line ended.
        QTest::newRow("cjk wrap space") << QStringLiteral("持续构建特色鲜明、协同高 效的现代产业体系") << Role::Body
                                        << QStringLiteral("持续构建特色鲜明、协同高效的现代产业体系");
        QTest::newRow("cjk wrap before half-width quote") << QStringLiteral("中心城区\" 目标,以项目") << Role::Body
                                                          << QStringLiteral("中心城区\"目标,以项目");
        QTest::newRow("digits before unit") << QStringLiteral("截至9月23 日,十三届") << Role::Body << QStringLiteral("截至9月23日,十三届");
        QTest::newRow("cjk newline") << QStringLiteral("台南市政府今年推出\n老屋修繕補助計畫") << Role::Body
                                     << QStringLiteral("台南市政府今年推出老屋修繕補助計畫");
        QTest::newRow("latin next to han keeps space") << QStringLiteral("每年可实现1000台 CVD设备") << Role::Body
                                                       << QStringLiteral("每年可实现1000台 CVD设备");
        QTest::newRow("byline keeps its space") << QStringLiteral("●本报记者 杨彩霞") << Role::Byline << QStringLiteral("●本报记者 杨彩霞");
        QTest::newRow("headline keeps the space between parts") << QStringLiteral("赛罕区:产业升级添动能 高质量发展谱新篇") << Role::Headline
                                                                << QStringLiteral("赛罕区:产业升级添动能 高质量发展谱新篇");
        QTest::newRow("headline on two lines") << QStringLiteral("市府推動老屋修繕補助\n首年逾三百戶申請") << Role::Headline
                                               << QStringLiteral("市府推動老屋修繕補助 首年逾三百戶申請");
        QTest::newRow("credit keeps spaces") << QStringLiteral("■本报记者 安娜 摄") << Role::Credit << QStringLiteral("■本报记者 安娜 摄");
        QTest::newRow("latin words keep spaces") << QStringLiteral("The county board voted 5 to 2 on\nTuesday night") << Role::Body
                                                 << QStringLiteral("The county board voted 5 to 2 on Tuesday night");
        QTest::newRow("latin numbers keep spaces") << QStringLiteral("In 1911, 200 men") << Role::Body << QStringLiteral("In 1911, 200 men");
        QTest::newRow("soft hyphen joined") << QStringLiteral("The arbitration treaties were re-\nported to the senate") << Role::Body
                                            << QStringLiteral("The arbitration treaties were reported to the senate");
        QTest::newRow("compound hyphen kept") << QStringLiteral("the well-\nknown contractor") << Role::Body << QStringLiteral("the well-known contractor");
        QTest::newRow("capital after hyphen kept") << QStringLiteral("the Anglo-\nSaxon world") << Role::Body << QStringLiteral("the Anglo-Saxon world");
        QTest::newRow("german hyphenation") << QStringLiteral("im Früh-\njahr beginnen") << Role::Body << QStringLiteral("im Frühjahr beginnen");
        QTest::newRow("hyphen inside a line untouched") << QStringLiteral("Kaiser-Joseph-Straße") << Role::Body << QStringLiteral("Kaiser-Joseph-Straße");
        QTest::newRow("korean keeps spaces") << QStringLiteral("서울시는 오늘\n새 정책을 발표했다") << Role::Body << QStringLiteral("서울시는 오늘 새 정책을 발표했다");
        QTest::newRow("japanese wrap") << QStringLiteral("東京都は二十日、新しい 防災計画を発表した。") << Role::Body
                                       << QStringLiteral("東京都は二十日、新しい防災計画を発表した。");
        QTest::newRow("runs of spaces collapse") << QStringLiteral("Fair   weather\t\ttoday") << Role::Body << QStringLiteral("Fair weather today");
        QTest::newRow("edges trimmed") << QStringLiteral("  近日,呼和浩特  ") << Role::Body << QStringLiteral("近日,呼和浩特");
        QTest::newRow("table untouched") << QStringLiteral("组 别\t组长\n第一巡察组\t庞莉") << Role::Table << QStringLiteral("组 别\t组长\n第一巡察组\t庞莉");
    }
    void repair()
    {
        QFETCH(QString, raw);
        QFETCH(Role, role);
        QFETCH(QString, expected);
        QCOMPARE(WrapRepair::repair(raw, role), expected);
    }

    void editsAreReversible()
    {
        // Every edit names a span of the raw text; applying them gives repair(), so the raw page
        // can always be shown and a wrong join undone.
        const QString raw = QStringLiteral("据了解,中启芯项目自去年末落 地后,始终坚持产研同步推进,the well-\nknown re-\nport");
        const auto edits = WrapRepair::edits(raw, Role::Body);
        QVERIFY(edits.size() >= 3);
        QString rebuilt;
        qsizetype pos = 0;
        for (const auto &e : edits) {
            QVERIFY(e.start >= pos && e.end <= raw.size() && e.start < e.end);
            rebuilt += raw.mid(pos, e.start - pos);
            if (e.kind == WrapRepair::EditKind::CollapsedSpace)
                rebuilt += u' ';
            pos = e.end;
        }
        rebuilt += raw.mid(pos);
        QCOMPARE(rebuilt, WrapRepair::repair(raw, Role::Body));
        QCOMPARE(rebuilt, QStringLiteral("据了解,中启芯项目自去年末落地后,始终坚持产研同步推进,the well-known report"));
    }

    void joinFragments_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cjk") << QStringLiteral("坚定了\"感") << QStringLiteral("党恩、听党话") << QStringLiteral("坚定了\"感党恩、听党话");
        QTest::newRow("latin") << QStringLiteral("the cost was") << QStringLiteral("shared by the state") << QStringLiteral("the cost was shared by the state");
        QTest::newRow("hyphenation") << QStringLiteral("The cost, es-") << QStringLiteral("timated at $4.2 million") << QStringLiteral("The cost, estimated at $4.2 million");
        QTest::newRow("empty first") << QString() << QStringLiteral("党恩") << QStringLiteral("党恩");
    }
    void joinFragments()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        QCOMPARE(WrapRepair::joinFragments(first, second), expected);
    }
};

QTEST_GUILESS_MAIN(TestWrapRepair)
#include "tst_wraprepair.moc"
