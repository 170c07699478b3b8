// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions live in one ActionRegistry (issue 9, item 13): every action has an id (its
// object name), is found by it, and every entry of the menus and the tool bar is a registered
// action; FlagNavigator (F8) goes through open flags in page order and wraps around.
#include "ActionRegistry.h"
#include "MainWindow.h"
#include "import/TextImporter.h"
#include "review/FlagNavigator.h"
#include "segment/Segmenter.h"

#include <QFile>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace galley;

class TestActionRegistry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyActionHasAnIdAndEveryMenuEntryIsRegistered()
    {
        MainWindow window;
        const QList<QAction *> all = window.actions()->all();
        QVERIFY(all.size() > 40);
        QSet<QString> ids;
        for (QAction *a : all) {
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            QVERIFY2(!ids.contains(a->objectName()), qPrintable(a->objectName()));
            ids.insert(a->objectName());
            QCOMPARE(window.action(a->objectName()), a);
        }
        QCOMPARE(window.actions()->get(ActionId::FlagNext)->shortcut(), QKeySequence(Qt::Key_F8));
        QCOMPARE(window.action(roleActionId(Role::Headline))->text(), roleDisplayName(Role::Headline));

        QList<QMenu *> menus;
        for (QAction *top : window.menuBar()->actions())
            if (top->menu())
                menus.append(top->menu());
        int entries = 0;
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            if (menu->objectName() == QLatin1String("recentMenu"))
                continue; // files, not actions
            for (QAction *a : menu->actions()) {
                if (a->menu()) {
                    menus.append(a->menu());
                } else if (!a->isSeparator() && !a->objectName().isEmpty()) {
                    QVERIFY2(all.contains(a), qPrintable(a->objectName()));
                    ++entries;
                }
            }
        }
        QVERIFY(entries > 40);
        // The window's tool bars (the page image view's own zoom bar holds the view's actions).
        for (QToolBar *bar : window.findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
            for (QAction *a : bar->actions())
                if (!a->isSeparator())
                    QVERIFY2(all.contains(a), qPrintable(a->text()));
    }

    void flagNavigatorGoesInPageOrderAndWraps()
    {
        QFile f(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Page page = TextImporter::pageFromText(QString::fromUtf8(f.readAll()), QStringLiteral("seed-page.txt"));
        const Segmentation seg = Segmenter::segment(page);
        QList<int> order; // pieces with open flags, in page order
        qsizetype last = -1;
        int piece = 0;
        for (int i = 0; i < seg.openFlagCount() + 1; ++i) {
            const std::optional<FlagStop> stop = FlagNavigator::step(seg, piece, +1);
            QVERIFY(stop);
            piece = stop->pieceId;
            QVERIFY(!stop->reason.isEmpty());
            const qsizetype pos = seg.piece(piece)->span.start;
            if (pos < last)
                break; // wrapped around
            last = pos;
            order.append(piece);
        }
        QVERIFY(order.size() >= 2);
        QCOMPARE(FlagNavigator::step(seg, 0, +1)->pieceId, order.first());
        QCOMPARE(FlagNavigator::step(seg, 0, -1)->pieceId, order.last());
        QCOMPARE(FlagNavigator::step(seg, order.first(), -1)->pieceId, order.last()); // wraps backwards
        QCOMPARE(FlagNavigator::step(seg, order[1], -1)->pieceId, order.first());
        QVERIFY(!FlagNavigator::step(Segmentation(), 0, +1));
    }
};

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
