// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HocrImporter.h"

#include "ContentHash.h"
#include "LaidOutPageBuilder.h"
#include "TextImporter.h"

#include <memory>

namespace galley {

namespace {

enum class Kind { Other, Page, Block, Line, Word };

struct Element {
    QString name;
    Kind kind = Kind::Other;
};

QString decodeEntities(QStringView s)
{
    if (!s.contains(u'&'))
        return s.toString();
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'&') {
            out += s[i];
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += s[i];
            continue;
        }
        const QStringView name = s.sliced(i + 1, semi - i - 1);
        char32_t c = 0;
        if (name.startsWith(u"#x") || name.startsWith(u"#X"))
            c = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            c = name.mid(1).toUInt();
        else if (name == u"amp")
            c = '&';
        else if (name == u"lt")
            c = '<';
        else if (name == u"gt")
            c = '>';
        else if (name == u"quot")
            c = '"';
        else if (name == u"apos")
            c = '\'';
        else if (name == u"nbsp")
            c = 0xA0;
        if (c == 0 || c > 0x10FFFF) {
            out += s[i];
            continue;
        }
        out += QString::fromUcs4(&c, 1);
        i = semi;
    }
    return out;
}

QString attribute(QStringView tag, QStringView name)
{
    // tag: the inside of "<...>" after the element name.
    qsizetype i = 0;
    while (i < tag.size()) {
        while (i < tag.size() && (tag[i].isSpace() || tag[i] == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < tag.size() && !tag[i].isSpace() && tag[i] != u'=' && tag[i] != u'/')
            ++i;
        const QStringView attr = tag.sliced(nameStart, i - nameStart);
        while (i < tag.size() && tag[i].isSpace())
            ++i;
        QStringView value;
        if (i < tag.size() && tag[i] == u'=') {
            ++i;
            while (i < tag.size() && tag[i].isSpace())
                ++i;
            if (i < tag.size() && (tag[i] == u'"' || tag[i] == u'\'')) {
                const QChar quote = tag[i];
                const qsizetype end = tag.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? tag.size() : end;
                value = tag.sliced(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const qsizetype start = i;
                while (i < tag.size() && !tag[i].isSpace())
                    ++i;
                value = tag.sliced(start, i - start);
            }
        }
        if (attr.compare(name, Qt::CaseInsensitive) == 0)
            return decodeEntities(value);
        if (attr.isEmpty())
            ++i;
    }
    return QString();
}

bool isVoid(QStringView name)
{
    static const char *const names[] = {"meta", "br", "img", "link", "hr", "input", "area", "base", "col", "wbr", "source"};
    for (const char *n : names)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

Kind kindOf(const QString &classes)
{
    const QStringList list = classes.split(u' ', Qt::SkipEmptyParts);
    for (const QString &c : list) {
        if (c == u"ocr_page")
            return Kind::Page;
        if (c == u"ocrx_word")
            return Kind::Word;
        if (c == u"ocr_line" || c == u"ocrx_line" || c == u"ocr_textfloat" || c == u"ocr_header" || c == u"ocr_caption")
            return Kind::Line;
        if (c == u"ocr_par" || c == u"ocr_carea" || c == u"ocrx_block")
            return Kind::Block;
    }
    return Kind::Other;
}

QRectF bboxOf(QStringView title)
{
    const QStringList v = HocrImporter::titleProperty(title, u"bbox").split(u' ', Qt::SkipEmptyParts);
    if (v.size() < 4)
        return QRectF();
    bool ok[4];
    const double x0 = v[0].toDouble(&ok[0]), y0 = v[1].toDouble(&ok[1]), x1 = v[2].toDouble(&ok[2]), y1 = v[3].toDouble(&ok[3]);
    if (!(ok[0] && ok[1] && ok[2] && ok[3]) || x1 < x0 || y1 < y0)
        return QRectF();
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QString collapse(const QString &s)
{
    return s.simplified();
}

class HocrReader {
public:
    HocrReader(const QString &source, ImportResult &r) : m_source(source), m_r(r) {}
    void read(QStringView html);

private:
    void open(Kind kind, QStringView attrs);
    void close(Kind kind);
    void text(const QString &t);
    void flushLine();

    QString m_source;
    ImportResult &m_r;
    std::unique_ptr<LaidOutPageBuilder> m_page;
    QSizeF m_pageSize;
    QString m_image;
    bool m_inLine = false;
    QRectF m_lineBox;
    double m_lineFont = 0;
    QString m_lineOwnText;
    QStringList m_words;
    bool m_inWord = false;
    QString m_wordText;
};

void HocrReader::open(Kind kind, QStringView attrs)
{
    const QString title = attribute(attrs, u"title");
    switch (kind) {
    case Kind::Page: {
        if (m_page)
            close(Kind::Page);
        m_page = std::make_unique<LaidOutPageBuilder>(GeometryUnit::Pixel);
        const QRectF box = bboxOf(title);
        m_pageSize = box.isNull() ? QSizeF() : QSizeF(box.right(), box.bottom());
        QString image = HocrImporter::titleProperty(title, u"image").trimmed();
        if (image.size() >= 2 && (image.front() == u'"' || image.front() == u'\''))
            image = image.mid(1, image.size() - 2);
        m_image = image;
        break;
    }
    case Kind::Block:
        if (!m_page)
            break;
        // Nested blocks (a carea holding pars): the innermost one is the block.
        if (m_inLine)
            flushLine();
        m_page->beginBlock(bboxOf(title), attribute(attrs, u"id"));
        break;
    case Kind::Line:
        if (!m_page)
            break;
        if (m_inLine)
            flushLine();
        m_inLine = true;
        m_lineBox = bboxOf(title);
        m_lineFont = HocrImporter::titleProperty(title, u"x_fsize").toDouble();
        m_lineOwnText.clear();
        m_words.clear();
        break;
    case Kind::Word:
        m_inWord = true;
        m_wordText.clear();
        if (m_lineFont <= 0)
            m_lineFont = HocrImporter::titleProperty(title, u"x_fsize").toDouble();
        break;
    case Kind::Other:
        break;
    }
}

void HocrReader::flushLine()
{
    m_inLine = false;
    if (!m_page)
        return;
    const QString text = m_words.isEmpty() ? collapse(m_lineOwnText) : m_words.join(u' ');
    m_page->addLine(text, m_lineBox, m_lineFont);
}

void HocrReader::close(Kind kind)
{
    switch (kind) {
    case Kind::Page:
        if (!m_page)
            break;
        if (m_inLine)
            flushLine();
        {
            Page page = m_page->build(m_source, int(m_r.pages.size()) + 1, m_pageSize);
            page.setImageName(m_image);
            m_r.pages.append(page);
        }
        m_page.reset();
        break;
    case Kind::Block:
        if (m_inLine)
            flushLine();
        if (m_page)
            m_page->endBlock();
        break;
    case Kind::Line:
        if (m_inLine)
            flushLine();
        break;
    case Kind::Word:
        if (m_inWord) {
            m_inWord = false;
            const QString w = collapse(m_wordText);
            if (!w.isEmpty())
                m_words.append(w);
        }
        break;
    case Kind::Other:
        break;
    }
}

void HocrReader::text(const QString &t)
{
    if (m_inWord)
        m_wordText += t;
    else if (m_inLine)
        m_lineOwnText += t;
}

void HocrReader::read(QStringView html)
{
    QList<Element> stack;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > i)
            text(decodeEntities(html.sliced(i, textEnd - i)));
        if (lt < 0)
            break;
        if (html.sliced(lt).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", lt + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', lt + 1);
        if (gt < 0)
            break;
        const QStringView tag = html.sliced(lt + 1, gt - lt - 1);
        i = gt + 1;
        if (tag.isEmpty() || tag[0] == u'!' || tag[0] == u'?')
            continue;
        if (tag[0] == u'/') {
            const QString name = tag.mid(1).trimmed().toString().toLower();
            // Close up to the nearest open element of that name (tolerates missing end tags).
            qsizetype k = stack.size() - 1;
            while (k >= 0 && stack[k].name != name)
                --k;
            if (k < 0)
                continue;
            while (stack.size() > k) {
                const Element e = stack.takeLast();
                close(e.kind);
            }
            continue;
        }
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !tag[nameEnd].isSpace() && tag[nameEnd] != u'/')
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        const QStringView attrs = tag.sliced(nameEnd);
        if (name == u"script" || name == u"style") {
            const qsizetype end = html.indexOf(QStringLiteral("</%1").arg(name), i, Qt::CaseInsensitive);
            i = end < 0 ? html.size() : end;
            continue;
        }
        if (name == u"br") {
            text(QStringLiteral(" "));
            continue;
        }
        const bool selfClosing = tag.endsWith(u'/');
        if (isVoid(name))
            continue;
        const Kind kind = kindOf(attribute(attrs, u"class"));
        open(kind, attrs);
        if (selfClosing)
            close(kind);
        else
            stack.append({name, kind});
    }
    while (!stack.isEmpty())
        close(stack.takeLast().kind);
}

} // namespace

QString HocrImporter::titleProperty(QStringView title, QStringView property)
{
    // Properties are separated by ';' (spec) or ',' (kraken 0.8); a value never holds either here
    // except inside quotes (image file names).
    qsizetype i = 0;
    while (i < title.size()) {
        while (i < title.size() && (title[i].isSpace() || title[i] == u';' || title[i] == u','))
            ++i;
        qsizetype end = i;
        QChar quote;
        while (end < title.size()) {
            const QChar c = title[end];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u';' || c == u',') {
                break;
            }
            ++end;
        }
        const QStringView item = title.sliced(i, end - i).trimmed();
        const qsizetype space = item.indexOf(u' ');
        const QStringView key = space < 0 ? item : item.left(space);
        if (key == property)
            return space < 0 ? QString() : item.mid(space + 1).trimmed().toString();
        i = end + 1;
    }
    return QString();
}

ImportResult HocrImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    ImportResult r;
    const QString name = TextImporter::displaySourceName(sourceName);
    if (bytes.size() > options.maxBytes) {
        r.error = QStringLiteral("%1: larger than the import limit of %2 bytes").arg(name).arg(options.maxBytes);
        return r;
    }
    const QString html = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    HocrReader reader(sourceName, r);
    reader.read(html);
    bool anyText = false;
    for (const Page &p : r.pages)
        anyText = anyText || !p.text().isEmpty();
    if (r.pages.isEmpty() || !anyText) {
        const bool noPage = r.pages.isEmpty();
        r.pages.clear();
        r.error = noPage
            ? QStringLiteral("%1: no ocr_page element, not hOCR").arg(name)
            : QStringLiteral("%1: no text in the hOCR file (no ocr_line or ocrx_word with text)").arg(name);
        return r;
    }
    const QByteArray sha256 = ContentHash::sha256Hex(bytes);
    for (Page &p : r.pages) {
        p.setSha256(sha256);
        p.setEncoding(QStringLiteral("UTF-8"));
    }
    r.encoding = QStringLiteral("UTF-8");
    r.encodingReason = QStringLiteral("hOCR (HTML)");
    return r;
}

} // namespace galley
