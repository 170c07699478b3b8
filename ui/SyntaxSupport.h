// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SyntaxSupport: the one KSyntaxHighlighting::Repository of the application, Galley's own syntax
// definition "Galley OCR Page" (resources/syntax/ocr-page.xml, compiled into the Qt resources under
// :/org.kde.syntax-highlighting/syntax-addons where KSyntaxHighlighting looks for add-ons) and the
// colour theme that fits a palette (light or dark, from KSyntaxHighlighting's theme repository).
// GUI thread only. The repository is created on first use and lives until the application ends.
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace galley {

class SyntaxSupport {
public:
    /// Name of Galley's definition as written in ocr-page.xml.
    static QString definitionName();
    static KSyntaxHighlighting::Repository &repository();
    /// Galley's OCR page definition; invalid only if the resource is missing (a build error).
    static KSyntaxHighlighting::Definition pageDefinition();
    /// The repository's light or dark theme, chosen from the palette's base colour.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    /// Whether palette is a dark one (window text lighter than the base).
    static bool isDark(const QPalette &palette);
};

} // namespace galley
