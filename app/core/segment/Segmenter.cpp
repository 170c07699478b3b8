// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Segmenter.h"

#include "Logging.h"

#include "ArticleAssembler.h"
#include "ArticleBuilder.h"
#include "ReadingOrder.h"
#include "ContinuationLinker.h"
#include "FragmentLayout.h"
#include "LayoutSegmenter.h"
#include "RoleClassifier.h"

namespace galley {

Segmenter::Analysis Segmenter::analyse(const Page &page)
{
    const QStringView text = page.text();
    QList<Fragment> fragments;
    fragments.reserve(page.blocks().size());
    for (int i = 0; i < page.blocks().size(); ++i) {
        Fragment f;
        f.block = i;
        f.span = page.blocks()[i].span;
        fragments.append(f);
    }
    FragmentLayout::measureLines(text, fragments);
    RoleClassifier::classify(text, fragments);
    FragmentLayout::measureColumns(text, fragments);
    ContinuationLinker::splitInterleaved(text, fragments);
    const QList<ContinuationLink> links = ContinuationLinker::link(text, fragments);
    return {fragments, links};
}

Segmenter::Engine Segmenter::engine()
{
    static const Engine chosen = qEnvironmentVariable("GALLEY_ENGINE") == QLatin1String("rules") ? Engine::Rules : Engine::Learned;
    return chosen;
}

Segmentation Segmenter::segment(Page &page)
{
    Segmentation seg;
    if (LayoutSegmenter::applies(page)) {
        seg = LayoutSegmenter::segment(page, LayoutModel::builtIn());
    } else if (engine() == Engine::Learned) {
        seg = ArticleBuilder::build(ReadingOrder::analyse(page), page.text());
    } else {
        const Analysis analysis = analyse(page);
        seg = ArticleAssembler::assemble(page.text(), analysis.fragments, analysis.links);
    }

    // The blocks carry the role of their (first) piece.
    QList<Block> &blocks = page.blocks();
    QList<bool> done(blocks.size(), false);
    for (const Piece &p : seg.allPieces()) {
        if (p.block < 0 || p.block >= blocks.size() || done[p.block])
            continue;
        done[p.block] = true;
        blocks[p.block].role = p.role;
        blocks[p.block].confidence = p.confidence;
        blocks[p.block].reasons = p.reasons;
    }
    qCDebug(lcSegment, "%s page %d: %lld articles, %lld furniture pieces (%s engine)", qPrintable(page.sourcePath()),
            page.pageNumber(), qint64(seg.articles.size()), qint64(seg.furniture.size()),
            engine() == Engine::Learned ? "learned" : "rules");
    return seg;
}

} // namespace galley
