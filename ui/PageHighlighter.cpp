// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageHighlighter.h"

#include "SyntaxSupport.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

namespace galley {

namespace {
constexpr qint64 kSliceMs = 8;
// Marks the QTextCharFormat of a range with the syntax item's name, for itemNameAt().
constexpr int kItemNameProperty = QTextFormat::UserProperty + 17;
} // namespace

PageHighlighter::PageHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] { work(kSliceMs); });
    setDefinition(SyntaxSupport::pageDefinition());
    setTheme(SyntaxSupport::themeFor(QGuiApplication::palette()));
}

void PageHighlighter::restart()
{
    m_formats.clear();
    m_state = KSyntaxHighlighting::State();
    m_next = m_document ? m_document->firstBlock() : QTextBlock();
    if (m_next.isValid())
        m_timer->start();
    else
        m_timer->stop();
}

void PageHighlighter::finishNow()
{
    work(-1);
}

void PageHighlighter::followPalette(const QPalette &palette)
{
    const auto wanted = SyntaxSupport::themeFor(palette);
    if (wanted.name() == theme().name())
        return;
    setTheme(wanted);
    restart();
}

QString PageHighlighter::themeName() const
{
    return theme().name();
}

QString PageHighlighter::itemNameAt(int position) const
{
    if (!m_document)
        return QString();
    const QTextBlock block = m_document->findBlock(position);
    if (!block.isValid() || !block.layout())
        return QString();
    const int inBlock = position - block.position();
    for (const auto &r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length)
            return r.format.property(kItemNameProperty).toString();
    return QString();
}

QTextCharFormat PageHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    auto it = m_formats.constFind(format.id());
    if (it != m_formats.cend())
        return *it;
    QTextCharFormat f;
    const auto t = theme();
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t)) {
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(format.hasTextColor(t) ? format.textColor(t) : QColor(Qt::red));
    }
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    f.setProperty(kItemNameProperty, format.name());
    m_formats.insert(format.id(), f);
    return f;
}

void PageHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextLayout::FormatRange r;
    r.start = offset;
    r.length = length;
    r.format = charFormat(format);
    m_ranges.append(r);
}

void PageHighlighter::work(qint64 budgetMs)
{
    if (!m_document || !m_next.isValid()) {
        m_timer->stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    int firstDirty = m_next.position();
    int lines = 0;
    while (m_next.isValid()) {
        m_ranges.clear();
        m_state = highlightLine(m_next.text(), m_state);
        if (QTextLayout *layout = m_next.layout()) {
            if (!m_ranges.isEmpty() || !layout->formats().isEmpty())
                layout->setFormats(m_ranges);
        }
        m_next = m_next.next();
        if (budgetMs >= 0 && (++lines & 63) == 0 && clock.elapsed() >= budgetMs)
            break;
    }
    const int end = m_next.isValid() ? m_next.position() : m_document->characterCount();
    m_document->markContentsDirty(firstDirty, end - firstDirty);
    const int total = m_document->blockCount();
    emit progress(m_next.isValid() ? m_next.blockNumber() : total, total);
    if (!m_next.isValid()) {
        m_timer->stop();
        emit finished();
    }
}

} // namespace galley
