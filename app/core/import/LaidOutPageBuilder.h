// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LaidOutPageBuilder: builds a Page from blocks and lines that carry boxes (PDF, ALTO, hOCR, PAGE).
// The page text is the lines of each block joined by '\n', blocks separated by a blank line ("\n\n"),
// so the text reads like the blank-line-separated text the engine already knows; each block's span,
// each line's span, box and font size are recorded in Page::blocks() (units: the page's GeometryUnit).
// Lines with no text after trimming are dropped, blocks without lines are dropped. Line breaks inside
// a line's text become spaces.
#include "model/Page.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace galley {

class LaidOutPageBuilder {
public:
    explicit LaidOutPageBuilder(GeometryUnit unit) : m_unit(unit) {}

    /// Starts a block; box may be null (then the union of its line boxes is used).
    void beginBlock(const QRectF &box = QRectF(), const QString &sourceId = QString());
    /// Adds a line to the current block (starting one if none is open). Returns the line's UTF-16
    /// start in the page text, or -1 if the line was dropped as empty.
    qsizetype addLine(const QString &text, const QRectF &box, double fontSize = 0, bool bold = false);
    void endBlock();

    /// Span of the line the last addLine() added (start -1 if it was dropped or none was added).
    TextSpan lastLineSpan() const { return m_lastLine; }
    /// Blocks finished so far (endBlock() adds one).
    const QList<Block> &blocks() const { return m_blocks; }

    /// Records that source id (an ALTO String ID, a PAGE Word id …) covers [start, end) of the page text.
    void recordWord(const QString &id, qsizetype start, qsizetype end);
    /// Word id → span, for what recordWord() recorded (METS word ranges resolve against it).
    const QHash<QString, TextSpan> &words() const { return m_words; }

    /// The finished page (blocks numbered 1..n). Empty text if no line had text.
    Page build(const QString &sourcePath, int pageNumber, QSizeF pageSize = QSizeF());

private:
    GeometryUnit m_unit;
    QString m_text;
    QList<Block> m_blocks;
    Block m_current;
    bool m_open = false;
    TextSpan m_lastLine{-1, -1};
    QHash<QString, TextSpan> m_words;
};

} // namespace galley
