// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CorrectionList: every text correction of a ReviewDocument as a list for the corrections panel —
// where it is (article, role, piece), the text the page gives (wrap-repaired) and the corrected
// text, with a short excerpt around what changed — and the undo command that reverts one.
// Offsets are UTF-16 units. Pure functions of the document; nothing is owned.
#include "model/ReviewDocument.h"

#include <QUndoCommand>

namespace galley {

struct CorrectionEntry {
    int pieceId = 0;
    int articleId = 0;        ///< 0 for a furniture piece
    int articleIndex = -1;    ///< index in Segmentation::articles, -1 for furniture
    Role role = Role::Unknown;
    bool editorPiece = false; ///< added by the editor (block -1): the page has no text for it
    QString original;         ///< ReviewDocument::repairedPieceText(); empty for an editor piece
    QString corrected;        ///< ReviewDocument::pieceText()
};

class CorrectionList {
public:
    /// Every correction, in document order (articles in order, pieces in reading order, then the
    /// furniture). Corrections of pieces no longer in the document are left out.
    static QList<CorrectionEntry> entries(const ReviewDocument &document);

    /// The part of before and after that differs, with up to context characters of common text on
    /// each side and "…" where text was left out: ("…的展览于10月…", "…的展览於10月…").
    static std::pair<QString, QString> changedExcerpt(const QString &before, const QString &after, int context = 8);

    /// The command that reverts the correction of pieceId (the caller pushes it; one undo step
    /// "Revert correction" that never merges with typing before it): a CorrectTextCommand back to
    /// the page text, or for an editor-added headline, kicker, subheadline or byline a
    /// SetRoleTextCommand that removes the piece. nullptr when the piece has no correction.
    static QUndoCommand *revertCommand(ReviewDocument *document, int pieceId);
};

} // namespace galley
