// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

#include <QCoreApplication>
#include <QList>

namespace galley {

namespace {
struct RoleEntry {
    Role role;
    const char *name;
    const char *display;
};
constexpr RoleEntry kRoles[] = {
    {Role::Unknown, "unknown", QT_TRANSLATE_NOOP("Role", "Unknown")},
    {Role::Headline, "headline", QT_TRANSLATE_NOOP("Role", "Headline")},
    {Role::Subheadline, "subheadline", QT_TRANSLATE_NOOP("Role", "Subheadline")},
    {Role::Kicker, "kicker", QT_TRANSLATE_NOOP("Role", "Kicker")},
    {Role::Byline, "byline", QT_TRANSLATE_NOOP("Role", "Byline")},
    {Role::Lead, "lead", QT_TRANSLATE_NOOP("Role", "Dateline / lead")},
    {Role::Body, "body", QT_TRANSLATE_NOOP("Role", "Body")},
    {Role::Caption, "caption", QT_TRANSLATE_NOOP("Role", "Caption")},
    {Role::Credit, "credit", QT_TRANSLATE_NOOP("Role", "Credit")},
    {Role::Table, "table", QT_TRANSLATE_NOOP("Role", "Table")},
    {Role::TableTitle, "table-title", QT_TRANSLATE_NOOP("Role", "Table title")},
    {Role::Note, "note", QT_TRANSLATE_NOOP("Role", "Note")},
    {Role::JumpLine, "jump-line", QT_TRANSLATE_NOOP("Role", "Jump line")},
    {Role::Furniture, "furniture", QT_TRANSLATE_NOOP("Role", "Page furniture")},
};
} // namespace

QString roleName(Role role)
{
    static const QList<QString> names = [] {
        QList<QString> n;
        for (const auto &e : kRoles) {
            if (n.size() <= int(e.role))
                n.resize(int(e.role) + 1);
            n[int(e.role)] = QString::fromLatin1(e.name);
        }
        return n;
    }();
    const int i = int(role);
    return i >= 0 && i < names.size() && !names[i].isEmpty() ? names[i] : QStringLiteral("unknown");
}

QString roleDisplayName(Role role)
{
    for (const auto &e : kRoles)
        if (e.role == role)
            return QCoreApplication::translate("Role", e.display);
    return QString();
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto &e : kRoles)
        if (name == QLatin1String(e.name))
            return e.role;
    return std::nullopt;
}

bool isBodyRole(Role role)
{
    return role == Role::Body || role == Role::Lead;
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles = [] {
        QList<Role> r;
        for (const auto &e : kRoles)
            if (e.role != Role::Unknown)
                r.append(e.role);
        return r;
    }();
    return roles;
}

} // namespace galley
