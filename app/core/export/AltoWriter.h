#pragma once
// AltoWriter: ALTO 4.4 (http://www.loc.gov/standards/alto/ns-v4#, schema alto-4-4.xsd) of a page
// imported from ALTO (directly or through METS), with the editor's corrections, keeping every original
// coordinate: the source file is read again and rewritten element by element, so every TextBlock,
// TextLine, String, SP and HYP keeps its ID, HPOS, VPOS, WIDTH and HEIGHT; only CONTENT (and
// SUBS_CONTENT of hyphenated words) changes where the editor corrected a piece.
//  - A corrected piece's words are matched to the Strings it covers: equal leading and trailing words
//    pair up; the differing middle pairs one to one, the last String taking any extra words and Strings
//    left over getting empty CONTENT. Strings outside corrected pieces keep their CONTENT.
//  - Copied: MeasurementUnit, sourceImageInformation/fileName, TextStyles (ID, FONTFAMILY, FONTSIZE,
//    FONTSTYLE), Page (ID, PHYSICAL_IMG_NR, PRINTED_IMG_NR, WIDTH, HEIGHT), margins and PrintSpace,
//    ComposedBlock, TextBlock, TextLine, String (+ SUBS_TYPE, SUBS_CONTENT, WC, STYLEREFS naming a
//    TextStyle), SP, HYP, Illustration and GraphicalElement boxes. Not copied: OCRProcessing, Tags,
//    Shape/Polygon outlines, ALTO 4 ReadingOrder, CC confidences. Only the page the document holds.
// Errors (false and error, "FILE: …"): the page was not imported from ALTO, the source file is gone,
// unreadable or no longer gives the same text.
#include "model/ReviewDocument.h"

#include <QByteArray>
#include <QString>

namespace galley {

class AltoWriter {
public:
    static bool write(const ReviewDocument &document, QByteArray &out, QString &error);
    /// The alignment used for corrections: for each original word (span into text) its new content.
    static QStringList alignWords(const QStringList &original, const QStringList &corrected);
};

} // namespace galley
