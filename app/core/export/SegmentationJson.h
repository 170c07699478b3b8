#pragma once
// SegmentationJson: the JSON that `galley segment --format json` prints (schema: docs/segment-json.md).
// Offsets in it are Unicode code points of the page text, end exclusive.
#include "model/ReviewDocument.h"

#include <QByteArray>
#include <QJsonObject>

namespace galley {

class SegmentationJson {
public:
    /// One page as UTF-8 JSON text: {"source", "page", "encoding", "sha256", "articles": [...],
    /// "furniture": [...], "warnings"?}, indented by two spaces (plus baseIndent levels).
    static QByteArray toJson(const ReviewDocument &document, int baseIndent = 0);
    /// The same page as a QJsonObject (parsed from toJson(), so both always agree).
    static QJsonObject page(const ReviewDocument &document);
};

} // namespace galley
