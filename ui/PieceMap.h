// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PieceMap: where each piece of a ReviewDocument lies on the raw page, sorted by position, for the
// views that ask "which piece is at this offset" or "which pieces overlap these lines".
// Offsets are UTF-16 units of Page::text() (equal to QTextDocument positions of the raw view).
// A value rebuilt from the Segmentation after every change (O(n log n) for n pieces).
#include "model/Segmentation.h"

#include <QHash>
#include <QList>

namespace galley {

class PieceMap {
public:
    struct Entry {
        TextSpan span;
        int pieceId = 0;
        int articleIndex = -1; ///< -1: page furniture
        int block = -1;        ///< index into Page::blocks()
        Role role = Role::Unknown;
    };

    PieceMap() = default;
    explicit PieceMap(const Segmentation &segmentation);

    const QList<Entry> &entries() const { return m_entries; }
    /// The entry whose span holds pos, or nullptr. Editor-added pieces (empty spans) are never found.
    const Entry *at(qsizetype pos) const;
    /// Index of the first entry whose span ends after pos (entries overlapping [pos, …) start there).
    qsizetype firstEndingAfter(qsizetype pos) const;
    const Entry *forPiece(int pieceId) const;

private:
    QList<Entry> m_entries;           // sorted by span.start, empty spans left out
    QList<qsizetype> m_maxEndBefore;  // running maximum of span.end, for overlap queries
    QHash<int, qsizetype> m_indexById;
};

} // namespace galley
