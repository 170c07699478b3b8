// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageXmlWriter.h"

#include "WordCorrections.h"
#include "XmlText.h"
#include "import/AltoImporter.h"
#include "import/DocumentImporter.h"
#include "import/PageXmlImporter.h"
#include "import/TextImporter.h"
#include "import/XmlSupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace galley {

namespace {

const QString Ns = QStringLiteral("http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15");
constexpr int kMaxDepth = 256;

// One element of the source, by local name.
struct Node {
    QString name;
    QXmlStreamAttributes attrs;
    QList<Node> children;
    QString text; // character data directly inside
    QString attr(const char *key) const { return attrs.value(QLatin1String(key)).toString(); }
    const Node *child(QStringView n) const
    {
        for (const Node &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
};

bool isRegion(QStringView n)
{
    static const QStringList kinds{QStringLiteral("TextRegion"),    QStringLiteral("ImageRegion"),     QStringLiteral("LineDrawingRegion"),
                                   QStringLiteral("GraphicRegion"), QStringLiteral("TableRegion"),     QStringLiteral("ChartRegion"),
                                   QStringLiteral("MapRegion"),     QStringLiteral("SeparatorRegion"), QStringLiteral("MathsRegion"),
                                   QStringLiteral("ChemRegion"),    QStringLiteral("MusicRegion"),     QStringLiteral("AdvertRegion"),
                                   QStringLiteral("NoiseRegion"),   QStringLiteral("UnknownRegion"),   QStringLiteral("CustomRegion")};
    return kinds.contains(n);
}

bool parseTree(const QByteArray &bytes, const QString &name, Node &root, QString &error)
{
    QXmlStreamReader xml(bytes);
    QList<Node *> stack{&root};
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (stack.size() > kMaxDepth) {
                error = xml::errorAt(name, xml, QStringLiteral("elements nested deeper than %1").arg(kMaxDepth));
                return false;
            }
            Node *parent = stack.last();
            parent->children.append(Node{xml.name().toString(), xml.attributes(), {}, {}});
            stack.append(&parent->children.last());
        } else if (t == QXmlStreamReader::EndElement) {
            if (stack.size() > 1)
                stack.removeLast();
        } else if (t == QXmlStreamReader::Characters) {
            stack.last()->text += xml.text();
        }
    }
    if (xml.hasError()) {
        error = xml::readerError(name, xml);
        return false;
    }
    return true;
}

// The text of a node's first TextEquiv/Unicode, and whether it has one (as PageXmlImporter reads it).
QString ownText(const Node &n, bool *has = nullptr)
{
    const Node *equiv = n.child(u"TextEquiv");
    const Node *unicode = equiv ? equiv->child(u"Unicode") : nullptr;
    if (has)
        *has = unicode != nullptr;
    return unicode ? unicode->text : QString();
}

// A line's text as PageXmlImporter reads it: its own TextEquiv, else its Words joined.
QString lineText(const Node &line)
{
    const QString own = ownText(line);
    if (!own.trimmed().isEmpty())
        return own;
    QStringList words;
    for (const Node &w : line.children)
        if (w.name == u"Word" && !ownText(w).trimmed().isEmpty())
            words << ownText(w).trimmed();
    return words.join(u' ');
}

QString points(const QRectF &box)
{
    auto v = [](double d) { return QString::number(std::max<qint64>(0, qint64(std::llround(d)))); };
    if (box.isNull())
        return QStringLiteral("0,0 0,0");
    return QStringLiteral("%1,%2 %3,%2 %3,%4 %1,%4").arg(v(box.left()), v(box.top()), v(box.right()), v(box.bottom()));
}

// The Coords points of a node: its points attribute, or PAGE 2010 Point children.
QString coordsOf(const Node &n)
{
    const Node *c = n.child(u"Coords");
    if (!c)
        return QStringLiteral("0,0 0,0");
    const QString p = c->attr("points").simplified();
    if (!p.isEmpty())
        return p;
    QStringList out;
    for (const Node &pt : c->children)
        if (pt.name == u"Point")
            out << QStringLiteral("%1,%2").arg(pt.attr("x").trimmed(), pt.attr("y").trimmed());
    if (out.size() == 1)
        out << out.first();
    return out.isEmpty() ? QStringLiteral("0,0 0,0") : out.join(u' ');
}

bool isXmlName(const QString &id)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
    return name.match(id).hasMatch();
}

// custom without its structure {…} part.
QString customWithoutStructure(const QString &custom)
{
    static const QRegularExpression structure(QStringLiteral("structure\\s*\\{[^}]*\\}"));
    return QString(custom).remove(structure).simplified();
}

// Word boxes of an ALTO source by the word's UTF-16 start in the page text: the String boxes of the
// ALTO page whose text is text (keys as AltoImporter gives them: ID, or "#S<n>" by position).
QHash<qsizetype, QRectF> altoWordBoxes(const QByteArray &source, const QString &path, const QString &text)
{
    QHash<qsizetype, QRectF> out;
    QList<QHash<QString, TextSpan>> ids;
    const ImportResult r = AltoImporter::importBytes(source, path, {}, &ids);
    int ordinal = -1;
    for (int i = 0; i < r.pages.size() && ordinal < 0; ++i)
        if (r.pages[i].text() == text)
            ordinal = i;
    if (ordinal < 0)
        return out;
    QXmlStreamReader xml(source);
    int strings = 0, page = -1;
    bool inPage = false, inLine = false;
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (xml.name() == u"Page") {
                inPage = true;
                ++page;
            } else if (xml.name() == u"TextLine" && inPage) {
                inLine = true;
            } else if (xml.name() == u"String" && inPage && inLine) {
                const QXmlStreamAttributes a = xml.attributes();
                const QString key = a.value(QLatin1String("ID")).isEmpty() ? QStringLiteral("#S%1").arg(strings) : a.value(QLatin1String("ID")).toString();
                ++strings;
                const auto it = page == ordinal ? ids[ordinal].constFind(key) : ids[ordinal].cend();
                const QRectF box = xml::altoBox(a);
                if (it != ids[ordinal].cend() && !box.isNull() && !out.contains(it->start))
                    out.insert(it->start, box);
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (xml.name() == u"TextLine")
                inLine = false;
            else if (xml.name() == u"Page")
                inPage = false;
        }
    }
    return out;
}

// The Page node of a PAGE source, rebuilt from the model for other laid-out sources. Words: the box
// wordBoxes gives (an ALTO source's Strings), else the line box cut at character positions.
Node modelPage(const Page &page, QHash<QString, int> &blockOfId, const QHash<qsizetype, QRectF> &wordBoxes)
{
    Node p{QStringLiteral("Page"), {}, {}, {}};
    QString image = page.imageName().isEmpty() ? QFileInfo(page.sourcePath()).fileName() : page.imageName();
    if (image.isEmpty())
        image = QStringLiteral("page");
    QRectF all;
    for (const Block &b : page.blocks())
        all = all.united(b.box);
    const QSizeF size = page.pageSize().isEmpty() ? QSizeF(all.right(), all.bottom()) : page.pageSize();
    p.attrs.append(QStringLiteral("imageFilename"), image);
    p.attrs.append(QStringLiteral("imageWidth"), QString::number(std::max<qint64>(1, std::llround(size.width()))));
    p.attrs.append(QStringLiteral("imageHeight"), QString::number(std::max<qint64>(1, std::llround(size.height()))));
    QSet<QString> taken;
    for (int k = 0; k < page.blocks().size(); ++k) {
        const Block &b = page.blocks()[k];
        QString id = b.sourceId;
        if (!isXmlName(id) || taken.contains(id))
            id = QStringLiteral("r%1").arg(k + 1);
        while (taken.contains(id))
            id += u'_';
        taken.insert(id);
        blockOfId.insert(id, k);
        Node region{QStringLiteral("TextRegion"), {}, {}, {}};
        region.attrs.append(QStringLiteral("id"), id);
        QRectF box = b.box;
        if (box.isNull())
            for (const LineGeometry &l : b.lines)
                box = box.united(l.box);
        Node coords{QStringLiteral("Coords"), {}, {}, {}};
        coords.attrs.append(QStringLiteral("points"), points(box));
        region.children.append(coords);
        for (int j = 0; j < b.lines.size(); ++j) {
            const LineGeometry &l = b.lines[j];
            const QString lineId = QStringLiteral("%1_l%2").arg(id).arg(j + 1);
            taken.insert(lineId);
            Node line{QStringLiteral("TextLine"), {}, {}, {}};
            line.attrs.append(QStringLiteral("id"), lineId);
            Node lc{QStringLiteral("Coords"), {}, {}, {}};
            const QRectF lineBox = l.box.isNull() ? box : l.box;
            lc.attrs.append(QStringLiteral("points"), points(lineBox));
            line.children.append(lc);
            const double perUnit = l.span.isEmpty() ? 0 : lineBox.width() / double(l.span.length());
            int n = 0;
            for (const TextSpan &w : WordCorrections::wordSpans(page.text(), l.span)) {
                const QRectF wordBox = wordBoxes.value(w.start, QRectF(lineBox.left() + perUnit * double(w.start - l.span.start), lineBox.top(),
                                                                       perUnit * double(w.length()), lineBox.height()));
                Node word{QStringLiteral("Word"), {}, {}, {}};
                word.attrs.append(QStringLiteral("id"), QStringLiteral("%1_w%2").arg(lineId).arg(++n));
                Node wc{QStringLiteral("Coords"), {}, {}, {}};
                wc.attrs.append(QStringLiteral("points"), points(wordBox));
                word.children.append(wc);
                Node wu{QStringLiteral("Unicode"), {}, {}, page.textOf(w).toString()};
                word.children.append(Node{QStringLiteral("TextEquiv"), {}, {wu}, {}});
                line.children.append(word);
            }
            Node unicode{QStringLiteral("Unicode"), {}, {}, page.textOf(l.span).toString()};
            Node equiv{QStringLiteral("TextEquiv"), {}, {unicode}, {}};
            line.children.append(equiv);
            region.children.append(line);
        }
        p.children.append(region);
    }
    return p;
}

class Writer {
public:
    Writer(const ReviewDocument &doc, const Page &geometry, QByteArray &out, QHash<QString, int> blockOfId)
        : m_doc(doc), m_geo(geometry), m_x(&out), m_blockOfId(std::move(blockOfId)), m_corrections(WordCorrections::of(doc))
    {
        const Segmentation &seg = doc.segmentation();
        for (int a = 0; a < seg.articles.size(); ++a)
            for (const Piece &p : seg.articles[a].pieces)
                m_articleOfPiece.insert(p.id, a);
        m_pieces = seg.allPieces();
        numberArticleLines();
    }

    void run(const Node &page, const QString &created);

private:
    void collectIds(const Node &n);
    void assignIds(const Node &n);
    QString uniqueId(const QString &wanted);
    const Piece *pieceAt(qsizetype pos) const;
    QList<int> blocksOf(TextSpan span) const;
    void numberArticleLines();
    QString typeOf(int block) const;
    void readingOrder(const Node &page);
    void region(const Node &n);
    void line(const Node &n, const LineGeometry *geometry);
    QString correctedLine(TextSpan span) const;
    void textEquiv(const QString &text)
    {
        m_x.writeStartElement(Ns, QStringLiteral("TextEquiv"));
        m_x.writeTextElement(Ns, QStringLiteral("Unicode"), XmlText::clean(text));
        m_x.writeEndElement();
    }
    void coords(const QString &pts)
    {
        m_x.writeEmptyElement(Ns, QStringLiteral("Coords"));
        m_x.writeAttribute(QStringLiteral("points"), XmlText::clean(pts));
    }

    const ReviewDocument &m_doc;
    const Page &m_geo; // the page whose blocks and lines give the geometry (same text as the document's)
    QXmlStreamWriter m_x;
    QHash<QString, int> m_blockOfId;
    QHash<qsizetype, QString> m_corrections;
    QHash<int, int> m_articleOfPiece;
    QHash<qsizetype, int> m_lineInArticle; // line start (UTF-16) → its place in its article's reading order
    QList<Piece> m_pieces; // by span start
    QSet<QString> m_sourceIds;
    QSet<QString> m_used;
    QHash<const Node *, QString> m_ids;   // output id of each region, line and word
    QHash<const Node *, int> m_block;     // region → block index
    QHash<int, QString> m_regionOfBlock;  // block index → output region id
    QList<const Node *> m_textRegions;    // mapped text regions, document order
};

void Writer::collectIds(const Node &n)
{
    const QString id = n.attr("id");
    if (!id.isEmpty())
        m_sourceIds.insert(id);
    for (const Node &c : n.children)
        collectIds(c);
}

QString Writer::uniqueId(const QString &wanted)
{
    QString id = wanted;
    for (int k = 2; m_used.contains(id) || (id != wanted && m_sourceIds.contains(id)); ++k)
        id = QStringLiteral("%1_%2").arg(wanted).arg(k);
    m_used.insert(id);
    return id;
}

void Writer::assignIds(const Node &n)
{
    const bool region = isRegion(n.name);
    if (region || n.name == u"TextLine" || n.name == u"Word") {
        QString id = n.attr("id");
        if (!isXmlName(id) || m_used.contains(id))
            id = uniqueId(region ? QStringLiteral("r_g") : n.name == u"Word" ? QStringLiteral("w_g") : QStringLiteral("l_g"));
        else
            m_used.insert(id);
        m_ids.insert(&n, id);
        if (n.name == u"TextRegion") {
            const auto b = m_blockOfId.constFind(n.attr("id"));
            if (b != m_blockOfId.cend() && !m_regionOfBlock.contains(*b)) {
                m_block.insert(&n, *b);
                m_regionOfBlock.insert(*b, id);
                m_textRegions.append(&n);
            }
        }
    }
    for (const Node &c : n.children)
        assignIds(c);
}

const Piece *Writer::pieceAt(qsizetype pos) const
{
    for (const Piece &p : m_pieces)
        if (p.span.start <= pos && pos < p.span.end)
            return &p;
    return nullptr;
}

// The blocks of the geometry a span touches, in page order (a piece may run over several adjacent
// blocks: a title the word grouper cut into one block per letter-spaced word).
QList<int> Writer::blocksOf(TextSpan span) const
{
    QList<int> out;
    for (int k = 0; k < m_geo.blocks().size(); ++k)
        if (m_geo.blocks()[k].span.overlaps(span))
            out << k;
    return out;
}

// Each article line's place in its article's reading order: 0, 1 … over the article's pieces in
// piece order, the lines of a piece in page order. A line belongs to the piece holding its start.
void Writer::numberArticleLines()
{
    for (const Article &article : m_doc.segmentation().articles) {
        int next = 0;
        for (const Piece &p : article.pieces)
            for (int k : blocksOf(p.span))
                for (const LineGeometry &l : m_geo.blocks()[k].lines)
                    if (p.span.contains(l.span.start) && pieceAt(l.span.start) && pieceAt(l.span.start)->id == p.id)
                        m_lineInArticle.insert(l.span.start, next++);
    }
}

QString Writer::typeOf(int block) const
{
    const Block &b = m_geo.blocks()[block];
    const Piece *best = nullptr;
    qsizetype most = -1;
    for (const Piece &p : m_pieces) {
        const qsizetype overlap = std::min(p.span.end, b.span.end) - std::max(p.span.start, b.span.start);
        if (overlap > most && overlap > 0) {
            most = overlap;
            best = &p;
        }
    }
    if (!best)
        return QStringLiteral("paragraph");
    if (best->role != Role::Furniture)
        return PageXmlWriter::regionType(best->role);
    static const QRegularExpression folio(QStringLiteral("^[\\d\\s\\-\\x{2013}\\x{2014}.\\x{00B7}|]*\\d[\\d\\s\\-\\x{2013}\\x{2014}.\\x{00B7}|]*$"));
    if (folio.match(m_doc.page().textOf(best->span).toString()).hasMatch())
        return QStringLiteral("page-number");
    const double height = m_geo.pageSize().height();
    return b.hasBox() && height > 0 && b.box.center().y() > height / 2 ? QStringLiteral("footer") : QStringLiteral("header");
}

QString Writer::correctedLine(TextSpan span) const
{
    const QString &text = m_doc.page().text();
    QStringList out;
    for (const TextSpan &w : WordCorrections::wordSpans(text, span)) {
        const QString t = m_corrections.value(w.start, text.mid(w.start, w.length())).simplified();
        if (!t.isEmpty())
            out << t;
    }
    return out.join(u' ');
}

void Writer::readingOrder(const Node &page)
{
    Q_UNUSED(page);
    const Segmentation &seg = m_doc.segmentation();
    QList<std::pair<int, QStringList>> groups; // article index → region ids in piece order
    QSet<QString> inArticles;
    for (int a = 0; a < seg.articles.size(); ++a) {
        QStringList regions;
        for (const Piece &p : seg.articles[a].pieces)
            for (int k : blocksOf(p.span)) {
                const QString id = m_regionOfBlock.value(k, QString());
                if (!id.isEmpty() && !regions.contains(id))
                    regions << id;
            }
        if (regions.isEmpty())
            continue;
        for (const QString &r : std::as_const(regions))
            inArticles.insert(r);
        groups.append({a, regions});
    }
    QStringList rest;
    for (const Node *n : std::as_const(m_textRegions))
        if (!inArticles.contains(m_ids.value(n)))
            rest << m_ids.value(n);
    if (groups.isEmpty() && rest.isEmpty())
        return;
    m_x.writeStartElement(Ns, QStringLiteral("ReadingOrder"));
    m_x.writeStartElement(Ns, QStringLiteral("OrderedGroup"));
    m_x.writeAttribute(QStringLiteral("id"), uniqueId(QStringLiteral("galley-reading-order")));
    m_x.writeAttribute(QStringLiteral("caption"), QStringLiteral("Galley"));
    int index = 0;
    for (const auto &[a, regions] : std::as_const(groups)) {
        m_x.writeStartElement(Ns, QStringLiteral("OrderedGroupIndexed"));
        m_x.writeAttribute(QStringLiteral("id"), uniqueId(QStringLiteral("galley-article-%1").arg(a + 1)));
        m_x.writeAttribute(QStringLiteral("index"), QString::number(index++));
        const QString headline = m_doc.headline(a).simplified();
        if (!headline.isEmpty())
            m_x.writeAttribute(QStringLiteral("caption"), XmlText::clean(headline));
        m_x.writeAttribute(QStringLiteral("type"), QStringLiteral("article"));
        m_x.writeAttribute(QStringLiteral("custom"), QStringLiteral("structure {type:article;}"));
        for (int k = 0; k < regions.size(); ++k) {
            m_x.writeEmptyElement(Ns, QStringLiteral("RegionRefIndexed"));
            m_x.writeAttribute(QStringLiteral("index"), QString::number(k));
            m_x.writeAttribute(QStringLiteral("regionRef"), regions[k]);
        }
        m_x.writeEndElement();
    }
    for (const QString &r : std::as_const(rest)) {
        m_x.writeEmptyElement(Ns, QStringLiteral("RegionRefIndexed"));
        m_x.writeAttribute(QStringLiteral("index"), QString::number(index++));
        m_x.writeAttribute(QStringLiteral("regionRef"), r);
    }
    m_x.writeEndElement();
    m_x.writeEndElement();
}

void Writer::region(const Node &n)
{
    m_x.writeStartElement(Ns, n.name);
    m_x.writeAttribute(QStringLiteral("id"), m_ids.value(&n));
    const auto block = m_block.constFind(&n);
    const bool text = n.name == u"TextRegion";
    if (text && block != m_block.cend())
        m_x.writeAttribute(QStringLiteral("type"), typeOf(*block));
    else if (text && !n.attr("type").isEmpty())
        m_x.writeAttribute(QStringLiteral("type"), n.attr("type"));
    const QString custom = customWithoutStructure(n.attr("custom"));
    if (!custom.isEmpty())
        m_x.writeAttribute(QStringLiteral("custom"), custom);
    coords(coordsOf(n));
    for (const Node &c : n.children)
        if (isRegion(c.name))
            region(c);
    if (!text) {
        m_x.writeEndElement();
        return;
    }
    // Lines with text pair with the block's lines, in order (PageXmlImporter drops empty ones).
    const QList<LineGeometry> *lines = block != m_block.cend() ? &m_geo.blocks()[*block].lines : nullptr;
    QStringList texts;
    int k = 0;
    bool anyLine = false;
    for (const Node &c : n.children) {
        if (c.name != u"TextLine")
            continue;
        anyLine = true;
        const bool hasText = !lineText(c).trimmed().isEmpty();
        const LineGeometry *g = lines && hasText && k < lines->size() ? &(*lines)[k] : nullptr;
        if (hasText)
            ++k;
        line(c, g);
        texts << (g ? correctedLine(g->span) : lineText(c));
    }
    bool hasOwn = false;
    const QString own = ownText(n, &hasOwn);
    if (!anyLine && lines && lines->size() == 1)
        textEquiv(correctedLine(lines->first().span)); // a region without lines: its text is one line
    else if (anyLine)
        textEquiv(texts.join(u'\n'));
    else if (hasOwn)
        textEquiv(own);
    m_x.writeEndElement();
}

void Writer::line(const Node &n, const LineGeometry *g)
{
    m_x.writeStartElement(Ns, QStringLiteral("TextLine"));
    m_x.writeAttribute(QStringLiteral("id"), m_ids.value(&n));
    QString custom = customWithoutStructure(n.attr("custom"));
    const Piece *piece = g ? pieceAt(g->span.start) : nullptr;
    const int article = piece ? m_articleOfPiece.value(piece->id, -1) : -1;
    if (article >= 0)
        custom = (custom + QStringLiteral(" structure {id:a%1; type:article; index:%2;}").arg(article + 1).arg(m_lineInArticle.value(g->span.start))).trimmed();
    if (!custom.isEmpty())
        m_x.writeAttribute(QStringLiteral("custom"), XmlText::clean(custom));
    coords(coordsOf(n));
    if (const Node *base = n.child(u"Baseline"); base && !base->attr("points").simplified().isEmpty()) {
        m_x.writeEmptyElement(Ns, QStringLiteral("Baseline"));
        m_x.writeAttribute(QStringLiteral("points"), base->attr("points").simplified());
    }
    // Words with text, paired with the line's words when they are the same.
    QList<const Node *> words;
    for (const Node &c : n.children)
        if (c.name == u"Word" && !ownText(c).trimmed().isEmpty())
            words << &c;
    const QString &text = m_doc.page().text();
    const QList<TextSpan> spans = g ? WordCorrections::wordSpans(text, g->span) : QList<TextSpan>();
    bool paired = g && spans.size() == words.size();
    for (qsizetype i = 0; paired && i < spans.size(); ++i)
        paired = ownText(*words[i]).trimmed() == text.mid(spans[i].start, spans[i].length());
    if (paired) {
        QList<WordCorrections::Word> in;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const auto c = m_corrections.constFind(spans[i].start);
            const bool changed = c != m_corrections.cend();
            in.append({xml::pointsBox(coordsOf(*words[i])), changed ? *c : ownText(*words[i]).trimmed(), changed});
        }
        for (const WordCorrections::Placed &p : WordCorrections::placeLine(in)) {
            const Node &w = *words[p.source];
            m_x.writeStartElement(Ns, QStringLiteral("Word"));
            m_x.writeAttribute(QStringLiteral("id"), p.part == 0 ? m_ids.value(&w) : uniqueId(m_ids.value(&w) + QStringLiteral("_%1").arg(p.part + 1)));
            coords(p.box == in[p.source].box ? coordsOf(w) : points(p.box));
            textEquiv(p.text);
            m_x.writeEndElement();
        }
    } else {
        for (const Node &c : n.children) {
            if (c.name != u"Word")
                continue;
            m_x.writeStartElement(Ns, QStringLiteral("Word"));
            m_x.writeAttribute(QStringLiteral("id"), m_ids.value(&c));
            coords(coordsOf(c));
            bool has = false;
            const QString t = ownText(c, &has);
            if (has)
                textEquiv(t);
            m_x.writeEndElement();
        }
    }
    bool has = false;
    const QString own = ownText(n, &has);
    if (g)
        textEquiv(correctedLine(g->span));
    else if (has)
        textEquiv(own);
    m_x.writeEndElement();
}

void Writer::run(const Node &page, const QString &created)
{
    collectIds(page);
    assignIds(page);
    m_x.setAutoFormatting(true);
    m_x.setAutoFormattingIndent(1);
    m_x.writeStartDocument();
    m_x.writeDefaultNamespace(Ns);
    m_x.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    m_x.writeStartElement(Ns, QStringLiteral("PcGts"));
    m_x.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       Ns + u' ' + Ns + QStringLiteral("/pagecontent.xsd"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_x.writeStartElement(Ns, QStringLiteral("Metadata"));
    m_x.writeTextElement(Ns, QStringLiteral("Creator"), QStringLiteral("Galley"));
    m_x.writeTextElement(Ns, QStringLiteral("Created"), created.isEmpty() ? now : created);
    m_x.writeTextElement(Ns, QStringLiteral("LastChange"), now);
    m_x.writeEndElement();

    m_x.writeStartElement(Ns, QStringLiteral("Page"));
    for (const char *a : {"imageFilename", "imageWidth", "imageHeight"})
        m_x.writeAttribute(QLatin1String(a), XmlText::clean(page.attr(a).trimmed()));
    for (const char *frame : {"Border", "PrintSpace"})
        if (const Node *f = page.child(QString::fromLatin1(frame))) {
            m_x.writeStartElement(Ns, QLatin1String(frame));
            coords(coordsOf(*f));
            m_x.writeEndElement();
        }
    readingOrder(page);
    for (const Node &c : page.children)
        if (isRegion(c.name))
            region(c);
    m_x.writeEndElement(); // Page
    m_x.writeEndElement(); // PcGts
    m_x.writeEndDocument();
}

// The n-th (0-based) Page node under root.
const Node *pageNode(const Node &root, int n)
{
    int seen = 0;
    QList<const Node *> todo{&root};
    while (!todo.isEmpty()) {
        const Node *at = todo.takeFirst();
        if (at->name == u"Page" && seen++ == n)
            return at;
        if (at->name != u"Page")
            for (const Node &c : at->children)
                todo.append(&c);
    }
    return nullptr;
}

} // namespace

QString PageXmlWriter::regionType(Role role)
{
    switch (role) {
    case Role::Headline:
    case Role::Subheadline:
    case Role::Kicker:
    case Role::TableTitle: return QStringLiteral("heading");
    case Role::Byline:
    case Role::Credit: return QStringLiteral("credit");
    case Role::Caption: return QStringLiteral("caption");
    case Role::Furniture: return QStringLiteral("header");
    default: return QStringLiteral("paragraph");
    }
}

bool PageXmlWriter::write(const ReviewDocument &doc, QByteArray &out, QString &error)
{
    const Page &page = doc.page();
    const QString name = TextImporter::displaySourceName(page.sourcePath());
    out.clear();
    QByteArray source;
    QString unreadable;
    if (DocumentImporter::readFile(page.sourcePath(), ImportOptions().maxBytes, source, unreadable)
        && DocumentImporter::sniff(source) == SourceFormat::PageXml) {
        // Rewrite the source; its own import gives the geometry (also for a project without boxes).
        const ImportResult again = PageXmlImporter::importBytes(source, page.sourcePath());
        int ordinal = -1;
        for (int i = 0; i < again.pages.size(); ++i)
            if (again.pages[i].text() == page.text()) {
                ordinal = i;
                break;
            }
        if (!again.ok() || ordinal < 0) {
            error = QStringLiteral("%1: the PAGE file changed since it was imported (its text differs)").arg(name);
            return false;
        }
        Node root;
        if (!parseTree(source, name, root, error))
            return false;
        const Node *p = pageNode(root, ordinal);
        if (!p) {
            error = QStringLiteral("%1: no page %2 in the PAGE file").arg(name).arg(ordinal + 1);
            return false;
        }
        const Page &geometry = again.pages[ordinal];
        QHash<QString, int> blockOfId;
        for (int k = 0; k < geometry.blocks().size(); ++k)
            if (!geometry.blocks()[k].sourceId.isEmpty() && !blockOfId.contains(geometry.blocks()[k].sourceId))
                blockOfId.insert(geometry.blocks()[k].sourceId, k);
        QString created;
        for (const Node &top : root.children)
            if (const Node *meta = top.child(u"Metadata"))
                if (const Node *c = meta->child(u"Created"))
                    created = QDateTime::fromString(c->text.trimmed(), Qt::ISODate).isValid() ? c->text.trimmed() : QString();
        Writer(doc, geometry, out, blockOfId).run(*p, created);
        return true;
    }
    if (!page.hasGeometry()) {
        error = QStringLiteral("%1: plain text has no boxes; PAGE export needs a laid-out source (PAGE, ALTO, METS, hOCR or PDF)").arg(name);
        return false;
    }
    QHash<QString, int> blockOfId;
    const bool alto = !source.isEmpty() && DocumentImporter::sniff(source) == SourceFormat::Alto;
    const Node p = modelPage(page, blockOfId, alto ? altoWordBoxes(source, page.sourcePath(), page.text()) : QHash<qsizetype, QRectF>());
    Writer(doc, page, out, blockOfId).run(p, QString());
    return true;
}

} // namespace galley
