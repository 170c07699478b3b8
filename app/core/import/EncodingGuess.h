// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EncodingGuess: which encoding EncodingDetector thinks a page file's bytes are in, and why.
// Encoding names are ones ICU's converters and QStringDecoder accept ("UTF-8", "UTF-16LE", "GB18030",
// "Big5", "Shift_JIS", "EUC-KR", "windows-1252" …), never uchardet's own spelling.
#include <QString>

namespace galley {

struct EncodingGuess {
    /// How the guess was made.
    enum class Source {
        None,           ///< no guess (empty input)
        ByteOrderMark,  ///< a UTF-8/16/32 byte-order mark at byte 0
        Utf8,           ///< the bytes are (almost all) valid UTF-8; pure ASCII counts as UTF-8
        Utf16Pattern,   ///< no BOM, but NUL bytes in every other position as ASCII-heavy UTF-16 has
        Uchardet,       ///< uchardet's statistical guess (mapped to a decoder name)
        Fallback,       ///< uchardet gave no usable answer: windows-1252, which decodes every byte
    };
    /// Certain: a BOM or valid UTF-8 with non-ASCII text. High: pure ASCII, or uchardet with enough
    /// evidence. Low: a short sample, a fallback or a heuristic; the importer then adds a warning.
    enum class Confidence { Low, High, Certain };

    QString encoding;        ///< decoder name; empty if no guess
    int bomLength = 0;       ///< bytes of the byte-order mark at byte 0 (dropped before decoding)
    Source source = Source::None;
    Confidence confidence = Confidence::Low;
    QString detectorName;    ///< uchardet's answer as it spelled it ("UHC", "ISO-8859-1" …), if asked
    QString reason;          ///< one line for messages and the UI, e.g. "UTF-8 byte-order mark"

    bool isValid() const { return !encoding.isEmpty(); }
};

} // namespace galley
