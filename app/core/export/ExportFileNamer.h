// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportFileNamer: file names for exported articles and pages that are readable (CJK kept as it
// is) and safe on Windows, macOS and Linux:
//  - dropped: bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), U+FEFF, U+FFFE/FFFF and
//    unpaired surrogates;
//  - removed (replaced by a space): \ / : * ? " < > | and control characters (C0, DEL, C1);
//  - white-space runs become one space; leading dots, dashes and spaces and trailing dots and
//    spaces are trimmed; Windows device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, also with ¹²³),
//    alone or before any extension, get a "_" after the device part ("CON.txt" → "CON_.txt");
//  - the name is NFC and cut at a grapheme boundary to at most maxUtf8Bytes bytes of UTF-8
//    (default 150, leaving room for "-N" and the extension within the 255-byte limit);
//  - an empty result falls back to "article-N" / the given fallback.
// claim() makes names unique within one namer, case-insensitively (macOS and Windows file systems
// ignore case): "name.md", "name-2.md", "name-3.md" …  Not thread-safe; one namer per folder.
#include <QSet>
#include <QString>

namespace galley {

class ExportFileNamer {
public:
    static constexpr int kMaxUtf8Bytes = 150;
    /// The safe form of text (may be empty).
    static QString safeName(const QString &text, int maxUtf8Bytes = kMaxUtf8Bytes);
    /// A name not claimed before: base (or fallback if base is empty after safeName) plus "-2", "-3" …
    /// plus "." extension (none if extension is empty).
    QString claim(const QString &base, const QString &extension, const QString &fallback = QStringLiteral("export"));
    /// Marks a name as taken (e.g. a file found on disk that must not be reused).
    void reserve(const QString &fileName) { m_taken.insert(fileName.toCaseFolded()); }

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace galley
