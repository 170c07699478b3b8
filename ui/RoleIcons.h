// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RoleIcons: the icons of the article panel — one per piece role, per review status, and the flag
// and correction marks. SVG files in resources/icons (crisp at every device pixel ratio).
// A role icon carries a letter ("H", "By" …) that is translated (context "RoleIconLetter"; 标, 署 …
// in Chinese): a translated letter is drawn into the same SVG. The raw page's gutter names roles
// with gutterLabel() (context "RoleGutterLabel": "headline" / 标题).
#include "model/ReviewStatus.h"
#include "model/Role.h"

#include <QIcon>

namespace galley {

class RoleIcons {
public:
    static QIcon role(Role role);
    /// The letter on a role's icon, translated.
    static QString letter(Role role);
    /// The short role name the raw page's gutter shows next to a block number, translated.
    static QString gutterLabel(Role role);
    static QIcon status(ReviewStatus status);
    static QIcon flag();
    static QIcon correction();
    static QIcon article();
    static QIcon application();
};

} // namespace galley
