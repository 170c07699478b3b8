// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JsonWriter: the segment JSON of `galley segment` (docs/segment-json.md) — same keys, offsets in
// code points — with the export's texts (headline, kicker, subheadline, byline, paragraphs and every
// block's "text" after the TextOptions), plus per article "dateline", and at top level
// "export": {"format_version": 1, "wrap_repair", "chinese_punctuation", "conversion", "nfc"}.
// A per-article file holds the page object with just that article (and no furniture).
// Written by SegmentJsonWriter (Schema::Export): keys in the segment schema's order.
#include "ExportArticle.h"

#include <QByteArray>
#include <QJsonObject>

namespace galley {

class JsonWriter {
public:
    /// The JSON text, UTF-8, ending in a line break.
    static QByteArray write(const ExportPage &page, bool withFurniture = true);
    /// write() parsed back, for callers that look values up (tests).
    static QJsonObject object(const ExportPage &page, bool withFurniture = true);
};

} // namespace galley
