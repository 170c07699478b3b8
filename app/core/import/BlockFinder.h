// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BlockFinder: splits a page's text into blocks.
//  - Text with blank lines: a block is a run of non-blank lines (as the gold files number them).
//  - Text with one printed line per line and no blank lines (Chronicling America ocr.txt): blocks are
//    found from indentation, line length against the column's typical length, and sentence ends.
// Offsets are UTF-16 units of the text; a block's span excludes its trailing white space.
#include "model/Block.h"

#include <QList>
#include <QStringView>

namespace galley {

class BlockFinder {
public:
    static QList<Block> findBlocks(QStringView text);
    /// Runs of non-blank lines only.
    static QList<Block> blankLineBlocks(QStringView text);
    /// For line-per-line OCR without blank lines.
    static QList<Block> lineLayoutBlocks(QStringView text);
    /// Whether text looks like line-per-line OCR (many lines, few or no blank lines).
    static bool isLinePerLine(QStringView text);
};

} // namespace galley
