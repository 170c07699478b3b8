#include "SegmentationJson.h"

#include "JsonTextWriter.h"

#include <QJsonDocument>

namespace galley {

namespace {

void writePiece(JsonTextWriter &w, const ReviewDocument &doc, const Piece &p)
{
    const Page &page = doc.page();
    w.beginObject();
    w.member(u"id", qint64(p.id));
    w.member(u"block", qint64(p.block >= 0 && p.block < page.blocks().size() ? page.blocks()[p.block].number : 0));
    w.member(u"start", qint64(page.codePointOffset(p.span.start)));
    w.member(u"end", qint64(page.codePointOffset(p.span.end)));
    w.member(u"role", roleName(p.role));
    w.member(u"confidence", qRound(p.confidence * 100) / 100.0);
    w.key(u"reasons");
    w.beginArray();
    for (const QString &r : p.reasons)
        w.value(r);
    w.endArray();
    if (isBodyRole(p.role))
        w.member(u"continues_paragraph", p.continuesParagraph);
    else // running text is in the article's "paragraphs"; other pieces carry their own text
        w.member(u"text", doc.pieceText(p.id));
    if (doc.hasCorrection(p.id))
        w.member(u"corrected", true);
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
    w.member(u"source", page.sourcePath());
    w.member(u"page", qint64(page.pageNumber()));
    w.member(u"encoding", page.encoding());
    w.member(u"sha256", QString::fromLatin1(page.sha256()));
    w.key(u"articles");
    w.beginArray();
    for (int a = 0; a < seg.articles.size(); ++a) {
        const Article &art = seg.articles[a];
        w.beginObject();
        w.member(u"id", qint64(art.id));
        w.member(u"headline", doc.roleText(a, Role::Headline));
        w.member(u"kicker", doc.roleText(a, Role::Kicker));
        w.member(u"subheadline", doc.roleText(a, Role::Subheadline));
        w.member(u"byline", doc.roleText(a, Role::Byline));
        w.key(u"paragraphs");
        w.beginArray();
        for (const QString &p : doc.paragraphs(a))
            w.value(p);
        w.endArray();
        w.key(u"blocks");
        w.beginArray();
        for (const Piece &p : art.pieces)
            writePiece(w, doc, p);
        w.endArray();
        w.key(u"flags");
        w.beginArray();
        for (const Flag &f : art.flags) {
            w.beginObject();
            w.member(u"piece", qint64(f.pieceId));
            w.member(u"kind", f.kind);
            w.member(u"reason", f.reason);
            w.member(u"resolved", f.resolved);
            w.endObject();
        }
        w.endArray();
        w.member(u"status", reviewStatusName(art.status));
        if (!art.note.isEmpty())
            w.member(u"note", art.note);
        w.endObject();
    }
    w.endArray();
    w.key(u"furniture");
    w.beginArray();
    for (const Piece &p : seg.furniture)
        writePiece(w, doc, p);
    w.endArray();
    if (!page.warnings().isEmpty()) {
        w.key(u"warnings");
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
