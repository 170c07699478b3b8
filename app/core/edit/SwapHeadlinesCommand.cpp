// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SwapHeadlinesCommand.h"

#include "PieceTransfer.h"

namespace galley {

SwapHeadlinesCommand::SwapHeadlinesCommand(ReviewDocument *document, int articleIdA, int articleIdB, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Swap headlines"));
    setResult(apply(before(), articleIdA, articleIdB));
}

namespace {
int insertPositionWithoutHeadline(const Article &a)
{
    int at = 0;
    while (at < a.pieces.size() && a.pieces[at].role == Role::Kicker)
        ++at;
    return at;
}
} // namespace

std::optional<Segmentation> SwapHeadlinesCommand::apply(const Segmentation &seg, int articleIdA, int articleIdB)
{
    const int a = seg.indexOfArticle(articleIdA);
    const int b = seg.indexOfArticle(articleIdB);
    if (a < 0 || b < 0 || a == b)
        return std::nullopt;
    const int ha = seg.articles[a].indexOfRole(Role::Headline);
    const int hb = seg.articles[b].indexOfRole(Role::Headline);
    if (ha < 0 && hb < 0)
        return std::nullopt;

    Segmentation out = seg;
    Article &A = out.articles[a];
    Article &B = out.articles[b];
    std::optional<Piece> fromA, fromB;
    QList<Flag> flagsA, flagsB;
    if (ha >= 0) {
        fromA = A.pieces[ha];
        fromA->continuesParagraph = false;
        for (const Flag &f : std::as_const(A.flags))
            if (f.pieceId == fromA->id)
                flagsA.append(f);
        A.flags.removeIf([&](const Flag &f) { return f.pieceId == fromA->id; });
    }
    if (hb >= 0) {
        fromB = B.pieces[hb];
        fromB->continuesParagraph = false;
        for (const Flag &f : std::as_const(B.flags))
            if (f.pieceId == fromB->id)
                flagsB.append(f);
        B.flags.removeIf([&](const Flag &f) { return f.pieceId == fromB->id; });
    }
    // Replace in place where both exist; otherwise remove and insert at the top.
    if (fromA && fromB) {
        A.pieces[ha] = *fromB;
        B.pieces[hb] = *fromA;
    } else if (fromA) {
        A.pieces.removeAt(ha);
        B.pieces.insert(insertPositionWithoutHeadline(B), *fromA);
    } else {
        B.pieces.removeAt(hb);
        A.pieces.insert(insertPositionWithoutHeadline(A), *fromB);
    }
    A.flags.append(flagsB);
    B.flags.append(flagsA);
    PieceTransfer::removeEmptyArticles(out);
    return out;
}

} // namespace galley
