#include "JsonTextWriter.h"

#include <cmath>

namespace galley {

JsonTextWriter::JsonTextWriter(QByteArray *out, int baseIndent)
    : m_out(out)
    , m_baseIndent(baseIndent)
{
}

void JsonTextWriter::newline()
{
    m_out->append('\n');
    m_out->append(QByteArray((m_baseIndent + m_first.size()) * 2, ' '));
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

void JsonTextWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(text);
}

void JsonTextWriter::value(qint64 number)
{
    beforeValue();
    m_out->append(QByteArray::number(number));
}

void JsonTextWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number))
        m_out->append("null", 4);
    else
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
    m_out->append('"');
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            m_out->append(text.sliced(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"': m_out->append("\\\"", 2); break;
        case u'\\': m_out->append("\\\\", 2); break;
        case u'\n': m_out->append("\\n", 2); break;
        case u'\t': m_out->append("\\t", 2); break;
        case u'\r': m_out->append("\\r", 2); break;
        case u'\b': m_out->append("\\b", 2); break;
        case u'\f': m_out->append("\\f", 2); break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            m_out->append(buf, 6);
        }
        }
    }
    flush(text.size());
    m_out->append('"');
}

} // namespace galley
