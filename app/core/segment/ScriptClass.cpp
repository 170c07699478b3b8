// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptClass.h"

namespace galley::script {

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isNoSpaceScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

bool isSpacedLetter(char32_t c)
{
    return c != 0 && QChar::isLetter(c) && !isNoSpace(c);
}

bool isHalfWidthPunctuation(char32_t c)
{
    switch (c) {
    case ',': case '.': case ':': case ';': case '!': case '?':
    case '(': case ')': case '"': case '\'':
        return true;
    default:
        return false;
    }
}

char32_t codePointBefore(QStringView s, qsizetype i)
{
    if (i <= 0 || i > s.size())
        return 0;
    const QChar lo = s[i - 1];
    if (lo.isLowSurrogate() && i >= 2 && s[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[i - 2], lo);
    return lo.unicode();
}

double cjkShare(QStringView s)
{
    qsizetype letters = 0, cjk = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char32_t c = codePointAt(s, i);
        if (c >= 0x4E00 && c <= 0x9FA5) { // the Unicode 1.1 ideographs: every one a letter, no-space
            ++letters;
            ++cjk;
            continue;
        }
        if (c > 0xFFFF)
            ++i;
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        if (isNoSpace(c))
            ++cjk;
    }
    return letters ? double(cjk) / double(letters) : 0.0;
}

} // namespace galley::script
