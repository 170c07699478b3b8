// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Piece: one span of the raw page that an article (or the page furniture) uses, with its role.
// A piece is usually a whole block; a block holding two interleaved column fragments gives two pieces.
#include "Role.h"
#include "TextSpan.h"

#include <QStringList>

namespace galley {

struct Piece {
    int id = 0;             ///< unique and stable within one ReviewDocument (corrections refer to it)
    int block = -1;         ///< index into Page::blocks() of the block the span lies in
    TextSpan span;          ///< UTF-16 units of Page::text()
    Role role = Role::Unknown;
    double confidence = 0;  ///< 0..1
    QStringList reasons;    ///< why the engine chose this role / placement
    /// Lead and body pieces: true when this piece carries on the previous body piece's paragraph
    /// (a sentence cut at a column end), false when it starts a new paragraph.
    bool continuesParagraph = false;

    friend bool operator==(const Piece &, const Piece &) = default;
};

} // namespace galley
