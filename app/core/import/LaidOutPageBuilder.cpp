// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaidOutPageBuilder.h"

#include <QMap>

namespace galley {

void LaidOutPageBuilder::beginBlock(const QRectF &box, const QString &sourceId)
{
    if (m_open)
        endBlock();
    m_current = Block();
    m_current.box = box;
    m_current.sourceId = sourceId;
    m_open = true;
}

qsizetype LaidOutPageBuilder::addLine(const QString &text, const QRectF &box, double fontSize, bool bold)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\f', u' ').replace(u'\t', u' ');
    line = line.trimmed();
    m_lastLine = {-1, -1};
    if (line.isEmpty())
        return -1;
    if (!m_open)
        beginBlock();
    if (m_current.lines.isEmpty()) {
        if (!m_text.isEmpty())
            m_text += QLatin1String("\n\n");
    } else {
        m_text += u'\n';
    }
    LineGeometry g;
    g.span = {m_text.size(), m_text.size() + line.size()};
    g.box = box;
    g.fontSize = fontSize;
    g.bold = bold;
    m_text += line;
    m_current.lines.append(g);
    m_lastLine = g.span;
    return g.span.start;
}

void LaidOutPageBuilder::endBlock()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_current.lines.isEmpty())
        return;
    Block b = std::move(m_current);
    b.span = {b.lines.first().span.start, b.lines.last().span.end};
    QRectF lineUnion;
    QMap<double, int> sizes; // ordered: the smallest of equally common sizes wins, deterministically
    int boldLines = 0;
    for (const LineGeometry &l : b.lines) {
        if (!l.box.isNull())
            lineUnion = lineUnion.isNull() ? l.box : lineUnion.united(l.box);
        if (l.fontSize > 0)
            ++sizes[qRound(l.fontSize * 10) / 10.0];
        boldLines += l.bold ? 1 : 0;
    }
    if (b.box.isNull())
        b.box = lineUnion;
    int best = 0;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            b.fontSize = it.key();
        }
    b.bold = boldLines * 2 > b.lines.size();
    b.number = int(m_blocks.size()) + 1;
    m_blocks.append(std::move(b));
}

void LaidOutPageBuilder::recordWord(const QString &id, qsizetype start, qsizetype end)
{
    if (!id.isEmpty())
        m_words.insert(id, {start, end});
}

Page LaidOutPageBuilder::build(const QString &sourcePath, int pageNumber, QSizeF pageSize)
{
    endBlock();
    Page page(m_text);
    page.setSourcePath(sourcePath);
    page.setPageNumber(pageNumber);
    page.setGeometryUnit(m_unit);
    page.setPageSize(pageSize);
    page.setBlocks(m_blocks);
    return page;
}

} // namespace galley
