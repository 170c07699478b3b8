// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Role: what a piece of a newspaper page is (headline, byline, body …).
// The names are the ones the JSON output and the project file use; they never change meaning.
#include <QString>
#include <QStringView>
#include <optional>

namespace galley {

enum class Role {
    Unknown,
    Headline,
    Subheadline,
    Kicker,      ///< short label above a headline ("群众教育", "EXCLUSIVE")
    Byline,      ///< "●本报记者 杨彩霞", "By JOHN SMITH"
    Lead,        ///< dateline / news lead opening the body: "本报讯(记者…)", "WASHINGTON (AP) —"
    Body,
    Caption,     ///< photo caption
    Credit,      ///< photo or graphic credit: "■本报记者 安娜 摄", "Photo by …"
    Table,       ///< tab-separated rows
    TableTitle,
    Note,        ///< "备注:", "Note:"
    JumpLine,    ///< "(下转第3版)", "Continued on Page 4"
    Furniture,   ///< folio, page number, section banner: in no article
};

/// Stable lower-case name ("headline", "table-title", "jump-line" …).
QString roleName(Role role);
/// Human-readable name for the UI (translatable).
QString roleDisplayName(Role role);
/// Inverse of roleName(); nullopt for an unknown name.
std::optional<Role> roleFromName(QStringView name);
/// Roles whose text reads as running prose of the article (lead and body).
bool isBodyRole(Role role);
/// Every role, in menu order.
const QList<Role> &allRoles();

} // namespace galley
