// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Geometry: where a block or line of a page was printed, as the source file gives it.
// Boxes are QRectF in the page's GeometryUnit (Page::geometryUnit()), origin top-left, y down,
// x0 = left(), y0 = top(), x1 = right(), y1 = bottom(). A null QRectF means "no box known"
// (text-only input never has one).
#include "TextSpan.h"

#include <QRectF>
#include <QString>

namespace galley {

/// The unit of every box on one page: the file's own unit, never converted.
enum class GeometryUnit {
    None,      ///< no geometry (plain text input)
    PdfPoint,  ///< PDF points, 1/72 inch (PDF input)
    Pixel,     ///< image pixels (hOCR, PAGE, ALTO MeasurementUnit "pixel")
    Mm10,      ///< 1/10 mm (ALTO MeasurementUnit "mm10")
    Inch1200,  ///< 1/1200 inch (ALTO MeasurementUnit "inch1200")
};

/// The name used in `galley segment` JSON and docs: "", "pt", "pixel", "mm10", "inch1200".
inline QString geometryUnitName(GeometryUnit unit)
{
    switch (unit) {
    case GeometryUnit::None: return QString();
    case GeometryUnit::PdfPoint: return QStringLiteral("pt");
    case GeometryUnit::Pixel: return QStringLiteral("pixel");
    case GeometryUnit::Mm10: return QStringLiteral("mm10");
    case GeometryUnit::Inch1200: return QStringLiteral("inch1200");
    }
    return QString();
}

/// One printed line of a block: its span of the page text and its box.
struct LineGeometry {
    TextSpan span;          ///< UTF-16 units of Page::text(), the line's text without its line end
    QRectF box;             ///< page units; null when the source gives none
    double fontSize = 0;    ///< in points where the source says (ALTO FONTSIZE), else the PDF box height
                            ///< in points (an estimate); 0 = unknown
    bool bold = false;      ///< where the source says (ALTO FONTSTYLE / STYLE), else false

    friend bool operator==(const LineGeometry &, const LineGeometry &) = default;
};

} // namespace galley
