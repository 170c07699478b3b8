// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ScriptClass: which characters belong to scripts written without spaces between words, after the
// segment-break transformation rules of CSS Text Level 3 §4.1.2: between two such characters a line
// break carries no space. Han, Hiragana, Katakana, Bopomofo, Yi, Thai, Lao, Khmer, Myanmar, CJK
// symbols and punctuation (U+3000–U+303F) and fullwidth forms (U+FF00–U+FFEF) count; Hangul does not
// (Korean separates words with spaces).
#include <QChar>
#include <QStringView>

namespace galley::script {

/// A character of a script written without spaces (see above).
bool isNoSpace(char32_t c);
/// A letter of a script that separates words with spaces (Latin, Greek, Cyrillic, Hangul, Arabic …).
bool isSpacedLetter(char32_t c);
/// Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs).
bool isHan(char32_t c);
/// Half-width ASCII punctuation that Chinese typesetting prints full-width (GB/T 15834): , . : ; ! ? ( ) " '
bool isHalfWidthPunctuation(char32_t c);
/// Code point ending at UTF-16 index i (exclusive) / starting at index i; 0 outside the text.
char32_t codePointBefore(QStringView s, qsizetype i);
char32_t codePointAt(QStringView s, qsizetype i);
/// Share of Han/Kana characters among the letters of s (0..1).
double cjkShare(QStringView s);

} // namespace galley::script
