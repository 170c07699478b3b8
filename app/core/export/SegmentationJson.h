// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SegmentationJson: the JSON that `galley segment --format json` prints (schema: docs/segment-json.md).
// Offsets in it are Unicode code points of the page text, end exclusive. Written by SegmentJsonWriter
// (Schema::Segment) from ExportContent::editorPage: the texts the editor sees (ArticleRenderer).
#include "model/ReviewDocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace galley {

class SegmentationJson {
public:
    /// One page as UTF-8 JSON text: {"source", "page", "encoding", "sha256", "articles": [...],
    /// "furniture": [...], "warnings"?}, indented by two spaces (plus baseIndent levels).
    static QByteArray toJson(const ReviewDocument &document, int baseIndent = 0);
    /// The same page as a QJsonObject (parsed from toJson(), so both always agree); for tests and
    /// callers that need to look values up — nothing in the program re-parses its own output.
    static QJsonObject page(const ReviewDocument &document);
};

} // namespace galley
