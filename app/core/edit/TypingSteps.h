// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TypingSteps: where typing in a piece begins a new undo step (issue 9 item 4). Keystrokes in one
// piece merge into one step (CorrectTextCommand::mergeWith) until a safe point: a new word begins
// (a letter or digit typed after a space or punctuation), a pause of kPauseMs, another piece, a switch
// between typing and deleting, or several characters at once (an input method's phrase, a paste).
// Chinese has no spaces: there a step ends at punctuation, at a pause and at each committed phrase.
// The editor feeds it every change of a piece's text with the time; the decision is the core's.
// Times are milliseconds of any monotonic clock (QElapsedTimer); text in UTF-16 units.
#include <QString>

namespace galley {

class TypingSteps {
public:
    static constexpr qint64 kPauseMs = 1500;

    /// Whether changing pieceId's text from before to after at nowMs starts a new undo step.
    /// Remembers the change for the next call.
    bool startsStep(int pieceId, const QString &before, const QString &after, qint64 nowMs);
    /// The next change starts a step whatever it is (the cursor moved, an undo, another command).
    void reset() { m_piece = 0; }

private:
    enum class Kind { None, Insert, Delete, Replace };
    int m_piece = 0;
    qint64 m_lastMs = 0;
    Kind m_kind = Kind::None;
};

} // namespace galley
