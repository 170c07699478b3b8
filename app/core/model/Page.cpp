// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

#include <algorithm>

namespace galley {

Page::Page(QString text)
    : m_text(std::move(text))
{
}

QStringView Page::textOf(const TextSpan &span) const
{
    const qsizetype start = std::clamp<qsizetype>(span.start, 0, m_text.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, start, m_text.size());
    return QStringView(m_text).sliced(start, end - start);
}

int Page::blockAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), pos,
                               [](qsizetype p, const Block &b) { return p < b.span.start; });
    if (it == m_blocks.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - m_blocks.cbegin()) : -1;
}

QRectF Page::boxOf(const TextSpan &span) const
{
    QRectF box;
    for (const Block &b : m_blocks) {
        if (b.span.start >= span.end)
            break;
        if (!b.span.overlaps(span) && !(span.isEmpty() && b.span.contains(span.start)))
            continue;
        if (b.lines.isEmpty()) {
            if (b.hasBox())
                box = box.isNull() ? b.box : box.united(b.box);
            continue;
        }
        for (const LineGeometry &l : b.lines)
            if (!l.box.isNull() && (l.span.overlaps(span) || (span.isEmpty() && l.span.contains(span.start))))
                box = box.isNull() ? l.box : box.united(l.box);
    }
    return box;
}

int Page::printedPageAt(qsizetype pos) const
{
    if (m_printedPages.isEmpty())
        return 0;
    // The last page whose span starts at or before pos.
    auto it = std::upper_bound(m_printedPages.cbegin(), m_printedPages.cend(), pos,
                               [](qsizetype p, const PrintedPage &page) { return p < page.span.start; });
    return it == m_printedPages.cbegin() ? 0 : int(it - m_printedPages.cbegin()) - 1;
}

int Page::printedPageNumberAt(qsizetype pos) const
{
    return m_printedPages.isEmpty() ? m_pageNumber : m_printedPages[printedPageAt(pos)].number;
}

void Page::indexSurrogates() const
{
    if (m_surrogatesIndexed)
        return;
    m_lowSurrogates.clear();
    const QChar *d = m_text.constData();
    for (qsizetype i = 1; i < m_text.size(); ++i)
        if (d[i].isLowSurrogate() && d[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    m_surrogatesIndexed = true;
}

qsizetype Page::codePointOffset(qsizetype utf16) const
{
    indexSurrogates();
    // Every low surrogate before utf16 belongs to a pair already counted by its high surrogate.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16 + 0) - m_lowSurrogates.cbegin();
    return utf16 - before;
}

qsizetype Page::utf16Offset(qsizetype codePoint) const
{
    indexSurrogates();
    // Smallest utf16 with codePointOffset(utf16) == codePoint.
    qsizetype lo = codePoint, hi = std::min<qsizetype>(m_text.size(), codePoint + m_lowSurrogates.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (codePointOffset(mid) < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    // A position inside a surrogate pair belongs to the pair's code point: step past it.
    if (lo > 0 && lo < m_text.size() && m_text[lo].isLowSurrogate() && m_text[lo - 1].isHighSurrogate())
        ++lo;
    return std::min<qsizetype>(lo, m_text.size());
}

} // namespace galley
