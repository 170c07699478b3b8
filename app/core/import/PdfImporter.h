// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PdfImporter: a PDF file → one Page per PDF page, with blocks and lines that carry boxes.
// Words and their boxes come from poppler-qt6 (Poppler::Page::textList(), boxes in PDF points,
// origin top-left, y down); WordLayout groups them into lines and blocks and orders the blocks.
// Units: GeometryUnit::PdfPoint. Line font size: the line box height in points (poppler-qt6 gives no
// font per word), an estimate. Page::pageSize(): poppler's page size in points.
// Errors (ImportResult::error, "FILE: …"): not a PDF / damaged, encrypted without password, no text
// on any page (a scan without a text layer). A page without text is kept as a page with a warning
// only when other pages have text; Page::encoding() is "PDF".
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace galley {

class PdfImporter {
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
};

} // namespace galley
