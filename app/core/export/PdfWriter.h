#pragma once
// PdfWriter: PDF 1.4 laid out by QTextDocument on a QPdfWriter (A4, 20 mm margins, 300 dpi), each
// article from a new page, with the fonts of RichTextDocument embedded (subset) so that Chinese text
// shows and can be extracted (pdftotext) anywhere. Title and creator are set in the PDF metadata.
// The ToUnicode maps are corrected so that extracted text holds ideographs, not the look-alike CJK
// radicals (U+2E80–U+2FDF) that share their glyphs in the font.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class PdfWriter {
public:
    static QByteArray write(const ExportPage &page, QString *error = nullptr);
};

} // namespace galley
