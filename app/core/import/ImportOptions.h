// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImportOptions: how TextImporter reads a file.
#include <QString>

namespace galley {

struct ImportOptions {
    /// Encoding name to decode with (as ICU / QStringDecoder know it: "GB18030", "Big5", "Shift_JIS" …);
    /// empty: guess with EncodingDetector (BOM first, then UTF-8, then uchardet).
    QString encoding;
    /// Files larger than this many bytes are refused with a clear message, before they are read.
    qint64 maxBytes = qint64(128) * 1024 * 1024;
    /// Invalid sequences listed one warning each; the rest are summed up in one more warning.
    int maxListedWarnings = 20;
    /// More form feeds (pages) than this in one file: refused as not a page file.
    int maxPages = 10000;
    /// Refuse a FIFO too (the window: opening one waits for a writer that may never come). Devices and
    /// sockets are always refused; the command line reads a FIFO like standard input.
    bool regularFilesOnly = false;
};

} // namespace galley
