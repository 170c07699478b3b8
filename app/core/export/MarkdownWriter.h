// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MarkdownWriter: CommonMark 0.30. Kicker in emphasis above an ATX "#" headline, subheadline as
// "##", byline in strong emphasis, paragraphs; tables as GitHub Flavored Markdown pipe tables (first
// row as header) under their title in strong emphasis; notes as block quotes; caption and credit in
// emphasis. Characters that Markdown would read as markup are backslash-escaped.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class MarkdownWriter {
public:
    static QByteArray write(const ExportPage &page);
    /// Escapes text for a Markdown paragraph (inline markup and block starts).
    static QString escape(const QString &text);
};

} // namespace galley
