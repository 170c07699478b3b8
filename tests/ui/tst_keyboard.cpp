// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tst_keyboard: keyboard parity of issue 9 item 3 — the shortcut editor (Settings ▸ Configure
// Shortcuts…: list, edit, conflicts refused with a message, reset, saved in QSettings and applied at
// the next start), Replace / Replace & Find Next one match at a time (one undo step each) beside
// Replace All, and the standard keys of Save As, Redo and Replace; no Ctrl+Alt+Backspace anywhere.
#include "FindReplacePanel.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "ShortcutEditor.h"
#include "model/ReviewDocument.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace galley;

namespace {

std::unique_ptr<MainWindow> openWindow(bool withPage)
{
    auto w = std::make_unique<MainWindow>();
    ProjectController *project = w->projectController();
    project->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    project->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    project->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Discard; });
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    if (withPage) {
        if (!w->openFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")))
            return nullptr;
        w->waitForLoaded();
    }
    return w;
}

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QSettings().remove(QStringLiteral("shortcuts"));
    }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("shortcuts")); }

    void standardKeys()
    {
        auto w = openWindow(false);
        QVERIFY(w);
        QCOMPARE(w->action(QStringLiteral("fileSaveAs"))->shortcuts(), standardOr(QKeySequence::SaveAs, QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
        QCOMPARE(w->action(QStringLiteral("editRedo"))->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
        QVERIFY(!w->action(QStringLiteral("editRedo"))->shortcuts().isEmpty());
        QCOMPARE(w->action(QStringLiteral("editReplace"))->shortcuts(), standardOr(QKeySequence::Replace, QKeySequence(QStringLiteral("Ctrl+H"))));
        const QKeySequence killer(Qt::CTRL | Qt::ALT | Qt::Key_Backspace);
        const QList<QAction *> all = w->findChildren<QAction *>();
        QVERIFY(all.size() > 40);
        for (const QAction *a : all)
            QVERIFY2(!a->shortcuts().contains(killer), qPrintable(a->objectName()));
        // No two actions of the window share a shortcut.
        QHash<QKeySequence, QString> owner;
        for (const QAction *a : w->shortcutActions())
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!owner.contains(k), qPrintable(k.toString() + QStringLiteral(": ") + owner.value(k) + QStringLiteral(" and ") + a->objectName()));
                owner.insert(k, a->objectName());
            }
    }

    void shortcutEditor()
    {
        QSettings().remove(QStringLiteral("shortcuts"));
        auto w = openWindow(false);
        QVERIFY(w);
        // Reached from the Settings menu.
        QAction *configure = w->action(QStringLiteral("settingsShortcuts"));
        QVERIFY(configure);
        QMenu *settingsMenu = w->findChild<QMenu *>(QStringLiteral("settingsMenu"));
        QVERIFY(w->menuBar()->actions().contains(settingsMenu ? settingsMenu->menuAction() : nullptr));
        QVERIFY(settingsMenu);
        QVERIFY(settingsMenu->actions().contains(configure));
        configure->trigger();
        auto *dialog = w->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->list()->topLevelItemCount() >= 40);

        const int join = dialog->rowOf(QStringLiteral("paragraphJoin"));
        QVERIFY(join >= 0);
        QCOMPARE(dialog->list()->topLevelItem(join)->text(0), QStringLiteral("Join to Previous Paragraph"));
        QCOMPARE(dialog->list()->topLevelItem(join)->text(1), QKeySequence(QStringLiteral("Ctrl+J")).toString(QKeySequence::NativeText));
        // A shortcut another action has is refused, naming that action; the row keeps its shortcut.
        QVERIFY(!dialog->assign(join, QKeySequence(QStringLiteral("Ctrl+Shift+J"))));
        QVERIFY2(dialog->message().contains(QStringLiteral("Break Paragraph Here")), qPrintable(dialog->message()));
        QCOMPARE(dialog->shortcutsAt(join), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+J"))});
        QVERIFY(!dialog->assign(join, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Backspace)));
        QVERIFY(dialog->message().contains(QStringLiteral("system")));

        // Typed in the key field of the selected row.
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(join));
        dialog->keyEdit()->setFocus();
        QTest::keyClick(dialog->keyEdit(), Qt::Key_F9);
        emit dialog->keyEdit()->editingFinished();
        QCOMPARE(dialog->shortcutsAt(join), QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
        QVERIFY(dialog->list()->topLevelItem(join)->font(1).bold()); // differs from the default
        // F9 is now taken within the dialog, before anything is applied.
        const int brk = dialog->rowOf(QStringLiteral("paragraphBreak"));
        QVERIFY(!dialog->assign(brk, QKeySequence(Qt::Key_F9)));
        QVERIFY(dialog->message().contains(QStringLiteral("Join to Previous Paragraph")));
        // Ctrl+J is free again and can go to another action.
        QVERIFY(dialog->assign(brk, QKeySequence(QStringLiteral("Ctrl+J"))));
        // OK applies and saves.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(w->action(QStringLiteral("paragraphJoin"))->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
        QCOMPARE(w->action(QStringLiteral("paragraphBreak"))->shortcuts(), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+J"))});
        {
            QSettings s;
            QCOMPARE(s.value(QStringLiteral("shortcuts/paragraphJoin")).toStringList(), QStringList{QStringLiteral("F9")});
            QCOMPARE(s.value(QStringLiteral("shortcuts/paragraphBreak")).toStringList(), QStringList{QStringLiteral("Ctrl+J")});
            QVERIFY(!s.contains(QStringLiteral("shortcuts/fileSave"))); // defaults are not stored
        }
        w.reset();

        // The next start applies them (two actions swapped keys in effect: both land).
        w = openWindow(false);
        QVERIFY(w);
        QCOMPARE(w->action(QStringLiteral("paragraphJoin"))->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
        QCOMPARE(w->action(QStringLiteral("paragraphBreak"))->shortcuts(), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+J"))});
        // A stored shortcut that clashes with another action's gives way to the default.
        w.reset();
        QSettings().setValue(QStringLiteral("shortcuts/fileExport"), QStringList{QStringLiteral("Ctrl+S")});
        w = openWindow(false);
        QCOMPARE(w->action(QStringLiteral("fileExport"))->shortcuts(), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+Shift+E"))});

        // Reset All + OK: every default back, nothing stored.
        w->configureShortcuts();
        dialog = w->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(w->action(QStringLiteral("paragraphJoin"))->shortcuts(), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+J"))});
        QCOMPARE(w->action(QStringLiteral("paragraphBreak"))->shortcuts(), QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+Shift+J"))});
        QSettings s;
        QVERIFY(!s.contains(QStringLiteral("shortcuts/paragraphJoin")));
        QVERIFY(!s.contains(QStringLiteral("shortcuts/paragraphBreak")));
        QVERIFY(!s.contains(QStringLiteral("shortcuts/fileExport")));
    }

    void replaceOneAtATime()
    {
        auto w = openWindow(true);
        QVERIFY(w);
        ReviewDocument *doc = w->document();
        QVERIFY(doc);
        w->action(QStringLiteral("editReplace"))->trigger();
        FindReplacePanel *panel = w->findPanel();
        panel->findEdit()->setText(QStringLiteral("志愿"));
        panel->replaceEdit()->setText(QStringLiteral("志願"));
        panel->updatePreview();
        const int before = panel->preview()->topLevelItemCount();
        QVERIFY2(before >= 4, qPrintable(QString::number(before)));
        QVERIFY(panel->replaceButton()->isEnabled());
        QVERIFY(panel->replaceFindButton()->isEnabled());
        const int steps = doc->undoStack()->count();

        // Replace: the first match only, one undo step.
        panel->preview()->setCurrentItem(panel->preview()->topLevelItem(0));
        const QString firstBefore = panel->preview()->topLevelItem(0)->text(1);
        panel->replaceButton()->click();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(panel->preview()->topLevelItemCount(), before - 1);
        // Replace & Find Next: one more, and the next match is selected.
        panel->replaceFindButton()->click();
        QCOMPARE(doc->undoStack()->count(), steps + 2);
        QCOMPARE(panel->preview()->topLevelItemCount(), before - 2);
        QVERIFY(panel->preview()->currentItem());
        QVERIFY(panel->preview()->currentItem()->text(1).contains(QStringLiteral("[志愿]")));
        panel->replaceFindButton()->click();
        QCOMPARE(doc->undoStack()->count(), steps + 3);
        // Each is its own undo step: one undo brings one match back.
        doc->undoStack()->undo();
        panel->updatePreview();
        QCOMPARE(panel->preview()->topLevelItemCount(), before - 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        panel->updatePreview();
        QCOMPARE(panel->preview()->topLevelItemCount(), before);
        QCOMPARE(panel->preview()->topLevelItem(0)->text(1), firstBefore);
        // Replace All stays one step for all of them.
        panel->replaceAllButton()->click();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(panel->preview()->topLevelItemCount(), 0);
        doc->undoStack()->setClean();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
