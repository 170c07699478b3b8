// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SegmentJsonWriter: the one writer of the segment JSON (schema and key order: docs/segment-json.md),
// used by `galley segment --format json` (SegmentationJson) and the JSON export (JsonWriter) alike.
// It writes an ExportPage (ExportContent) with JsonTextWriter, so keys are always in schema order.
//  - Schema::Segment: the page as segmented and corrected; body pieces carry "continues_paragraph"
//    and no "text" (their text is in the article's "paragraphs").
//  - Schema::Export: the same with the export's texts — every piece carries its "text", articles a
//    "dateline", the page its "language" and the options the texts were prepared with:
//    "export": {"format_version": 1, "wrap_repair", "chinese_punctuation", "conversion", "nfc"}.
// Both: an issue (several printed pages) lists them in "printed_pages" and every piece says its
// "page"; reasons and flag reasons are written as text (reasonDisplay), never as stored ids.
// Offsets are code points; boxes [x0, y0, x1, y1] in the page's units, two decimals.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class SegmentJsonWriter {
public:
    enum class Schema { Segment, Export };
    /// UTF-8 JSON text of one page object, indented by two spaces (plus baseIndent levels), no
    /// final line break.
    static QByteArray write(const ExportPage &page, Schema schema, int baseIndent = 0);
};

} // namespace galley
