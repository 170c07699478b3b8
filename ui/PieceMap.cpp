// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PieceMap.h"

#include <algorithm>

namespace galley {

PieceMap::PieceMap(const Segmentation &segmentation)
{
    auto add = [this](const Piece &p, int articleIndex) {
        if (p.span.isEmpty())
            return;
        m_entries.append(Entry{p.span, p.id, articleIndex, p.block, p.role});
    };
    for (int a = 0; a < segmentation.articles.size(); ++a)
        for (const Piece &p : segmentation.articles[a].pieces)
            add(p, a);
    for (const Piece &p : segmentation.furniture)
        add(p, -1);
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &x, const Entry &y) { return x.span.start < y.span.start; });
    m_maxEndBefore.reserve(m_entries.size());
    qsizetype maxEnd = 0;
    for (const Entry &e : m_entries) {
        maxEnd = std::max(maxEnd, e.span.end);
        m_maxEndBefore.append(maxEnd);
    }
    m_indexById.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_indexById.insert(m_entries[i].pieceId, i);
}

qsizetype PieceMap::firstEndingAfter(qsizetype pos) const
{
    // m_maxEndBefore is non-decreasing: the first index whose running maximum passes pos.
    return std::upper_bound(m_maxEndBefore.cbegin(), m_maxEndBefore.cend(), pos) - m_maxEndBefore.cbegin();
}

const PieceMap::Entry *PieceMap::at(qsizetype pos) const
{
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), pos,
                               [](qsizetype p, const Entry &e) { return p < e.span.start; });
    // Spans normally do not overlap; walk back a little in case they do.
    for (int steps = 0; it != m_entries.cbegin() && steps < 4; ++steps) {
        --it;
        if (it->span.contains(pos))
            return &*it;
    }
    return nullptr;
}

const PieceMap::Entry *PieceMap::forPiece(int pieceId) const
{
    const auto it = m_indexById.constFind(pieceId);
    return it == m_indexById.cend() ? nullptr : &m_entries[*it];
}

} // namespace galley
