// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentJsonWriter.h"

#include "ChineseConverter.h"
#include "JsonTextWriter.h"
#include "segment/ReasonText.h"

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

// "page_size": [width, height] in the page's units, two decimals.
void writeSize(JsonTextWriter &w, const QSizeF &size)
{
    w.key("page_size");
    w.beginArray();
    w.value(rounded(size.width()));
    w.value(rounded(size.height()));
    w.endArray();
}

void writeStrings(JsonTextWriter &w, const char *key, const QStringList &strings)
{
    w.key(key);
    w.beginArray();
    for (const QString &s : strings)
        w.value(s);
    w.endArray();
}

void writePiece(JsonTextWriter &w, const ExportPiece &p, SegmentJsonWriter::Schema schema)
{
    const bool body = isBodyRole(p.role);
    w.beginObject();
    w.member("id", qint64(p.id));
    w.member("block", qint64(p.block));
    w.member("start", p.start);
    w.member("end", p.end);
    w.member("role", roleName(p.role));
    w.member("confidence", p.confidence); // stays a double: no int overflow for any value
    writeStrings(w, "reasons", p.reasons);
    if (body)
        w.member("continues_paragraph", p.continuesParagraph);
    // Segment: running text is in the article's "paragraphs"; other pieces carry their own text.
    if (!body || schema == SegmentJsonWriter::Schema::Export)
        w.member("text", p.text);
    if (p.corrected)
        w.member("corrected", true);
    if (p.page > 0)
        w.member("page", qint64(p.page));
    if (!p.bbox.isNull())
        writeBox(w, "bbox", p.bbox);
    w.endObject();
}

void writeArticle(JsonTextWriter &w, const ExportArticle &a, SegmentJsonWriter::Schema schema)
{
    w.beginObject();
    w.member("id", qint64(a.id));
    w.member("headline", a.headline);
    w.member("kicker", a.kicker);
    w.member("subheadline", a.subheadline);
    w.member("byline", a.byline);
    if (schema == SegmentJsonWriter::Schema::Export)
        w.member("dateline", a.dateline);
    writeStrings(w, "paragraphs", a.paragraphs);
    w.key("blocks");
    w.beginArray();
    for (const ExportPiece &p : a.pieces)
        writePiece(w, p, schema);
    w.endArray();
    w.key("flags");
    w.beginArray();
    for (const Flag &f : a.flags) {
        w.beginObject();
        w.member("piece", qint64(f.pieceId));
        w.member("kind", f.kind);
        w.member("reason", reasonDisplay(f.reason)); // stored as an id (ReasonText.h)
        w.member("resolved", f.resolved);
        w.endObject();
    }
    w.endArray();
    w.member("status", reviewStatusName(a.status));
    if (!a.note.isEmpty())
        w.member("note", a.note);
    w.endObject();
}

} // namespace

QByteArray SegmentJsonWriter::write(const ExportPage &page, Schema schema, int baseIndent)
{
    QByteArray out;
    out.reserve(64 * 1024);
    JsonTextWriter w(&out, baseIndent);
    w.beginObject();
    w.member("source", page.sourcePath);
    w.member("page", qint64(page.pageNumber));
    w.member("encoding", page.encoding);
    w.member("sha256", page.sha256);
    if (!page.units.isEmpty()) {
        w.member("units", page.units);
        if (!page.pageSize.isEmpty())
            writeSize(w, page.pageSize);
        if (!page.image.isEmpty())
            w.member("image", page.image);
    }
    if (!page.printedPages.isEmpty()) {
        // An issue: its printed pages, each with its part of the text (code points) and size.
        w.key("printed_pages");
        w.beginArray();
        for (const ExportPrintedPage &pp : page.printedPages) {
            w.beginObject();
            w.member("page", qint64(pp.number));
            w.member("start", pp.start);
            w.member("end", pp.end);
            if (!pp.size.isEmpty())
                writeSize(w, pp.size);
            if (!pp.image.isEmpty())
                w.member("image", pp.image);
            if (!pp.sourcePath.isEmpty())
                w.member("source", pp.sourcePath);
            w.endObject();
        }
        w.endArray();
    }
    if (schema == Schema::Export && !page.language.isEmpty())
        w.member("language", page.language);
    w.key("articles");
    w.beginArray();
    for (const ExportArticle &a : page.articles)
        writeArticle(w, a, schema);
    w.endArray();
    w.key("furniture");
    w.beginArray();
    for (const ExportPiece &p : page.furniture)
        writePiece(w, p, schema);
    w.endArray();
    if (!page.warnings.isEmpty())
        writeStrings(w, "warnings", page.warnings);
    if (schema == Schema::Export) {
        w.key("export");
        w.beginObject();
        w.member("format_version", qint64(1));
        w.member("wrap_repair", page.options.wrapRepair);
        w.member("chinese_punctuation", page.options.chinesePunctuation);
        w.member("conversion", ChineseConverter::name(page.options.conversion));
        w.member("nfc", page.options.nfc);
        w.endObject();
    }
    w.endObject();
    return out;
}

} // namespace galley
