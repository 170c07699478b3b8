// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlText.h"

namespace galley {

bool XmlText::isAllowedAt(QStringView text, qsizetype i)
{
    const char16_t u = text[i].unicode();
    if (u < 0x20)
        return u == u'\t' || u == u'\n' || u == u'\r';
    if (QChar::isHighSurrogate(u))
        return i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode());
    if (QChar::isLowSurrogate(u))
        return i > 0 && QChar::isHighSurrogate(text[i - 1].unicode());
    return u != 0xFFFE && u != 0xFFFF;
}

qsizetype XmlText::countDisallowed(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        n += !isAllowedAt(text, i);
    return n;
}

QString XmlText::clean(const QString &text, qsizetype *replaced)
{
    const qsizetype bad = countDisallowed(text);
    if (replaced)
        *replaced = bad;
    if (bad == 0)
        return text;
    QString out = text;
    // Judged on the original: replacing a lone high surrogate must not orphan nothing else.
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!isAllowedAt(text, i))
            out[i] = QChar(0xFFFD);
    return out;
}

QString XmlText::escaped(const QString &text)
{
    return clean(text).toHtmlEscaped();
}

} // namespace galley
