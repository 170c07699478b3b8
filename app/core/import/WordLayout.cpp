// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordLayout.h"

#include <QChar>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

char32_t lastCodePoint(const QString &s)
{
    if (s.isEmpty())
        return 0;
    if (s.size() >= 2 && s.back().isLowSurrogate() && s[s.size() - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[s.size() - 2], s.back());
    return s.back().unicode();
}

char32_t firstCodePoint(const QString &s)
{
    if (s.isEmpty())
        return 0;
    if (s.size() >= 2 && s[0].isHighSurrogate() && s[1].isLowSurrogate())
        return QChar::surrogateToUcs4(s[0], s[1]);
    return s[0].unicode();
}

double verticalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
}

double horizontalOverlap(const QRectF &a, const QRectF &b)
{
    return std::min(a.right(), b.right()) - std::max(a.left(), b.left());
}

struct OpenLine {
    QList<int> words;
    QRectF box;
};

QList<OpenLine> groupLines(const QList<WordLayout::Word> &words)
{
    QList<int> order;
    for (int i = 0; i < words.size(); ++i)
        if (!words[i].text.trimmed().isEmpty() && words[i].box.height() > 0)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QRectF &x = words[a].box, &y = words[b].box;
        return x.left() != y.left() ? x.left() < y.left() : x.top() < y.top();
    });
    QList<OpenLine> lines;
    for (int w : order) {
        const QRectF &box = words[w].box;
        int best = -1;
        double bestGap = 0;
        for (int l = 0; l < lines.size(); ++l) {
            const QRectF &lb = lines[l].box;
            const double h = std::min(lb.height(), box.height());
            const double gap = box.left() - lb.right();
            if (gap < -0.3 * h || gap > WordLayout::MaxWordGap * std::max(lb.height(), box.height()))
                continue;
            // A title's line does not take the body words printed beside it in the next column.
            if (std::max(lb.height(), box.height()) > WordLayout::MaxWordHeightRatio * h)
                continue;
            if (verticalOverlap(lb, box) < 0.5 * h)
                continue;
            if (best < 0 || gap < bestGap) {
                best = l;
                bestGap = gap;
            }
        }
        if (best < 0) {
            lines.append({{w}, box});
        } else {
            lines[best].words.append(w);
            lines[best].box = lines[best].box.united(box);
        }
    }
    return lines;
}

// A line that runs over a column gutter (a full stop hanging into the gutter leaves a gap of a point
// or two before the next column's line) is cut where one of its words starts at the left edge of at
// least MinColumnStarts other lines, after a gap.
QList<OpenLine> splitAtColumnStarts(const QList<WordLayout::Word> &words, const QList<OpenLine> &lines)
{
    std::vector<double> lefts;
    for (const OpenLine &l : lines)
        lefts.push_back(l.box.left());
    std::sort(lefts.begin(), lefts.end());
    auto startsNear = [&](double x) {
        const auto lo = std::lower_bound(lefts.begin(), lefts.end(), x - WordLayout::ColumnEdgeTolerance);
        const auto hi = std::upper_bound(lefts.begin(), lefts.end(), x + WordLayout::ColumnEdgeTolerance);
        return int(hi - lo);
    };
    QList<OpenLine> out;
    for (const OpenLine &l : lines) {
        OpenLine part{{l.words.first()}, words[l.words.first()].box};
        for (int k = 1; k < l.words.size(); ++k) {
            const QRectF &box = words[l.words[k]].box;
            const double gap = box.left() - part.box.right();
            if (gap > 0.05 * box.height() && startsNear(box.left()) >= WordLayout::MinColumnStarts) {
                out.append(part);
                part = OpenLine{{l.words[k]}, box};
                continue;
            }
            part.words.append(l.words[k]);
            part.box = part.box.united(box);
        }
        out.append(part);
    }
    return out;
}

QString lineText(const QList<WordLayout::Word> &words, const QList<int> &ids)
{
    QString text;
    for (int i = 0; i < ids.size(); ++i) {
        const WordLayout::Word &w = words[ids[i]];
        const QString t = w.text.trimmed();
        if (i > 0) {
            const WordLayout::Word &prev = words[ids[i - 1]];
            const double gap = w.box.left() - prev.box.right();
            const bool cjkJoin = isCjk(lastCodePoint(text)) && isCjk(firstCodePoint(t));
            if (!cjkJoin && (prev.spaceAfter || gap > 0.2 * std::min(w.box.height(), prev.box.height())))
                text += u' ';
        }
        text += t;
    }
    return text;
}

void cut(const QList<QRectF> &boxes, QList<int> ids, QList<int> &out, int depth)
{
    if (ids.size() <= 1 || depth > 64) {
        std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
            return boxes[a].top() != boxes[b].top() ? boxes[a].top() < boxes[b].top() : boxes[a].left() < boxes[b].left();
        });
        out.append(ids);
        return;
    }
    constexpr double Tolerance = 0.5;
    for (const bool horizontal : {true, false}) {
        auto lo = [&](int i) { return horizontal ? boxes[i].top() : boxes[i].left(); };
        auto hi = [&](int i) { return horizontal ? boxes[i].bottom() : boxes[i].right(); };
        QList<int> sorted = ids;
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return lo(a) < lo(b); });
        QList<QList<int>> groups{{sorted.first()}};
        double reach = hi(sorted.first());
        for (int k = 1; k < sorted.size(); ++k) {
            const int i = sorted[k];
            if (lo(i) >= reach - Tolerance)
                groups.append(QList<int>());
            groups.last().append(i);
            reach = std::max(reach, hi(i));
        }
        if (groups.size() > 1) {
            for (const QList<int> &g : groups)
                cut(boxes, g, out, depth + 1);
            return;
        }
    }
    cut(boxes, ids, out, 65);
}

} // namespace

QList<int> WordLayout::readingOrder(const QList<QRectF> &boxes)
{
    QList<int> ids;
    for (int i = 0; i < boxes.size(); ++i)
        ids.append(i);
    QList<int> out;
    if (!ids.isEmpty())
        cut(boxes, ids, out, 0);
    return out;
}

QList<WordLayout::Block> WordLayout::layout(const QList<Word> &words)
{
    QList<OpenLine> lines = splitAtColumnStarts(words, groupLines(words));
    std::stable_sort(lines.begin(), lines.end(), [](const OpenLine &a, const OpenLine &b) {
        return a.box.top() != b.box.top() ? a.box.top() < b.box.top() : a.box.left() < b.box.left();
    });

    // Lines into blocks, top to bottom.
    QList<Block> blocks;
    QList<double> lineHeight; // per block: the height of its first line
    for (const OpenLine &ol : lines) {
        Line line{lineText(words, ol.words), ol.box};
        const QRectF &box = ol.box;
        int best = -1;
        double bestGap = 0;
        for (int b = 0; b < blocks.size(); ++b) {
            const QRectF &last = blocks[b].lines.last().box;
            const double h = lineHeight[b];
            const double ratio = std::max(h, box.height()) / std::max(1e-6, std::min(h, box.height()));
            if (ratio > MaxHeightRatio)
                continue;
            const double gap = box.top() - last.bottom();
            if (gap < -0.3 * h || gap > MaxLineGap * h)
                continue;
            if (horizontalOverlap(blocks[b].box, box) < 0.5 * std::min(box.width(), blocks[b].box.width()))
                continue;
            if (best < 0 || gap < bestGap) {
                best = b;
                bestGap = gap;
            }
        }
        if (best < 0) {
            blocks.append({box, {line}});
            lineHeight.append(box.height());
        } else {
            blocks[best].lines.append(line);
            blocks[best].box = blocks[best].box.united(box);
        }
    }

    QList<QRectF> boxes;
    for (const Block &b : blocks)
        boxes.append(b.box);
    QList<Block> ordered;
    for (int i : readingOrder(boxes))
        ordered.append(blocks[i]);
    return ordered;
}

} // namespace galley
