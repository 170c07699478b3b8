// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageXmlWriter: PAGE XML 2019-07-15 (http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15,
// schema pagecontent.xsd of that version) of a page with the editor's corrections and articles.
//
// Geometry, by source:
//  - PAGE (2013-07-15 or 2019-07-15, any prefix): the source is read again and rewritten: every region
//    (text and non-text, nested too), TextLine and Word keeps its id and its Coords points exactly
//    (PAGE 2010 Point children become points), TextLines their Baseline; Border and PrintSpace are
//    kept. Not copied: AlternativeImage, TextStyle, Glyphs (their text would be stale), TextEquiv
//    alternatives, UserDefined, Labels, Roles, Relations, Layers, other attributes than id/type/custom.
//  - ALTO, hOCR, PDF: a TextRegion per block (Coords = its box, id = the source's block id when it is a
//    free XML name, else "r<N>"), a TextLine per line (its box, id "<region>_l<N>"), a Word per word
//    ("<line>_w<N>"): for an ALTO source the box of its String, else synthetic (the line box cut at
//    character positions, as AltoLayoutWriter does). The
//    numbers are the source's own, rounded to whole units: pixels for hOCR and pixel ALTO, and for
//    other units pixels of a page image at 72 dpi (PDF points), 254 dpi (ALTO mm10) or 1200 dpi
//    (ALTO inch1200). imageFilename: the image the source names, else the source file's name.
//  - Plain text (no geometry): refused ("… no boxes …"); PAGE has no place for text without Coords.
// Text: every TextLine's TextEquiv/Unicode is its corrected text (white space collapsed); a region's
// TextEquiv its lines joined by '\n'. Words: when a line's Words are exactly its words (same count, same
// texts), each gets its corrected text and is placed by WordCorrections' rule (split → new Words
// "<id>_2" … with the Word's bounding box cut in proportion; merged → removed, box joined to the word
// before); otherwise Words keep their text and only the line's TextEquiv changes.
// Articles: a ReadingOrder with one OrderedGroup ("galley-reading-order") holding, per article, an
// OrderedGroupIndexed type="article" custom="structure {type:article;}" caption = headline, with a
// RegionRefIndexed per region holding its pieces (in piece order; every region a piece touches — a
// piece may run over adjacent blocks; a region holding lines of two articles is in both groups), then
// the other text regions in document order. Every TextLine of an article carries
// custom="structure {id:aN; type:article; index:K;}" (N = 1, 2 … in article order; K = 0, 1 … the
// line's place in its article's reading order: the article's pieces in piece order, each piece's lines
// in page order), the tag PageXmlImporter (and, without index, Transkribus / NewsEye) read: the index
// keeps an order of pieces that differs from the order of their lines. Any other custom parts are
// kept as they were (Transkribus' "readingOrder {index:N;}" is the line's place in its region, not in
// the article, and stays the source's), old structure tags dropped. Region type from the role of the
// piece holding most of its text:
//   headline, subheadline, kicker, table-title → heading; byline, credit → credit; caption → caption;
//   furniture → page-number (digits only), else header (upper half of the page) or footer;
//   everything else → paragraph.
// Metadata: Creator "Galley", Created = the PAGE source's (else LastChange), LastChange = the time of
// the export (UTC, seconds): the one value that differs between two runs.
// All text through XmlText (well-formed for any input).
// Errors (false and error, "FILE: …"): no geometry; a PAGE source that no longer gives the same text or
// is not well-formed. (A PAGE source that can no longer be read is written from the model, as above.)
#include "model/ReviewDocument.h"

#include <QByteArray>
#include <QString>

namespace galley {

class PageXmlWriter {
public:
    static bool write(const ReviewDocument &document, QByteArray &out, QString &error);
    /// The PAGE 2019 TextRegion type for a role (furniture: "header"; see above for page-number/footer).
    static QString regionType(Role role);
};

} // namespace galley
