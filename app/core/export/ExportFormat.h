// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportFormat: the file formats `galley export` and the Export dialog write.
//   text      plain UTF-8 text
//   markdown  CommonMark (tables as GitHub-style pipe tables)
//   html      HTML5 with semantic elements (article, header, h1, p, figure, figcaption, table)
//   json      the segment JSON (docs/segment-json.md) with export texts, see docs/export.md
//   nitf      NITF 3.6 XML (IPTC News Industry Text Format)
//   odt       OpenDocument Text (QTextDocumentWriter "odf")
//   pdf       PDF (QPdfWriter; CJK fonts embedded)
//   alto      ALTO 4.4 XML of the page with a METS file beside it (AltoWriter, MetsWriter)
//   page      PAGE XML 2019-07-15 of the page (PageXmlWriter)
// alto and page keep the source's coordinates, so they are made from the document, not from its
// exported texts, and always give one file per page (isPageOnly).
#include <QList>
#include <QString>
#include <optional>

namespace galley {

enum class ExportFormat { PlainText, Markdown, Html, Json, Nitf, Odt, Pdf, Alto, PageXml };

class ExportFormats {
public:
    static const QList<ExportFormat> &all();
    /// Command-line name: "text", "markdown", "html", "json", "nitf", "odt", "pdf", "alto", "page".
    static QString name(ExportFormat format);
    /// Also accepts the usual aliases: txt, md, htm, xml (NITF).
    static std::optional<ExportFormat> fromName(QStringView name);
    /// File name extension without dot: "txt", "md", "html", "json", "xml", "odt", "pdf", "alto.xml", "page.xml".
    static QString extension(ExportFormat format);
    static QString displayName(ExportFormat format);
    /// Formats whose output is UTF-8 text (can be previewed as text).
    static bool isText(ExportFormat format);
    /// KSyntaxHighlighting definition name for a preview ("Markdown", "HTML", "JSON", "XML"), or empty.
    static QString syntaxDefinition(ExportFormat format);
    /// Formats written from the whole document with its geometry, one file per page (alto, page).
    static bool isPageOnly(ExportFormat format);
};

} // namespace galley
