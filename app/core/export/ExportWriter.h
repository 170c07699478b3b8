// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportWriter: renders an ExportPage (all its articles, or one) in an ExportFormat by calling the
// writer of that format (PlainTextWriter, MarkdownWriter, HtmlWriter, JsonWriter, NitfWriter,
// OdtWriter, PdfWriter). Returns the file's bytes; empty bytes and *error on failure.
// ODT and PDF need a QGuiApplication (fonts); the others need only QCoreApplication.
#include "ExportArticle.h"
#include "ExportFormat.h"

#include <QByteArray>

namespace galley {

class ExportWriter {
public:
    static QByteArray render(ExportFormat format, const ExportPage &page, QString *error = nullptr);
    /// page with only article index (0-based) in it.
    static ExportPage singleArticle(const ExportPage &page, qsizetype index);
};

} // namespace galley
