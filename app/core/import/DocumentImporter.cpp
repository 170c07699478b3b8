// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentImporter.h"

#include "AltoImporter.h"
#include "HocrImporter.h"
#include "MetsImporter.h"
#include "PageXmlImporter.h"
#include "PdfImporter.h"
#include "TextImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace galley {

QString sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Text: return QStringLiteral("text");
    case SourceFormat::Pdf: return QStringLiteral("PDF");
    case SourceFormat::Alto: return QStringLiteral("ALTO");
    case SourceFormat::Hocr: return QStringLiteral("hOCR");
    case SourceFormat::PageXml: return QStringLiteral("PAGE");
    case SourceFormat::Mets: return QStringLiteral("METS");
    }
    return QString();
}

SourceFormat DocumentImporter::sniff(const QByteArray &bytes)
{
    if (bytes.left(1024).contains("%PDF-"))
        return SourceFormat::Pdf;
    const QByteArray head = bytes.left(64 * 1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i >= head.size() || head[i] != '<')
        return SourceFormat::Text;
    const bool hocrClasses = head.contains("ocr_page") || head.contains("ocr_line") || head.contains("ocrx_word");
    QXmlStreamReader xml(head);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const QStringView root = xml.name();
            if (root == u"alto")
                return SourceFormat::Alto;
            if (root == u"mets")
                return SourceFormat::Mets;
            if (root == u"PcGts")
                return SourceFormat::PageXml;
            if (root.compare(u"html", Qt::CaseInsensitive) == 0 && hocrClasses)
                return SourceFormat::Hocr;
            return SourceFormat::Text;
        }
    }
    // Not well-formed before the root (HTML that is not XHTML): hOCR if it has hOCR classes.
    return hocrClasses ? SourceFormat::Hocr : SourceFormat::Text;
}

bool DocumentImporter::readFile(const QString &path, qint64 maxBytes, QByteArray &bytes, QString &error)
{
    const QString name = TextImporter::displaySourceName(path);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: cannot read: %2").arg(name, file.errorString());
            return false;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            error = QStringLiteral("%1: no such file").arg(name);
            return false;
        }
        if (info.isDir()) {
            error = QStringLiteral("%1: is a folder, not a page file").arg(name);
            return false;
        }
        if (info.isFile() && info.size() > maxBytes) {
            error = QStringLiteral("%1: %2 bytes is larger than the import limit of %3 bytes").arg(name).arg(info.size()).arg(maxBytes);
            return false;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: cannot open: %2").arg(name, file.errorString());
            return false;
        }
    }
    // In chunks, never more than maxBytes + 1 (standard input and pipes have no size to check first).
    bytes.clear();
    constexpr qint64 Chunk = qint64(1) << 20;
    for (;;) {
        const qint64 want = qMin(Chunk, maxBytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(want));
        const qint64 got = file.read(bytes.data() + before, want);
        if (got < 0) {
            error = QStringLiteral("%1: byte %2: cannot read: %3").arg(name).arg(before).arg(file.errorString());
            return false;
        }
        bytes.resize(before + qsizetype(got));
        if (bytes.size() > maxBytes) {
            error = QStringLiteral("%1: more than the import limit of %2 bytes").arg(name).arg(maxBytes);
            return false;
        }
        if (got == 0)
            return true;
    }
}

ImportResult DocumentImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportResult r;
    QByteArray bytes;
    if (path != QLatin1String("-") && !TextImporter::refusesNonRegular(path, options, &r.error))
        return r;
    if (!readFile(path, options.maxBytes, bytes, r.error))
        return r;
    return importBytes(bytes, path, options);
}

ImportResult DocumentImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    switch (sniff(bytes)) {
    case SourceFormat::Pdf: return PdfImporter::importBytes(bytes, sourceName, options);
    case SourceFormat::Alto: return AltoImporter::importBytes(bytes, sourceName, options);
    case SourceFormat::Hocr: return HocrImporter::importBytes(bytes, sourceName, options);
    case SourceFormat::PageXml: return PageXmlImporter::importBytes(bytes, sourceName, options);
    case SourceFormat::Mets: return MetsImporter::importBytes(bytes, sourceName, options);
    case SourceFormat::Text: break;
    }
    return TextImporter::importBytes(bytes, sourceName, options);
}

} // namespace galley
