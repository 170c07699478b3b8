// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FlagChecker: decides whether the doubt behind an engine flag is still there in an article as the
// editor has edited it, so that flags stay current (docs/editing.md, "Flags stay current").
// The engine raises each kind for a reason that an edit can remove; the check asks for that reason
// again on the document (structure and corrected text), never for the engine's other evidence:
//  - "no-headline": the article still has no headline piece with text;
//  - "orphan-headline": the piece is still this article's headline (whether it belongs is the
//    editor's call: resolve it);
//  - "weak-continuation": the piece is still a lead or body piece joined to the paragraph before;
//  - "weak-join" (learned engine: a piece put in the article on thin evidence): never fixed while
//    the piece is in the document (whether it belongs is the editor's call: MovePiecesCommand drops
//    the flag when it moves the piece to another article; else resolve it);
//  - "orphan-fragment": the piece is still a body piece starting a paragraph of its own;
//  - "open-end": the piece still ends its paragraph and its text (the correction if there is one)
//    does not end a sentence (LanguageCues::endsSentence);
// A flag whose piece has left the article (or the document: a block joined back) is fixed too;
// commands move flags with their pieces. "interleaved-columns" ("check the cut") is the editor's
// call like "orphan-headline": it stays until resolved. Unknown kinds are never fixed.
// Pure functions of the document; no state.
#include "model/Article.h"

namespace galley {

class ReviewDocument;

class FlagChecker {
public:
    /// True when flag (one of article's flags) no longer applies to document's text and structure.
    /// article must be the document's current article value (its pieces are read from it).
    static bool isFixed(const ReviewDocument &document, const Article &article, const Flag &flag);
};

} // namespace galley
