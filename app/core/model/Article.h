// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Article: the ordered pieces of one story on a page (headline, kicker, byline, lead, body, table,
// caption, credit …), its review status, flags and the editor's note.
// Reading order is the order of pieces; paragraphs are runs of body pieces joined by
// Piece::continuesParagraph.
#include "Flag.h"
#include "Piece.h"
#include "ReviewStatus.h"

#include <QList>

namespace galley {

struct Article {
    int id = 0;                 ///< unique within one ReviewDocument
    QList<Piece> pieces;        ///< reading order
    ReviewStatus status = ReviewStatus::Unreviewed;
    QList<Flag> flags;
    QString note;               ///< editor's note, free text

    /// Index into pieces of the first piece with role, or -1.
    int indexOfRole(Role role) const;
    /// Index into pieces of the piece with id, or -1.
    int indexOfPiece(int pieceId) const;
    const Piece *headlinePiece() const;
    int openFlagCount() const;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace galley
