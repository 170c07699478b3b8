// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Article.h"

#include <algorithm>

namespace galley {

int Article::indexOfRole(Role role) const
{
    for (int i = 0; i < pieces.size(); ++i)
        if (pieces[i].role == role)
            return i;
    return -1;
}

int Article::indexOfPiece(int pieceId) const
{
    for (int i = 0; i < pieces.size(); ++i)
        if (pieces[i].id == pieceId)
            return i;
    return -1;
}

const Piece *Article::headlinePiece() const
{
    const int i = indexOfRole(Role::Headline);
    return i < 0 ? nullptr : &pieces[i];
}

int Article::openFlagCount() const
{
    return int(std::count_if(flags.cbegin(), flags.cend(), [](const Flag &f) { return f.isOpen(); }));
}

} // namespace galley
