// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fragment: the unit the segmentation stages work on — a block, or one of the two column fragments
// of a block found to hold interleaved columns. Carries the layout features the stages decide from.
#include "model/Role.h"
#include "model/TextSpan.h"

#include <QList>
#include <QStringList>

namespace galley {

/// How a fragment's first printed line begins.
enum class StartKind {
    ParagraphStart, ///< indented first line, or a news lead / quote opening: starts a paragraph
    Continuation,   ///< first line is full column width (or begins lower-case): carries on a sentence
    Weak,           ///< leans towards continuation, not strongly
    Ambiguous,      ///< layout says nothing (one-line fragment, or first line ends a sentence)
};

/// One printed line of a fragment: a line of the text, or for extraction that joins a column's
/// lines with spaces, the run between two wrap spaces.
struct PrintedLine {
    qsizetype start = 0; ///< UTF-16 units of the page text
    qsizetype end = 0;
    double width = 0;    ///< in em: a CJK character (or half-width punctuation beside one) is 1, Latin/digits 0.5
};

struct Fragment {
    int block = -1;               ///< index into Page::blocks()
    TextSpan span;                ///< UTF-16 units of the page text
    bool splitFromBlock = false;  ///< one of two fragments of an interleaved block
    QList<PrintedLine> lines;
    double typicalWidth = 0;      ///< column width estimate, em (from this fragment or its neighbours)
    double cjkShare = 0;          ///< 0..1 of letters
    StartKind start = StartKind::Ambiguous;
    bool endsOpen = false;        ///< last sentence not finished (no 。！？. at the end)
    Role role = Role::Unknown;
    double confidence = 0;
    QStringList reasons;
    bool headlineCandidate = false; ///< short display line that may be a headline, kicker or subheadline
    /// Quotations left open at the end (opened here) and closed without being opened (carried in),
    /// for double and single quotes: bits QuoteOpensDouble … QuoteClosesSingle.
    quint8 quotes = 0;
    enum : quint8 { QuoteOpensDouble = 1, QuoteOpensSingle = 2, QuoteClosesDouble = 4, QuoteClosesSingle = 8 };

    bool isCjk() const { return cjkShare >= 0.5; }
    /// Lead or body text that is not (or no longer) a possible display line.
    bool isRunningText() const { return isBodyRole(role) && !headlineCandidate; }
};

} // namespace galley
