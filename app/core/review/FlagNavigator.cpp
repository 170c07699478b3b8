// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagNavigator.h"

#include <algorithm>
#include <limits>

namespace galley {

std::optional<FlagStop> FlagNavigator::step(const Segmentation &seg, int currentPieceId, int direction)
{
    struct Stop {
        qsizetype pos;
        FlagStop stop;
    };
    QList<Stop> stops;
    for (const Article &a : seg.articles)
        for (const Flag &f : a.flags) {
            if (!f.isOpen())
                continue; // resolved by the editor, or fixed by an edit
            if (const Piece *p = seg.piece(f.pieceId))
                stops.append({p->span.start, FlagStop{f.pieceId, f.reason}});
        }
    if (stops.isEmpty())
        return std::nullopt;
    std::stable_sort(stops.begin(), stops.end(), [](const Stop &x, const Stop &y) { return x.pos < y.pos; });
    const Piece *cur = currentPieceId ? seg.piece(currentPieceId) : nullptr;
    const qsizetype here = cur ? cur->span.start : (direction > 0 ? -1 : std::numeric_limits<qsizetype>::max());
    int pick = -1;
    if (direction > 0) {
        for (int i = 0; i < stops.size() && pick < 0; ++i)
            if (stops[i].pos > here || (stops[i].pos == here && stops[i].stop.pieceId != currentPieceId))
                pick = i;
        if (pick < 0)
            pick = 0; // wrap around
    } else {
        for (int i = int(stops.size()) - 1; i >= 0 && pick < 0; --i)
            if (stops[i].pos < here)
                pick = i;
        if (pick < 0)
            pick = int(stops.size()) - 1;
    }
    return stops[pick].stop;
}

} // namespace galley
