// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutSegmenter.h"

#include "LanguageCues.h"
#include "ReasonText.h"
#include "import/WordLayout.h"

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

// The context lupdate files these strings under: tr() in LayoutSegmenter's members; Builder has its own.
ReasonId tr(const char *text)
{
    return reasonText("galley::LayoutSegmenter", text);
}

QString percent(double p)
{
    return QString::number(qRound(p * 100)) + QLatin1Char('%');
}

int roleRank(Role r)
{
    switch (r) {
    case Role::Kicker: return 0;
    case Role::Headline: return 1;
    case Role::Subheadline: return 2;
    default: return 3;
    }
}

bool onlySpaceBetween(QStringView text, qsizetype from, qsizetype to)
{
    if (from > to)
        return false;
    for (qsizetype i = from; i < to; ++i)
        if (!text[i].isSpace())
            return false;
    return true;
}

struct Builder {
    static ReasonId tr(const char *text) { return reasonText("galley::Builder", text); } // lupdate: galley::Builder
    const Page &page;
    const LayoutSegmenter::Analysis &a;
    Segmentation seg;

    double roleProbability(const LayoutItem &item) const
    {
        const int cls = LayoutAnalysis::classOfRole(item.role);
        return a.page.roleProbabilities[item.lines.first()][cls];
    }

    Piece piece(const LayoutItem &item, Role role, double confidence, QStringList reasons)
    {
        Piece p;
        p.id = seg.nextPieceId++;
        p.block = a.page.lines[item.lines.first()].firstBlock;
        p.span = item.span;
        p.role = role;
        p.confidence = confidence;
        p.reasons = std::move(reasons);
        return p;
    }

    // The head group's pieces: kicker, headline, subheadline, each title's items that follow each
    // other in the page text joined into one piece; one of them the headline.
    QList<Piece> headPieces(const LayoutGroup &g)
    {
        QList<int> items = g.items;
        bool hasHeadline = false;
        int largest = items.first();
        for (int i : items) {
            hasHeadline = hasHeadline || a.page.items[i].role == Role::Headline;
            if (a.page.items[i].size > a.page.items[largest].size)
                largest = i;
        }
        std::stable_sort(items.begin(), items.end(), [&](int x, int y) {
            const LayoutItem &p = a.page.items[x], &q = a.page.items[y];
            const Role rp = (!hasHeadline && x == largest) ? Role::Headline : p.role;
            const Role rq = (!hasHeadline && y == largest) ? Role::Headline : q.role;
            if (roleRank(rp) != roleRank(rq))
                return roleRank(rp) < roleRank(rq);
            return p.span.start < q.span.start;
        });
        QList<Piece> out;
        const double bodySize = a.page.bodySize;
        for (int i : items) {
            const LayoutItem &item = a.page.items[i];
            const Role role = (!hasHeadline && i == largest) ? Role::Headline : item.role;
            if (!out.isEmpty() && out.last().role == role && onlySpaceBetween(page.text(), out.last().span.end, item.span.start)) {
                out.last().span.end = item.span.end;
                continue;
            }
            QStringList reasons{tr("printed in type %1 times the body size").arg(QString::number(item.size / bodySize, 'f', 1))};
            if (role != item.role)
                reasons << tr("the largest title of its group");
            else
                reasons << tr("reads as %1 from size and position (%2)").arg(roleName(role), percent(roleProbability(item)));
            out.append(piece(item, role, roleProbability(item), reasons));
        }
        return out;
    }

    // Whether the page's running text marks paragraphs by indenting their first line.
    bool indents() const
    {
        for (const LayoutGroup &g : a.page.segments)
            for (int i : g.items)
                if (isBodyRole(a.page.items[i].role) && startsIndented(g, i))
                    return true;
        return false;
    }

    bool startsIndented(const LayoutGroup &segment, int item) const
    {
        const LayoutLine &first = a.page.lines[a.page.items[item].lines.first()];
        return first.box.left() - segment.box.left() >= 1.2 * a.page.bodySize;
    }

    QList<Piece> textPieces(const QList<int> &segments)
    {
        const bool pageIndents = indents();
        QList<QRectF> boxes;
        for (int s : segments)
            boxes.append(a.page.segments[s].box);
        QList<Piece> out;
        QString previousBody;
        for (int k : WordLayout::readingOrder(boxes)) {
            const int s = segments[k];
            const QString where = a.anchor[s] >= 0
                ? tr("below its head group in the page's columns (%1)").arg(percent(a.anchorProbability[s]))
                : tr("no head group above it claims it (best %1)").arg(percent(a.anchorProbability[s]));
            for (int i : a.page.segments[s].items) {
                const LayoutItem &item = a.page.items[i];
                Role role = item.role;
                const QStringView text = page.textOf(item.span);
                if (role == Role::Body && LanguageCues::isLead(text) && previousBody.isNull())
                    role = Role::Lead;
                Piece p = piece(item, role, roleProbability(item) * (a.anchor[s] >= 0 ? a.anchorProbability[s] : 0.5),
                                {tr("reads as %1 (%2)").arg(roleName(item.role), percent(roleProbability(item))), where});
                if (isBodyRole(role)) {
                    // A paragraph carries on into a piece whose first line is not indented (on a page
                    // that indents paragraphs), else after a piece that ends mid-sentence.
                    p.continuesParagraph = !previousBody.isNull() && !startsIndented(a.page.segments[s], i)
                        && (pageIndents || !LanguageCues::endsSentence(previousBody));
                    previousBody = text.toString();
                }
                out.append(p);
            }
        }
        return out;
    }
};

// Segments no head group claims, grouped where they read as one text: side by side with their
// text starting at one height, or one above the other in a column with little space between.
QList<QList<int>> orphanGroups(const LayoutPage &lp, const QList<int> &orphans)
{
    const double p = lp.pitch, col = lp.columnWidth;
    QList<int> root(orphans.size());
    for (int i = 0; i < orphans.size(); ++i)
        root[i] = i;
    auto find = [&](int i) {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    };
    for (int i = 0; i < orphans.size(); ++i) {
        for (int j = i + 1; j < orphans.size(); ++j) {
            const QRectF &x = lp.segments[orphans[i]].box, &y = lp.segments[orphans[j]].box;
            const double hGap = std::max(x.left(), y.left()) - std::min(x.right(), y.right());
            const double vGap = std::max(x.top(), y.top()) - std::min(x.bottom(), y.bottom());
            const double xOv = std::min(x.right(), y.right()) - std::max(x.left(), y.left());
            const bool beside = std::abs(x.top() - y.top()) <= 0.6 * p && hGap <= 0.6 * col;
            const bool stacked = xOv >= 0.5 * std::min(x.width(), y.width()) && vGap <= 3 * p;
            if (beside || stacked) {
                const int ri = find(i), rj = find(j);
                root[std::max(ri, rj)] = std::min(ri, rj);
            }
        }
    }
    QList<QList<int>> out;
    QList<int> roots;
    for (int i = 0; i < orphans.size(); ++i) {
        const int r = find(i);
        const qsizetype k = roots.indexOf(r);
        if (k < 0) {
            roots.append(r);
            out.append(QList<int>{orphans[i]});
        } else {
            out[k].append(orphans[i]);
        }
    }
    return out;
}

} // namespace

bool LayoutSegmenter::applies(const Page &page)
{
    static const bool off = qEnvironmentVariable("GALLEY_LAYOUT") == QLatin1String("off");
    if (off || !page.hasGeometry() || LayoutModel::builtIn().isEmpty())
        return false;
    int lines = 0;
    for (const Block &b : page.blocks()) {
        for (const LineGeometry &l : b.lines)
            lines += l.box.isNull() ? 0 : 1;
        if (lines >= MinLines)
            return true;
    }
    return false;
}

LayoutSegmenter::Analysis LayoutSegmenter::analyse(const Page &page, const LayoutModel &model)
{
    LayoutPage lp = LayoutAnalysis::measure(page);
    LayoutAnalysis::classify(page, lp, model.roles);
    LayoutAnalysis::group(lp, model.segmentGap);
    return anchor(std::move(lp), model);
}

LayoutSegmenter::Analysis LayoutSegmenter::anchor(LayoutPage page, const LayoutModel &model)
{
    Analysis a;
    a.page = std::move(page);
    for (int s = 0; s < a.page.segments.size(); ++s) {
        int best = -1;
        double bestP = 0;
        for (int h = 0; h < a.page.heads.size(); ++h) {
            const double p = model.anchors.isEmpty() ? 0 : model.anchors.probability(LayoutAnalysis::anchorFeatures(a.page, s, h));
            if (p > bestP)
                bestP = p, best = h;
        }
        a.anchor.append(bestP >= model.anchorThreshold ? best : -1);
        a.anchorProbability.append(bestP);
    }
    return a;
}

QList<LayoutSegmenter::Draft> LayoutSegmenter::drafts(const Analysis &a)
{
    QList<Draft> drafts;
    for (int h = 0; h < a.page.heads.size(); ++h)
        drafts.append(Draft{h, {}});
    QList<int> orphans;
    for (int s = 0; s < a.page.segments.size(); ++s) {
        if (a.anchor[s] >= 0 && a.anchorProbability[s] >= SureAnchor)
            drafts[a.anchor[s]].segments.append(s);
        else
            orphans.append(s);
    }
    for (const QList<int> &g : orphanGroups(a.page, orphans))
        drafts.append(Draft{-1, g});
    return drafts;
}

void LayoutSegmenter::settle(const Analysis &a, QList<Draft> &drafts)
{
    for (Draft &d : drafts) {
        if (d.head >= 0)
            continue;
        QList<int> keep;
        for (int s : std::as_const(d.segments)) {
            if (a.anchor[s] >= 0)
                drafts[a.anchor[s]].segments.append(s);
            else
                keep.append(s);
        }
        d.segments = keep;
    }
}

void LayoutSegmenter::linkContinuations(const LayoutPage &page, QList<Draft> &drafts, const LinearModel &continuations)
{
    if (continuations.isEmpty())
        return;
    struct Candidate {
        double p;
        int from, to; // headed draft, headless draft
    };
    QList<Candidate> candidates;
    for (int to = 0; to < drafts.size(); ++to) {
        if (drafts[to].head >= 0 || drafts[to].segments.isEmpty())
            continue;
        for (int from = 0; from < drafts.size(); ++from) {
            if (drafts[from].head < 0 || drafts[from].segments.isEmpty())
                continue;
            const double p = continuations.probability(
                LayoutAnalysis::continuationFeatures(page, drafts[from].segments, drafts[to].segments));
            if (p >= 0.5)
                candidates.append({p, from, to});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) { return x.p > y.p; });
    QList<bool> fromUsed(drafts.size(), false), toUsed(drafts.size(), false);
    for (const Candidate &c : candidates) {
        if (fromUsed[c.from] || toUsed[c.to])
            continue;
        fromUsed[c.from] = toUsed[c.to] = true;
        drafts[c.from].segments += drafts[c.to].segments;
        drafts[c.to].segments.clear();
    }
}

Segmentation LayoutSegmenter::segment(const Page &page, const LayoutModel &model)
{
    const Analysis a = analyse(page, model);
    Builder b{page, a, {}};
    QList<Draft> drafts = LayoutSegmenter::drafts(a);
    linkContinuations(a.page, drafts, model.continuations);
    settle(a, drafts);
    for (const Draft &d : drafts) {
        Article art;
        art.id = b.seg.nextArticleId++;
        if (d.head >= 0)
            art.pieces += b.headPieces(a.page.heads[d.head]);
        art.pieces += b.textPieces(d.segments);
        if (art.pieces.isEmpty())
            continue;
        if (art.indexOfRole(Role::Headline) < 0)
            art.flags.append({art.pieces.first().id, QStringLiteral("no-headline"), tr("No headline was found for this article.")});
        b.seg.articles.append(art);
    }
    // Articles in page order of their first piece.
    std::stable_sort(b.seg.articles.begin(), b.seg.articles.end(), [](const Article &x, const Article &y) {
        auto first = [](const Article &art) {
            qsizetype m = art.pieces.first().span.start;
            for (const Piece &p : art.pieces)
                m = std::min(m, p.span.start);
            return m;
        };
        return first(x) < first(y);
    });
    for (int i = 0; i < b.seg.articles.size(); ++i)
        b.seg.articles[i].id = i + 1;
    b.seg.nextArticleId = int(b.seg.articles.size()) + 1;
    for (const LayoutItem &item : a.page.items)
        if (item.role == Role::Furniture)
            b.seg.furniture.append(b.piece(item, Role::Furniture, b.roleProbability(item),
                                           {tr("reads as page furniture (%1)").arg(percent(b.roleProbability(item)))}));
    return b.seg;
}

} // namespace galley
