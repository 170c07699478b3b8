// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EncodingDetector: guesses the encoding of a page file's bytes.
//
// Order (first that applies wins):
//  1. A byte-order mark: UTF-32LE/BE (FF FE 00 00 / 00 00 FE FF, checked before UTF-16), UTF-8 (EF BB BF),
//     UTF-16LE/BE (FF FE / FE FF). Certain.
//  2. No BOM, but NUL bytes in at least a fifth of the odd (even) positions and almost none in the other:
//     ASCII-heavy UTF-16LE (BE) without a BOM, if the sample then decodes cleanly. Low confidence.
//  3. The bytes are valid UTF-8 (pure ASCII included: it is read as UTF-8). Also UTF-8 when only a sequence
//     at the very end is cut off, or when there are at most 5 invalid sequences per 100 valid
//     multi-byte ones, and at least 16 of those (a damaged UTF-8 file: one bad byte costs up to three
//     invalid sequences; legacy CJK or Latin text breaks the UTF-8 rules several times more often than not). UTF-8 is
//     preferred whenever the bytes allow it.
//  3b. Not UTF-8, no BOM, few NUL bytes, but the line-end bytes paired with them as UTF-16 line ends in
//     one byte order, more NUL bytes in that order's high-byte parity, and the sample decoding into
//     assigned, non-private-use characters: CJK (or other non-Latin) UTF-16LE/BE without a BOM, whose
//     NUL bytes are the high bytes of line ends, spaces and digits. Low confidence.
//  4. uchardet (libuchardet 0.0.7; it gives a charset name but no confidence), fed up to 1 MiB starting a
//     little before the first non-ASCII byte, NUL bytes left out when there are few (at most one per
//     1000 bytes, or a single one: strays in text); with more, not at all (binary, step 5). Its names are
//     mapped to decoder names: ISO-8859-1 →
//     windows-1252 (as the WHATWG Encoding Standard does), UHC → EUC-KR when every double byte lies in
//     the KS X 1001 range (A1–FE A1–FE), else windows-949; BIG5 → Big5; SHIFT_JIS → Shift_JIS.
//     uchardet needs context: with fewer than 64 non-ASCII bytes its choice between Latin single-byte
//     code pages (ISO-8859-2/3/…, IBM852, windows-1250 …) is mostly noise, so windows-1252 is taken;
//     below 16 non-ASCII bytes (8 CJK characters) any guess is Low confidence.
//  5. Nothing usable: windows-1252, which maps every byte (Low confidence).
// Binary data is not judged here; TextImporter decides that after decoding.
#include "EncodingGuess.h"

#include <QByteArray>
#include <QByteArrayView>

namespace galley {

class EncodingDetector {
public:
    /// What a UTF-8 check of some bytes found.
    struct Utf8Check {
        bool valid = true;              ///< no invalid or truncated sequence
        qsizetype multiByteSequences = 0;
        qsizetype invalidSequences = 0; ///< incl. a sequence cut off at the end
        qint64 firstInvalidOffset = -1;
        bool truncatedAtEnd = false;    ///< the last sequence is an incomplete but so far valid prefix
        qsizetype nonAsciiBytes = 0;
        qint64 firstNonAsciiOffset = -1;
    };

    /// Guesses the encoding of bytes (the whole file; only a sample goes to uchardet).
    static EncodingGuess detect(QByteArrayView bytes);
    /// The byte-order mark at byte 0, if any (invalid guess otherwise).
    static EncodingGuess byteOrderMark(QByteArrayView bytes);
    /// Checks bytes against the UTF-8 rules of Unicode 15, table 3-7 (no overlongs, no surrogates, ≤ U+10FFFF).
    static Utf8Check checkUtf8(QByteArrayView bytes);
    /// Decoder name for a charset name uchardet returned; bytes help choose between EUC-KR and windows-949.
    /// Empty if no decoder knows it.
    static QString decoderNameForUchardet(const QByteArray &uchardetName, QByteArrayView bytes = {});
    /// uchardet's raw answer for bytes (empty if it has none).
    static QByteArray askUchardet(QByteArrayView bytes);

    /// Below this many non-ASCII bytes a uchardet guess is Low confidence.
    static constexpr qsizetype FewNonAsciiBytes = 16;
    /// Below this many non-ASCII bytes a Latin single-byte guess becomes windows-1252.
    static constexpr qsizetype LatinEvidenceBytes = 64;
};

} // namespace galley
