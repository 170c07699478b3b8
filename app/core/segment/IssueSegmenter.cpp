// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssueSegmenter.h"

#include "JumpLineCues.h"
#include "Segmenter.h"
#include "WorkPools.h"
#include "edit/LinkArticlesCommand.h"
#include "import/IssueJoiner.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#include <optional>

namespace galley {

namespace {

// A jump line found on the issue: which article holds it (id, 0 for the furniture), its piece,
// its printed page (index) and position, and what it says.
struct JumpSite {
    int articleId = 0;
    int pieceId = 0;
    int pageIndex = 0;
    qsizetype pos = 0;
    JumpReference ref;
};

QString normalisedKeyword(const QString &k)
{
    return k.simplified().toCaseFolded();
}

// The jump lines of one piece: its first two and last two lines.
void collectSites(const Page &page, const Piece &piece, int articleId, QList<JumpSite> &out)
{
    const QStringView text = page.textOf(piece.span);
    QList<std::pair<qsizetype, QStringView>> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, text.sliced(start, end - start)});
        start = end + 1;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i >= 2 && i < lines.size() - 2)
            continue;
        if (auto ref = JumpLineCues::parse(lines[i].second)) {
            const qsizetype pos = piece.span.start + lines[i].first;
            out.append({articleId, piece.id, page.printedPageAt(pos), pos, *ref});
        }
    }
}

qsizetype articleStart(const Article &a)
{
    return a.pieces.isEmpty() ? 0 : a.pieces.first().span.start;
}

// Whether an article holding a jump line has more than that line: another headline or running-text
// piece, or more lines in the jump line's own piece.
bool hasRunningText(const Page &page, const Article &a, int jumpPiece)
{
    for (const Piece &p : a.pieces) {
        if (p.id == jumpPiece) {
            if (page.textOf(p.span).trimmed().contains(u'\n'))
                return true;
        } else if (isBodyRole(p.role) || p.role == Role::Headline) {
            return true;
        }
    }
    return false;
}

// Index of the printed page a jump reference names, or -1.
int targetIndex(const Page &page, int number)
{
    const QList<PrintedPage> &pages = page.printedPages();
    if (number == JumpReference::BackPage)
        return int(pages.size()) - 1;
    if (number == JumpReference::FrontPage)
        return 0;
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].number == number)
            return i;
    return -1;
}

bool namesPage(const Page &page, int number, int pageIndex)
{
    return targetIndex(page, number) == pageIndex;
}

// Splits a jump line printed as the first or last line of a longer piece into a piece of its own
// (role JumpLine), so that the running text of the article does not carry it.
void splitJumpLines(const Page &page, Segmentation &seg)
{
    for (Article &a : seg.articles) {
        QList<Piece> pieces;
        for (const Piece &p : std::as_const(a.pieces)) {
            const QStringView text = page.textOf(p.span);
            const qsizetype firstEnd = text.indexOf(u'\n');
            const qsizetype lastStart = text.lastIndexOf(u'\n');
            if (firstEnd < 0 || p.role == Role::JumpLine) {
                Piece one = p;
                // A jump line the engine took for running text ("DEBATE from page 2" above the text).
                if (isBodyRole(one.role) && JumpLineCues::parse(text)) {
                    one.role = Role::JumpLine;
                    one.continuesParagraph = false;
                    one.reasons.append(QStringLiteral("jump line"));
                }
                pieces.append(one);
                continue;
            }
            auto jumpPiece = [&](qsizetype from, qsizetype to) {
                Piece j = p;
                j.id = seg.nextPieceId++;
                const QStringView line = text.sliced(from, to - from);
                qsizetype lead = 0;
                while (lead < line.size() && line[lead].isSpace())
                    ++lead;
                const qsizetype length = line.trimmed().size();
                j.span = {p.span.start + from + lead, p.span.start + from + lead + length};
                j.role = Role::JumpLine;
                j.confidence = 0.9;
                j.reasons = {QStringLiteral("jump line")};
                j.continuesParagraph = false;
                return j;
            };
            Piece rest = p;
            std::optional<Piece> before;
            std::optional<Piece> after;
            if (JumpLineCues::parse(text.first(firstEnd))) {
                before = jumpPiece(0, firstEnd);
                rest.span.start = p.span.start + firstEnd + 1;
            }
            if (lastStart > firstEnd || (!before && lastStart >= 0)) {
                if (JumpLineCues::parse(text.sliced(lastStart + 1))) {
                    after = jumpPiece(lastStart + 1, text.size());
                    rest.span.end = p.span.start + lastStart;
                }
            }
            if (before)
                pieces.append(*before);
            if (!rest.span.isEmpty())
                pieces.append(rest);
            if (after)
                pieces.append(*after);
        }
        a.pieces = pieces;
    }
}

} // namespace

Segmentation IssueSegmenter::segment(Page &page)
{
    if (page.printedPages().isEmpty())
        return Segmenter::segment(page);
    // Each printed page is segmented on its own, at once on a pool of their own
    // (WorkPools::printedPages(): the calling thread may be a task of the global pool, and waits);
    // the parts are joined in page order.
    struct Part {
        Page printed;
        int firstBlock = 0;
        Segmentation segmentation;
    };
    std::vector<int> indices(std::size_t(page.printedPages().size()));
    std::iota(indices.begin(), indices.end(), 0);
    const Page &issuePage = page;
    const QList<Part> parts = QtConcurrent::blockingMapped<QList<Part>>(WorkPools::printedPages(), indices, [&issuePage](int i) {
        Part p;
        p.printed = IssueJoiner::printedPage(issuePage, i, &p.firstBlock);
        p.segmentation = Segmenter::segment(p.printed);
        return p;
    });
    Segmentation issue;
    QList<Block> &blocks = page.blocks();
    for (int i = 0; i < page.printedPages().size(); ++i) {
        const Page &printed = parts[i].printed;
        const int firstBlock = parts[i].firstBlock;
        const Segmentation &part = parts[i].segmentation;
        for (qsizetype b = 0; b < printed.blocks().size(); ++b) {
            Block &into = blocks[firstBlock + b];
            const Block &from = printed.blocks()[b];
            into.role = from.role;
            into.confidence = from.confidence;
            into.reasons = from.reasons;
        }
        IssueJoiner::appendShifted(issue, part, page.printedPages()[i].span.start, firstBlock);
    }
    splitJumpLines(page, issue);
    linkJumps(page, issue);
    return issue;
}

QList<IssueSegmenter::JumpLink> IssueSegmenter::linkJumps(const Page &page, Segmentation &seg)
{
    QList<JumpLink> links;
    if (page.printedPages().size() < 2)
        return links;
    const QList<PrintedPage> &pages = page.printedPages();

    QList<JumpSite> sites;
    for (const Article &a : seg.articles)
        for (const Piece &p : a.pieces)
            collectSites(page, p, a.id, sites);
    for (const Piece &p : seg.furniture)
        collectSites(page, p, 0, sites);
    std::stable_sort(sites.begin(), sites.end(), [](const JumpSite &x, const JumpSite &y) { return x.pos < y.pos; });

    // Articles in issue order with their printed page, as found before any link.
    struct Placed {
        int id;
        int pageIndex;
        qsizetype start;
        QString headline;
    };
    QList<Placed> placed;
    for (const Article &a : seg.articles) {
        QString headline;
        if (const Piece *h = a.headlinePiece())
            headline = page.textOf(h->span).toString();
        placed.append({a.id, page.printedPageAt(articleStart(a)), articleStart(a), normalisedKeyword(headline)});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &x, const Placed &y) { return x.start < y.start; });

    auto articleAfter = [&](int pageIndex, qsizetype pos) -> int {
        for (const Placed &p : placed)
            if (p.pageIndex == pageIndex && p.start > pos)
                return p.id;
        return 0;
    };
    auto articleBefore = [&](int pageIndex, qsizetype pos) -> int {
        int id = 0;
        for (const Placed &p : placed)
            if (p.pageIndex == pageIndex && p.start < pos)
                id = p.id;
        return id;
    };
    auto article = [&](int id) -> const Article * {
        const int i = seg.indexOfArticle(id);
        return i < 0 ? nullptr : &seg.articles[i];
    };

    QList<bool> used(sites.size(), false);
    QList<std::pair<int, int>> pairs; // (first article id, continuation article id), before merging
    QList<std::pair<int, int>> pieces; // the jump pieces of each pair
    for (qsizetype o = 0; o < sites.size(); ++o) {
        const JumpSite &out = sites[o];
        if (out.ref.direction != JumpReference::Direction::Out)
            continue;
        const int target = targetIndex(page, out.ref.page);
        if (target < 0 || target == out.pageIndex)
            continue;
        // A jump out standing alone (furniture, or an article of nothing else) ends the article before it.
        const Article *outHolder = article(out.articleId);
        const bool outAlone = !outHolder || !hasRunningText(page, *outHolder, out.pieceId);
        const int first = outAlone ? articleBefore(out.pageIndex, outHolder ? articleStart(*outHolder) : out.pos) : out.articleId;
        if (first == 0)
            continue;
        const QString keyword = normalisedKeyword(out.ref.keyword);

        int continuation = 0;
        int inPiece = 0;
        int inAlone = 0;
        for (qsizetype i = 0; i < sites.size() && continuation == 0; ++i) {
            const JumpSite &in = sites[i];
            if (used[i] || in.ref.direction != JumpReference::Direction::In || in.pageIndex != target)
                continue;
            if (!namesPage(page, in.ref.page, out.pageIndex))
                continue;
            if (!keyword.isEmpty() && !in.ref.keyword.isEmpty() && normalisedKeyword(in.ref.keyword) != keyword)
                continue;
            const Article *holder = article(in.articleId);
            if (holder && hasRunningText(page, *holder, in.pieceId))
                continuation = in.articleId;
            else
                continuation = articleAfter(in.pageIndex, in.pos);
            if (continuation != 0) {
                used[i] = true;
                inPiece = in.pieceId;
                // A jump in standing alone as an article of its own goes along.
                if (holder && continuation != in.articleId)
                    inAlone = in.articleId;
            }
        }
        if (continuation == 0 && !keyword.isEmpty()) {
            for (const Placed &p : placed)
                if (p.pageIndex == target && p.headline.contains(keyword)) {
                    continuation = p.id;
                    break;
                }
        }
        if (continuation == 0 || continuation == first)
            continue;
        used[o] = true;
        if (outAlone && outHolder && out.articleId != first)
            pairs.append({first, out.articleId});
        if (inAlone != 0)
            pairs.append({first, inAlone});
        pairs.append({first, continuation});
        pieces.append({out.pieceId, inPiece});
        links.append({first, continuation, pages[out.pageIndex].number, pages[target].number});
    }

    // Link in order; an article linked into another is reached through that one afterwards.
    QHash<int, int> mergedInto;
    auto root = [&](int id) {
        while (mergedInto.contains(id))
            id = mergedInto.value(id);
        return id;
    };
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        const int first = root(pairs[k].first);
        const int continuation = root(pairs[k].second);
        if (first == continuation)
            continue;
        if (auto linked = LinkArticlesCommand::apply(page, seg, first, continuation)) {
            seg = *linked;
            mergedInto.insert(continuation, first);
        }
    }
    // Say why on the jump pieces.
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const int fromPage = page.printedPageNumberAt(seg.piece(pieces[k].first) ? seg.piece(pieces[k].first)->span.start : 0);
        for (Article &a : seg.articles)
            for (Piece &p : a.pieces) {
                if (p.id == pieces[k].first && !p.reasons.contains(QStringLiteral("jump line: the article continues on another page")))
                    p.reasons.append(QStringLiteral("jump line: the article continues on another page"));
                if (p.id == pieces[k].second && pieces[k].second != 0
                    && !p.reasons.contains(QStringLiteral("jump line: continued from page %1").arg(fromPage)))
                    p.reasons.append(QStringLiteral("jump line: continued from page %1").arg(fromPage));
            }
    }
    return links;
}

} // namespace galley
