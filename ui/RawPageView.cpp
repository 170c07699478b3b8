// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawPageView.h"

#include "ArticleColors.h"
#include "PageHighlighter.h"
#include "RawPageGutter.h"
#include "RoleIcons.h"
#include "model/ReviewDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace galley {

namespace {
constexpr int kBandWidth = 5;
constexpr int kMarkWidth = 14;
} // namespace

RawPageView::RawPageView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new RawPageGutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Raw page"));
    setAccessibleDescription(tr("The page text as imported, read-only; each article's pieces carry its colour"));
    m_highlighter = new PageHighlighter(document(), this);
    updateGutterWidth();
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
}

void RawPageView::setReviewDocument(ReviewDocument *doc)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = doc;
    m_currentPiece = 0;
    m_reportedPiece = 0;
    setPlainText(doc ? doc->page().text() : QString());
    if (doc) {
        connect(doc, &ReviewDocument::segmentationChanged, this, &RawPageView::rebuildMap);
        connect(doc, &ReviewDocument::pieceTextChanged, this, [this] {
            viewport()->update();
            m_gutter->update();
        });
    }
    rebuildMap();
    updateGutterWidth();
    placeGutter();
    m_highlighter->restart();
    // A short page is highlighted before it is first shown; a long one continues in time slices.
    if (document()->characterCount() < 200000)
        m_highlighter->finishNow();
}

void RawPageView::rebuildMap()
{
    m_map = m_document ? PieceMap(m_document->segmentation()) : PieceMap();
    if (m_currentPiece && !m_map.forPiece(m_currentPiece) && !(m_document && m_document->segmentation().piece(m_currentPiece)))
        m_currentPiece = 0;
    viewport()->update();
    m_gutter->update();
}

bool RawPageView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < palette().color(QPalette::Text).lightness();
}

void RawPageView::setCurrentPiece(int pieceId, bool scroll)
{
    if (pieceId == m_currentPiece && !scroll)
        return;
    m_currentPiece = pieceId;
    m_reportedPiece = pieceId;
    if (scroll) {
        if (const auto *e = m_map.forPiece(pieceId)) {
            // Scrolled first: the cursor set after it is in view and moves nothing (set first, it
            // would scroll its line just into view, against the edge).
            showSpan(e->span.start, e->span.end);
            QTextCursor c(document());
            c.setPosition(int(e->span.start));
            const QSignalBlocker blocker(this);
            setTextCursor(c);
        }
    }
    viewport()->update();
    m_gutter->update();
}

void RawPageView::showSpan(qsizetype start, qsizetype end)
{
    const auto cursorAt = [this](qsizetype pos) {
        QTextCursor c(document());
        c.setPosition(int(std::clamp<qsizetype>(pos, 0, document()->characterCount() - 1)));
        return c;
    };
    const int height = viewport()->height();
    const auto inView = [&] {
        // Rectangles in viewport pixels; only the laid-out blocks from the first visible one on
        // have them right, so a start before that block is out of view whatever its rectangle says.
        return document()->findBlock(int(start)).blockNumber() >= firstVisibleBlock().blockNumber()
            && rectForPosition(start).top() >= 0 && rectForPosition(end).bottom() < height;
    };
    if (inView())
        return; // the page does not jump
    // Signals blocked: the cursor moves are not the editor's (setCurrentPiece repaints the gutter,
    // whose updateRequest scrolling this also blocks).
    const QSignalBlocker blocker(this);
    // Its start in the middle first, so that the piece is laid out and can be measured; then a piece
    // that fits stands in the middle with the text around it, a longer one from its start.
    setTextCursor(cursorAt(start));
    centerCursor();
    if (rectForPosition(end).bottom() - rectForPosition(start).top() <= height) {
        setTextCursor(cursorAt(start + (end - start) / 2));
        centerCursor();
    } else {
        setTextCursor(cursorAt(end));
        ensureCursorVisible();
        setTextCursor(cursorAt(start));
        ensureCursorVisible();
    }
}

int RawPageView::pieceAtCursor() const
{
    const auto *e = m_map.at(textCursor().position());
    return e ? e->pieceId : 0;
}

QColor RawPageView::backgroundAt(qsizetype pos) const
{
    const auto *e = m_map.at(pos);
    if (!e)
        return palette().color(QPalette::Base);
    return e->pieceId == m_currentPiece ? ArticleColors::selectedTint(e->articleIndex, isDark())
                                        : ArticleColors::tint(e->articleIndex, isDark());
}

QRect RawPageView::rectForPosition(qsizetype pos) const
{
    QTextCursor c(document());
    c.setPosition(int(std::clamp<qsizetype>(pos, 0, document()->characterCount() - 1)));
    return cursorRect(c);
}

int RawPageView::gutterWidth() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetrics fm(f);
    int roleWidth = 0;
    for (Role r : allRoles())
        roleWidth = std::max(roleWidth, fm.horizontalAdvance(RoleIcons::gutterLabel(r)));
    const int blocks = m_document ? int(m_document->page().blocks().size()) : 99;
    const int digits = std::max(3, int(QString::number(blocks).size()));
    return 6 + fm.horizontalAdvance(QString(digits, QLatin1Char('9'))) + 6 + roleWidth + 4 + kMarkWidth + kBandWidth + 2;
}

void RawPageView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void RawPageView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeGutter();
}

void RawPageView::placeGutter()
{
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void RawPageView::paintPieces(QPainter &painter, const QRect &clip)
{
    if (m_map.entries().isEmpty())
        return;
    const bool dark = isDark();
    const QPointF offset = contentOffset();
    const auto &entries = m_map.entries();
    QRectF currentFrame;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF br = blockBoundingGeometry(block).translated(offset);
        if (br.top() > clip.bottom())
            break;
        if (!block.isVisible() || br.bottom() < clip.top())
            continue;
        const qsizetype bStart = block.position();
        const qsizetype bEnd = bStart + block.length() - 1;
        QTextLayout *layout = block.layout();
        for (qsizetype i = m_map.firstEndingAfter(bStart); i < entries.size() && entries[i].span.start <= bEnd; ++i) {
            const auto &e = entries[i];
            if (e.span.end <= bStart && !(e.span.isEmpty()))
                continue;
            const bool current = e.pieceId == m_currentPiece;
            const QColor color = current ? ArticleColors::selectedTint(e.articleIndex, dark)
                                         : ArticleColors::tint(e.articleIndex, dark);
            const int from = int(std::max(e.span.start, bStart) - bStart);
            const int to = int(std::min(e.span.end, bEnd) - bStart);
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const int ls = line.textStart();
                const int le = ls + line.textLength();
                if (to < ls || from > le || (from == to && from != ls))
                    continue;
                const qreal x1 = line.cursorToX(std::max(from, ls));
                // A piece that runs on past this line is tinted to the line's right edge.
                const qreal x2 = (to >= le && e.span.end > bStart + le) ? br.width() : line.cursorToX(std::min(to, le));
                const QRectF r(br.left() + x1, br.top() + line.y(), std::max<qreal>(x2 - x1, 2), line.height());
                painter.fillRect(r, color);
                if (current)
                    currentFrame = currentFrame.isNull() ? r : currentFrame.united(r);
            }
        }
    }
    if (!currentFrame.isNull()) {
        const auto *e = m_map.forPiece(m_currentPiece);
        QPen pen(ArticleColors::band(e ? e->articleIndex : -1, dark), 1.5);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(currentFrame.adjusted(0.75, 0.75, -0.75, -0.75));
    }
}

void RawPageView::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        paintPieces(painter, event->rect());
    }
    QPlainTextEdit::paintEvent(event);
}

void RawPageView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    const bool dark = isDark();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    if (!m_document)
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics fm(small);
    const int w = m_gutter->width();
    const int bandX = w - kBandWidth - 1;
    const int markX = bandX - kMarkWidth;
    const QPointF offset = contentOffset();
    const auto &blocks = m_document->page().blocks();
    const auto &entries = m_map.entries();
    static const QIcon correctionIcon(QStringLiteral(":/galley/icons/correction.svg"));
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF br = blockBoundingGeometry(block).translated(offset);
        if (br.top() > event->rect().bottom())
            break;
        if (!block.isVisible() || br.bottom() < event->rect().top())
            continue;
        const qsizetype bStart = block.position();
        const qsizetype bEnd = bStart + block.length() - 1;
        QTextLayout *layout = block.layout();
        // Colour band and correction mark per piece on these lines.
        for (qsizetype i = m_map.firstEndingAfter(bStart); i < entries.size() && entries[i].span.start <= bEnd; ++i) {
            const auto &e = entries[i];
            if (e.span.end <= bStart)
                continue;
            qreal top = br.top(), bottom = br.bottom();
            for (int l = 0; l < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                if (bStart + line.textStart() + line.textLength() < e.span.start) {
                    top = br.top() + line.y() + line.height();
                    continue;
                }
                if (bStart + line.textStart() > e.span.end) {
                    bottom = br.top() + line.y();
                    break;
                }
            }
            const QColor band = ArticleColors::band(e.articleIndex, dark);
            painter.fillRect(QRectF(bandX, top, kBandWidth, bottom - top), band);
            if (e.pieceId == m_currentPiece)
                painter.fillRect(QRectF(bandX - 2, top, 2, bottom - top), pal.color(QPalette::Highlight));
            if (e.span.start >= bStart && m_document->hasCorrection(e.pieceId)) {
                const int s = std::min(kMarkWidth - 2, fm.height());
                correctionIcon.paint(&painter, QRect(markX, int(top) + 1, s, s));
            }
        }
        // Block number and role on a block's first line.
        const int bi = m_document->page().blockAt(bStart);
        if (bi >= 0 && blocks[bi].span.start >= bStart && blocks[bi].span.start <= bEnd) {
            const auto *e = m_map.at(blocks[bi].span.start);
            const Role role = e ? e->role : blocks[bi].role;
            const QString number = QString::number(blocks[bi].number);
            const QRectF line(4, br.top(), markX - 8, fm.height() + 2);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, number);
            painter.setPen(e ? ArticleColors::band(e->articleIndex, dark).darker(dark ? 80 : 130) : pal.color(QPalette::Text));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, RoleIcons::gutterLabel(role));
        }
    }
}

void RawPageView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (const auto *e = m_map.at(textCursor().position())) {
        m_reportedPiece = e->pieceId;
        emit pieceClicked(e->pieceId);
    }
}

void RawPageView::keyReleaseEvent(QKeyEvent *event)
{
    QPlainTextEdit::keyReleaseEvent(event);
    // Keyboard navigation: the piece under the cursor becomes the selected one.
    const int id = pieceAtCursor();
    if (id && id != m_reportedPiece && !textCursor().hasSelection()) {
        m_reportedPiece = id;
        emit pieceClicked(id);
    }
}

void RawPageView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->followPalette(palette());
    if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
        placeGutter();
    }
}

bool RawPageView::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        m_highlighter->followPalette(palette());
    return QPlainTextEdit::event(event);
}

} // namespace galley
