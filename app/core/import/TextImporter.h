// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextImporter: bytes of a raw OCR / PDF-text page file → Pages with blocks.
//  - Encoding: ImportOptions::encoding, else EncodingDetector (BOM, then UTF-8, then uchardet). Decoded by
//    ByteDecoder with ICU's converters (those behind QStringDecoder). Invalid, unmapped or truncated
//    sequences become U+FFFD and are listed as warnings "FILE: byte OFFSET: invalid ENC sequence replaced
//    by U+FFFD" (the first ImportOptions::maxListedWarnings, then one summary), with offsets in the file.
//    A guess of Low confidence adds a warning that names the guess and suggests --encoding. Characters a
//    legacy table maps into the Private Use Area (Big5/GBK user-defined and vendor codes) are kept and
//    warned about, as they often have no glyph.
//  - A byte-order mark is dropped (only when it matches the encoding used; an --encoding that contradicts
//    the BOM is obeyed, with a warning). Line ends: CRLF and CR become LF.
//  - A form feed (U+000C, as pdftotext writes between pages) starts a new page; the form feed pdftotext
//    writes after the last page does not make an empty extra page. Pages are numbered 1..n.
//    Page::sourceByteOffset() is the file offset of the byte that decodes to the page's first character
//    (after a BOM for page 1, after the form feed for the others).
//  - Page::encoding() is the encoding's usual name ("UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-KR",
//    "windows-1252", "UTF-16LE" …); Page::sha256() is the SHA-256 of the whole file's bytes.
//  - Blocks are found by BlockFinder.
//  - Refused with ImportResult::error "FILE: …" naming the byte offset where one applies: a missing or
//    unreadable file, a device or socket (/dev/zero; never opened — a FIFO is read like standard input),
//    a file over ImportOptions::maxBytes (checked before reading; standard input is read
//    no further than the limit), an empty file or one with nothing but white space, binary data (at
//    least 3 NUL or other control characters making up more than 1 % of the text; judged after decoding,
//    so UTF-16 and UTF-32 files are fine; the message names the first NUL byte if there is one), more
//    form feeds than ImportOptions::maxPages, an encoding name no decoder knows. A few stray control
//    characters are kept and warned about ("FILE: byte OFFSET: control character U+001B kept"); a stray
//    NUL character becomes U+FFFD ("FILE: byte OFFSET: NUL character replaced by U+FFFD"), as no export
//    format can carry it.
//  FILE is the path as given, or "standard input" for "-".
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
    /// Whether an --encoding / ImportOptions::encoding name can be decoded (ICU and QStringDecoder know it).
    static bool isKnownEncoding(const QString &name);
    /// False, with *error "FILE: not a regular file (…)", for a device or socket at path (never a page;
    /// refused before it is opened), and for a FIFO when options.regularFilesOnly; true otherwise.
    static bool refusesNonRegular(const QString &path, const ImportOptions &options, QString *error);
    /// How messages name a source: "standard input" for "-", "(text)" for an empty name, else the name.
    static QString displaySourceName(const QString &sourceName);
};

} // namespace galley
