// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleRenderer.h"

#include "ReviewDocument.h"
#include "segment/WrapRepair.h"

namespace galley {

namespace {

QString pieceSource(const ReviewDocument &doc, int pieceId, bool wrapRepair)
{
    if (wrapRepair || doc.hasCorrection(pieceId))
        return doc.pieceText(pieceId);
    return doc.rawPieceText(pieceId);
}

void appendToField(QString &field, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!field.isEmpty())
        field += u' ';
    field += text;
}

QString *fieldOf(ArticleText &out, Role role)
{
    switch (role) {
    case Role::Kicker: return &out.kicker;
    case Role::Headline: return &out.headline;
    case Role::Subheadline: return &out.subheadline;
    case Role::Byline: return &out.byline;
    default: return nullptr;
    }
}

} // namespace

bool ArticleRenderer::isFieldRole(Role role)
{
    return role == Role::Kicker || role == Role::Headline || role == Role::Subheadline || role == Role::Byline;
}

ArticleText ArticleRenderer::render(const ReviewDocument &document, int articleIndex)
{
    return render(document, articleIndex, true, {});
}

ArticleText ArticleRenderer::render(const ReviewDocument &doc, int articleIndex, bool wrapRepair, const Normalise &normalise)
{
    ArticleText out;
    const Segmentation &seg = doc.segmentation();
    if (articleIndex < 0 || articleIndex >= seg.articles.size())
        return out;
    for (const Piece &p : seg.articles[articleIndex].pieces) {
        if (p.role == Role::Furniture)
            continue;
        const QString text = pieceSource(doc, p.id, wrapRepair);
        if (QString *field = fieldOf(out, p.role)) {
            appendToField(*field, text);
        } else if (isBodyRole(p.role)) {
            if (p.continuesParagraph && !out.paragraphs.isEmpty() && wrapRepair)
                WrapRepair::appendFragment(out.paragraphs.last(), text);
            else if (p.continuesParagraph && !out.paragraphs.isEmpty())
                out.paragraphs.last() += u'\n' + text;
            else
                out.paragraphs.append(text);
        } else {
            out.items.append(ArticleItem{p.role, p.id, text, {}});
        }
    }
    if (normalise) {
        for (QString *f : {&out.kicker, &out.headline, &out.subheadline, &out.byline})
            *f = normalise(*f);
        for (QString &p : out.paragraphs)
            p = normalise(p);
        for (ArticleItem &item : out.items)
            item.text = normalise(item.text);
    }
    for (ArticleItem &item : out.items)
        if (item.role == Role::Table)
            for (const QString &row : item.text.split(u'\n', Qt::SkipEmptyParts))
                item.rows.append(row.split(u'\t'));
    return out;
}

QString ArticleRenderer::field(const ReviewDocument &doc, int articleIndex, Role role)
{
    QString out;
    const Segmentation &seg = doc.segmentation();
    if (!isFieldRole(role) || articleIndex < 0 || articleIndex >= seg.articles.size())
        return out;
    for (const Piece &p : seg.articles[articleIndex].pieces)
        if (p.role == role)
            appendToField(out, doc.pieceText(p.id));
    return out;
}

} // namespace galley
