// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveFlagCommand.h"

namespace galley {

ResolveFlagCommand::ResolveFlagCommand(ReviewDocument *document, int articleId, int flagIndex, bool resolved,
                                       QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
{
    setText(resolved ? tr("Resolve flag") : tr("Reopen flag"));
    setResult(apply(before(), articleId, flagIndex, resolved));
}

std::optional<Segmentation> ResolveFlagCommand::apply(const Segmentation &seg, int articleId, int flagIndex, bool resolved)
{
    const int a = seg.indexOfArticle(articleId);
    if (a < 0 || flagIndex < 0 || flagIndex >= seg.articles[a].flags.size())
        return std::nullopt;
    Segmentation out = seg;
    out.articles[a].flags[flagIndex].resolved = resolved;
    return out;
}

} // namespace galley
