// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntaxSupport.h"

#include "UiResources.h"

#include <QPalette>

namespace galley {

QString SyntaxSupport::definitionName()
{
    return QStringLiteral("Galley OCR Page");
}

KSyntaxHighlighting::Repository &SyntaxSupport::repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        ensureUiResources();
        return new KSyntaxHighlighting::Repository;
    }();
    return *repo;
}

KSyntaxHighlighting::Definition SyntaxSupport::pageDefinition()
{
    return repository().definitionForName(definitionName());
}

bool SyntaxSupport::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

KSyntaxHighlighting::Theme SyntaxSupport::themeFor(const QPalette &palette)
{
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace galley
