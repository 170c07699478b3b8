// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncodingDetector.h"

#include "ByteDecoder.h"

#include <uchardet/uchardet.h>

#include <cstring>

namespace galley {

namespace {

constexpr qsizetype Utf16SampleBytes = 64 * 1024;
constexpr qsizetype UchardetSampleBytes = 1024 * 1024;
constexpr qsizetype UchardetLeadIn = 4 * 1024;

EncodingGuess makeGuess(const QString &encoding, EncodingGuess::Source source, EncodingGuess::Confidence confidence,
                        const QString &reason, int bomLength = 0)
{
    EncodingGuess g;
    g.encoding = encoding;
    g.source = source;
    g.confidence = confidence;
    g.reason = reason;
    g.bomLength = bomLength;
    return g;
}

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::memcmp(bytes.data(), prefix, std::size_t(length)) == 0;
}

// Whether uchardet's name is a Latin-script single-byte code page, among which it guesses poorly on little text.
bool isLatinSingleByte(const QByteArray &upper)
{
    static const char *const names[] = {
        "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-9", "ISO-8859-10", "ISO-8859-13",
        "ISO-8859-14", "ISO-8859-15", "ISO-8859-16", "WINDOWS-1250", "WINDOWS-1252", "WINDOWS-1254",
        "WINDOWS-1257", "WINDOWS-1258", "IBM850", "IBM852", "IBM437", "MAC-CENTRALEUROPE",
    };
    for (const char *n : names)
        if (upper == n)
            return true;
    return false;
}

// Whether every non-ASCII byte pairs up as a KS X 1001 (EUC-KR) double byte, A1–FE A1–FE.
bool fitsEucKr(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x80)
            continue;
        if (p[i] < 0xA1 || p[i] == 0xFF)
            return false;
        if (i + 1 >= n) // cut off at the end of the sample: no evidence against EUC-KR
            return true;
        if (p[i + 1] < 0xA1 || p[i + 1] == 0xFF)
            return false;
        ++i;
    }
    return true;
}

// Where the NUL and line-end bytes of a sample fall, for telling BOM-less UTF-16 by its NUL pattern.
struct Utf16Evidence {
    qsizetype units = 0;       ///< byte pairs in the sample
    qsizetype zeroEven = 0;    ///< NUL bytes at even offsets (high bytes of UTF-16BE ASCII, low bytes of LE U+xx00)
    qsizetype zeroOdd = 0;     ///< NUL bytes at odd offsets
    qsizetype lineEndsLe = 0;  ///< 0A/0D 00 pairs (LF/CR units in UTF-16LE)
    qsizetype lineEndsBe = 0;  ///< 00 0A/0D pairs (LF/CR units in UTF-16BE)
    qsizetype lineEndBytes = 0;///< all 0A/0D bytes
};

Utf16Evidence utf16Evidence(QByteArrayView bytes, qsizetype n)
{
    Utf16Evidence e;
    e.units = n / 2;
    const char *p = bytes.data();
    auto isLineEnd = [](char c) { return c == '\n' || c == '\r'; };
    for (qsizetype i = 0; i < n; i += 2) {
        e.zeroEven += p[i] == 0;
        e.zeroOdd += p[i + 1] == 0;
        e.lineEndsLe += isLineEnd(p[i]) && p[i + 1] == 0;
        e.lineEndsBe += p[i] == 0 && isLineEnd(p[i + 1]);
        e.lineEndBytes += isLineEnd(p[i]) + isLineEnd(p[i + 1]);
    }
    return e;
}

// Whether the sample decodes as encoding (UTF-16LE/BE) into text: no unpaired surrogate (a sample cut
// inside a pair may end in one), no NUL, few controls, and (sparse) few unassigned or private-use units.
bool decodesAsUtf16Text(QByteArrayView bytes, qsizetype n, const QString &encoding, bool strict)
{
    const ByteDecoder::Result sample = ByteDecoder::decode(bytes.first(n), encoding);
    const qsizetype units = n / 2;
    const bool cleanEnd = sample.invalidCount == 0
        || (sample.invalidCount == 1 && n < bytes.size() && sample.invalid.first().byteOffset >= n - 2);
    if (!sample.ok() || !cleanEnd || sample.nulCount > 0 || sample.controlCount * 100 > units)
        return false;
    if (!strict)
        return true;
    qsizetype odd = 0; // characters no text is made of: unassigned, private use, noncharacters
    for (const QChar c : sample.text) {
        const QChar::Category cat = c.category();
        odd += cat == QChar::Other_NotAssigned || cat == QChar::Other_PrivateUse || c.isNonCharacter();
    }
    return odd * 100 <= units;
}

// UTF-16 without a BOM, told by where its NUL bytes fall (a sample of the first 64 KiB).
//  - dense (ASCII-heavy text): NUL high bytes in at least a fifth of one parity, (almost) none in the other;
//  - sparse (CJK text, whose NUL bytes are the high bytes of line ends, spaces and digits, and the low
//    bytes of characters U+xx00): the line ends (0A/0D next to a NUL) all in one byte order, other
//    0A/0D bytes at most one per two lines, at least as many NUL bytes in the high-byte parity as in the
//    other (a sample without any 0A/0D byte: four times as many), and the sample decodes into text with at
//    most 1 % unassigned or private-use characters. Only asked when the bytes are not UTF-8.
EncodingGuess utf16Pattern(QByteArrayView bytes, bool sparse)
{
    const qsizetype n = qMin(bytes.size(), Utf16SampleBytes) & ~qsizetype(1);
    if (n < 4)
        return {};
    const Utf16Evidence e = utf16Evidence(bytes, n);
    QString encoding;
    if (!sparse) {
        if (e.zeroOdd * 5 >= e.units && e.zeroEven * 100 <= e.units)
            encoding = QStringLiteral("UTF-16LE");
        else if (e.zeroEven * 5 >= e.units && e.zeroOdd * 100 <= e.units)
            encoding = QStringLiteral("UTF-16BE");
    } else if (e.lineEndsLe > 0 || e.lineEndsBe > 0) {
        // Line ends decide the byte order: all in one order, and line-end bytes outside them (characters
        // U+xx0A/U+xx0D) at most one per two lines. Common CJK characters such as 一 (U+4E00) put NUL
        // bytes in the other parity too, but fewer than the line ends, spaces and digits do.
        const auto fits = [&e](qsizetype lineEnds, qsizetype otherLineEnds, qsizetype highNul, qsizetype lowNul) {
            return lineEnds > 0 && otherLineEnds == 0 && (e.lineEndBytes - lineEnds) * 2 <= lineEnds + 1 && highNul >= lowNul;
        };
        if (fits(e.lineEndsLe, e.lineEndsBe, e.zeroOdd, e.zeroEven))
            encoding = QStringLiteral("UTF-16LE");
        else if (fits(e.lineEndsBe, e.lineEndsLe, e.zeroEven, e.zeroOdd))
            encoding = QStringLiteral("UTF-16BE");
    } else if (e.lineEndBytes == 0) {
        // One line without a line end: the NUL bytes alone, nearly all in one parity.
        if (e.zeroOdd > 0 && e.zeroEven * 4 <= e.zeroOdd)
            encoding = QStringLiteral("UTF-16LE");
        else if (e.zeroEven > 0 && e.zeroOdd * 4 <= e.zeroEven)
            encoding = QStringLiteral("UTF-16BE");
    }
    if (encoding.isEmpty() || !decodesAsUtf16Text(bytes, n, encoding, sparse))
        return {};
    return makeGuess(encoding, EncodingGuess::Source::Utf16Pattern, EncodingGuess::Confidence::Low,
                     sparse ? QStringLiteral("no byte-order mark, not UTF-8, but its NUL bytes and line ends fall as in %1 text").arg(encoding)
                            : QStringLiteral("no byte-order mark, but NUL bytes in every other position as in %1 text").arg(encoding));
}

// Whether NUL bytes are few enough (at most 1 in 1000 bytes, or a single one) to be strays in text
// rather than the mark of binary data.
bool fewNulBytes(QByteArrayView bytes)
{
    const qsizetype nuls = bytes.count('\0');
    return nuls <= 1 || nuls * 1000 <= bytes.size();
}

} // namespace

EncodingGuess EncodingDetector::byteOrderMark(QByteArrayView bytes)
{
    using S = EncodingGuess::Source;
    using C = EncodingGuess::Confidence;
    if (startsWith(bytes, "\xFF\xFE\x00\x00", 4))
        return makeGuess(QStringLiteral("UTF-32LE"), S::ByteOrderMark, C::Certain, QStringLiteral("UTF-32LE byte-order mark"), 4);
    if (startsWith(bytes, "\x00\x00\xFE\xFF", 4))
        return makeGuess(QStringLiteral("UTF-32BE"), S::ByteOrderMark, C::Certain, QStringLiteral("UTF-32BE byte-order mark"), 4);
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return makeGuess(QStringLiteral("UTF-8"), S::ByteOrderMark, C::Certain, QStringLiteral("UTF-8 byte-order mark"), 3);
    if (startsWith(bytes, "\xFF\xFE", 2))
        return makeGuess(QStringLiteral("UTF-16LE"), S::ByteOrderMark, C::Certain, QStringLiteral("UTF-16LE byte-order mark"), 2);
    if (startsWith(bytes, "\xFE\xFF", 2))
        return makeGuess(QStringLiteral("UTF-16BE"), S::ByteOrderMark, C::Certain, QStringLiteral("UTF-16BE byte-order mark"), 2);
    return {};
}

EncodingDetector::Utf8Check EncodingDetector::checkUtf8(QByteArrayView bytes)
{
    Utf8Check c;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip ASCII eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (c.firstNonAsciiOffset < 0)
            c.firstNonAsciiOffset = i;
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        }
        // How many bytes of the sequence are well-formed (maximal subpart).
        int good = length > 0 ? 1 : 0;
        while (good > 0 && good < length && i + good < n) {
            const unsigned char t = p[i + good];
            const unsigned char tlo = good == 1 ? lo : 0x80;
            const unsigned char thi = good == 1 ? hi : 0xBF;
            if (t < tlo || t > thi)
                break;
            ++good;
        }
        if (length > 0 && good == length) {
            ++c.multiByteSequences;
            c.nonAsciiBytes += length;
            i += length;
            continue;
        }
        c.valid = false;
        ++c.invalidSequences;
        if (c.firstInvalidOffset < 0)
            c.firstInvalidOffset = i;
        if (length > 0 && i + good == n) {
            c.truncatedAtEnd = true;
            c.nonAsciiBytes += good;
            break;
        }
        const int skip = qMax(1, good);
        c.nonAsciiBytes += skip;
        i += skip;
    }
    return c;
}

QByteArray EncodingDetector::askUchardet(QByteArrayView bytes)
{
    uchardet_t detector = uchardet_new();
    if (!detector)
        return {};
    QByteArray name;
    if (uchardet_handle_data(detector, bytes.data(), std::size_t(bytes.size())) == 0) {
        uchardet_data_end(detector);
        name = QByteArray(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return name;
}

QString EncodingDetector::decoderNameForUchardet(const QByteArray &uchardetName, QByteArrayView bytes)
{
    const QByteArray upper = uchardetName.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (upper == "ASCII" || upper == "UTF-8")
        return QStringLiteral("UTF-8");
    if (upper == "ISO-8859-1")
        return QStringLiteral("windows-1252");
    if (upper == "UHC")
        return fitsEucKr(bytes) ? QStringLiteral("EUC-KR") : QStringLiteral("windows-949");
    if (upper == "BIG5")
        return QStringLiteral("Big5");
    if (upper == "SHIFT_JIS")
        return QStringLiteral("Shift_JIS");
    const QString name = QString::fromLatin1(uchardetName.trimmed());
    if (!ByteDecoder::isSupported(name))
        return {};
    return ByteDecoder::displayName(name);
}

EncodingGuess EncodingDetector::detect(QByteArrayView bytes)
{
    using S = EncodingGuess::Source;
    using C = EncodingGuess::Confidence;
    if (bytes.isEmpty())
        return {};
    if (EncodingGuess bom = byteOrderMark(bytes); bom.isValid())
        return bom;
    if (EncodingGuess utf16 = utf16Pattern(bytes, false); utf16.isValid())
        return utf16;

    const Utf8Check utf8 = checkUtf8(bytes);
    if (utf8.valid) {
        if (utf8.nonAsciiBytes == 0)
            return makeGuess(QStringLiteral("UTF-8"), S::Utf8, C::High, QStringLiteral("ASCII only, read as UTF-8"));
        return makeGuess(QStringLiteral("UTF-8"), S::Utf8, C::Certain, QStringLiteral("valid UTF-8"));
    }
    if (utf8.invalidSequences == 1 && utf8.truncatedAtEnd && utf8.multiByteSequences >= 1)
        return makeGuess(QStringLiteral("UTF-8"), S::Utf8, C::Low,
                         QStringLiteral("valid UTF-8 except a multi-byte sequence cut off at the end"));
    if (utf8.multiByteSequences >= 16 && utf8.invalidSequences * 20 <= utf8.multiByteSequences)
        return makeGuess(QStringLiteral("UTF-8"), S::Utf8, C::Low,
                         QStringLiteral("UTF-8 with %1 invalid sequences among %2 valid multi-byte ones")
                             .arg(utf8.invalidSequences).arg(utf8.multiByteSequences));

    if (EncodingGuess utf16 = utf16Pattern(bytes, true); utf16.isValid())
        return utf16;

    // uchardet on a sample that starts shortly before the first non-ASCII byte, at a line start.
    qsizetype start = qMax<qsizetype>(0, qsizetype(utf8.firstNonAsciiOffset) - UchardetLeadIn);
    if (start > 0) {
        const qsizetype lineStart = bytes.first(qsizetype(utf8.firstNonAsciiOffset)).lastIndexOf('\n');
        start = lineStart >= start ? lineStart + 1 : start;
        // Never start inside a multi-byte character: back up to the byte after an ASCII byte below 0x30.
        while (start > 0 && static_cast<unsigned char>(bytes[start - 1]) >= 0x30)
            --start;
    }
    QByteArrayView sample = bytes.sliced(start, qMin(bytes.size() - start, UchardetSampleBytes));
    // Many NUL bytes outside UTF-16/32 mean binary data in every ASCII-compatible encoding: no need to ask
    // uchardet (which is slow on binary data); TextImporter refuses it. A few stray NULs in text are
    // left out of what uchardet sees (TextImporter keeps the text and warns about each).
    QByteArray withoutNul;
    if (sample.contains('\0') || bytes.first(start).contains('\0')) {
        if (!fewNulBytes(bytes))
            return makeGuess(QStringLiteral("windows-1252"), S::Fallback, C::Low,
                             QStringLiteral("NUL bytes, not text in any ASCII-compatible encoding; windows-1252 maps every byte"));
        withoutNul = sample.toByteArray();
        withoutNul.removeIf([](char c) { return c == '\0'; });
        sample = withoutNul;
    }
    const QByteArray said = askUchardet(sample);
    const QByteArray upper = said.trimmed().toUpper();
    const QString mapped = decoderNameForUchardet(said, sample);
    const qsizetype evidence = utf8.nonAsciiBytes;
    const QString evidenceText = evidence == 1 ? QStringLiteral("1 non-ASCII byte") : QStringLiteral("%1 non-ASCII bytes").arg(evidence);

    EncodingGuess g;
    if (mapped.isEmpty()) {
        g = makeGuess(QStringLiteral("windows-1252"), S::Fallback, C::Low,
                      said.isEmpty() ? QStringLiteral("uchardet found no encoding; windows-1252 maps every byte")
                                     : QStringLiteral("uchardet named %1, which no decoder here knows; windows-1252 maps every byte")
                                           .arg(QString::fromLatin1(said)));
    } else if (isLatinSingleByte(upper) && mapped != QLatin1String("windows-1252") && evidence < LatinEvidenceBytes) {
        g = makeGuess(QStringLiteral("windows-1252"), S::Uchardet, C::Low,
                      QStringLiteral("uchardet guessed %1 from only %2; windows-1252 assumed")
                          .arg(QString::fromLatin1(said), evidenceText));
    } else {
        g = makeGuess(mapped, S::Uchardet, evidence < FewNonAsciiBytes ? C::Low : C::High,
                      evidence < FewNonAsciiBytes
                          ? QStringLiteral("uchardet guessed %1 from only %2").arg(QString::fromLatin1(said), evidenceText)
                          : QStringLiteral("uchardet guessed %1").arg(QString::fromLatin1(said)));
    }
    g.detectorName = QString::fromLatin1(said);
    return g;
}

} // namespace galley
