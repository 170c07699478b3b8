// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Newspaper samples for the import tests (tst_encodingdetector, tst_bytedecoder, tst_textimporter,
// tst_segmentcli): the UTF-8 references and the iconv-made legacy files in tests/data/encodings/,
// and helpers that encode text or write bytes to temporary files.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace importsamples {

struct Sample {
    const char *tag;          // data-row name
    const char *reference;    // UTF-8 file in tests/data/encodings
    const char *legacyFile;   // the same text in legacyEncoding, made with iconv
    const char *legacyEncoding;
};

inline const QList<Sample> &samples()
{
    static const QList<Sample> all = {
        {"zh-Hans GB18030", "zh-hans-news.txt", "zh-hans-news.gb18030.txt", "GB18030"},
        {"zh-Hant Big5", "zh-hant-news.txt", "zh-hant-news.big5.txt", "Big5"},
        {"ja Shift_JIS", "ja-news.txt", "ja-news.shift_jis.txt", "Shift_JIS"},
        {"ko EUC-KR", "ko-news.txt", "ko-news.euc-kr.txt", "EUC-KR"},
        {"de windows-1252", "de-news.txt", "de-news.windows-1252.txt", "windows-1252"},
        {"fr windows-1252", "fr-news.txt", "fr-news.windows-1252.txt", "windows-1252"},
    };
    return all;
}

inline QString dataPath(const QString &file)
{
    return QStringLiteral(GALLEY_TEST_DATA "/encodings/") + file;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return f.readAll();
}

/// The UTF-8 reference text of a sample.
inline QString referenceText(const Sample &s)
{
    return QString::fromUtf8(readBytes(dataPath(QString::fromLatin1(s.reference))));
}

/// text in encoding, via Qt's (ICU-backed) encoder; fails hard if a character has no code there.
inline QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        qFatal("no encoder for %s", encoding);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("text not encodable in %s", encoding);
    return bytes;
}

/// Writes bytes to name inside dir and returns the path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace importsamples
