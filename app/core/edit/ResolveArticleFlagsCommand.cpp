// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveArticleFlagsCommand.h"

namespace galley {

ResolveArticleFlagsCommand::ResolveArticleFlagsCommand(ReviewDocument *document, int articleId, QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    const std::optional<Segmentation> out = apply(before(), articleId);
    int n = 0;
    if (out) {
        const int a = before().indexOfArticle(articleId);
        for (const Flag &f : before().articles[a].flags)
            n += !f.resolved;
    }
    setText(tr("Resolve %n flag(s) of an article", nullptr, n));
    setResult(out);
}

std::optional<Segmentation> ResolveArticleFlagsCommand::apply(const Segmentation &seg, int articleId)
{
    const int a = seg.indexOfArticle(articleId);
    if (a < 0)
        return std::nullopt;
    Segmentation out = seg;
    bool any = false;
    for (Flag &f : out.articles[a].flags) {
        any = any || !f.resolved;
        f.resolved = true;
    }
    if (!any)
        return std::nullopt;
    return out;
}

} // namespace galley
