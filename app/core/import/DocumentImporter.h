// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DocumentImporter: the one entry point that reads any page file Galley knows, choosing the importer
// by the file's content (sniff()), not only by its name:
//   "%PDF-" in the first 1024 bytes → PdfImporter; an XML root element <alto> → AltoImporter,
//   <mets> → MetsImporter, <PcGts> → PageXmlImporter; HTML with ocr_page / ocr_line / ocrx_word
//   classes → HocrImporter; anything else → TextImporter (plain text, any encoding).
// Results: ImportResult, as TextImporter's; pages of laid-out sources carry boxes (Page::geometryUnit()).
// A METS file also gives ImportResult::segmentations (the articles it declares, one per page).
// Errors name the file and, for XML, the line and column ("FILE: line L, column C: …").
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace galley {

enum class SourceFormat { Text, Pdf, Alto, Hocr, PageXml, Mets };

/// "text", "PDF", "ALTO", "hOCR", "PAGE", "METS".
QString sourceFormatName(SourceFormat format);

class DocumentImporter {
public:
    /// Reads path ("-" reads standard input) and imports it with the importer its content calls for.
    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    /// The same for bytes already read; sourceName names them in messages and is where a METS file's
    /// relative ALTO paths are resolved from.
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
    /// Which importer bytes call for (looks at the first 64 KiB at most).
    static SourceFormat sniff(const QByteArray &bytes);
    /// Reads a whole file ("-": standard input), refusing more than maxBytes; false and error
    /// ("FILE: …") on failure.
    static bool readFile(const QString &path, qint64 maxBytes, QByteArray &bytes, QString &error);
};

} // namespace galley
