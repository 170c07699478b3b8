#include "PdfWriter.h"

#include "HtmlWriter.h"
#include "RichTextDocument.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>

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

// Rewrites radical code points in the ToUnicode CMaps in place (same length: 4 hex digits each), so
// no offset in the file changes.
void fixToUnicode(QByteArray &pdf, const QString &family)
{
    static const QHash<uint, uint> map = radicalsToIdeographs(family);
    if (map.isEmpty())
        return;
    static const QRegularExpression code(QStringLiteral("<(2[Ee][89A-Fa-f][0-9A-Fa-f]|2[Ff][0-9A-Da-d][0-9A-Fa-f])>"));
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        const QString cmap = QString::fromLatin1(pdf.constData() + from, end - from);
        auto it = code.globalMatch(cmap);
        while (it.hasNext()) {
            const auto m = it.next();
            const uint radical = m.captured(1).toUInt(nullptr, 16);
            const auto found = map.constFind(radical);
            if (found != map.cend())
                pdf.replace(from + m.capturedStart(1), 4, QByteArray::number(*found, 16).toUpper().rightJustified(4, '0'));
        }
        from = end;
    }
}

} // namespace

QByteArray PdfWriter::write(const ExportPage &page, QString *error)
{
    const auto doc = RichTextDocument::build(page);
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
    fixToUnicode(bytes, RichTextDocument::fontFamilies(QStringLiteral("zh")).first());
    return bytes;
}

} // namespace galley
