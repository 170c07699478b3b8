// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTextWriter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace galley {

JsonTextWriter::JsonTextWriter(QByteArray *out, int baseIndent)
    : m_out(out)
    , m_baseIndent(baseIndent)
{
}

void JsonTextWriter::newline()
{
    static const char spaces[] = "                                                                ";
    m_out->append('\n');
    qsizetype indent = (m_baseIndent + m_first.size()) * 2;
    while (indent > 0) {
        const qsizetype chunk = std::min<qsizetype>(indent, sizeof spaces - 1);
        m_out->append(spaces, chunk);
        indent -= chunk;
    }
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out->append(',');
        m_first.last() = false;
        newline();
    }
}

void JsonTextWriter::beginObject()
{
    beforeValue();
    m_out->append('{');
    m_first.append(true);
}

void JsonTextWriter::endObject()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out->append('}');
}

void JsonTextWriter::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_first.append(true);
}

void JsonTextWriter::endArray()
{
    const bool empty = m_first.takeLast();
    if (!empty)
        newline();
    m_out->append(']');
}

void JsonTextWriter::key(QStringView name)
{
    beforeValue();
    appendEscaped(name);
    m_out->append(": ", 2);
    m_afterKey = true;
}

void JsonTextWriter::key(const char *asciiName)
{
    beforeValue();
    m_out->append('"');
    m_out->append(asciiName);
    m_out->append("\": ", 3);
    m_afterKey = true;
}

void JsonTextWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(text);
}

void JsonTextWriter::value(qint64 number)
{
    beforeValue();
    char buf[24];
    char *end = buf + sizeof buf, *p = end;
    quint64 n = number < 0 ? quint64(0) - quint64(number) : quint64(number);
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    if (number < 0)
        *--p = '-';
    m_out->append(p, end - p);
}

void JsonTextWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out->append("null", 4);
        return;
    }
    // Two decimals or fewer (confidences) are written exactly without the general formatter.
    const double hundredths = std::round(number * 100);
    if (std::abs(number * 100 - hundredths) < 1e-9 && std::abs(hundredths) < 1e15) {
        const qint64 h = qint64(hundredths);
        const quint64 a = quint64(h < 0 ? -h : h);
        QByteArray text = QByteArray::number(a / 100);
        if (a % 100) {
            text += '.';
            text += char('0' + (a % 100) / 10);
            if (a % 10)
                text += char('0' + a % 10);
        }
        if (h < 0)
            m_out->append('-');
        m_out->append(text);
        return;
    }
    m_out->append(QByteArray::number(number, 'g', 15));
}

void JsonTextWriter::value(bool b)
{
    beforeValue();
    m_out->append(b ? "true" : "false");
}

void JsonTextWriter::valueNull()
{
    beforeValue();
    m_out->append("null", 4);
}

void JsonTextWriter::appendEscaped(QStringView text)
{
    // UTF-8 encoding and escaping in one pass straight into the buffer (at most 6 bytes a UTF-16 unit).
    const qsizetype oldSize = m_out->size();
    const qsizetype needed = oldSize + text.size() * 6 + 2;
    if (m_out->capacity() < needed)
        m_out->reserve(std::max(needed, m_out->capacity() * 2));
    m_out->resize(needed);
    char *d = m_out->data() + oldSize;
    *d++ = '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"': *d++ = '"'; break;
            case u'\\': *d++ = '\\'; break;
            case u'\n': *d++ = 'n'; break;
            case u'\t': *d++ = 't'; break;
            case u'\r': *d++ = 'r'; break;
            case u'\b': *d++ = 'b'; break;
            case u'\f': *d++ = 'f'; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[(c >> 4) & 0xF];
                *d++ = hex[c & 0xF];
            }
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone surrogate cannot be encoded
        if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        } else {
            *d++ = char(0xF0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3F));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        }
    }
    *d++ = '"';
    m_out->resize(d - m_out->data());
}

} // namespace galley
