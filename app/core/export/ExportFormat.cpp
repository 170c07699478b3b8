// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include <QCoreApplication>

namespace galley {

namespace {
struct Entry {
    ExportFormat format;
    const char *name;
    const char *extension;
    const char *display;
    const char *syntax;
};
constexpr Entry kFormats[] = {
    {ExportFormat::PlainText, "text", "txt", QT_TRANSLATE_NOOP("ExportFormats", "Plain text"), ""},
    {ExportFormat::Markdown, "markdown", "md", QT_TRANSLATE_NOOP("ExportFormats", "Markdown"), "Markdown"},
    {ExportFormat::Html, "html", "html", QT_TRANSLATE_NOOP("ExportFormats", "HTML"), "HTML"},
    {ExportFormat::Json, "json", "json", QT_TRANSLATE_NOOP("ExportFormats", "JSON"), "JSON"},
    {ExportFormat::Nitf, "nitf", "xml", QT_TRANSLATE_NOOP("ExportFormats", "NITF 3.6 XML"), "XML"},
    {ExportFormat::Odt, "odt", "odt", QT_TRANSLATE_NOOP("ExportFormats", "OpenDocument text (ODT)"), ""},
    {ExportFormat::Pdf, "pdf", "pdf", QT_TRANSLATE_NOOP("ExportFormats", "PDF"), ""},
    {ExportFormat::Alto, "alto", "alto.xml", QT_TRANSLATE_NOOP("ExportFormats", "ALTO 4 XML with METS articles"), "XML"},
    {ExportFormat::PageXml, "page", "page.xml", QT_TRANSLATE_NOOP("ExportFormats", "PAGE XML 2019"), "XML"},
};
const Entry &entry(ExportFormat f)
{
    for (const auto &e : kFormats)
        if (e.format == f)
            return e;
    return kFormats[0];
}
} // namespace

const QList<ExportFormat> &ExportFormats::all()
{
    static const QList<ExportFormat> list = [] {
        QList<ExportFormat> l;
        for (const auto &e : kFormats)
            l.append(e.format);
        return l;
    }();
    return list;
}

QString ExportFormats::name(ExportFormat format) { return QString::fromLatin1(entry(format).name); }

std::optional<ExportFormat> ExportFormats::fromName(QStringView name)
{
    const QString n = name.toString().toLower();
    for (const auto &e : kFormats)
        if (n == QLatin1String(e.name) || n == QLatin1String(e.extension))
            return e.format;
    if (n == QLatin1String("md"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("htm"))
        return ExportFormat::Html;
    if (n == QLatin1String("plain"))
        return ExportFormat::PlainText;
    return std::nullopt;
}

QString ExportFormats::extension(ExportFormat format) { return QString::fromLatin1(entry(format).extension); }

QString ExportFormats::displayName(ExportFormat format)
{
    return QCoreApplication::translate("ExportFormats", entry(format).display);
}

bool ExportFormats::isText(ExportFormat format) { return format != ExportFormat::Odt && format != ExportFormat::Pdf; }

QString ExportFormats::syntaxDefinition(ExportFormat format) { return QString::fromLatin1(entry(format).syntax); }

bool ExportFormats::isPageOnly(ExportFormat format) { return format == ExportFormat::Alto || format == ExportFormat::PageXml; }

} // namespace galley
