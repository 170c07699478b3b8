// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteDecoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>
#include <vector>

namespace galley {

namespace {

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openConverter(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (QChar c : trimmed)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return {};
    const QByteArray latin = trimmed.toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(latin.constData(), &status);
    if (U_FAILURE(status)) {
        if (converter)
            ucnv_close(converter);
        return {};
    }
    return Converter(converter);
}

// Where the to-Unicode callback wrote its U+FFFD, as indices into the current call's output buffer.
struct ReplacementLog {
    const UChar *targetStart = nullptr;
    const UChar *targetLimit = nullptr;
    std::vector<qsizetype> indices;
};

// ICU to-Unicode callback: every unassigned, illegal or irregular (incl. truncated) sequence becomes
// one U+FFFD, and its output position is logged so its source offset can be read from ICU's offsets.
void replaceAndLog(const void *context, UConverterToUnicodeArgs *args, const char *, int32_t,
                   UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason > UCNV_IRREGULAR) // reset, close, clone: nothing to replace
        return;
    auto *log = static_cast<ReplacementLog *>(const_cast<void *>(context));
    if (args->target >= log->targetStart && args->target < log->targetLimit)
        log->indices.push_back(args->target - log->targetStart);
    static const UChar replacement = 0xFFFD;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

bool isSurrogateLeadByte(char b)
{
    const auto u = static_cast<unsigned char>(b);
    return u >= 0xD8 && u <= 0xDB;
}

// A cut position in (from, to] after which the converter holds no partial character: after a line feed
// or another byte below 0x30 (never a trail byte in UTF-8, GB18030, Big5, Shift_JIS, EUC-*, and outside
// ISO-2022 escape sequences) for byte-oriented encodings; an aligned position not after a high surrogate
// for UTF-16; any aligned position for UTF-32. Returns to if there is none.
qsizetype safeCut(const char *data, qsizetype from, qsizetype to, int minCharSize)
{
    if (minCharSize <= 1) {
        for (qsizetype i = to; i > from; --i)
            if (data[i - 1] == '\n')
                return i;
        for (qsizetype i = to; i > from; --i) {
            const auto b = static_cast<unsigned char>(data[i - 1]);
            if (b < 0x30 && b != 0x1B)
                return i;
        }
        return to;
    }
    const qsizetype aligned = from + (to - from) / minCharSize * minCharSize;
    if (minCharSize != 2)
        return aligned > from ? aligned : to;
    for (qsizetype i = aligned; i > from; i -= 2)
        if (!isSurrogateLeadByte(data[i - 1]) && !isSurrogateLeadByte(data[i - 2]))
            return i;
    return to;
}

} // namespace

ByteDecoder::Result ByteDecoder::decode(QByteArrayView bytes, const QString &encoding, qint64 baseOffset, const Limits &limits)
{
    Result r;
    Converter converter = openConverter(encoding);
    if (!converter) {
        r.error = QStringLiteral("unknown encoding '%1'").arg(encoding);
        return r;
    }
    ReplacementLog log;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), replaceAndLog, &log, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        r.error = QStringLiteral("cannot set up the %1 decoder: %2").arg(encoding, QString::fromLatin1(u_errorName(status)));
        return r;
    }
    const int minCharSize = qMax<int>(1, ucnv_getMinCharSize(converter.get()));

    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    const char *source = begin;
    constexpr qsizetype chunkBytes = qsizetype(1) << 20;
    std::vector<UChar> out;
    std::vector<int32_t> offsets;

    // Appends one call's output and records its marks. callStart: file offset of the call's first byte
    // (ICU's offsets are relative to it); callEnd: file offset after the bytes the call consumed.
    auto take = [&](qsizetype produced, qint64 callStart, qint64 callEnd) {
        const qsizetype textBase = r.text.size();
        std::size_t nextReplaced = 0;
        for (qsizetype j = 0; j < produced; ++j) {
            const char16_t u = out[std::size_t(j)];
            const bool replaced = nextReplaced < log.indices.size() && log.indices[nextReplaced] == j;
            if (replaced)
                ++nextReplaced;
            const bool privateUse = u >= 0xE000 && u <= 0xF8FF;
            if (!replaced && u != 0x0C && !privateUse && !isStrayControl(u))
                continue;
            Mark m;
            m.textIndex = textBase + j;
            m.unit = u;
            const int32_t here = offsets[std::size_t(j)];
            m.byteOffset = here >= 0 ? callStart + here : callStart;
            qint64 next = callEnd;
            for (qsizetype k = j + 1; k < produced; ++k) {
                const int32_t o = offsets[std::size_t(k)];
                if (o >= 0 && o > here) {
                    next = callStart + o;
                    break;
                }
            }
            m.byteLength = qMax<qint64>(0, next - m.byteOffset);
            if (replaced) {
                if (r.invalid.size() < limits.invalid)
                    r.invalid.append(m);
                ++r.invalidCount;
            } else if (privateUse) {
                if (r.privateUse.size() < limits.privateUse)
                    r.privateUse.append(m);
                ++r.privateUseCount;
            } else if (u == 0x0C) {
                if (r.formFeeds.size() < limits.formFeeds)
                    r.formFeeds.append(m);
                ++r.formFeedCount;
            } else {
                if (r.controls.size() < limits.controls)
                    r.controls.append(m);
                ++r.controlCount;
                if (u == 0) {
                    if (r.nulCount == 0)
                        r.firstNulOffset = m.byteOffset;
                    ++r.nulCount;
                }
            }
        }
        r.text.append(reinterpret_cast<const QChar *>(out.data()), produced);
    };

    do {
        const qsizetype done = source - begin;
        const qsizetype remaining = end - source;
        const char *chunkEnd = remaining > chunkBytes + chunkBytes / 2
            ? begin + safeCut(begin, done, done + chunkBytes, minCharSize)
            : end;
        const bool flush = chunkEnd == end;
        do {
            const qsizetype n = chunkEnd - source;
            out.resize(std::size_t(2 * n + 64));
            offsets.resize(out.size());
            UChar *target = out.data();
            log.targetStart = out.data();
            log.targetLimit = out.data() + out.size();
            log.indices.clear();
            const qint64 callStart = baseOffset + (source - begin);
            status = U_ZERO_ERROR;
            ucnv_toUnicode(converter.get(), &target, out.data() + out.size(), &source, chunkEnd, offsets.data(), flush, &status);
            take(target - out.data(), callStart, baseOffset + (source - begin));
            if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
                r.error = QStringLiteral("%1 decoder failed at byte %2: %3")
                              .arg(encoding).arg(baseOffset + (source - begin)).arg(QString::fromLatin1(u_errorName(status)));
                return r;
            }
        } while (status == U_BUFFER_OVERFLOW_ERROR);
    } while (source < end);
    return r;
}

bool ByteDecoder::isSupported(const QString &encoding)
{
    if (!openConverter(encoding))
        return false;
    const QByteArray latin = encoding.trimmed().toLatin1();
    return QStringDecoder(latin.constData()).isValid();
}

QString ByteDecoder::displayName(const QString &encoding)
{
    const QString trimmed = encoding.trimmed();
    Converter converter = openConverter(trimmed);
    if (!converter)
        return trimmed;
    const QByteArray latin = trimmed.toLatin1();
    const QString qtName = QString::fromLatin1(QStringDecoder(latin.constData()).name());
    if (!qtName.isEmpty())
        return qtName;
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter.get(), &status);
    if (U_FAILURE(status) || !internal)
        return trimmed;
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name && *name)
            return QString::fromLatin1(name);
    }
    return trimmed;
}

bool ByteDecoder::sameEncoding(const QString &a, const QString &b)
{
    Converter ca = openConverter(a);
    Converter cb = openConverter(b);
    if (!ca || !cb)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray na = ucnv_getName(ca.get(), &status);
    const QByteArray nb = ucnv_getName(cb.get(), &status);
    return U_SUCCESS(status) && na == nb;
}

} // namespace galley
