// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportWriter.h"

#include "HtmlWriter.h"
#include "JsonWriter.h"
#include "MarkdownWriter.h"
#include "NitfWriter.h"
#include "OdtWriter.h"
#include "PdfWriter.h"
#include "PlainTextWriter.h"

namespace galley {

QByteArray ExportWriter::render(ExportFormat format, const ExportPage &page, QString *error)
{
    switch (format) {
    case ExportFormat::PlainText: return PlainTextWriter::write(page);
    case ExportFormat::Markdown: return MarkdownWriter::write(page);
    case ExportFormat::Html: return HtmlWriter::write(page);
    case ExportFormat::Json: return JsonWriter::write(page);
    case ExportFormat::Nitf: return NitfWriter::write(page);
    case ExportFormat::Odt: return OdtWriter::write(page, error);
    case ExportFormat::Pdf: return PdfWriter::write(page, error);
    case ExportFormat::Alto:
    case ExportFormat::PageXml:
        if (error)
            *error = QStringLiteral("%1 is written from the document (BatchExporter), not from exported texts").arg(ExportFormats::name(format));
        return QByteArray();
    }
    return QByteArray();
}

ExportPage ExportWriter::singleArticle(const ExportPage &page, qsizetype index)
{
    ExportPage one = page;
    one.articles = {page.articles.at(index)};
    one.furniture.clear();
    return one;
}

} // namespace galley
