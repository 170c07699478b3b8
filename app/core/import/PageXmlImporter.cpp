// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageXmlImporter.h"

#include "ContentHash.h"
#include "LaidOutPageBuilder.h"
#include "TextImporter.h"
#include "XmlSupport.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <numeric>

namespace galley {

namespace {

enum class Kind { Region, Line, Word, Glyph };

struct Item {
    Kind kind;
    QString id;
    QRectF box;
    QString text;       // own TextEquiv (first)
    bool textSet = false;
    double fontSize = 0;
    bool bold = false;
    QList<int> children; // lines of a region, words of a line (indices into items)
    QString article;     // custom="structure {id:a1; type:article;}" (Transkribus / NewsEye article tags)
    int articleIndex = -1; // the tag's index: the line's place in its article's reading order (Galley's exports)
    QString type;        // TextRegion type (heading, paragraph …)
};

struct ArticleTag {
    QString id;     // empty: no article tag
    int index = -1; // place in the article's reading order; -1: not given
};

// The article tag of a custom attribute: "structure {id:a2; type:article; index:3;}" → a2, 3; id empty
// when there is no article tag, index -1 when it has no index (a whole non-negative number).
ArticleTag articleTag(QStringView custom)
{
    const qsizetype at = custom.indexOf(u"structure");
    if (at < 0)
        return {};
    const qsizetype open = custom.indexOf(u'{', at), close = custom.indexOf(u'}', at);
    if (open < 0 || close < open)
        return {};
    ArticleTag tag;
    bool article = false;
    for (QStringView part : custom.sliced(open + 1, close - open - 1).split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView key = part.left(colon).trimmed(), value = part.mid(colon + 1).trimmed();
        if (key == u"id") {
            tag.id = value.toString();
        } else if (key == u"type") {
            article = value == u"article";
        } else if (key == u"index") {
            bool ok = false;
            const int n = value.toInt(&ok);
            tag.index = ok && n >= 0 ? n : -1;
        }
    }
    return article ? tag : ArticleTag();
}

// Lines as laid out, with the article each belongs to.
struct TaggedLine {
    int block;
    TextSpan span;
    QString article;
    int index; // place in the article's reading order, -1: not given
    bool heading;
};

struct PageData {
    QSizeF size;
    QString image;
    QList<Item> items;
    QList<int> regions;    // document order
    QStringList orderRefs; // ReadingOrder refs
};

QString lineText(const PageData &page, const Item &line)
{
    if (line.textSet && !line.text.trimmed().isEmpty())
        return line.text;
    QStringList words;
    for (int w : line.children)
        if (!page.items[w].text.trimmed().isEmpty())
            words << page.items[w].text.trimmed();
    return words.join(u' ');
}

Page buildPage(const PageData &data, const QString &source, int number, QList<TaggedLine> *tagged)
{
    QList<int> order;
    QList<bool> used(data.items.size(), false);
    for (const QString &ref : data.orderRefs)
        for (int r : data.regions)
            if (!used[r] && data.items[r].id == ref) {
                order.append(r);
                used[r] = true;
            }
    for (int r : data.regions)
        if (!used[r])
            order.append(r);

    LaidOutPageBuilder builder(GeometryUnit::Pixel);
    for (int r : order) {
        const Item &region = data.items[r];
        builder.beginBlock(region.box, region.id);
        if (region.children.isEmpty() && region.textSet) {
            builder.addLine(region.text, region.box, region.fontSize, region.bold);
            const TextSpan span = builder.lastLineSpan();
            if (span.start >= 0)
                tagged->append({int(builder.blocks().size()), span, region.article, region.articleIndex,
                                region.type == u"heading" || region.type == u"header"});
        } else {
            for (int l : region.children) {
                const Item &line = data.items[l];
                const double size = line.fontSize > 0 ? line.fontSize : region.fontSize;
                builder.addLine(lineText(data, line), line.box, size, line.bold || region.bold);
                const TextSpan span = builder.lastLineSpan();
                const bool own = !line.article.isEmpty();
                if (span.start >= 0)
                    tagged->append({int(builder.blocks().size()), span, own ? line.article : region.article,
                                    own ? line.articleIndex : region.articleIndex, region.type == u"heading" || region.type == u"header"});
            }
        }
        builder.endBlock();
    }
    Page page = builder.build(source, number, data.size);
    page.setImageName(data.image);
    return page;
}

// Whether line b carries on the piece line a is in: same block, article and kind, and (when a tag has
// an index) the index one up.
bool continuesPiece(const TaggedLine &a, const TaggedLine &b)
{
    const bool next = (a.index < 0 && b.index < 0) || (a.index >= 0 && b.index - 1 == a.index); // no overflow: b.index >= -1
    return b.block == a.block && b.article == a.article && b.heading == a.heading && next;
}

// The articles the line tags declare: consecutive lines of one article in one block make a piece;
// untagged lines are furniture. Articles in the order they first appear; an article's pieces in page
// order, or, when every piece's first line has an index, in the order of those indices.
Segmentation taggedSegmentation(const QList<TaggedLine> &lines)
{
    Segmentation seg;
    QStringList order;
    QList<QList<int>> indices; // per article: its pieces' first-line index
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i + 1;
        while (j < lines.size() && continuesPiece(lines[j - 1], lines[j]))
            ++j;
        Piece p;
        p.id = seg.nextPieceId++;
        p.block = lines[i].block;
        p.span = {lines[i].span.start, lines[j - 1].span.end};
        p.confidence = 1.0;
        if (lines[i].article.isEmpty()) {
            p.role = Role::Furniture;
            p.reasons = {QStringLiteral("no article tag in the PAGE file")};
            seg.furniture.append(p);
        } else {
            p.role = lines[i].heading ? Role::Headline : Role::Body;
            p.reasons = {QStringLiteral("PAGE article tag %1").arg(lines[i].article)};
            qsizetype a = order.indexOf(lines[i].article);
            if (a < 0) {
                order << lines[i].article;
                Article art;
                art.id = seg.nextArticleId++;
                seg.articles.append(art);
                indices.append(QList<int>());
                a = order.size() - 1;
            }
            seg.articles[a].pieces.append(p);
            indices[a].append(lines[i].index);
        }
        i = j;
    }
    for (qsizetype a = 0; a < seg.articles.size(); ++a) {
        if (std::any_of(indices[a].cbegin(), indices[a].cend(), [](int index) { return index < 0; }))
            continue;
        QList<qsizetype> at(indices[a].size());
        std::iota(at.begin(), at.end(), 0);
        std::stable_sort(at.begin(), at.end(), [&](qsizetype x, qsizetype y) { return indices[a][x] < indices[a][y]; });
        QList<Piece> sorted;
        for (qsizetype k : std::as_const(at))
            sorted.append(seg.articles[a].pieces[k]);
        seg.articles[a].pieces = sorted;
    }
    return seg;
}

} // namespace

ImportResult PageXmlImporter::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    Q_UNUSED(options);
    ImportResult r;
    const QString name = TextImporter::displaySourceName(sourceName);
    QXmlStreamReader xml(bytes);
    PageData page;
    bool inPage = false;
    bool inReadingOrder = false;
    QList<int> open; // open Region/Line/Word/Glyph items, innermost last
    QList<Segmentation> tagged; // per page with article tags
    bool untagged = false;
    auto innermost = [&]() -> Item * { return open.isEmpty() ? nullptr : &page.items[open.last()]; };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType type = xml.readNext();
        if (type == QXmlStreamReader::StartElement) {
            const QStringView n = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (n == u"Page") {
                page = PageData();
                page.size = QSizeF(xml::number(a, "imageWidth"), xml::number(a, "imageHeight"));
                page.image = a.value(QLatin1String("imageFilename")).toString();
                inPage = true;
                open.clear();
            } else if (!inPage) {
                continue;
            } else if (n == u"ReadingOrder") {
                inReadingOrder = true;
            } else if (inReadingOrder && (n == u"RegionRef" || n == u"RegionRefIndexed")) {
                page.orderRefs << a.value(QLatin1String("regionRef")).toString();
            } else if (n == u"TextRegion" || n == u"TextLine" || n == u"Word" || n == u"Glyph") {
                const Kind kind = n == u"TextRegion" ? Kind::Region : n == u"TextLine" ? Kind::Line : n == u"Word" ? Kind::Word : Kind::Glyph;
                const ArticleTag tag = articleTag(a.value(QLatin1String("custom")));
                Item item{kind, a.value(QLatin1String("id")).toString(), QRectF(), QString(), false, 0, false, {},
                          tag.id, tag.index, a.value(QLatin1String("type")).toString()};
                const int index = int(page.items.size());
                // Attach to the nearest open parent of the right kind.
                for (qsizetype k = open.size() - 1; k >= 0; --k) {
                    Item &parent = page.items[open[k]];
                    if ((kind == Kind::Line && parent.kind == Kind::Region) || (kind == Kind::Word && parent.kind == Kind::Line)) {
                        parent.children.append(index);
                        break;
                    }
                }
                page.items.append(item);
                if (kind == Kind::Region)
                    page.regions.append(index);
                open.append(index);
            } else if (n == u"Coords" && innermost()) {
                Item *it = innermost();
                if (it->box.isNull())
                    it->box = xml::pointsBox(a.value(QLatin1String("points")));
            } else if (n == u"Point" && innermost()) {
                Item *it = innermost();
                const QRectF p(xml::number(a, "x"), xml::number(a, "y"), 0, 0);
                it->box = it->box.isNull() ? QRectF(p.topLeft(), QSizeF(0.001, 0.001)) : it->box.united(QRectF(p.topLeft(), QSizeF(0.001, 0.001)));
            } else if (n == u"TextStyle" && innermost()) {
                Item *it = innermost();
                it->fontSize = xml::number(a, "fontSize");
                it->bold = a.value(QLatin1String("bold")) == u"true";
            } else if (n == u"Unicode" && innermost()) {
                Item *it = innermost();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!it->textSet) {
                    it->text = text;
                    it->textSet = true;
                }
            }
        } else if (type == QXmlStreamReader::EndElement && inPage) {
            const QStringView n = xml.name();
            if (n == u"ReadingOrder") {
                inReadingOrder = false;
            } else if ((n == u"TextRegion" || n == u"TextLine" || n == u"Word" || n == u"Glyph") && !open.isEmpty()) {
                open.removeLast();
            } else if (n == u"Page") {
                inPage = false;
                QList<TaggedLine> lines;
                r.pages.append(buildPage(page, sourceName, int(r.pages.size()) + 1, &lines));
                // Partial tags (a few lines of a page) would leave most of it furniture: the engine does better.
                const auto taggedLines = std::count_if(lines.cbegin(), lines.cend(), [](const TaggedLine &l) { return !l.article.isEmpty(); });
                if (taggedLines > 0 && taggedLines * 2 >= lines.size())
                    tagged.append(taggedSegmentation(lines));
                else
                    untagged = true;
            }
        }
    }
    if (xml.hasError()) {
        r.pages.clear();
        r.error = xml::readerError(name, xml);
        return r;
    }
    bool anyText = false;
    for (const Page &p : r.pages)
        anyText = anyText || !p.text().isEmpty();
    if (!anyText) {
        r.pages.clear();
        r.error = QStringLiteral("%1: no text in the PAGE file (no TextLine or TextRegion with a TextEquiv)").arg(name);
        return r;
    }
    const QByteArray sha256 = ContentHash::sha256Hex(bytes);
    for (Page &p : r.pages) {
        p.setSha256(sha256);
        p.setEncoding(QStringLiteral("UTF-8"));
    }
    if (!untagged && tagged.size() == r.pages.size()) {
        r.segmentations = tagged;
        for (qsizetype i = 0; i < r.pages.size(); ++i) {
            QList<Block> blocks = r.pages[i].blocks();
            for (const Piece &p : r.segmentations[i].allPieces())
                if (p.block >= 0 && p.block < blocks.size() && blocks[p.block].role == Role::Unknown) {
                    blocks[p.block].role = p.role;
                    blocks[p.block].confidence = p.confidence;
                    blocks[p.block].reasons = p.reasons;
                }
            r.pages[i].setBlocks(blocks);
        }
    }
    r.encoding = QStringLiteral("UTF-8");
    r.encodingReason = QStringLiteral("XML");
    return r;
}

} // namespace galley
