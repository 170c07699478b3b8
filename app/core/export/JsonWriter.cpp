// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "SegmentJsonWriter.h"

#include <QJsonDocument>

namespace galley {

QByteArray JsonWriter::write(const ExportPage &page, bool withFurniture)
{
    if (withFurniture)
        return SegmentJsonWriter::write(page, SegmentJsonWriter::Schema::Export) + '\n';
    ExportPage without = page;
    without.furniture.clear();
    return SegmentJsonWriter::write(without, SegmentJsonWriter::Schema::Export) + '\n';
}

QJsonObject JsonWriter::object(const ExportPage &page, bool withFurniture)
{
    return QJsonDocument::fromJson(write(page, withFurniture)).object();
}

} // namespace galley
