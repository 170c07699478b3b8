// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueJoiner.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace galley {

namespace {

void shiftSpan(TextSpan &span, qsizetype by)
{
    span.start += by;
    span.end += by;
}

void shiftBlock(Block &b, qsizetype by)
{
    shiftSpan(b.span, by);
    for (LineGeometry &l : b.lines)
        shiftSpan(l.span, by);
}

void dropGeometry(Block &b)
{
    b.box = QRectF();
    for (LineGeometry &l : b.lines)
        l.box = QRectF();
}

} // namespace

Page IssueJoiner::join(const QList<Page> &pages)
{
    Q_ASSERT(!pages.isEmpty());
    if (pages.size() == 1)
        return pages.first();
    const Page &first = pages.first();
    QString text;
    qsizetype total = 0;
    for (const Page &p : pages)
        total += p.text().size() + separator().size();
    text.reserve(total);
    QList<Block> blocks;
    QList<PrintedPage> printed;
    QStringList warnings;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const Page &p = pages[i];
        if (i > 0)
            text += separator();
        const qsizetype offset = text.size();
        text += p.text();
        const bool sameUnit = p.geometryUnit() == first.geometryUnit();
        for (Block b : p.blocks()) {
            shiftBlock(b, offset);
            if (!sameUnit)
                dropGeometry(b);
            b.number = int(blocks.size()) + 1;
            blocks.append(std::move(b));
        }
        PrintedPage pp;
        pp.number = p.pageNumber();
        pp.span = {offset, text.size()};
        pp.size = sameUnit ? p.pageSize() : QSizeF();
        pp.imageName = p.imageName();
        pp.sourcePath = p.sourcePath() == first.sourcePath() ? QString() : p.sourcePath();
        printed.append(pp);
        for (const QString &w : p.warnings())
            if (!warnings.contains(w))
                warnings.append(w);
        if (!sameUnit && p.hasGeometry())
            warnings.append(QStringLiteral("%1: page %2: boxes in %3, not %4 as the first page; its boxes are left out")
                                .arg(p.sourcePath())
                                .arg(p.pageNumber())
                                .arg(geometryUnitName(p.geometryUnit()), first.hasGeometry() ? geometryUnitName(first.geometryUnit())
                                                                                            : QStringLiteral("none")));
    }
    Page out(text);
    out.setSourcePath(first.sourcePath());
    out.setEncoding(first.encoding());
    out.setSha256(first.sha256());
    out.setPageNumber(first.pageNumber());
    out.setSourceByteOffset(first.sourceByteOffset());
    out.setGeometryUnit(first.geometryUnit());
    out.setPageSize(first.pageSize());
    out.setImageName(first.imageName());
    out.setBlocks(std::move(blocks));
    out.setPrintedPages(std::move(printed));
    for (const QString &w : std::as_const(warnings))
        out.addWarning(w);
    return out;
}

ImportResult IssueJoiner::join(ImportResult result)
{
    if (!result.ok() || result.pages.size() < 2)
        return result;
    const Page issue = join(result.pages);
    if (result.segmentations.size() == result.pages.size()) {
        Segmentation joined;
        for (qsizetype i = 0; i < result.pages.size(); ++i) {
            int firstBlock = 0;
            for (qsizetype k = 0; k < i; ++k)
                firstBlock += int(result.pages[k].blocks().size());
            appendShifted(joined, result.segmentations[i], issue.printedPages()[i].span.start, firstBlock);
        }
        result.segmentations = {joined};
    } else {
        result.segmentations.clear();
    }
    result.pages = {issue};
    return result;
}

Page IssueJoiner::printedPage(const Page &issue, int index, int *firstBlock)
{
    if (issue.printedPages().isEmpty()) {
        if (firstBlock)
            *firstBlock = 0;
        return issue;
    }
    const PrintedPage &pp = issue.printedPages().at(index);
    Page out(issue.text().mid(pp.span.start, pp.span.length()));
    out.setSourcePath(pp.sourcePath.isEmpty() ? issue.sourcePath() : pp.sourcePath);
    out.setEncoding(issue.encoding());
    out.setSha256(issue.sha256());
    out.setPageNumber(pp.number);
    out.setGeometryUnit(issue.geometryUnit());
    out.setPageSize(pp.size);
    out.setImageName(pp.imageName);
    QList<Block> blocks;
    int first = -1;
    const QList<Block> &all = issue.blocks();
    for (int b = 0; b < all.size(); ++b) {
        if (all[b].span.start < pp.span.start || all[b].span.start >= pp.span.end)
            continue;
        if (first < 0)
            first = b;
        Block block = all[b];
        shiftBlock(block, -pp.span.start);
        block.number = int(blocks.size()) + 1;
        blocks.append(std::move(block));
    }
    out.setBlocks(std::move(blocks));
    if (firstBlock)
        *firstBlock = first < 0 ? 0 : first;
    return out;
}

Segmentation IssueJoiner::printedPageSegmentation(const Page &issue, const Segmentation &segmentation, int index)
{
    if (issue.printedPages().isEmpty())
        return segmentation;
    const TextSpan page = issue.printedPages().at(index).span;
    // The issue index of the page's first block (printedPage() numbers the page's blocks from it).
    const QList<Block> &blocks = issue.blocks();
    const auto first = std::find_if(blocks.cbegin(), blocks.cend(),
                                    [&](const Block &b) { return b.span.start >= page.start && b.span.start < page.end; });
    const int firstBlock = first == blocks.cend() ? 0 : int(first - blocks.cbegin());
    const auto onPage = [&](const Piece &p) { return p.span.start >= page.start && p.span.start < page.end; };
    const auto shifted = [&](Piece p) {
        shiftSpan(p.span, -page.start);
        if (p.block >= 0)
            p.block -= firstBlock;
        return p;
    };
    Segmentation out;
    out.nextPieceId = segmentation.nextPieceId;
    out.nextArticleId = segmentation.nextArticleId;
    for (const Article &a : segmentation.articles) {
        Article part = a;
        part.pieces.clear();
        QSet<int> kept;
        for (const Piece &p : a.pieces)
            if (onPage(p)) {
                part.pieces.append(shifted(p));
                kept.insert(p.id);
            }
        if (part.pieces.isEmpty())
            continue;
        part.flags.clear();
        for (const Flag &f : a.flags)
            if (kept.contains(f.pieceId))
                part.flags.append(f);
        out.articles.append(std::move(part));
    }
    for (const Piece &p : segmentation.furniture)
        if (onPage(p))
            out.furniture.append(shifted(p));
    return out;
}

void IssueJoiner::appendShifted(Segmentation &issue, const Segmentation &part, qsizetype textOffset, int blockOffset)
{
    // Ids in the part's order: articles, then furniture.
    QHash<int, int> newId; // part's piece id → issue piece id
    for (const Article &a : part.articles)
        for (const Piece &p : a.pieces)
            newId.insert(p.id, issue.nextPieceId++);
    for (const Piece &p : part.furniture)
        newId.insert(p.id, issue.nextPieceId++);
    auto shifted = [&](Piece p) {
        p.id = newId.value(p.id);
        shiftSpan(p.span, textOffset);
        if (p.block >= 0)
            p.block += blockOffset;
        return p;
    };
    for (const Article &a : part.articles) {
        Article out = a;
        out.id = issue.nextArticleId++;
        out.pieces.clear();
        for (const Piece &p : a.pieces)
            out.pieces.append(shifted(p));
        for (Flag &f : out.flags)
            f.pieceId = newId.value(f.pieceId, 0);
        issue.articles.append(std::move(out));
    }
    for (const Piece &p : part.furniture)
        issue.furniture.append(shifted(p));
}

} // namespace galley
