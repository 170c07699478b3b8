// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingSteps.h"

#include "review/TextDiff.h"


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
    const TextDiff::Stretch stretch = TextDiff::changedStretch(before, after);
    const qsizetype prefix = stretch.prefix, suffix = stretch.suffix; // (clang 14 cannot capture structured bindings)
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
