// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SplitArticleCommand: splits an article before one of its pieces. That piece and every piece after
// it form a new article placed right after the original (flags about them go along, status
// Unreviewed). Obsolete when the article or piece is unknown, or the piece is the article's first
// (nothing would stay behind).
#include "SegmentationEditCommand.h"

#include <QCoreApplication>

namespace galley {

class SplitArticleCommand : public SegmentationEditCommand {
    Q_DECLARE_TR_FUNCTIONS(SplitArticleCommand)
public:
    SplitArticleCommand(ReviewDocument *document, int articleId, int beforePieceId, QUndoCommand *parent = nullptr);

    static std::optional<Segmentation> apply(const Segmentation &seg, int articleId, int beforePieceId);
};

} // namespace galley
