// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RichTextDocument: the QTextDocument that the ODT and PDF writers lay out — HtmlWriter's
// QtRichText flavour with a default font able to show Chinese (Noto Sans CJK SC/TC from
// fonts-noto-cjk, Noto Sans / DejaVu Sans for Latin), and the document title set.
// Needs a QGuiApplication (fonts); usable from worker threads.
#include "ExportArticle.h"

#include <QTextDocument>

#include <memory>

namespace galley {

class RichTextDocument {
public:
    static std::unique_ptr<QTextDocument> build(const ExportPage &page);
    /// Font families tried in order for the page's language.
    static QStringList fontFamilies(const QString &language);
};

} // namespace galley
