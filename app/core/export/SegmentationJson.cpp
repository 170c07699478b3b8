#include "SegmentationJson.h"

#include <QJsonArray>

namespace galley {

namespace {

QJsonObject pieceJson(const ReviewDocument &doc, const Piece &p)
{
    const Page &page = doc.page();
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("block"), p.block >= 0 && p.block < page.blocks().size() ? page.blocks()[p.block].number : 0);
    o.insert(QStringLiteral("start"), qint64(page.codePointOffset(p.span.start)));
    o.insert(QStringLiteral("end"), qint64(page.codePointOffset(p.span.end)));
    o.insert(QStringLiteral("role"), roleName(p.role));
    o.insert(QStringLiteral("confidence"), qRound(p.confidence * 100) / 100.0);
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons));
    if (isBodyRole(p.role))
        o.insert(QStringLiteral("continues_paragraph"), p.continuesParagraph);
    o.insert(QStringLiteral("text"), doc.pieceText(p.id));
    return o;
}

} // namespace

QJsonObject SegmentationJson::page(const ReviewDocument &doc)
{
    const Page &page = doc.page();
    const Segmentation &seg = doc.segmentation();
    QJsonArray articles;
    for (int a = 0; a < seg.articles.size(); ++a) {
        const Article &art = seg.articles[a];
        QJsonObject o;
        o.insert(QStringLiteral("id"), art.id);
        o.insert(QStringLiteral("headline"), doc.roleText(a, Role::Headline));
        o.insert(QStringLiteral("kicker"), doc.roleText(a, Role::Kicker));
        o.insert(QStringLiteral("subheadline"), doc.roleText(a, Role::Subheadline));
        o.insert(QStringLiteral("byline"), doc.roleText(a, Role::Byline));
        o.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(doc.paragraphs(a)));
        QJsonArray blocks;
        for (const Piece &p : art.pieces)
            blocks.append(pieceJson(doc, p));
        o.insert(QStringLiteral("blocks"), blocks);
        QJsonArray flags;
        for (const Flag &f : art.flags) {
            QJsonObject fo;
            fo.insert(QStringLiteral("piece"), f.pieceId);
            fo.insert(QStringLiteral("kind"), f.kind);
            fo.insert(QStringLiteral("reason"), f.reason);
            fo.insert(QStringLiteral("resolved"), f.resolved);
            flags.append(fo);
        }
        o.insert(QStringLiteral("flags"), flags);
        o.insert(QStringLiteral("status"), reviewStatusName(art.status));
        articles.append(o);
    }
    QJsonArray furniture;
    for (const Piece &p : seg.furniture)
        furniture.append(pieceJson(doc, p));

    QJsonObject root;
    root.insert(QStringLiteral("source"), page.sourcePath());
    root.insert(QStringLiteral("page"), page.pageNumber());
    root.insert(QStringLiteral("encoding"), page.encoding());
    root.insert(QStringLiteral("sha256"), QString::fromLatin1(page.sha256()));
    root.insert(QStringLiteral("articles"), articles);
    root.insert(QStringLiteral("furniture"), furniture);
    if (!page.warnings().isEmpty())
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(page.warnings()));
    return root;
}

} // namespace galley
