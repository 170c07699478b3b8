#pragma once
// SegmentationJson: the JSON that `galley segment --format json` prints (schema: docs/segment-json.md).
// Offsets in it are Unicode code points of the page text, end exclusive.
#include "model/ReviewDocument.h"

#include <QJsonObject>

namespace galley {

class SegmentationJson {
public:
    /// One page: {"source", "page", "encoding", "sha256", "articles": [...], "furniture": [...]}.
    static QJsonObject page(const ReviewDocument &document);
};

} // namespace galley
