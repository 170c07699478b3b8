// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PdfWriter: PDF 1.4 laid out by QTextDocument on a QPdfWriter (A4, 20 mm margins, 300 dpi), each
// article from a new page, with the fonts of RichTextDocument embedded (subset) so that Chinese text
// shows and can be extracted (pdftotext) anywhere. Title and creator are set in the PDF metadata.
// Text is laid out without OpenType ligatures (QFont::PreferNoShaping, except for scripts that need
// shaping), so every character is its own glyph and extracted text holds what was written: "——" stays
// two em dashes (Noto CJK's ligature glyph is U+2E3A's), "office" keeps its f and i. The ToUnicode maps
// are corrected so that extracted text holds ideographs, not the look-alike CJK radicals
// (U+2E80–U+2FDF) that share their glyphs in the font, unless the text holds the radical itself.
// tst_pdftext reads the text back with poppler-qt6. With SOURCE_DATE_EPOCH set the creation date is
// that time, so the output is the same on every run (tools/golden/regenerate.sh).
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class PdfWriter {
public:
    static QByteArray write(const ExportPage &page, QString *error = nullptr);
};

} // namespace galley
