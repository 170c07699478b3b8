// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"

#include <QMenu>
#include <QToolBar>
#include <QWidget>

namespace galley {

QString roleActionId(Role role)
{
    return QStringLiteral("role-") + roleName(role);
}

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts, Needs needs)
{
    auto *a = new QAction(text, m_window);
    if (!shortcuts.isEmpty())
        a->setShortcuts(shortcuts);
    a->setShortcutContext(Qt::WindowShortcut);
    return adopt(id, a, needs);
}

QAction *ActionRegistry::adopt(const QString &id, QAction *action, Needs needs)
{
    Q_ASSERT(!m_byId.contains(id));
    action->setObjectName(id);
    m_window->addAction(action);
    m_all.append(action);
    m_byId.insert(id, action);
    m_needs.insert(action, needs);
    return action;
}

QList<QAction *> ActionRegistry::needing(Needs needs) const
{
    QList<QAction *> out;
    for (QAction *a : m_all)
        if (m_needs.value(a) == needs)
            out.append(a);
    return out;
}

void ActionRegistry::enableFor(bool document, bool piece, bool article) const
{
    for (QAction *a : m_all) {
        switch (m_needs.value(a)) {
        case Needs::Nothing: break;
        case Needs::Document: a->setEnabled(document); break;
        case Needs::Piece: a->setEnabled(piece); break;
        case Needs::Article: a->setEnabled(article); break;
        }
    }
}

void ActionRegistry::fill(QWidget *target, std::initializer_list<const char *> ids) const
{
    auto *menu = qobject_cast<QMenu *>(target);
    auto *bar = qobject_cast<QToolBar *>(target);
    for (const char *id : ids) {
        if (!*id) {
            if (menu)
                menu->addSeparator();
            else if (bar)
                bar->addSeparator();
            continue;
        }
        QAction *a = get(id);
        Q_ASSERT(a);
        if (a)
            target->addAction(a);
    }
}

} // namespace galley
