// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rebindable shortcuts (issue 9 item 3, as KDE's shortcut editor): ShortcutSettings keeps each
// action's default shortcuts, saves the editor's own in QSettings (group "shortcuts", key = the
// action's objectName, value = the key sequences in portable text, e.g. "Ctrl+Shift+J"; only
// shortcuts that differ from the default are stored) and applies them when the window starts.
// ShortcutsDialog (Settings ▸ Configure Shortcuts…) lists the actions with their shortcuts; a new
// shortcut already used by another action, or one the system takes (Ctrl+Alt+Backspace kills the X
// server, Ctrl+Alt+Delete), is refused with a message naming the action or the reason.
// Actions are not owned; an action is identified by its objectName (actions without one are left out).
#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QSettings;
class QTreeWidget;

namespace galley {

class ShortcutSettings {
public:
    /// Remembers the current shortcuts of actions as their defaults (call once, after creating them).
    static void rememberDefaults(const QList<QAction *> &actions);
    static QList<QKeySequence> defaults(const QAction *action);
    /// Sets the stored shortcuts on actions; entries for unknown actions are ignored, an entry that
    /// would conflict with another action's shortcut is skipped (the default stays).
    static void apply(const QList<QAction *> &actions, QSettings &settings);
    /// Stores the shortcuts of actions that differ from their defaults and removes the others.
    static void save(const QList<QAction *> &actions, QSettings &settings);
    /// Why sequence cannot be given to action: another action of actions that has it (named), or a
    /// sequence the system reserves; empty if it can. An empty sequence is always allowed.
    static QString conflict(const QList<QAction *> &actions, const QAction *action, const QKeySequence &sequence);
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// Edits the shortcuts of actions; OK applies them and saves them with ShortcutSettings::save().
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// Gives the action in row (of the sorted list) sequence, as typing it in the key field does.
    /// False, with the reason in message(), if it is refused.
    bool assign(int row, const QKeySequence &sequence);
    /// The row's action back to its default shortcuts.
    void resetRow(int row);
    void resetAll();
    /// Puts the edited shortcuts on the actions and saves them (what OK does).
    void applyChanges();

    int rowOf(const QString &objectName) const;
    QList<QKeySequence> shortcutsAt(int row) const;
    QString message() const;
    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *keyEdit() const { return m_key; }

private:
    void showRow(int row);
    void selectRow(int row);
    QString conflictInDialog(int row, const QKeySequence &sequence) const;

    QList<QAction *> m_actions;                 // sorted by menu text
    QList<QList<QKeySequence>> m_edited;         // per row
    QTreeWidget *m_list = nullptr;
    QKeySequenceEdit *m_key = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace galley
