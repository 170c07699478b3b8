// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFileNamer.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace galley {

namespace {

// Invisible characters that only confuse a file name: the bidi embeddings, overrides, isolates and marks
// (Unicode UAX #9: U+202A–202E, U+2066–2069, U+200E/200F, U+061C; an override makes "gpj.exe" read as
// "exe.jpg"), the byte-order mark U+FEFF, the noncharacters U+FFFE/FFFF and unpaired surrogates.
QString withoutInvisibles(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
            continue;
        }
        if (QChar::isSurrogate(u) || u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += text[i];
    }
    return out;
}

} // namespace

QString ExportFileNamer::safeName(const QString &text, int maxUtf8Bytes)
{
    QString s = withoutInvisibles(text).normalized(QString::NormalizationForm_C);
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == u'\\' || u == u'/' || u == u':' || u == u'*'
            || u == u'?' || u == u'"' || u == u'<' || u == u'>' || u == u'|' || c.isSpace())
            c = u' ';
    }
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    s.replace(spaces, QStringLiteral(" "));
    qsizetype b = 0;
    while (b < s.size() && (s[b] == u' ' || s[b] == u'.' || s[b] == u'-'))
        ++b;
    s.remove(0, b);
    auto trimEnd = [](QString &t) {
        while (!t.isEmpty() && (t.back() == u' ' || t.back() == u'.'))
            t.chop(1);
    };
    trimEnd(s);

    if (s.toUtf8().size() > maxUtf8Bytes) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
        qsizetype cut = 0, bytes = 0;
        qsizetype pos = 0;
        while ((pos = finder.toNextBoundary()) > 0) {
            const qsizetype add = QStringView(s).mid(cut, pos - cut).toUtf8().size();
            if (bytes + add > maxUtf8Bytes)
                break;
            bytes += add;
            cut = pos;
        }
        s.truncate(cut);
        trimEnd(s);
    }

    // Windows reserves the device names with any extension ("CON.txt.md" opens the console) and ignores
    // spaces before the dot; COM0/LPT0 and the superscript digits ¹²³ are reserved too (Microsoft, "Naming
    // Files, Paths, and Namespaces"). A "_" after the device part makes the name ordinary.
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3]) *(?:\\.|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = device.match(s); m.hasMatch())
        s.insert(m.capturedEnd(1), u'_');
    return s;
}

QString ExportFileNamer::claim(const QString &base, const QString &extension, const QString &fallback)
{
    QString stem = safeName(base);
    if (stem.isEmpty())
        stem = safeName(fallback);
    if (stem.isEmpty())
        stem = QStringLiteral("export");
    const QString ext = extension.isEmpty() ? QString() : u'.' + extension;
    QString name = stem + ext;
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n)
        name = stem + u'-' + QString::number(n) + ext;
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace galley
