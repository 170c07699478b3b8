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

/// isNoSpace() of a character outside the blocks it decides inline: by its Unicode script.
bool isNoSpaceScript(char32_t c);
/// A character of a script written without spaces (see above). Inline for the blocks most text is
/// in (read for every character by the line measures and the similarity units); the script
/// look-up for the rest.
inline bool isNoSpace(char32_t c)
{
    if (c < 0x0E00) // Latin, Greek, Cyrillic, Arabic, Indic … up to Thai
        return false;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))
        return true;
    return isNoSpaceScript(c);
}
/// A letter of a script that separates words with spaces (Latin, Greek, Cyrillic, Hangul, Arabic …).
bool isSpacedLetter(char32_t c);
/// Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs).
bool isHan(char32_t c);
/// Half-width ASCII punctuation that Chinese typesetting prints full-width (GB/T 15834): , . : ; ! ? ( ) " '
bool isHalfWidthPunctuation(char32_t c);
/// A mark after which the sentence goes on: comma, enumeration comma, semicolon or colon, full-width
/// or not (GB/T 15834-2011 4.4–4.7: 逗号 顿号 分号 冒号).
inline bool isClauseMark(char32_t c)
{
    return c == U'，' || c == U'、' || c == U',' || c == U';' || c == U'；' || c == U'：' || c == U':';
}
/// Code point ending at UTF-16 index i (exclusive) / starting at index i; 0 outside the text.
char32_t codePointBefore(QStringView s, qsizetype i);
inline char32_t codePointAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return 0;
    const QChar hi = s[i];
    if (hi.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(hi, s[i + 1]);
    return hi.unicode();
}
/// Share of Han/Kana characters among the letters of s (0..1).
double cjkShare(QStringView s);

} // namespace galley::script
