// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Flag: something the engine was unsure of, for an editor to check (F8 walks through them).
#include <QString>

namespace galley {

struct Flag {
    int pieceId = 0;  ///< the piece the flag is about
    QString kind;     ///< stable key: "orphan-fragment", "interleaved-columns", "open-end", "orphan-headline", "weak-continuation", "weak-join", "no-headline"
    QString reason;   ///< human-readable explanation shown in the review UI
    bool resolved = false; ///< the editor marked it checked (ResolveFlagCommand)
    /// The edits since the engine removed its cause (the article has a headline now, the sentence
    /// was finished, the fragment joined …). Derived state: ReviewDocument refreshes it after every
    /// edit through FlagChecker (app/core/review/); it is not saved. Comes back with the cause.
    bool fixed = false;

    /// Still something for the editor to check: neither resolved nor fixed (F8 stops only there).
    bool isOpen() const { return !resolved && !fixed; }

    friend bool operator==(const Flag &, const Flag &) = default;
};

} // namespace galley
