// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfWriter.h"

#include "ExportTime.h"
#include "HtmlWriter.h"
#include "RichTextDocument.h"

#include <QBuffer>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextCursor>

namespace galley {

namespace {

// Qt names each embedded glyph in the PDF's ToUnicode map by the lowest code point the font maps to
// it. CJK fonts give a radical (U+2E80–U+2FDF: ⼤ ⺠) and the ideograph it looks like (大 民) the same
// glyph, so without a fix text copied or extracted from the PDF holds radicals. The font's own cmap
// tells which ideograph shares the glyph.
QHash<uint, uint> radicalsToIdeographs(const QString &family)
{
    QHash<uint, uint> map;
    QFont font;
    font.setFamily(family);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return map;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, uint> byGlyph;
    for (qsizetype i = 0; i < glyphs.size(); ++i)
        if (glyphs[i] && !byGlyph.contains(glyphs[i]))
            byGlyph.insert(glyphs[i], 0x4E00 + uint(i));
    QString radicals;
    for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals += QChar(c);
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        const uint radical = 0x2E80 + uint(i);
        if (radicalGlyphs[i] && byGlyph.contains(radicalGlyphs[i]))
            map.insert(radical, byGlyph.value(radicalGlyphs[i]));
        else if (const QString nfkc = QString(QChar(char16_t(radical))).normalized(QString::NormalizationForm_KC);
                 nfkc.size() == 1 && nfkc.at(0).unicode() >= 0x3400)
            map.insert(radical, nfkc.at(0).unicode()); // Kangxi radicals decompose to their ideograph
    }
    return map;
}

// Code points that occur in the page's texts, so that a radical the text really holds is kept.
QSet<uint> codePointsOf(const QTextDocument &doc)
{
    QSet<uint> seen;
    for (const uint c : doc.toPlainText().toUcs4())
        seen.insert(c);
    return seen;
}

// Rewrites radical code points in the ToUnicode CMaps in place (same length: 4 hex digits each), so
// no offset in the file changes. Only destinations that stand for one glyph are touched: bfchar
// pairs, the entries of a bfrange array and single-glyph bfranges; a "<first> <last> <start>" range
// of several glyphs counts up from its start, so rewriting it would shift every glyph after the
// first. A radical the page's text holds while it does not hold the ideograph stays a radical.
void fixToUnicode(QByteArray &pdf, const QString &family, const QSet<uint> &inText)
{
    static const QHash<uint, uint> map = radicalsToIdeographs(family);
    if (map.isEmpty())
        return;
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"));
    static const QRegularExpression code(QStringLiteral("<(2[Ee][89A-Fa-f][0-9A-Fa-f]|2[Ff][0-9A-Da-d][0-9A-Fa-f])>"));
    auto rewrite = [&](qsizetype at, const QString &text) {
        auto it = code.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const uint radical = m.captured(1).toUInt(nullptr, 16);
            const auto found = map.constFind(radical);
            if (found == map.cend() || (inText.contains(radical) && !inText.contains(*found)))
                continue;
            pdf.replace(at + m.capturedStart(1), 4, QByteArray::number(*found, 16).toUpper().rightJustified(4, '0'));
        }
    };
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        const QString cmap = QString::fromLatin1(pdf.constData() + from, end - from);
        qsizetype section = 0;
        while ((section = cmap.indexOf(QLatin1String("begin"), section)) >= 0) {
            const bool isRange = QStringView(cmap).mid(section).startsWith(QLatin1String("beginbfrange"));
            const bool isChar = QStringView(cmap).mid(section).startsWith(QLatin1String("beginbfchar"));
            const qsizetype sectionEnd = cmap.indexOf(QLatin1String("end"), section + 5);
            if (sectionEnd < 0)
                break;
            const QString body = cmap.mid(section, sectionEnd - section);
            if (isChar) {
                rewrite(from + section, body);
            } else if (isRange) {
                auto it = range.globalMatch(body);
                while (it.hasNext()) {
                    const auto m = it.next();
                    if (m.captured(3).startsWith(u'[') || m.captured(1).toUInt(nullptr, 16) == m.captured(2).toUInt(nullptr, 16))
                        rewrite(from + section + m.capturedStart(3), m.captured(3));
                }
            }
            section = sectionEnd + 3;
        }
        from = end;
    }
}

// Reproducible output: with SOURCE_DATE_EPOCH set the creation date Qt wrote ("D:YYYYMMDDHHmmSS",
// now) is rewritten in place, same length, to that time (ExportTime.h).
void applySourceDateEpoch(QByteArray &pdf)
{
    if (qEnvironmentVariable("SOURCE_DATE_EPOCH").isEmpty())
        return;
    const QByteArray stamp = exportTime().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    if (at >= 0 && stamp.size() == 14 && at + key.size() + 14 <= pdf.size())
        pdf.replace(at + key.size(), 14, stamp);
}

} // namespace

QByteArray PdfWriter::write(const ExportPage &page, QString *error)
{
    const auto doc = RichTextDocument::build(page);
    // Each character its own glyph: with OpenType shaping the CJK font draws two em dashes (——) as
    // one glyph, the one its cmap gives U+2E3A (two-em dash), and Qt names a glyph in the ToUnicode
    // map by a code point the font maps to it, so the text extracted from the PDF read ⸺ (and ⸻
    // for three). Scripts that need shaping (Arabic, Indic …) are still shaped (QFont::PreferNoShaping).
    {
        QTextCursor all(doc.get());
        all.select(QTextCursor::Document);
        QTextCharFormat unshaped;
        unshaped.setFontStyleStrategy(QFont::PreferNoShaping);
        all.mergeCharFormat(unshaped);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        pdf.setTitle(HtmlWriter::documentTitle(page));
        pdf.setCreator(QStringLiteral("Galley %1").arg(QStringLiteral(GALLEY_VERSION)));
        doc->print(&pdf);
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot lay out the PDF");
        return bytes;
    }
    fixToUnicode(bytes, RichTextDocument::fontFamilies(QStringLiteral("zh")).first(), codePointsOf(*doc));
    applySourceDateEpoch(bytes);
    return bytes;
}

} // namespace galley
