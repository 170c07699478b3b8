// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HtmlWriter: an HTML5 document (WHATWG HTML Living Standard), UTF-8, with semantic elements:
// one <article> per article, <header> holding kicker (p.kicker), <h1> headline, <h2> subheadline and
// byline (p.byline); <p> per paragraph; a table as <figure><figcaption>title</figcaption><table>;
// caption and credit as <figure class="photo"><figcaption>; notes as <aside class="note">.
// The output is also well-formed XML (polyglot markup), so XML tools can read it.
// Flavour::QtRichText writes the same content in the subset QTextDocument reads (no figure/article,
// a page break before each article), which the ODT and PDF writers lay out.
#include "ExportArticle.h"

#include <QByteArray>

namespace galley {

class HtmlWriter {
public:
    enum class Flavour { Html5, QtRichText };
    static QByteArray write(const ExportPage &page, Flavour flavour = Flavour::Html5);
    /// Title of a document holding these articles: the headline of a single article; for a single
    /// article without one "<source file name> p. N, article K" (K: ExportArticle::number); else
    /// "<source file name> p. N". An article without a headline gets no <h1> (write()).
    static QString documentTitle(const ExportPage &page);
};

} // namespace galley
