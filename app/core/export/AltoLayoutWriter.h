// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AltoLayoutWriter: ALTO 4.4 of a laid-out page that did not come from ALTO (PAGE, hOCR, PDF), made
// from its blocks and lines (AltoWriter calls it; AltoWriter.h has the ALTO source case).
//  - MeasurementUnit: the page's unit as it is — "pixel" for PAGE and hOCR; PDF points are written as
//    "pixel", i.e. pixels of a page image at 72 dpi (ALTO has no point unit); numbers never converted.
//  - Page ID "P1" (WIDTH/HEIGHT the page size, else the extent of the blocks), a PrintSpace of the same
//    size; a TextBlock per block (ID: the source's block id when it is a free XML name, else "TB<N>"),
//    a TextLine per line ("<block>_L<N>"), a String per word ("<line>_S<N>") with SP between.
//  - Word boxes are synthetic: the line box cut at character positions (a word from character a to b
//    of an n-character line spans a/n to b/n of the line's width, full line height); then corrected
//    words are placed by WordCorrections' rule on those boxes.
//  - Font: the line's font size where known, as TextStyles "TS<size>" (FONTSIZE in points) referenced
//    by the TextLine; bold as FONTSTYLE="bold".
// geometry: the page giving blocks and lines; its text must be the document's page text.
#include "MetsWriter.h"
#include "model/ReviewDocument.h"

#include <QByteArray>

namespace galley {

class AltoLayoutWriter {
public:
    /// articles (optional) receives the articles as ranges of the IDs written, for MetsWriter.
    static void write(const ReviewDocument &document, const Page &geometry, QByteArray &out, QList<MetsWriter::Article> *articles);
};

} // namespace galley
