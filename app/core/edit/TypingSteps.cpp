// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingSteps.h"

#include <algorithm>

namespace galley {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

bool TypingSteps::startsStep(int pieceId, const QString &before, const QString &after, qint64 nowMs)
{
    // The changed stretch: what is left after the common start and end.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    const qsizetype removed = before.size() - prefix - suffix, inserted = after.size() - prefix - suffix;
    const Kind kind = inserted && removed ? Kind::Replace : inserted ? Kind::Insert : Kind::Delete;

    bool starts = pieceId != m_piece || nowMs - m_lastMs > kPauseMs || kind != m_kind || kind == Kind::Replace
        || inserted > 1;
    if (!starts && kind == Kind::Insert) {
        // A new word: a word character typed after a character that is not one (space, punctuation).
        const QChar typed = after[prefix];
        starts = isWordCharacter(typed) && prefix > 0 && !isWordCharacter(after[prefix - 1]);
    }
    m_piece = pieceId;
    m_lastMs = nowMs;
    m_kind = kind;
    return starts;
}

} // namespace galley
