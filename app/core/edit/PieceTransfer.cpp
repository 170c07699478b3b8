// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PieceTransfer.h"

#include <QSet>

#include <algorithm>

namespace galley {

bool PieceTransfer::allExist(const Segmentation &seg, const QList<int> &pieceIds)
{
    if (pieceIds.isEmpty())
        return false;
    return std::all_of(pieceIds.cbegin(), pieceIds.cend(), [&](int id) { return seg.piece(id) != nullptr; });
}

PieceTransfer::Taken PieceTransfer::take(Segmentation &seg, const QList<int> &pieceIds)
{
    Taken out;
    const QSet<int> ids(pieceIds.cbegin(), pieceIds.cend());
    for (Article &a : seg.articles) {
        bool any = false;
        for (const Piece &p : std::as_const(a.pieces))
            any |= ids.contains(p.id);
        if (!any)
            continue;
        QList<Piece> keep;
        for (const Piece &p : std::as_const(a.pieces))
            (ids.contains(p.id) ? out.pieces : keep).append(p);
        a.pieces = keep;
        QList<Flag> keepFlags;
        for (const Flag &f : std::as_const(a.flags))
            (ids.contains(f.pieceId) ? out.flags : keepFlags).append(f);
        a.flags = keepFlags;
    }
    if (std::any_of(seg.furniture.cbegin(), seg.furniture.cend(), [&](const Piece &p) { return ids.contains(p.id); })) {
        QList<Piece> keep;
        for (const Piece &p : std::as_const(seg.furniture))
            (ids.contains(p.id) ? out.pieces : keep).append(p);
        seg.furniture = keep;
    }
    return out;
}

int PieceTransfer::removeEmptyArticles(Segmentation &seg)
{
    return int(seg.articles.removeIf([](const Article &a) { return a.pieces.isEmpty(); }));
}

void PieceTransfer::addToFurniture(Segmentation &seg, QList<Piece> pieces)
{
    for (Piece &p : pieces) {
        p.role = Role::Furniture;
        p.continuesParagraph = false;
        auto at = std::upper_bound(seg.furniture.begin(), seg.furniture.end(), p.span.start,
                                   [](qsizetype s, const Piece &f) { return s < f.span.start; });
        seg.furniture.insert(at, p);
    }
}

std::pair<int, int> PieceTransfer::documentPosition(const Segmentation &seg, int pieceId)
{
    const auto [a, i] = seg.locatePiece(pieceId);
    if (i < 0)
        return {-1, -1};
    return {a < 0 ? int(seg.articles.size()) : a, i};
}

QList<int> PieceTransfer::inDocumentOrder(const Segmentation &seg, const QList<int> &pieceIds)
{
    QList<std::pair<std::pair<int, int>, int>> keyed;
    QSet<int> seen;
    for (int id : pieceIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto pos = documentPosition(seg, id);
        if (pos.second >= 0)
            keyed.append({pos, id});
    }
    std::sort(keyed.begin(), keyed.end());
    QList<int> out;
    for (const auto &k : keyed)
        out.append(k.second);
    return out;
}

} // namespace galley
