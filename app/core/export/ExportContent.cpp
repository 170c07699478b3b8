// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportContent.h"

#include "TextNormalizer.h"
#include "XmlText.h"
#include "segment/ReasonText.h"
#include "segment/ScriptClass.h"
#include "model/Geometry.h"

#include <QRegularExpression>

#include <cmath>

namespace galley {

namespace {

QString sourceText(const ReviewDocument &doc, int pieceId, bool wrapRepair)
{
    if (doc.hasCorrection(pieceId) || wrapRepair)
        return doc.pieceText(pieceId);
    return doc.rawPieceText(pieceId);
}

QString unexportableWarning()
{
    return QStringLiteral("the text has characters that no export format can carry (NUL or other control characters, "
                          "unpaired surrogates, U+FFFE/U+FFFF); each was exported as U+FFFD");
}

struct Normalizer {
    const TextOptions &options;
    QStringList *errors;
    QString operator()(const QString &text) const
    {
        QString error;
        QString out = TextNormalizer::apply(text, options, &error);
        if (!error.isEmpty() && errors && !errors->contains(error))
            errors->append(error);
        // Characters no export format can carry (NUL, C0 controls, unpaired surrogates …): U+FFFD.
        qsizetype replaced = 0;
        out = XmlText::clean(out, &replaced);
        if (replaced > 0 && errors && !errors->contains(unexportableWarning()))
            errors->append(unexportableWarning());
        return out;
    }
};

} // namespace

QString ExportContent::pieceText(const ReviewDocument &document, int pieceId, const TextOptions &options, QString *error)
{
    return TextNormalizer::apply(sourceText(document, pieceId, options.wrapRepair), options, error);
}

qsizetype ExportContent::datelineLength(const QString &paragraph)
{
    static const QRegularExpression chinese(QStringLiteral(
        R"(^(?:本报讯|本报[^\s,，。:：(（]{1,10}电|新华社[^\s,，。:：(（]{1,16}电|[^\s,，。:：(（]{1,10}(?:社|报|台|网)讯)\s*(?:[(（][^)）\n]{1,40}[)）])?)"));
    static const QRegularExpression latin(QStringLiteral(
        R"(^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]*\.?\s*\d{1,2})?\s*(?:\((?:AP|UPI|Reuters|AFP|[A-Z]{2,6})\))?\s*(?:—|--|–)\s*)"));
    for (const QRegularExpression *re : {&chinese, &latin}) {
        const auto m = re->match(paragraph);
        if (m.hasMatch() && m.capturedLength() < paragraph.size())
            return m.capturedLength();
    }
    return 0;
}

namespace {

// The segment JSON's view of a piece; text as given.
ExportPiece exportPiece(const ReviewDocument &doc, const Piece &p, QString text)
{
    const Page &page = doc.page();
    ExportPiece e;
    e.id = p.id;
    e.block = p.block >= 0 && p.block < page.blocks().size() ? page.blocks()[p.block].number : 0;
    e.start = page.codePointOffset(p.span.start);
    e.end = page.codePointOffset(p.span.end);
    e.role = p.role;
    e.confidence = std::round(p.confidence * 100) / 100.0;
    e.reasons = reasonDisplay(p.reasons); // stored as ids (ReasonText.h); the JSON gives their text
    e.continuesParagraph = p.continuesParagraph;
    e.text = std::move(text);
    e.corrected = doc.hasCorrection(p.id);
    if (page.hasGeometry())
        e.bbox = page.boxOf(p.span);
    // A piece with a box, and every piece of an issue, says its printed page.
    if (!e.bbox.isNull() || !page.printedPages().isEmpty())
        e.page = page.printedPageNumberAt(p.span.start);
    return e;
}

QString pageLanguage(const Page &page, ChineseConversion conversion)
{
    if (script::cjkShare(page.text()) < 0.3)
        return QStringLiteral("en");
    switch (conversion) {
    case ChineseConversion::SimplifiedToTraditional:
    case ChineseConversion::SimplifiedToTaiwan:
    case ChineseConversion::SimplifiedToHongKong: return QStringLiteral("zh-Hant");
    case ChineseConversion::TraditionalToSimplified:
    case ChineseConversion::TaiwanToSimplified:
    case ChineseConversion::HongKongToSimplified: return QStringLiteral("zh-Hans");
    case ChineseConversion::None: break;
    }
    return QStringLiteral("zh");
}

// The page with the texts of ArticleRenderer::render(doc, a, wrapRepair, normalise); each piece's
// text is normalise(its source text), or the source text when normalise is empty.
ExportPage buildPage(const ReviewDocument &doc, const TextOptions &options, const ArticleRenderer::Normalise &normalise)
{
    const Page &page = doc.page();
    const Segmentation &seg = doc.segmentation();
    ExportPage out;
    out.sourcePath = page.sourcePath();
    out.pageNumber = page.pageNumber();
    out.encoding = page.encoding();
    out.sha256 = QString::fromLatin1(page.sha256());
    out.warnings = page.warnings();
    out.options = options;
    out.language = pageLanguage(page, options.conversion);
    if (page.hasGeometry()) {
        out.units = geometryUnitName(page.geometryUnit());
        out.pageSize = page.pageSize();
        out.image = page.imageName();
    }
    for (const PrintedPage &pp : page.printedPages())
        out.printedPages.append(ExportPrintedPage{pp.number, page.codePointOffset(pp.span.start), page.codePointOffset(pp.span.end),
                                                  pp.size, pp.imageName, pp.sourcePath});
    auto piece = [&](const Piece &p) {
        QString text = sourceText(doc, p.id, options.wrapRepair);
        return exportPiece(doc, p, normalise ? normalise(text) : text);
    };

    for (int a = 0; a < seg.articles.size(); ++a) {
        const Article &art = seg.articles[a];
        const ArticleText text = ArticleRenderer::render(doc, a, options.wrapRepair, normalise);
        ExportArticle ea;
        ea.id = art.id;
        ea.number = a + 1;
        ea.status = art.status;
        ea.note = art.note;
        ea.flags = art.flags;
        ea.kicker = text.kicker;
        ea.headline = text.headline;
        ea.subheadline = text.subheadline;
        ea.byline = text.byline;
        ea.paragraphs = text.paragraphs;
        ea.items = text.items;
        if (!ea.paragraphs.isEmpty()) {
            const qsizetype n = ExportContent::datelineLength(ea.paragraphs.first());
            if (n > 0) {
                ea.dateline = ea.paragraphs.first().left(n).trimmed();
                ea.datelineRest = ea.paragraphs.first().mid(n).trimmed();
            }
        }
        for (const Piece &p : art.pieces)
            ea.pieces.append(piece(p));
        out.articles.append(ea);
    }
    for (const Piece &p : seg.furniture)
        out.furniture.append(piece(p));
    return out;
}

} // namespace

ExportPage ExportContent::build(const ReviewDocument &doc, const TextOptions &options, QStringList *errors)
{
    const Normalizer norm{options, errors};
    return buildPage(doc, options, norm);
}

ExportPage ExportContent::editorPage(const ReviewDocument &doc)
{
    return buildPage(doc, TextOptions(), {});
}

} // namespace galley
