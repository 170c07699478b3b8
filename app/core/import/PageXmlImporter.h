// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageXmlImporter: a PAGE XML file (PRImA PcGts, 2013-07-15 and 2019-07-15 schemas; any namespace
// prefix; elements matched by local name) → one Page per <Page>, with blocks and lines carrying boxes.
//  - TextRegion (nested ones too) → Block with the bounding box of its Coords points (or, PAGE 2010,
//    its Point children) and its id; TextLine → line; text from the line's own TextEquiv/Unicode (the
//    first TextEquiv), else its Words' texts joined by one space; a region without lines but with text
//    gives one line. Glyph texts are not read.
//  - Order: ReadingOrder's RegionRef / RegionRefIndexed, in document order of the refs (groups
//    flattened); regions it does not name follow in document order.
//  - Units: image pixels (GeometryUnit::Pixel). Page::pageSize(): imageWidth × imageHeight;
//    Page::imageName(): imageFilename. Font: TextStyle fontSize (points) and bold of the line or region.
//  - Article tags (Transkribus / NewsEye): TextLine (else TextRegion) custom="structure {id:a1;
//    type:article;}". When on every page at least half the lines carry one, ImportResult::segmentations holds them as the articles
//    (consecutive lines of one article in one region are a piece; heading regions give headlines;
//    untagged lines are furniture), opened without the engine. An article's pieces are in page order,
//    or, when the tag of every piece's first line has an "index:K;" (PageXmlWriter: the line's place
//    in its article's reading order, 0, 1 …), in the order of those indices; lines whose indices do not
//    follow each other are separate pieces. ("readingOrder {index:N;}", a line's place in its region in
//    Transkribus files, is not read: lines are in document order.)
// Errors "FILE: line L, column C: …" for XML that is not well-formed; "FILE: no text …" when no
// TextLine/TextRegion has text (e.g. ground truth with empty Unicode).
#include "ImportOptions.h"
#include "ImportResult.h"

namespace galley {

class PageXmlImporter {
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
};

} // namespace galley
