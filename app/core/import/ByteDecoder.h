// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ByteDecoder: decodes a page file's bytes from one encoding into UTF-16 and says, in byte offsets of the
// file, where every replaced sequence, form feed and control character came from.
//
// It drives ICU's converters (ucnv), the same ones QStringDecoder uses in Debian's ICU-enabled Qt 6, because
// QStringDecoder (Qt 6.4) cannot tell where an invalid sequence was, writes U+001A instead of U+FFFD for
// some of them (Shift_JIS, EUC-KR) and drops a multi-byte sequence cut off at the end without trace.
// Here every invalid, unmapped or truncated sequence becomes one U+FFFD and is listed with its byte offset
// (ICU's own per-unit source offsets, so exact for multi-byte encodings and UTF-16/32 alike).
//
// Units: byte offsets are into the whole file (decode() adds baseOffset); text indices are UTF-16 code
// units of Result::text. Long inputs are decoded in chunks of about 1 MiB split where no character can
// straddle the cut, so memory stays near the size of the text.
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace galley {

class ByteDecoder {
public:
    /// One place in the decoded text, with the bytes it came from.
    struct Mark {
        qsizetype textIndex = 0;  ///< UTF-16 index in Result::text
        qint64 byteOffset = 0;    ///< offset in the file of the first byte
        qint64 byteLength = 0;    ///< bytes that made this unit (for U+FFFD: the replaced bytes)
        char16_t unit = 0;        ///< the decoded unit (U+FFFD, U+000C, the control character)
    };
    /// How many of each kind of mark are recorded; the counts in Result are always complete.
    struct Limits {
        qsizetype invalid = 1000;
        qsizetype formFeeds = 100000;
        qsizetype controls = 1000;
        qsizetype privateUse = 1000;
    };
    struct Result {
        QString text;
        QString error;                 ///< set if the encoding is unknown; text is then empty
        QList<Mark> invalid;           ///< replaced sequences, in file order (first Limits::invalid)
        qint64 invalidCount = 0;
        QList<Mark> formFeeds;         ///< U+000C page breaks (first Limits::formFeeds)
        qint64 formFeedCount = 0;
        /// U+0000–U+001F except TAB, LF, VT, FF, CR; U+007F–U+009F (first Limits::controls)
        QList<Mark> controls;
        qint64 controlCount = 0;
        /// U+E000–U+F8FF: what legacy tables give for user-defined and vendor codes (first Limits::privateUse)
        QList<Mark> privateUse;
        qint64 privateUseCount = 0;
        qint64 nulCount = 0;           ///< of which U+0000
        qint64 firstNulOffset = -1;    ///< byte offset of the first U+0000, -1 if none

        bool ok() const { return error.isEmpty(); }
    };

    /// Decodes bytes as encoding. baseOffset is added to every byte offset (the bytes skipped before, e.g. a BOM).
    static Result decode(QByteArrayView bytes, const QString &encoding, qint64 baseOffset, const Limits &limits);
    static Result decode(QByteArrayView bytes, const QString &encoding, qint64 baseOffset = 0)
    {
        return decode(bytes, encoding, baseOffset, Limits());
    }

    /// Whether encoding is a name both ICU's converters and QStringDecoder know (case and punctuation as ICU allows).
    static bool isSupported(const QString &encoding);
    /// The usual (IANA/MIME) spelling of a supported encoding name, e.g. "gbk" → "GBK", "sjis" → "Shift_JIS";
    /// the name itself if there is none.
    static QString displayName(const QString &encoding);
    /// Whether two names open the same converter (e.g. "UTF8" and "utf-8", "CP936" and "GBK").
    static bool sameEncoding(const QString &a, const QString &b);
    /// Whether the character is a control character that does not belong in page text (see Result::controls).
    static bool isStrayControl(char16_t unit)
    {
        return (unit < 0x20 && unit != u'\t' && unit != u'\n' && unit != 0x0B && unit != 0x0C && unit != u'\r')
            || (unit >= 0x7F && unit <= 0x9F);
    }
};

} // namespace galley
