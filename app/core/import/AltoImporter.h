// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AltoImporter: an ALTO file → one Page per <Page> element, with blocks and lines carrying boxes.
// Versions: ALTO 1.x in the CCS namespace (http://schema.ccs-gmbh.com/ALTO) or in no namespace
// (docWORKS), ALTO 2, 3 and 4 (http://www.loc.gov/standards/alto/ns-v2#, -v3#, -v4#): elements are
// matched by local name, so all read alike. Source: the ALTO schemas (altoxml/schema) and the samples
// in ../shared/formats/alto.
//  - Units: Description/MeasurementUnit "pixel", "mm10" or "inch1200", kept as they are
//    (GeometryUnit::Pixel/Mm10/Inch1200); missing or unknown: pixel, with a warning.
//  - TextBlock (also inside ComposedBlock) → Block with its HPOS/VPOS/WIDTH/HEIGHT box and ID;
//    TextLine → line; String CONTENT words joined by one space.
//  - Hyphenation: a String with SUBS_TYPE="HypPart1" and SUBS_CONTENT gives the whole word
//    (SUBS_CONTENT) once, at the first part; the HYP after it and the HypPart2 String are dropped.
//    Without SUBS_CONTENT, the parts and the HYP's CONTENT are kept as printed ("Har-" / "bor").
//  - Font: TextStyle FONTSIZE (points) and FONTSTYLE bold, via STYLEREFS of the String (first
//    String of the line), else of the TextLine, else of the TextBlock; String STYLE="bold".
//  - Page::pageSize(): the Page WIDTH/HEIGHT; Page::imageName(): sourceImageInformation/fileName.
// Errors "FILE: line L, column C: …" for XML that is not well-formed; "FILE: no text …" when no
// String has content.
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QHash>
#include <QList>

namespace galley {

class AltoImporter {
public:
    /// ids, if given, receives per page the span of the page text each ALTO ID covers (TextBlock,
    /// ComposedBlock, TextLine and String IDs; the HypPart2 String of a joined word covers the whole
    /// word), for METS areas to resolve against. A String without ID is keyed "#S<n>", n its 0-based
    /// position among the file's String elements (inside a TextLine of a Page), for AltoWriter.
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {},
                                    QList<QHash<QString, TextSpan>> *ids = nullptr);
};

} // namespace galley
