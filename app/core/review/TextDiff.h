// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextDiff: what changed between an original and a corrected text, as runs of kept, deleted and
// inserted text (issue 9 item 5: the original ↔ corrected view of an article), and the same for a
// whole article (ArticleDiff: each piece's wrap-repaired page text against the text the editor sees).
//
// Tokens: a run of letters or digits of a script written with spaces (Latin, Cyrillic, Greek …) is
// one token, so "teh" → "the" shows as one word replaced; every other character (Han, kana, Hangul,
// punctuation, white space) is a token of its own, so "人囗" → "人口" shows one character replaced.
// The diff is Myers' O((N+M)·D) greedy algorithm (E. W. Myers, "An O(ND) Difference Algorithm and
// Its Variations", Algorithmica 1, 1986) on the tokens after the common prefix and suffix are taken
// off; its work is bounded: past kMaxEdits differing tokens the middle is shown as one deletion and
// one insertion (correct, only coarser). Same input → same runs. Texts are QString (UTF-16);
// surrogate pairs are never split.
#include "model/ReviewDocument.h"

#include <QList>
#include <QString>

namespace galley {

struct DiffRun {
    enum class Kind { Same, Deleted, Inserted };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};

class TextDiff {
public:
    /// Most differing tokens the search goes through before it falls back to a coarse result.
    static constexpr int kMaxEdits = 4000;

    /// Runs that turn before into after: Same and Deleted runs concatenated give before, Same and
    /// Inserted runs give after. Neighbouring runs of one kind are merged; within a change the
    /// deletion comes before the insertion.
    static QList<DiffRun> diff(const QString &before, const QString &after);
    /// The tokens diff() compares (for tests and for callers that count changed words).
    static QStringList tokens(const QString &text);

    /// Where one text was changed into the other, as the lengths (UTF-16 units) of their common start
    /// and common end, the changed stretch between; a surrogate pair is never cut.
    struct Stretch {
        qsizetype prefix = 0;
        qsizetype suffix = 0;
    };
    static Stretch changedStretch(const QString &before, const QString &after);
};

/// One piece of an article in the original ↔ corrected view.
struct PieceDiff {
    int pieceId = 0;
    Role role = Role::Unknown;
    bool corrected = false;   ///< the piece has a correction (else runs is one Same run)
    bool editorPiece = false; ///< added by the editor: all of it is inserted
    QList<DiffRun> runs;
};

class ArticleDiff {
public:
    /// Every piece of the article in reading order; empty for an unknown article id.
    static QList<PieceDiff> forArticle(const ReviewDocument &document, int articleId);
};

} // namespace galley
