// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextImporter.h"

#include "Logging.h"

#include "BlockFinder.h"
#include "ByteDecoder.h"
#include "EncodingDetector.h"

#include "ContentHash.h"
#include "EnglishCount.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringEncoder>

#include <sys/stat.h>

namespace galley {

namespace {

constexpr qint64 ReadChunkBytes = qint64(1) << 20;

// "200 MiB (209715200 bytes)", "4 KiB (4096 bytes)", "1001 bytes".
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    const bool whole = bytes % 1024 == 0;
    return QStringLiteral("%1 (%2 bytes)").arg(QLocale::c().formattedDataSize(bytes, whole ? 0 : 1, QLocale::DataSizeIecFormat)).arg(bytes);
}

QString limitText(qint64 maxBytes)
{
    return QStringLiteral("the import limit of %1").arg(sizeText(maxBytes));
}

QString unitName(char16_t unit)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(unit), 16).toUpper(), 4, QLatin1Char('0'));
}

QString normaliseLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool isBlank(QStringView text)
{
    for (QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

// The bytes a leading U+FEFF has in encoding, if it has a BOM form there (UTF-8/16/32, GB18030 …).
QByteArray bomBytesOf(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    QStringEncoder encoder(name.constData());
    if (!encoder.isValid())
        return {};
    const QByteArray bytes = encoder.encode(QStringView(u"\uFEFF"));
    if (encoder.hasError() || bytes.isEmpty())
        return {};
    const ByteDecoder::Result back = ByteDecoder::decode(bytes, encoding);
    return back.ok() && back.invalidCount == 0 && back.text == QStringView(u"\uFEFF") ? bytes : QByteArray();
}

bool isUnicodeFamily(const QString &generic, const QString &encoding)
{
    return ByteDecoder::sameEncoding(encoding, generic);
}

} // namespace

QString TextImporter::displaySourceName(const QString &sourceName)
{
    if (sourceName == QLatin1String("-"))
        return QStringLiteral("standard input");
    if (sourceName.isEmpty())
        return QStringLiteral("(text)");
    return sourceName;
}

bool TextImporter::isKnownEncoding(const QString &name)
{
    return ByteDecoder::isSupported(name);
}

bool TextImporter::refusesNonRegular(const QString &path, const ImportOptions &options, QString *error)
{
    // A device (/dev/zero, a disk) or a socket is never a page: refused before it is opened. A FIFO
    // is read like standard input, no further than the limit, unless options.regularFilesOnly.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)
        && (!S_ISFIFO(st.st_mode) || options.regularFilesOnly)) {
        *error = QStringLiteral("%1: not a regular file (%2), not a page file")
                     .arg(displaySourceName(path), S_ISFIFO(st.st_mode) ? QStringLiteral("a FIFO") : QStringLiteral("a device or socket"));
        return false;
    }
    return true;
}

ImportResult TextImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportResult r;
    const QString name = displaySourceName(path);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            r.error = QStringLiteral("%1: cannot read: %2").arg(name, file.errorString());
            return r;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            r.error = QStringLiteral("%1: no such file").arg(name);
            return r;
        }
        if (info.isDir()) {
            r.error = QStringLiteral("%1: is a folder, not a page file").arg(name);
            return r;
        }
        if (!refusesNonRegular(path, options, &r.error))
            return r;
        // Refuse an oversized regular file before reading a byte of it.
        if (info.isFile() && info.size() > options.maxBytes) {
            r.error = QStringLiteral("%1: %2 is larger than %3").arg(name, sizeText(info.size()), limitText(options.maxBytes));
            return r;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = QStringLiteral("%1: cannot open: %2").arg(name, file.errorString());
            return r;
        }
    }

    // Read no more than maxBytes + 1 (pipes, standard input and files that grow have no size to check first).
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(qsizetype(qMin(file.size(), options.maxBytes)));
    for (;;) {
        const qint64 want = qMin(ReadChunkBytes, options.maxBytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + qsizetype(want));
        const qint64 got = file.read(bytes.data() + before, want);
        if (got < 0) {
            r.error = QStringLiteral("%1: byte %2: cannot read: %3").arg(name).arg(before).arg(file.errorString());
            return r;
        }
        bytes.resize(before + qsizetype(got));
        if (bytes.size() > options.maxBytes) {
            r.error = QStringLiteral("%1: more than %2").arg(name, limitText(options.maxBytes));
            return r;
        }
        if (got == 0)
            break;
    }
    return importBytes(bytes, path, options);
}

ImportResult TextImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    ImportResult r;
    const QString name = displaySourceName(sourceName);
    if (bytes.size() > options.maxBytes) {
        r.error = QStringLiteral("%1: %2 is larger than %3").arg(name, sizeText(bytes.size()), limitText(options.maxBytes));
        return r;
    }
    if (bytes.isEmpty()) {
        r.error = QStringLiteral("%1: byte 0: empty file, no text to import").arg(name);
        return r;
    }

    // Which encoding, and how many BOM bytes to skip.
    QString encoding;
    qsizetype skip = 0;
    QStringList firstPageWarnings;
    const QString asked = options.encoding.trimmed();
    if (!asked.isEmpty()) {
        if (!isKnownEncoding(asked)) {
            r.error = QStringLiteral("%1: unknown encoding '%2' (known are e.g. UTF-8, UTF-16LE, GB18030, Big5, Shift_JIS, EUC-KR, windows-1252)")
                          .arg(name, asked);
            return r;
        }
        encoding = asked;
        r.encodingReason = QStringLiteral("as asked (--encoding %1)").arg(asked);
        const EncodingGuess bom = EncodingDetector::byteOrderMark(bytes);
        const QByteArray ownBom = bomBytesOf(asked);
        if (!ownBom.isEmpty() && bytes.startsWith(ownBom)) {
            skip = ownBom.size();
        } else if (bom.isValid()
                   && ((isUnicodeFamily(QStringLiteral("UTF-16"), asked) && bom.encoding.startsWith(QLatin1String("UTF-16")))
                       || (isUnicodeFamily(QStringLiteral("UTF-32"), asked) && bom.encoding.startsWith(QLatin1String("UTF-32"))))) {
            encoding = bom.encoding; // the generic name: the BOM says which byte order
            skip = bom.bomLength;
        } else if (bom.isValid()) {
            firstPageWarnings << QStringLiteral("%1: byte 0: starts with a %2 byte-order mark, but is decoded as %3 as asked")
                                     .arg(name, bom.encoding, ByteDecoder::displayName(asked));
        }
    } else {
        const EncodingGuess guess = EncodingDetector::detect(bytes);
        encoding = guess.encoding;
        skip = guess.bomLength;
        r.encodingReason = guess.reason;
        if (guess.confidence == EncodingGuess::Confidence::Low)
            firstPageWarnings << QStringLiteral("%1: encoding guessed as %2 (%3); if the text looks wrong, name the encoding (--encoding)")
                                     .arg(name, guess.encoding, guess.reason);
    }
    r.encoding = ByteDecoder::displayName(encoding);
    qCDebug(lcImport, "%s: %s (%s)", qPrintable(name), qPrintable(r.encoding), qPrintable(r.encodingReason));
    if (skip >= bytes.size()) {
        r.error = QStringLiteral("%1: byte %2: no text after the byte-order mark").arg(name).arg(skip);
        return r;
    }

    ByteDecoder::Limits limits;
    limits.invalid = qMax(1, options.maxListedWarnings);
    limits.formFeeds = qMax(1, options.maxPages) + 1;
    limits.controls = qMax(1, options.maxListedWarnings);
    limits.privateUse = qMax(1, options.maxListedWarnings);
    ByteDecoder::Result decoded = ByteDecoder::decode(QByteArrayView(bytes).sliced(skip), encoding, skip, limits);
    if (!decoded.ok()) {
        r.error = QStringLiteral("%1: %2").arg(name, decoded.error);
        return r;
    }

    // Binary data: judged on the decoded text, so UTF-16/32 (full of NUL bytes) pass. NUL counts among
    // the control characters: a few in text are strays (kept, NUL as U+FFFD, each warned about).
    const qsizetype units = decoded.text.size();
    if (decoded.controlCount >= 3 && decoded.controlCount * 100 > units) {
        const ByteDecoder::Mark &first = decoded.controls.first();
        if (decoded.nulCount > 0)
            r.error = QStringLiteral("%1: byte %2: NUL character, binary data, not a text file (read as %3): %4 NUL and control characters in %5 characters")
                          .arg(name).arg(decoded.firstNulOffset).arg(r.encoding).arg(decoded.controlCount).arg(units);
        else
            r.error = QStringLiteral("%1: byte %2: binary data, not a text file: %3 control characters (the first %4) in %5 characters read as %6")
                          .arg(name).arg(first.byteOffset).arg(decoded.controlCount).arg(unitName(first.unit)).arg(units).arg(r.encoding);
        return r;
    }
    if (decoded.nulCount > 0) // same length: text indices and offsets stay as decoded
        decoded.text.replace(QChar(u'\0'), QChar(0xFFFD));
    if (decoded.formFeedCount > options.maxPages) {
        r.error = QStringLiteral("%1: byte %2: more than %3 form feeds (pages), not a page file")
                      .arg(name).arg(decoded.formFeeds.last().byteOffset).arg(options.maxPages);
        return r;
    }

    // Pages: [start, end) text ranges between form feeds.
    struct Range {
        qsizetype start;
        qsizetype end;
        qint64 byteOffset;
    };
    QList<Range> ranges;
    qsizetype start = 0;
    qint64 byteOffset = skip;
    for (const ByteDecoder::Mark &ff : decoded.formFeeds) {
        ranges.append({start, ff.textIndex, byteOffset});
        start = ff.textIndex + 1;
        byteOffset = ff.byteOffset + ff.byteLength;
    }
    ranges.append({start, units, byteOffset});
    if (ranges.size() > 1 && isBlank(QStringView(decoded.text).sliced(ranges.last().start, ranges.last().end - ranges.last().start)))
        ranges.removeLast(); // pdftotext ends its last page with a form feed too
    bool anyText = false;
    for (const Range &range : ranges)
        anyText = anyText || !isBlank(QStringView(decoded.text).sliced(range.start, range.end - range.start));
    if (!anyText) {
        r.error = QStringLiteral("%1: no text to import, only white space%2")
                      .arg(name, decoded.formFeedCount > 0 ? QStringLiteral(" and page breaks") : QString());
        return r;
    }
    auto pageOf = [&ranges](qsizetype textIndex) {
        for (qsizetype i = ranges.size() - 1; i > 0; --i)
            if (textIndex >= ranges[i].start)
                return i;
        return qsizetype(0);
    };

    // Warnings, each with the page it belongs to.
    QList<QStringList> pageWarnings(ranges.size());
    for (const QString &w : firstPageWarnings) {
        r.warnings << w;
        pageWarnings[0] << w;
    }
    for (const ByteDecoder::Mark &m : decoded.invalid) {
        const QString w = QStringLiteral("%1: byte %2: invalid %3 sequence replaced by U+FFFD").arg(name).arg(m.byteOffset).arg(r.encoding);
        r.warnings << w;
        pageWarnings[pageOf(m.textIndex)] << w;
    }
    if (decoded.invalidCount > decoded.invalid.size()) {
        const QString more = englishCount(decoded.invalidCount - decoded.invalid.size(), u"more invalid %1 sequence", u"more invalid %1 sequences");
        const QString w = QStringLiteral("%1: %2 replaced by U+FFFD (%3 in all)").arg(name, more.arg(r.encoding), QString::number(decoded.invalidCount));
        r.warnings << w;
        pageWarnings[pageOf(decoded.invalid.last().textIndex)] << w;
    }
    for (const ByteDecoder::Mark &m : decoded.controls) {
        const QString w = m.unit == 0 ? QStringLiteral("%1: byte %2: NUL character replaced by U+FFFD").arg(name).arg(m.byteOffset)
                                      : QStringLiteral("%1: byte %2: control character %3 kept").arg(name).arg(m.byteOffset).arg(unitName(m.unit));
        r.warnings << w;
        pageWarnings[pageOf(m.textIndex)] << w;
    }
    if (decoded.controlCount > decoded.controls.size()) {
        const QString w = QStringLiteral("%1: %2 more control characters kept, NUL as U+FFFD (%3 in all)")
                              .arg(name).arg(decoded.controlCount - decoded.controls.size()).arg(decoded.controlCount);
        r.warnings << w;
        pageWarnings[pageOf(decoded.controls.last().textIndex)] << w;
    }

    // Private-use characters from a legacy table: user-defined or vendor codes, often with no glyph.
    if (!r.encoding.startsWith(QLatin1String("UTF-"), Qt::CaseInsensitive)) {
        for (const ByteDecoder::Mark &m : decoded.privateUse) {
            const QString w = QStringLiteral("%1: byte %2: %3 user-defined or vendor code decoded as private-use character %4")
                                  .arg(name).arg(m.byteOffset).arg(r.encoding, unitName(m.unit));
            r.warnings << w;
            pageWarnings[pageOf(m.textIndex)] << w;
        }
        if (decoded.privateUseCount > decoded.privateUse.size()) {
            const QString w = QStringLiteral("%1: %2 more private-use characters (%3 in all)")
                                  .arg(name).arg(decoded.privateUseCount - decoded.privateUse.size()).arg(decoded.privateUseCount);
            r.warnings << w;
            pageWarnings[pageOf(decoded.privateUse.last().textIndex)] << w;
        }
    }

    const QByteArray sha256 = ContentHash::sha256Hex(bytes);
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const Range &range = ranges[i];
        // One page that is the whole text (the usual case) takes the decoded text without a copy.
        const bool whole = ranges.size() == 1 && range.start == 0 && range.end == units;
        Page page(normaliseLineEnds(whole ? std::move(decoded.text) : decoded.text.mid(range.start, range.end - range.start)));
        page.setSourcePath(sourceName);
        page.setEncoding(r.encoding);
        page.setSha256(sha256);
        page.setPageNumber(int(i) + 1);
        page.setSourceByteOffset(range.byteOffset);
        for (const QString &w : pageWarnings[i])
            page.addWarning(w);
        page.setBlocks(BlockFinder::findBlocks(page.text()));
        r.pages.append(page);
    }
    return r;
}

Page TextImporter::pageFromText(const QString &text, const QString &sourceName)
{
    QString t = text;
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    Page page(normaliseLineEnds(t));
    page.setSourcePath(sourceName);
    page.setBlocks(BlockFinder::findBlocks(page.text()));
    return page;
}

} // namespace galley
