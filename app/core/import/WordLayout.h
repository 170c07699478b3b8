// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WordLayout: groups positioned words (a PDF page's text boxes) into printed lines, lines into blocks,
// and orders the blocks for reading. Pure geometry, no text analysis beyond "is this CJK" for spacing.
//  - Lines: a word joins the line to its left when the two overlap vertically by at least half the
//    smaller height, the horizontal gap is at most MaxWordGap × the line height (column gutters are
//    wider than that on the pages measured; see docs/formats.md) and the heights differ by at most
//    MaxWordHeightRatio; a line is cut again where a word starts at a column's left edge.
//  - Blocks: a line joins the block above it when the vertical gap is at most MaxLineGap × the line
//    height, their x ranges overlap by half the line's width, and their heights differ by at most
//    MaxHeightRatio (a headline does not join its body).
//  - Reading order: recursive XY cut of the block boxes, horizontal cuts first (bands across the page),
//    then vertical cuts (columns); blocks no cut separates are read top to bottom, left to right.
// Boxes are in whatever unit the words are (PDF points for PDF), origin top-left, y down.
// Deterministic: ties are broken by position, then by input order.
#include <QList>
#include <QRectF>
#include <QString>

namespace galley {

class WordLayout {
public:
    struct Word {
        QString text;
        QRectF box;
        bool spaceAfter = false; ///< the source says a space follows (poppler's hasSpaceAfter)
    };
    struct Line {
        QString text;
        QRectF box;
    };
    struct Block {
        QRectF box;
        QList<Line> lines; ///< top to bottom
    };

    static constexpr double MaxWordGap = 0.5;
    /// Words whose heights differ more than this never share a line (a headline beside body text).
    static constexpr double MaxWordHeightRatio = 1.5;
    static constexpr double MaxLineGap = 0.6;
    /// A line is cut where a word starts, after a gap, within ColumnEdgeTolerance (the words' unit)
    /// of the left edge of at least MinColumnStarts other lines: a column start (punctuation hanging
    /// into the gutter otherwise joins two columns' lines).
    static constexpr int MinColumnStarts = 4;
    static constexpr double ColumnEdgeTolerance = 1.0;
    static constexpr double MaxHeightRatio = 1.2;

    /// Blocks in reading order.
    static QList<Block> layout(const QList<Word> &words);
    /// Reading order of boxes by recursive XY cut: indices into boxes.
    static QList<int> readingOrder(const QList<QRectF> &boxes);
};

} // namespace galley
