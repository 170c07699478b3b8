// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportContent: builds the ExportPage of a ReviewDocument with a set of TextOptions — the corrected
// text of every article as ArticleRenderer puts it together, normalised by TextNormalizer, and every
// piece as the segment JSON lists it. With wrap repair off, uncorrected pieces keep their raw page
// text (line breaks included) and continued paragraphs are joined by a line break.
// Conversion errors (OpenCC missing) are collected in *errors, one message each; the text is kept.
// Characters no export format can carry (XmlText: NUL and other C0 controls but TAB/LF/CR, unpaired
// surrogates, U+FFFE/FFFF) become U+FFFD in every text, with one message in *errors saying so.
#include "ExportArticle.h"
#include "TextOptions.h"
#include "model/ReviewDocument.h"

namespace galley {

class ExportContent {
public:
    static ExportPage build(const ReviewDocument &document, const TextOptions &options, QStringList *errors = nullptr);
    /// The page with the editor's texts (ArticleRenderer::render(document, a): corrections, wrap
    /// repair, nothing normalised or cleaned) — what `galley segment` prints.
    static ExportPage editorPage(const ReviewDocument &document);
    /// The text of one piece as exported (correction, else repaired or raw text; then normalised).
    static QString pieceText(const ReviewDocument &document, int pieceId, const TextOptions &options, QString *error = nullptr);
    /// Splits a dateline off the start of a paragraph: returns its length in UTF-16 units (0 if none).
    /// Recognised: 本报讯 / 本报<place>电 / 新华社<place><date>电 / <agency>讯, each with an optional
    /// bracketed reporter part ("(记者 吕会生)"); an upper-case place with optional agency and a dash
    /// ("WASHINGTON (AP) —", "SALT LAKE CITY, Sept. 16 —").
    static qsizetype datelineLength(const QString &paragraph);
};

} // namespace galley
