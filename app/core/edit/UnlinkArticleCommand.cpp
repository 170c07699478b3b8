// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlinkArticleCommand.h"

#include <algorithm>
#include <limits>

namespace galley {

namespace {

qsizetype firstStart(const Article &a)
{
    qsizetype start = std::numeric_limits<qsizetype>::max();
    for (const Piece &p : a.pieces)
        start = std::min(start, p.span.start);
    return start;
}

} // namespace

UnlinkArticleCommand::UnlinkArticleCommand(ReviewDocument *document, int articleId, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Unlink article parts on other pages"));
    setResult(apply(document->page(), before(), articleId));
}

bool UnlinkArticleCommand::spansPages(const Page &page, const Segmentation &seg, int articleId)
{
    const int a = seg.indexOfArticle(articleId);
    if (a < 0 || seg.articles[a].pieces.isEmpty())
        return false;
    const int first = page.printedPageAt(seg.articles[a].pieces.first().span.start);
    for (const Piece &p : seg.articles[a].pieces)
        if (page.printedPageAt(p.span.start) != first)
            return true;
    return false;
}

std::optional<Segmentation> UnlinkArticleCommand::apply(const Page &page, const Segmentation &seg, int articleId)
{
    if (!spansPages(page, seg, articleId))
        return std::nullopt;
    const int a = seg.indexOfArticle(articleId);
    const Article &whole = seg.articles[a];

    // Runs of consecutive pieces on one printed page; the first stays.
    QList<QList<Piece>> runs;
    int runPage = -1;
    for (const Piece &p : whole.pieces) {
        const int at = page.printedPageAt(p.span.start);
        if (runs.isEmpty() || at != runPage)
            runs.append(QList<Piece>());
        runs.last().append(p);
        runPage = at;
    }

    Segmentation out = seg;
    Article &kept = out.articles[a];
    kept.pieces = runs.first();
    auto pieceIn = [](const QList<Piece> &pieces, int id) {
        return std::any_of(pieces.cbegin(), pieces.cend(), [id](const Piece &p) { return p.id == id; });
    };
    kept.flags.clear();
    for (const Flag &f : whole.flags)
        if (pieceIn(kept.pieces, f.pieceId) || !std::any_of(runs.cbegin() + 1, runs.cend(), [&](const QList<Piece> &r) {
                return pieceIn(r, f.pieceId);
            }))
            kept.flags.append(f);
    for (qsizetype r = 1; r < runs.size(); ++r) {
        Article part;
        part.id = out.nextArticleId++;
        part.pieces = runs[r];
        part.pieces.first().continuesParagraph = false;
        for (const Flag &f : whole.flags)
            if (pieceIn(part.pieces, f.pieceId))
                part.flags.append(f);
        const qsizetype start = firstStart(part);
        qsizetype at = 0;
        for (qsizetype i = 0; i < out.articles.size(); ++i)
            if (firstStart(out.articles[i]) < start)
                at = i + 1;
        out.articles.insert(at, part);
    }
    return out;
}

} // namespace galley
