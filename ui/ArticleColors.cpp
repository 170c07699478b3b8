// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleColors.h"

#include <cmath>

namespace galley {

namespace {
int hueOf(int articleIndex)
{
    // Golden angle (≈137.5°) spreading, starting at a blue.
    return int(std::fmod(210.0 + articleIndex * 137.508, 360.0));
}
} // namespace

QColor ArticleColors::band(int articleIndex, bool dark)
{
    if (articleIndex < 0)
        return dark ? QColor(120, 120, 120) : QColor(150, 150, 150);
    return QColor::fromHsv(hueOf(articleIndex), dark ? 150 : 190, dark ? 220 : 200);
}

QColor ArticleColors::tint(int articleIndex, bool dark)
{
    if (articleIndex < 0)
        return dark ? QColor(60, 60, 60) : QColor(236, 236, 236);
    return QColor::fromHsv(hueOf(articleIndex), dark ? 120 : 28, dark ? 70 : 252);
}

QColor ArticleColors::selectedTint(int articleIndex, bool dark)
{
    if (articleIndex < 0)
        return dark ? QColor(85, 85, 85) : QColor(215, 215, 215);
    return QColor::fromHsv(hueOf(articleIndex), dark ? 160 : 75, dark ? 105 : 248);
}

} // namespace galley
