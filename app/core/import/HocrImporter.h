// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HocrImporter: an hOCR file (HTML or XHTML with hOCR classes; hOCR 1.1 spec, kba's samples in
// ../shared/formats/hocr) → one Page per ocr_page, with blocks and lines carrying boxes.
//  - Read with a small tolerant tag scanner, not an XML parser: legacy hOCR is HTML (unclosed tags,
//    `<!DOCTYPE html>`), so a missing end tag closes at its parent's end instead of failing.
//  - Blocks: ocr_par; where there is none, ocr_carea / ocrx_block; lines outside both form one block per
//    run. Lines: ocr_line, ocrx_line, ocr_textfloat, ocr_header, ocr_caption. Words: ocrx_word (their
//    text includes inner <em>/<strong>), joined by one space; a line without words gives its own text.
//  - Boxes: the title's `bbox x0 y0 x1 y1` in image pixels (GeometryUnit::Pixel); properties separated
//    by ';' or, as kraken writes, ','; ' or " quotes. Font size: a line's or word's `x_fsize` (points).
//  - Page::pageSize(): the ocr_page bbox; Page::imageName(): its `image` property.
// Errors: "FILE: no ocr_page / no text …"; hOCR never fails on HTML syntax (the scanner is tolerant),
// but a file over ImportOptions::maxBytes is refused before reading.
#include "ImportOptions.h"
#include "ImportResult.h"

namespace galley {

class HocrImporter {
public:
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
    /// One property of an hOCR title ("bbox 10 20 30 40; x_wconf 93"): its value ("10 20 30 40"), or empty.
    static QString titleProperty(QStringView title, QStringView property);
};

} // namespace galley
