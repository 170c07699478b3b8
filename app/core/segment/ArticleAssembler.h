// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleAssembler: turns classified, linked fragments into articles.
//  1. Walking the page in order: a headline group (headline candidates and bylines) opens an article
//     at the first running text after it; a news lead opens a new article too, unless the current
//     article has no lead yet and its headline matches the lead's paragraph (a lead placed after the
//     body it opens). A display line between two fragments of one paragraph does not break the
//     article ("mixed into the flow"). Tables, notes, captions, credits and jump lines join the
//     article they stand in.
//  2. Paragraph chains (ContinuationLinker) go whole into the article of their first fragment.
//  3. Headlines: every headline candidate is matched by text similarity (TextSimilarity) against
//     every article's body, favouring the group right before the article; best pairs first, one
//     headline per article — so an orphan headline finds its headless article. Left-over candidates
//     become kickers (before the headline, or matched from elsewhere) or subheadlines (after it).
//  4. Reading order in an article: kicker, headline, subheadline, byline, the lead's paragraph, the
//     other paragraphs in page order, then tables, notes, captions and credits.
// Doubtful decisions become Flags with reasons.
#include "ContinuationLinker.h"
#include "Fragment.h"
#include "model/Segmentation.h"

#include <QList>
#include <QStringView>

namespace galley {

class ArticleAssembler {
public:
    /// Similarity (TextSimilarity::containment) from which a headline is taken to belong to a text.
    static constexpr double kHeadlineMatch = 0.3;

    static Segmentation assemble(QStringView text, const QList<Fragment> &fragments,
                                 const QList<ContinuationLink> &links);
};

} // namespace galley
