// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// XmlSupport: small helpers the XML importers (ALTO, PAGE, METS) share.
// QXmlStreamReader never loads external entities or DTDs, and limits entity expansion; input size is
// bounded by ImportOptions::maxBytes before parsing.
#include <QRectF>
#include <QString>
#include <QXmlStreamReader>

namespace galley::xml {

/// "FILE: line L, column C: MESSAGE" at the reader's position.
QString errorAt(const QString &name, const QXmlStreamReader &reader, const QString &message);
/// The reader's own error, as errorAt() words it ("not well-formed XML: …").
QString readerError(const QString &name, const QXmlStreamReader &reader);
/// A number attribute (locale-independent, "1.5e2" allowed); fallback if absent or not a number.
double number(const QXmlStreamAttributes &attributes, const char *name, double fallback = 0, bool *ok = nullptr);
/// ALTO's HPOS/VPOS/WIDTH/HEIGHT as a box; null if any is missing.
QRectF altoBox(const QXmlStreamAttributes &attributes);
/// PAGE / hOCR points "x1,y1 x2,y2 …" → their bounding box; null if none parse.
QRectF pointsBox(QStringView points);
/// The text of the current element and all its descendants (reads to its end element).
QString elementText(QXmlStreamReader &reader);

} // namespace galley::xml
