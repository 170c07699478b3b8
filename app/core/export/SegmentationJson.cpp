// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentationJson.h"

#include "ExportContent.h"
#include "SegmentJsonWriter.h"

#include <QJsonDocument>

namespace galley {

QByteArray SegmentationJson::toJson(const ReviewDocument &doc, int baseIndent)
{
    return SegmentJsonWriter::write(ExportContent::editorPage(doc), SegmentJsonWriter::Schema::Segment, baseIndent);
}

QJsonObject SegmentationJson::page(const ReviewDocument &doc)
{
    return QJsonDocument::fromJson(toJson(doc)).object();
}

} // namespace galley
