// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AltoWriter: ALTO 4.4 (http://www.loc.gov/standards/alto/ns-v4#, schema alto-4-4.xsd) of a page
// imported from ALTO (directly or through METS), with the editor's corrections, keeping every original
// coordinate: the source file is read again and rewritten element by element, so every TextBlock,
// TextLine, String, SP and HYP keeps its ID, HPOS, VPOS, WIDTH and HEIGHT; only CONTENT (and
// SUBS_CONTENT of hyphenated words) changes where the editor corrected a piece.
//  - A corrected piece's words are matched to the Strings it covers and placed by the rule of
//    WordCorrections (one for ALTO and PAGE): a changed word keeps its String and box; a String that
//    received several words becomes one String per word (the first keeps the ID, the others get
//    "ID_2", "ID_3" …, SP between them), its box cut left to right in proportion to the words'
//    lengths; a String left without a word is removed with the SP after it, its box joining the
//    String before it on the line (else after it). Strings outside corrected pieces keep their CONTENT.
//    Strings without an ID are found by their position (AltoImporter keys them "#S<n>") and get an
//    ID ("S_G<n>") so that the METS can name them.
//  - Copied: MeasurementUnit, sourceImageInformation/fileName, TextStyles (ID, FONTFAMILY, FONTSIZE,
//    FONTSTYLE), Page (ID, PHYSICAL_IMG_NR, PRINTED_IMG_NR, WIDTH, HEIGHT), margins and PrintSpace,
//    ComposedBlock, TextBlock, TextLine, String (+ SUBS_TYPE, SUBS_CONTENT, WC, STYLEREFS naming a
//    TextStyle), SP, HYP, Illustration and GraphicalElement boxes. Not copied: OCRProcessing, Tags,
//    Shape/Polygon outlines, ALTO 4 ReadingOrder, CC confidences. Only the page the document holds.
// A page from another laid-out source (PAGE, hOCR, PDF) is written from its blocks and lines by
// AltoLayoutWriter (synthetic word boxes; see there).
// Errors (false and error, "FILE: …"): plain text (no boxes); the source file is gone or unreadable; an
// ALTO source no longer gives the same text.
// The articles for the METS file beside it (MetsWriter): each piece as the TextBlock ID it covers
// whole, else its first and last String ID, IDs as written (a TextBlock whose ID had to be replaced is
// addressed by its Strings).
#include "MetsWriter.h"
#include "model/ReviewDocument.h"

#include <QByteArray>
#include <QString>

namespace galley {

class AltoWriter {
public:
    /// articles (optional) receives the document's articles as ALTO ID ranges of out, for MetsWriter.
    static bool write(const ReviewDocument &document, QByteArray &out, QString &error,
                      QList<MetsWriter::Article> *articles = nullptr);
    /// The alignment used for corrections: for each original word its new content. Equal leading and
    /// trailing words pair up, then the equal words of a longest common subsequence; each differing
    /// run between them pairs one to one, its last original word taking any extra corrected words,
    /// original words left over getting "" (merged or deleted); corrected words inserted where the
    /// run has no original word join the word before (else the first word), after a space.
    static QStringList alignWords(const QStringList &original, const QStringList &corrected);
};

} // namespace galley
