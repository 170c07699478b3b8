// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionList.h"
#include "TextDiff.h"

#include "edit/CorrectTextCommand.h"
#include "edit/SetRoleTextCommand.h"

#include <QCoreApplication>

namespace galley {

QList<CorrectionEntry> CorrectionList::entries(const ReviewDocument &document)
{
    QList<CorrectionEntry> out;
    if (document.corrections().isEmpty())
        return out;
    const Segmentation &seg = document.segmentation();
    auto add = [&](const Piece &p, int articleIndex) {
        if (!document.hasCorrection(p.id))
            return;
        CorrectionEntry e;
        e.pieceId = p.id;
        e.articleIndex = articleIndex;
        e.articleId = articleIndex >= 0 ? seg.articles[articleIndex].id : 0;
        e.role = p.role;
        e.editorPiece = p.block < 0;
        e.original = e.editorPiece ? QString() : document.repairedPieceText(p.id);
        e.corrected = document.pieceText(p.id);
        out.append(e);
    };
    for (int a = 0; a < seg.articles.size(); ++a)
        for (const Piece &p : seg.articles[a].pieces)
            add(p, a);
    for (const Piece &p : seg.furniture)
        add(p, -1);
    return out;
}

std::pair<QString, QString> CorrectionList::changedExcerpt(const QString &before, const QString &after, int context)
{
    const TextDiff::Stretch stretch = TextDiff::changedStretch(before, after);
    const qsizetype prefix = stretch.prefix, suffix = stretch.suffix; // (clang 14 cannot capture structured bindings)
    const qsizetype from = std::max<qsizetype>(0, prefix - context);
    const qsizetype keepSuffix = std::min<qsizetype>(suffix, context);
    auto excerpt = [&](const QString &s) {
        QString out;
        if (from > 0)
            out += QStringLiteral("…");
        out += s.mid(from, s.size() - suffix + keepSuffix - from);
        if (keepSuffix < suffix)
            out += QStringLiteral("…");
        return out;
    };
    return {excerpt(before), excerpt(after)};
}

QUndoCommand *CorrectionList::revertCommand(ReviewDocument *document, int pieceId)
{
    if (!document || !document->hasCorrection(pieceId))
        return nullptr;
    // A parent of its own: the revert is one step in the History panel and never merges into the
    // typing step before it (the typing commands merge with their kind).
    auto *revert = new QUndoCommand(QCoreApplication::translate("CorrectionList", "Revert correction"));
    const auto [a, i] = document->segmentation().locatePiece(pieceId);
    const Piece *p = a >= 0 && i >= 0 ? &document->segmentation().articles[a].pieces[i] : nullptr;
    if (p && p->block < 0)
        new SetRoleTextCommand(document, document->segmentation().articles[a].id, p->role, QString(), revert);
    else
        new CorrectTextCommand(document, pieceId, std::nullopt, revert);
    return revert;
}

} // namespace galley
