// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutAnalysis.h"

#include "LanguageCues.h"
#include "WordBridge.h"
#include "import/WordLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace galley {

namespace {

double xOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

double yOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

double clip(double v, double lo, double hi)
{
    return std::max(lo, std::min(hi, v));
}

// Median of values weighted by weights (the lower one on a tie); 0 for none.
double weightedMedian(QList<std::pair<double, double>> valueWeight)
{
    if (valueWeight.isEmpty())
        return 0;
    std::sort(valueWeight.begin(), valueWeight.end());
    double total = 0;
    for (const auto &vw : valueWeight)
        total += vw.second;
    double seen = 0;
    for (const auto &vw : valueWeight) {
        seen += vw.second;
        if (seen * 2 >= total)
            return vw.first;
    }
    return valueWeight.last().first;
}

// FNV-1a: a hash that is the same in every process (the keyed features must not depend on a seed).
quint64 keyOf(quint64 kind, QStringView s)
{
    quint64 h = 1469598103934665603ULL ^ (kind * 0x9E3779B97F4A7C15ULL);
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QString squashed(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

bool startsWithBullet(QStringView t)
{
    static const QString bullets = QStringLiteral("●■▲◆★□△▼◎○·•");
    return !t.isEmpty() && bullets.contains(t.front());
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

void unite(std::vector<int> &parent, int a, int b)
{
    a = findRoot(parent, a);
    b = findRoot(parent, b);
    if (a != b)
        parent[std::max(a, b)] = std::min(a, b); // the lower index is the root: order-independent
}

// Groups of the given indices by their union-find root, each group and the list in first-index order.
QList<QList<int>> groupsOf(std::vector<int> &parent, const QList<int> &members)
{
    QList<QList<int>> out;
    QList<int> roots; // in the order first met
    for (int m : members) {
        const int r = findRoot(parent, m);
        const qsizetype k = roots.indexOf(r);
        if (k < 0) {
            roots.append(r);
            out.append(QList<int>{m});
        } else {
            out[k].append(m);
        }
    }
    return out;
}

// Widest gap between the letters of one letter-spaced title, in line heights: titles are spaced by
// up to one em, and a line box is about 1.4 em high in PDF text (ascent + descent).
constexpr double LetterGap = 1.0;

bool isDisplay(Role r)
{
    return r == Role::Headline || r == Role::Kicker || r == Role::Subheadline;
}

// The band of text segment `segment`, for a segment with no head group printed over it (a short
// title centred over a wider article): the segments beside it whose text starts at its height,
// grown over segments without a head group over them and up to the first one with one, on either
// side. The segment's own box otherwise.
QRectF bandOf(const LayoutPage &lp, int segment)
{
    const QRectF s = lp.segments[segment].box;
    const double p = lp.pitch, col = lp.columnWidth;
    auto headOver = [&](const QRectF &r) {
        for (const LayoutGroup &g : lp.heads)
            if (xOverlap(g.box, r) > 0 && g.box.bottom() <= r.top() + 0.5 * p && g.box.bottom() >= r.top() - 6 * p)
                return true;
        return false;
    };
    QRectF band = s;
    if (!headOver(s)) {
        QList<int> row;
        for (int k = 0; k < lp.segments.size(); ++k)
            if (k != segment && std::abs(lp.segments[k].box.top() - s.top()) <= 0.6 * p)
                row.append(k);
        QList<bool> taken(lp.segments.size(), false); // each segment once: the growth ends
        for (const int dir : {-1, 1}) {
            QRectF edge = s;
            for (bool grown = true; grown;) {
                grown = false;
                for (int k : row) {
                    if (taken[k])
                        continue;
                    const QRectF &r = lp.segments[k].box;
                    const double gap = dir < 0 ? edge.left() - r.right() : r.left() - edge.right();
                    if (gap < -0.5 * col || gap > 0.6 * col || xOverlap(r, edge) > 0.5 * std::min(r.width(), edge.width()))
                        continue;
                    band = band.united(QRectF(r.left(), band.top(), r.width(), band.height()));
                    taken[k] = true;
                    edge = r;
                    grown = !headOver(r);
                    break;
                }
            }
        }
    }
    return band;
}

} // namespace

const QStringList &LayoutAnalysis::roleClasses()
{
    static const QStringList c{QStringLiteral("body"), QStringLiteral("headline"), QStringLiteral("kicker"),
                               QStringLiteral("subheadline"), QStringLiteral("byline"), QStringLiteral("caption"),
                               QStringLiteral("credit"), QStringLiteral("furniture")};
    return c;
}

Role LayoutAnalysis::roleOfClass(int cls)
{
    static const Role roles[] = {Role::Body, Role::Headline, Role::Kicker, Role::Subheadline,
                                 Role::Byline, Role::Caption, Role::Credit, Role::Furniture};
    return cls >= 0 && cls < int(std::size(roles)) ? roles[cls] : Role::Body;
}

int LayoutAnalysis::classOfRole(Role role)
{
    for (int c = 0; c < roleClasses().size(); ++c)
        if (roleOfClass(c) == role)
            return c;
    return 0;
}

const QStringList &LayoutAnalysis::roleFeatureNames()
{
    static const QStringList n{
        QStringLiteral("log_size"), QStringLiteral("log_font"), QStringLiteral("bold"), QStringLiteral("log_chars"),
        QStringLiteral("width_columns"), QStringLiteral("wide"), QStringLiteral("log_block_lines"),
        QStringLiteral("first_in_block"), QStringLiteral("last_in_block"), QStringLiteral("joined"),
        QStringLiteral("gap_above"), QStringLiteral("gap_below"), QStringLiteral("size_above"), QStringLiteral("size_below"),
        QStringLiteral("larger_above"), QStringLiteral("larger_below"), QStringLiteral("y_top"), QStringLiteral("y_bottom"),
        QStringLiteral("indent"), QStringLiteral("fill"), QStringLiteral("cue_byline"), QStringLiteral("cue_credit"),
        QStringLiteral("cue_caption"), QStringLiteral("cue_lead"), QStringLiteral("cue_furniture"),
        QStringLiteral("ends_sentence"), QStringLiteral("bullet"), QStringLiteral("digits"),
        QStringLiteral("page_top_band"), QStringLiteral("alone_in_band")};
    return n;
}

const QStringList &LayoutAnalysis::anchorFeatureNames()
{
    static const QStringList n{
        QStringLiteral("above"), QStringLiteral("dy"), QStringLiteral("log_dy"), QStringLiteral("x_overlap_segment"),
        QStringLiteral("x_overlap_head"), QStringLiteral("x_gap"), QStringLiteral("heads_between"),
        QStringLiteral("text_between"), QStringLiteral("rect_blocked"), QStringLiteral("nearest_head_over"),
        QStringLiteral("nearest_head_above"), QStringLiteral("rank_above"), QStringLiteral("head_size"),
        QStringLiteral("head_width"), QStringLiteral("segment_width"), QStringLiteral("segment_caption"),
        QStringLiteral("segment_byline"), QStringLiteral("left_offset"), QStringLiteral("beside"),
        QStringLiteral("gap_above_segment"), QStringLiteral("has_text_above"), QStringLiteral("head_has_headline"),
        QStringLiteral("band_overlap_head"), QStringLiteral("nearest_head_over_band"), QStringLiteral("band_width")};
    return n;
}

LayoutPage LayoutAnalysis::measure(const Page &page)
{
    LayoutPage lp;
    const QList<Block> &blocks = page.blocks();
    QList<LayoutLine> raw;
    for (int b = 0; b < blocks.size(); ++b) {
        const Block &block = blocks[b];
        if (block.lines.isEmpty()) {
            if (!block.hasBox() || block.box.height() <= 0)
                continue;
            LayoutLine l;
            l.firstBlock = l.lastBlock = b;
            l.span = block.span;
            l.box = block.box;
            l.fontSize = block.fontSize;
            l.bold = block.bold;
            raw.append(l);
            continue;
        }
        for (int i = 0; i < block.lines.size(); ++i) {
            const LineGeometry &g = block.lines[i];
            if (g.box.isNull() || g.box.height() <= 0)
                continue;
            LayoutLine l;
            l.firstBlock = l.lastBlock = b;
            l.lineInBlock = i;
            l.blockLines = int(block.lines.size());
            l.span = g.span;
            l.box = g.box;
            l.fontSize = g.fontSize;
            l.bold = g.bold;
            raw.append(l);
        }
    }
    for (LayoutLine &l : raw) {
        l.size = l.box.height();
        l.text = squashed(page.textOf(l.span));
    }

    // Body size: the line height most characters are printed in.
    QList<std::pair<double, double>> sizes, fonts;
    for (const LayoutLine &l : raw) {
        sizes.append({l.size, double(std::max<qsizetype>(1, l.text.size()))});
        if (l.fontSize > 0)
            fonts.append({l.fontSize, double(std::max<qsizetype>(1, l.text.size()))});
    }
    lp.bodySize = std::max(1e-6, weightedMedian(sizes));
    lp.bodyFontSize = weightedMedian(fonts);

    // Join single-line display blocks printed side by side on one baseline (letter-spaced titles).
    for (const LayoutLine &l : raw) {
        if (!lp.lines.isEmpty()) {
            LayoutLine &prev = lp.lines.last();
            const bool single = l.blockLines == 1 && prev.lineInBlock == 0 && blocks[prev.lastBlock].lines.size() <= 1;
            const double h = std::max(l.size, prev.size);
            const double gap = l.box.left() - prev.box.right();
            if (single && l.firstBlock == prev.lastBlock + 1 && std::min(l.size, prev.size) >= 1.2 * lp.bodySize
                && h / std::min(l.size, prev.size) <= 1.15 && std::abs(l.box.top() - prev.box.top()) <= 0.25 * h
                && gap >= -0.1 * h && gap <= LetterGap * h) {
                prev.lastBlock = l.lastBlock;
                prev.span.end = l.span.end;
                prev.box = prev.box.united(l.box);
                prev.size = std::max(prev.size, l.size);
                prev.text += l.text;
                continue;
            }
        }
        lp.lines.append(l);
    }

    // Pitch: top-to-top distance of body-sized lines that follow each other in a block.
    QList<std::pair<double, double>> pitches, widths;
    for (int i = 1; i < lp.lines.size(); ++i) {
        const LayoutLine &a = lp.lines[i - 1], &b = lp.lines[i];
        if (a.firstBlock == b.firstBlock && std::abs(a.size / lp.bodySize - 1) < 0.2 && std::abs(b.size / lp.bodySize - 1) < 0.2
            && b.box.top() > a.box.top())
            pitches.append({b.box.top() - a.box.top(), 1.0});
    }
    for (const LayoutLine &l : lp.lines)
        if (std::abs(l.size / lp.bodySize - 1) < 0.2)
            widths.append({l.box.width(), 1.0});
    lp.pitch = weightedMedian(pitches);
    if (lp.pitch <= 0)
        lp.pitch = 1.4 * lp.bodySize;
    std::sort(widths.begin(), widths.end());
    lp.columnWidth = widths.isEmpty() ? 20 * lp.bodySize : widths[(widths.size() * 3) / 4].first;
    lp.columnWidth = std::max(lp.columnWidth, lp.bodySize);
    return lp;
}

FeatureVector LayoutAnalysis::roleFeatures(const Page &page, const LayoutPage &lp, int i)
{
    const LayoutLine &l = lp.lines[i];
    const double body = lp.bodySize;
    double pageHeight = page.pageSize().height();
    if (pageHeight <= 0)
        for (const LayoutLine &x : lp.lines)
            pageHeight = std::max(pageHeight, x.box.bottom());
    pageHeight = std::max(pageHeight, 1.0);

    // Nearest line above and below in the line's x range; largest size close above / below.
    int above = -1, below = -1;
    double gapAbove = 1e9, gapBelow = 1e9, largerAbove = 0, largerBelow = 0;
    bool aloneInBand = true;
    for (int j = 0; j < lp.lines.size(); ++j) {
        if (j == i)
            continue;
        const LayoutLine &o = lp.lines[j];
        if (yOverlap(o.box, l.box) > 0.5 * std::min(o.size, l.size))
            aloneInBand = false;
        if (xOverlap(o.box, l.box) <= 0.3 * std::min(o.box.width(), l.box.width()))
            continue;
        const double up = l.box.top() - o.box.bottom();
        const double down = o.box.top() - l.box.bottom();
        if (up >= -0.3 * l.size && o.box.top() < l.box.top()) {
            if (up < gapAbove)
                gapAbove = up, above = j;
            if (up <= 3 * std::max(o.size, l.size))
                largerAbove = std::max(largerAbove, std::log(o.size / l.size));
        }
        if (down >= -0.3 * l.size && o.box.top() > l.box.top()) {
            if (down < gapBelow)
                gapBelow = down, below = j;
            if (down <= 3 * std::max(o.size, l.size))
                largerBelow = std::max(largerBelow, std::log(o.size / l.size));
        }
    }
    const Block &block = page.blocks()[l.firstBlock];
    const QStringView raw = page.textOf(l.span);
    int digits = 0;
    for (QChar c : l.text)
        digits += c.isDigit() ? 1 : 0;
    const double chars = std::max<qsizetype>(1, l.text.size());
    const double logSize = std::log(l.size / body);

    FeatureVector f;
    f.dense = {
        float(logSize),
        float(l.fontSize > 0 && lp.bodyFontSize > 0 ? std::log(l.fontSize / lp.bodyFontSize) : logSize),
        l.bold ? 1.f : 0.f,
        float(std::log1p(double(l.text.size()))),
        float(clip(l.box.width() / lp.columnWidth, 0, 8)),
        l.box.width() > 1.3 * lp.columnWidth ? 1.f : 0.f,
        float(std::log1p(double(l.blockLines))),
        l.lineInBlock == 0 ? 1.f : 0.f,
        l.lineInBlock == l.blockLines - 1 ? 1.f : 0.f,
        l.lastBlock > l.firstBlock ? 1.f : 0.f,
        float(above < 0 ? 10 : clip(gapAbove / lp.pitch, -1, 10)),
        float(below < 0 ? 10 : clip(gapBelow / lp.pitch, -1, 10)),
        float(above < 0 ? 0 : clip(std::log(lp.lines[above].size / l.size), -3, 3)),
        float(below < 0 ? 0 : clip(std::log(lp.lines[below].size / l.size), -3, 3)),
        float(clip(largerAbove, 0, 3)),
        float(clip(largerBelow, 0, 3)),
        float(l.box.top() / pageHeight),
        float(1 - l.box.bottom() / pageHeight),
        float(clip((l.box.left() - (block.hasBox() ? block.box.left() : l.box.left())) / body, 0, 6)),
        float(clip(chars * l.size / std::max(1e-6, l.box.width()), 0, 3)),
        LanguageCues::isByline(raw) ? 1.f : 0.f,
        LanguageCues::isCredit(raw) ? 1.f : 0.f,
        LanguageCues::isCaption(raw) ? 1.f : 0.f,
        LanguageCues::isLead(raw) ? 1.f : 0.f,
        LanguageCues::isFurniture(raw) ? 1.f : 0.f,
        LanguageCues::endsSentence(raw) ? 1.f : 0.f,
        startsWithBullet(l.text) ? 1.f : 0.f,
        float(digits / chars),
        l.box.bottom() < 0.08 * pageHeight ? 1.f : 0.f,
        aloneInBand ? 1.f : 0.f,
    };
    if (!l.text.isEmpty()) {
        f.keys.push_back(keyOf(1, l.text.left(1)));
        f.keys.push_back(keyOf(2, l.text.right(1)));
    }
    return f;
}

void LayoutAnalysis::classify(const Page &page, LayoutPage &lp, const LinearModel &roleModel)
{
    lp.roleProbabilities.clear();
    lp.roles.clear();
    for (int i = 0; i < lp.lines.size(); ++i) {
        std::vector<double> p = roleModel.isEmpty() ? std::vector<double>(roleClasses().size(), 0.0)
                                                    : roleModel.probabilities(roleFeatures(page, lp, i));
        if (roleModel.isEmpty())
            p[0] = 1;
        const int best = int(std::max_element(p.begin(), p.end()) - p.begin());
        lp.roleProbabilities.push_back(std::move(p));
        lp.roles.append(roleOfClass(best));
    }
}

double LayoutAnalysis::gapAbove(const LayoutPage &lp, int lower, int *aboveOut)
{
    // Text narrower than its column (a paragraph's last line, an indented first line, a byline)
    // is measured as reaching across the column from its left edge.
    auto columnBox = [&](const LayoutItem &it) {
        QRectF r = it.box;
        if (!isDisplay(it.role) && r.width() < lp.columnWidth)
            r.setRight(r.left() + lp.columnWidth);
        return r;
    };
    const LayoutItem &b = lp.items[lower];
    const QRectF bBox = columnBox(b);
    int best = -1;
    double bestGap = 1e18;
    for (int j = 0; j < lp.items.size(); ++j) {
        if (j == lower)
            continue;
        const LayoutItem &a = lp.items[j];
        const QRectF aBox = columnBox(a);
        if (xOverlap(aBox, bBox) < 0.5 * std::min(aBox.width(), bBox.width()))
            continue;
        if (a.box.bottom() > b.box.top() + 0.3 * lp.pitch || a.box.top() >= b.box.top())
            continue;
        const double gap = b.box.top() - a.box.bottom();
        if (gap < bestGap)
            bestGap = gap, best = j;
    }
    if (aboveOut)
        *aboveOut = best;
    if (best < 0 || isDisplay(lp.items[best].role) || lp.items[best].role == Role::Furniture)
        return -1;
    return std::max(0.0, bestGap / lp.pitch);
}

void LayoutAnalysis::group(LayoutPage &lp, double segmentGap)
{
    lp.items.clear();
    lp.heads.clear();
    lp.segments.clear();
    for (int i = 0; i < lp.lines.size(); ++i) {
        const LayoutLine &l = lp.lines[i];
        if (!lp.items.isEmpty()) {
            LayoutItem &it = lp.items.last();
            const LayoutLine &prev = lp.lines[it.lines.last()];
            // A running-text line indented against the line before it starts a paragraph: a new item.
            const bool indented = isBodyRole(it.role) && l.box.left() - prev.box.left() >= 1.2 * lp.bodySize;
            if (it.role == lp.roles[i] && prev.lastBlock == l.firstBlock && prev.firstBlock == prev.lastBlock
                && l.firstBlock == l.lastBlock && !indented) {
                it.lines.append(i);
                it.box = it.box.united(l.box);
                it.span.end = l.span.end;
                it.size = std::max(it.size, l.size);
                continue;
            }
        }
        lp.items.append({{i}, lp.roles[i], l.box, l.span, l.size});
    }

    QList<int> display, text;
    for (int i = 0; i < lp.items.size(); ++i) {
        if (isDisplay(lp.items[i].role))
            display.append(i);
        else if (lp.items[i].role != Role::Furniture)
            text.append(i);
    }

    std::vector<int> parent(lp.items.size());
    std::iota(parent.begin(), parent.end(), 0);
    // Head groups: display items stacked (or side by side on one baseline) close to each other.
    for (int x = 0; x < display.size(); ++x) {
        for (int y = x + 1; y < display.size(); ++y) {
            const LayoutItem &a = lp.items[display[x]], &b = lp.items[display[y]];
            const double hMin = std::min(a.size, b.size), hMax = std::max(a.size, b.size);
            const double vGap = std::max(a.box.top(), b.box.top()) - std::min(a.box.bottom(), b.box.bottom());
            const bool stacked = vGap >= -0.3 * hMin && vGap <= 1.0 * hMax
                && xOverlap(a.box, b.box) >= 0.3 * std::min(a.box.width(), b.box.width());
            // Side by side: pieces of one letter-spaced title (same size, same top, a letter's gap).
            const bool sideBySide = hMax <= 1.15 * hMin && std::abs(a.box.top() - b.box.top()) <= 0.25 * hMin
                && std::max(a.box.left(), b.box.left()) - std::min(a.box.right(), b.box.right()) <= LetterGap * hMin;
            if (stacked || sideBySide)
                unite(parent, display[x], display[y]);
        }
    }
    // Text segments: text items of one column with at most segmentGap pitches between them.
    for (int k = 1; k < text.size(); ++k) {
        // Text items of one import block (split only by their roles) stay together.
        const LayoutItem &a = lp.items[text[k - 1]], &b = lp.items[text[k]];
        const LayoutLine &last = lp.lines[a.lines.last()], &first = lp.lines[b.lines.first()];
        if (last.lastBlock == first.firstBlock && (b.box.top() - a.box.bottom()) / lp.pitch <= segmentGap)
            unite(parent, text[k - 1], text[k]);
    }
    for (int t : text) {
        int above = -1;
        const double gap = gapAbove(lp, t, &above);
        if (above >= 0 && gap >= 0 && gap <= segmentGap && !isDisplay(lp.items[above].role))
            unite(parent, above, t);
    }
    auto collect = [&](const QList<int> &members, QList<LayoutGroup> &out) {
        for (QList<int> g : groupsOf(parent, members)) {
            std::stable_sort(g.begin(), g.end(), [&](int a, int b) { return lp.items[a].box.top() < lp.items[b].box.top(); });
            LayoutGroup group{g, QRectF()};
            for (int i : g)
                group.box = group.box.isNull() ? lp.items[i].box : group.box.united(lp.items[i].box);
            out.append(group);
        }
    };
    collect(display, lp.heads);
    collect(text, lp.segments);
}

FeatureVector LayoutAnalysis::anchorFeatures(const LayoutPage &lp, int segment, int head)
{
    const QRectF s = lp.segments[segment].box;
    const QRectF h = lp.heads[head].box;
    const double p = lp.pitch, col = lp.columnWidth;
    const double dyRaw = (s.top() - h.bottom()) / p;
    const bool above = h.bottom() <= s.top() + 0.5 * p;
    const double ov = xOverlap(s, h);

    auto overS = [&](const QRectF &r) { return xOverlap(r, s) >= 0.3 * std::min(r.width(), s.width()); };
    auto between = [&](const QRectF &r) {
        const double cy = r.center().y();
        return cy > h.bottom() && cy < s.top();
    };
    int headsBetween = 0, textBetween = 0, blocked = 0;
    const QRectF rect(QPointF(std::min(s.left(), h.left()), h.bottom() + 0.25 * p),
                      QPointF(std::max(s.right(), h.right()), s.top() - 0.25 * p));
    for (int k = 0; k < lp.heads.size(); ++k) {
        if (k == head)
            continue;
        const QRectF &r = lp.heads[k].box;
        if (above && overS(r) && between(r))
            ++headsBetween;
        if (rect.height() > 0 && rect.intersects(r))
            ++blocked;
    }
    for (int k = 0; k < lp.segments.size(); ++k) {
        if (k == segment)
            continue;
        const QRectF &r = lp.segments[k].box;
        if (above && overS(r) && between(r))
            ++textBetween;
        if (rect.height() > 0 && rect.intersects(r))
            ++blocked;
    }
    // Rank of this head among the heads above the segment (nearest first), over its column or anywhere.
    int rankOver = 0, rankAny = 0;
    if (above) {
        for (int k = 0; k < lp.heads.size(); ++k) {
            if (k == head)
                continue;
            const QRectF &r = lp.heads[k].box;
            if (r.bottom() > s.top() + 0.5 * p)
                continue;
            const bool closer = r.bottom() > h.bottom() || (r.bottom() == h.bottom() && k < head);
            if (closer) {
                ++rankAny;
                if (overS(r))
                    ++rankOver;
            }
        }
    }
    bool captionOnly = true, bylineIn = false;
    for (int i : lp.segments[segment].items) {
        const Role r = lp.items[i].role;
        captionOnly = captionOnly && (r == Role::Caption || r == Role::Credit);
        bylineIn = bylineIn || r == Role::Byline;
    }
    bool headHasHeadline = false;
    for (int i : lp.heads[head].items)
        headHasHeadline = headHasHeadline || lp.items[i].role == Role::Headline;
    double headSize = 0;
    for (int i : lp.heads[head].items)
        headSize = std::max(headSize, lp.items[i].size);
    const QRectF band = bandOf(lp, segment);
    const double bandOv = xOverlap(band, h);
    int bandRank = 0;
    if (above) {
        for (int k = 0; k < lp.heads.size(); ++k) {
            const QRectF &r = lp.heads[k].box;
            if (k == head || r.bottom() > s.top() + 0.5 * p || xOverlap(r, band) <= 0)
                continue;
            if (r.bottom() > h.bottom() || (r.bottom() == h.bottom() && k < head))
                ++bandRank;
        }
    }
    int aboveItem = -1;
    const double gapAboveSeg = gapAbove(lp, lp.segments[segment].items.first(), &aboveItem);

    FeatureVector f;
    f.dense = {
        above ? 1.f : 0.f,
        float(clip(dyRaw, -20, 60) / 10),
        float(std::log1p(std::max(0.0, dyRaw))),
        float(clip(ov / std::max(1e-6, s.width()), 0, 1)),
        float(clip(ov / std::max(1e-6, h.width()), 0, 1)),
        float(clip(-ov / col, 0, 8)),
        float(clip(headsBetween, 0, 3)),
        float(clip(textBetween, 0, 5)),
        float(clip(blocked, 0, 5)),
        (above && overS(h) && rankOver == 0) ? 1.f : 0.f,
        (above && rankAny == 0) ? 1.f : 0.f,
        float(above ? clip(rankAny, 0, 5) / 5 : 1),
        float(std::log(std::max(1e-6, headSize) / lp.bodySize)),
        float(clip(h.width() / col, 0, 8)),
        float(clip(s.width() / col, 0, 8)),
        captionOnly ? 1.f : 0.f,
        bylineIn ? 1.f : 0.f,
        float(clip(std::abs(s.left() - h.left()) / col, 0, 4)),
        float(clip(yOverlap(s, h) / std::max(1e-6, std::min(s.height(), h.height())), 0, 1)),
        float(gapAboveSeg < 0 ? -1 : clip(gapAboveSeg, 0, 10)),
        gapAboveSeg >= 0 ? 1.f : 0.f,
        headHasHeadline ? 1.f : 0.f,
        float(clip(bandOv / std::max(1e-6, h.width()), 0, 1)),
        (above && bandOv > 0 && bandRank == 0) ? 1.f : 0.f,
        float(clip(band.width() / col, 0, 8)),
    };
    return f;
}

const QStringList &LayoutAnalysis::continuationFeatureNames()
{
    static const QStringList n{QStringLiteral("article_ends_open"), QStringLiteral("article_last_width"),
                               QStringLiteral("starts_indented"), QStringLiteral("starts_lead"),
                               QStringLiteral("dx"), QStringLiteral("dy"), QStringLiteral("log_lines"),
                               QStringLiteral("starts_after_article"), QStringLiteral("first_width"),
                               QStringLiteral("word_bridge"), QStringLiteral("starts_with_punctuation")};
    return n;
}

QList<int> LayoutAnalysis::readingOrder(const LayoutPage &lp, const QList<int> &segments)
{
    QList<QRectF> boxes;
    for (int s : segments)
        boxes.append(lp.segments[s].box);
    QList<int> out;
    for (int k : WordLayout::readingOrder(boxes))
        out.append(segments[k]);
    return out;
}

FeatureVector LayoutAnalysis::continuationFeatures(const LayoutPage &lp, const QList<int> &article, const QList<int> &headless)
{
    // The article's last running-text line and the headless text's first one, in reading order.
    int last = -1, first = -1;
    QRectF lastBox, firstSegment;
    for (int s : readingOrder(lp, article))
        for (int i : lp.segments[s].items)
            if (isBodyRole(lp.items[i].role))
                last = lp.items[i].lines.last(), lastBox = lp.segments[s].box;
    for (int s : readingOrder(lp, headless)) {
        for (int i : lp.segments[s].items) {
            if (first < 0 && isBodyRole(lp.items[i].role))
                first = lp.items[i].lines.first(), firstSegment = lp.segments[s].box;
        }
    }
    int lines = 0;
    for (int s : headless)
        for (int i : lp.segments[s].items)
            lines += int(lp.items[i].lines.size());
    FeatureVector f;
    if (last < 0 || first < 0) {
        f.dense = std::vector<float>(continuationFeatureNames().size(), 0.f);
        f.dense[0] = -1; // nothing to carry on
        return f;
    }
    const LayoutLine &a = lp.lines[last], &b = lp.lines[first];
    const bool endsOpen = !LanguageCues::endsSentence(a.text);
    f.dense = {
        endsOpen ? 1.f : 0.f,
        float(clip(a.box.width() / lp.columnWidth, 0, 1.5)),
        b.box.left() - firstSegment.left() >= 1.2 * lp.bodySize ? 1.f : 0.f,
        LanguageCues::isLead(b.text) ? 1.f : 0.f,
        float(clip((b.box.left() - lastBox.right()) / lp.columnWidth, -8, 8)),
        float(clip((b.box.top() - a.box.bottom()) / lp.pitch, -100, 100) / 10),
        float(std::log1p(double(lines))),
        (b.box.left() >= lastBox.right() - 0.5 * lp.columnWidth || b.box.top() >= a.box.bottom()) ? 1.f : 0.f,
        float(clip(b.box.width() / lp.columnWidth, 0, 1.5)),
        WordBridge::between(a.text, b.text) != WordBridge::Kind::None ? 1.f : 0.f,
        !b.text.isEmpty() && QStringLiteral("，、。；：？！”」』）》").contains(b.text.front()) ? 1.f : 0.f,
    };
    return f;
}

} // namespace galley
