#pragma once
// TextImporter: bytes of a raw OCR / PDF-text page file → Pages with blocks.
//  - Encoding: ImportOptions::encoding, else EncodingDetector (BOM, then uchardet); decoded with
//    QStringDecoder. Invalid sequences are replaced by U+FFFD and listed as warnings with byte offsets.
//  - Line ends: CRLF and CR become LF; a leading BOM is dropped (offsets then match what Python's
//    text mode with utf-8-sig reads, as the scorer does).
//  - A form feed (U+000C, as pdftotext writes between pages) starts a new page.
//  - Blocks are found by BlockFinder.
//  - Refused with ImportResult::error naming the file and byte offset: a missing or unreadable file,
//    an empty file, binary data (NUL bytes or control characters), a file over ImportOptions::maxBytes,
//    an encoding name no decoder knows.
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace galley {

class TextImporter {
public:
    /// Reads path ("-" reads standard input).
    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    /// Decodes bytes; sourceName is used in messages and stored as Page::sourcePath().
    static ImportResult importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options = {});
    /// A page made from text already decoded (tests, paste): line ends normalised, blocks found.
    static Page pageFromText(const QString &text, const QString &sourceName = QString());
};

} // namespace galley
