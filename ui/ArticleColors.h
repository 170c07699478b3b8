// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleColors: the colour band of each article on the raw page, in the gutter and in the tree.
// Hues are spread by the golden angle so neighbouring articles differ; tints are lighter on a
// light palette and darker on a dark one so the text stays readable.
#include <QColor>

class QPalette;

namespace galley {

class ArticleColors {
public:
    /// Saturated band colour of the article at index (0-based page order); grey for index < 0 (furniture).
    static QColor band(int articleIndex, bool dark);
    /// Background tint behind the article's pieces.
    static QColor tint(int articleIndex, bool dark);
    /// Stronger tint for the piece that is selected.
    static QColor selectedTint(int articleIndex, bool dark);
};

} // namespace galley
