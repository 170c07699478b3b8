#include "SegmentationJson.h"

#include "JsonTextWriter.h"
#include "segment/ReasonText.h"

#include <QJsonDocument>

#include <cmath>

namespace galley {

namespace {

double rounded(double v)
{
    return qRound64(v * 100) / 100.0;
}

// [x0, y0, x1, y1] in the page's units, two decimals.
void writeBox(JsonTextWriter &w, const char *key, const QRectF &box)
{
    w.key(key);
    w.beginArray();
    for (double v : {box.left(), box.top(), box.right(), box.bottom()})
        w.value(rounded(v));
    w.endArray();
}

void writePiece(JsonTextWriter &w, const ReviewDocument &doc, const Piece &p)
{
    const Page &page = doc.page();
    w.beginObject();
    w.member("id", qint64(p.id));
    w.member("block", qint64(p.block >= 0 && p.block < page.blocks().size() ? page.blocks()[p.block].number : 0));
    w.member("start", qint64(page.codePointOffset(p.span.start)));
    w.member("end", qint64(page.codePointOffset(p.span.end)));
    w.member("role", roleName(p.role));
    w.member("confidence", std::round(p.confidence * 100) / 100.0); // stays a double: no int overflow for any value
    w.key("reasons");
    w.beginArray();
    for (const QString &r : p.reasons)
        w.value(reasonDisplay(r)); // reasons are stored as ids (ReasonText.h); the JSON gives their text
    w.endArray();
    if (isBodyRole(p.role))
        w.member("continues_paragraph", p.continuesParagraph);
    else // running text is in the article's "paragraphs"; other pieces carry their own text
        w.member("text", doc.pieceText(p.id));
    if (doc.hasCorrection(p.id))
        w.member("corrected", true);
    if (page.hasGeometry()) {
        const QRectF box = page.boxOf(p.span);
        if (!box.isNull()) {
            w.member("page", qint64(page.printedPageNumberAt(p.span.start)));
            writeBox(w, "bbox", box);
        } else if (!page.printedPages().isEmpty()) {
            w.member("page", qint64(page.printedPageNumberAt(p.span.start)));
        }
    } else if (!page.printedPages().isEmpty()) { // an issue: every piece says its printed page
        w.member("page", qint64(page.printedPageNumberAt(p.span.start)));
    }
    w.endObject();
}

} // namespace

QByteArray SegmentationJson::toJson(const ReviewDocument &doc, int baseIndent)
{
    const Page &page = doc.page();
    const Segmentation &seg = doc.segmentation();
    QByteArray out;
    out.reserve(page.text().size() * 4);
    JsonTextWriter w(&out, baseIndent);
    w.beginObject();
    w.member("source", page.sourcePath());
    w.member("page", qint64(page.pageNumber()));
    w.member("encoding", page.encoding());
    w.member("sha256", QString::fromLatin1(page.sha256()));
    if (page.hasGeometry()) {
        w.member("units", geometryUnitName(page.geometryUnit()));
        if (!page.pageSize().isEmpty()) {
            w.key("page_size");
            w.beginArray();
            w.value(rounded(page.pageSize().width()));
            w.value(rounded(page.pageSize().height()));
            w.endArray();
        }
        if (!page.imageName().isEmpty())
            w.member("image", page.imageName());
    }
    if (!page.printedPages().isEmpty()) {
        // An issue: its printed pages, each with its part of the text (code points) and size.
        w.key("printed_pages");
        w.beginArray();
        for (const PrintedPage &pp : page.printedPages()) {
            w.beginObject();
            w.member("page", qint64(pp.number));
            w.member("start", qint64(page.codePointOffset(pp.span.start)));
            w.member("end", qint64(page.codePointOffset(pp.span.end)));
            if (!pp.size.isEmpty()) {
                w.key("page_size");
                w.beginArray();
                w.value(rounded(pp.size.width()));
                w.value(rounded(pp.size.height()));
                w.endArray();
            }
            if (!pp.imageName.isEmpty())
                w.member("image", pp.imageName);
            if (!pp.sourcePath.isEmpty())
                w.member("source", pp.sourcePath);
            w.endObject();
        }
        w.endArray();
    }
    w.key("articles");
    w.beginArray();
    for (int a = 0; a < seg.articles.size(); ++a) {
        const Article &art = seg.articles[a];
        w.beginObject();
        w.member("id", qint64(art.id));
        w.member("headline", doc.roleText(a, Role::Headline));
        w.member("kicker", doc.roleText(a, Role::Kicker));
        w.member("subheadline", doc.roleText(a, Role::Subheadline));
        w.member("byline", doc.roleText(a, Role::Byline));
        w.key("paragraphs");
        w.beginArray();
        for (const QString &p : doc.paragraphs(a))
            w.value(p);
        w.endArray();
        w.key("blocks");
        w.beginArray();
        for (const Piece &p : art.pieces)
            writePiece(w, doc, p);
        w.endArray();
        w.key("flags");
        w.beginArray();
        for (const Flag &f : art.flags) {
            w.beginObject();
            w.member("piece", qint64(f.pieceId));
            w.member("kind", f.kind);
            w.member("reason", reasonDisplay(f.reason));
            w.member("resolved", f.resolved);
            w.endObject();
        }
        w.endArray();
        w.member("status", reviewStatusName(art.status));
        if (!art.note.isEmpty())
            w.member("note", art.note);
        w.endObject();
    }
    w.endArray();
    w.key("furniture");
    w.beginArray();
    for (const Piece &p : seg.furniture)
        writePiece(w, doc, p);
    w.endArray();
    if (!page.warnings().isEmpty()) {
        w.key("warnings");
        w.beginArray();
        for (const QString &warning : page.warnings())
            w.value(warning);
        w.endArray();
    }
    w.endObject();
    return out;
}

QJsonObject SegmentationJson::page(const ReviewDocument &doc)
{
    return QJsonDocument::fromJson(toJson(doc)).object();
}

} // namespace galley
