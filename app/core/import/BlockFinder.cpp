// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockFinder.h"

#include <QList>

#include <algorithm>

namespace galley {

namespace {

struct Line {
    qsizetype start = 0;
    qsizetype end = 0; // without the '\n'
    bool blank = true;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        Line l{pos, nl, true};
        for (qsizetype i = pos; i < nl; ++i)
            if (!text[i].isSpace()) {
                l.blank = false;
                break;
            }
        lines.append(l);
        pos = nl + 1;
    }
    return lines;
}

qsizetype trimmedEnd(QStringView text, qsizetype start, qsizetype end)
{
    while (end > start && text[end - 1].isSpace())
        --end;
    return end;
}

Block makeBlock(QStringView text, qsizetype start, qsizetype end, int number)
{
    Block b;
    b.number = number;
    b.span = {start, trimmedEnd(text, start, end)};
    return b;
}

bool endsSentence(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    static const QString enders = QStringLiteral(".!?:\"'”’)。！？…」』");
    return enders.contains(t.back());
}

// A display line: mostly capital letters (headline and deck lines of Latin-script pages).
bool isCapitalsLine(QStringView line)
{
    qsizetype letters = 0, upper = 0;
    for (QChar c : line)
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper();
        }
    return letters >= 4 && upper * 10 >= letters * 7;
}

// "By Associated Press.", "By JOHN SMITH": a byline stands on its own line.
bool isBylineLine(QStringView line)
{
    return line.size() < 50 && (line.startsWith(QLatin1String("By ")) || line.startsWith(QLatin1String("BY ")));
}

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

} // namespace

bool BlockFinder::isLinePerLine(QStringView text)
{
    const QList<Line> lines = splitLines(text);
    qsizetype nonBlank = 0, blank = 0;
    for (const Line &l : lines)
        (l.blank ? blank : nonBlank)++;
    return nonBlank >= 20 && blank * 20 < nonBlank;
}

QList<Block> BlockFinder::blankLineBlocks(QStringView text)
{
    QList<Block> blocks;
    qsizetype start = -1, end = 0;
    for (const Line &l : splitLines(text)) {
        if (l.blank) {
            if (start >= 0)
                blocks.append(makeBlock(text, start, end, int(blocks.size()) + 1));
            start = -1;
        } else {
            if (start < 0)
                start = l.start + indentOf(text.sliced(l.start, l.end - l.start));
            end = l.end;
        }
    }
    if (start >= 0)
        blocks.append(makeBlock(text, start, end, int(blocks.size()) + 1));
    return blocks;
}

QList<Block> BlockFinder::lineLayoutBlocks(QStringView text)
{
    const QList<Line> lines = splitLines(text);
    // Typical printed line length: the 75th percentile of non-blank line lengths.
    QList<qsizetype> lengths;
    for (const Line &l : lines)
        if (!l.blank)
            lengths.append(text.sliced(l.start, l.end - l.start).trimmed().size());
    if (lengths.isEmpty())
        return {};
    std::sort(lengths.begin(), lengths.end());
    const double typical = double(lengths[lengths.size() * 3 / 4]);

    QList<Block> blocks;
    qsizetype start = -1, end = 0;
    bool prevClosed = false; // previous line ended a paragraph
    bool prevCapitals = false, prevByline = false;
    for (const Line &l : lines) {
        const QStringView line = text.sliced(l.start, l.end - l.start);
        if (l.blank) {
            if (start >= 0)
                blocks.append(makeBlock(text, start, end, int(blocks.size()) + 1));
            start = -1;
            prevClosed = false;
            prevCapitals = prevByline = false;
            continue;
        }
        const QStringView t = line.trimmed();
        const bool indented = indentOf(line) >= 2;
        const bool shortLine = double(t.size()) < 0.7 * typical;
        const bool capitals = isCapitalsLine(t);
        const bool byline = isBylineLine(t);
        const bool newBlock = start < 0 || prevClosed || indented || capitals != prevCapitals || byline || prevByline;
        if (newBlock) {
            if (start >= 0)
                blocks.append(makeBlock(text, start, end, int(blocks.size()) + 1));
            start = l.start + indentOf(line);
        }
        end = l.end;
        // A short line that ends a sentence closes its paragraph; so does a short line standing on
        // its own between short lines (headline decks), which the next short line then continues.
        prevClosed = shortLine && endsSentence(t);
        prevCapitals = capitals;
        prevByline = byline;
    }
    if (start >= 0)
        blocks.append(makeBlock(text, start, end, int(blocks.size()) + 1));
    return blocks;
}

QList<Block> BlockFinder::findBlocks(QStringView text)
{
    return isLinePerLine(text) ? lineLayoutBlocks(text) : blankLineBlocks(text);
}

} // namespace galley
