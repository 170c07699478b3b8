// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkArticlesCommand.h"

#include "segment/LanguageCues.h"

namespace galley {

LinkArticlesCommand::LinkArticlesCommand(ReviewDocument *document, int firstArticleId, int continuationArticleId,
                                         QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(tr("Link articles across pages"));
    setResult(apply(document->page(), before(), firstArticleId, continuationArticleId));
}

std::optional<Segmentation> LinkArticlesCommand::apply(const Page &page, const Segmentation &seg, int firstArticleId,
                                                       int continuationArticleId)
{
    const int a = seg.indexOfArticle(firstArticleId);
    const int b = seg.indexOfArticle(continuationArticleId);
    if (a < 0 || b < 0 || a == b)
        return std::nullopt;
    Segmentation out = seg;
    Article &into = out.articles[a];
    Article from = seg.articles[b];

    const Piece *lastBody = nullptr;
    for (const Piece &p : into.pieces)
        if (isBodyRole(p.role))
            lastBody = &p;
    if (lastBody && !LanguageCues::endsSentence(page.textOf(lastBody->span).trimmed())) {
        for (Piece &p : from.pieces)
            if (isBodyRole(p.role)) {
                p.continuesParagraph = true;
                break;
            }
    }
    into.pieces.append(from.pieces);
    into.flags.append(from.flags);
    if (!from.note.isEmpty())
        into.note = into.note.isEmpty() ? from.note : into.note + QStringLiteral("\n\n") + from.note;
    out.articles.removeAt(b);
    return out;
}

} // namespace galley
