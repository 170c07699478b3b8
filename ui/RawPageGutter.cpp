// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawPageGutter.h"

#include "RawPageView.h"

#include <QMouseEvent>

namespace galley {

RawPageGutter::RawPageGutter(RawPageView *view)
    : QWidget(view)
    , m_view(view)
{
    setAccessibleName(tr("Block numbers and roles"));
    setCursor(Qt::PointingHandCursor);
}

QSize RawPageGutter::sizeHint() const
{
    return QSize(m_view->gutterWidth(), 0);
}

void RawPageGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event);
}

void RawPageGutter::mousePressEvent(QMouseEvent *event)
{
    // A click on the gutter selects the piece of that line, like a click into the text.
    const QPoint inViewport(0, event->position().toPoint().y());
    const QTextCursor c = m_view->cursorForPosition(inViewport);
    m_view->setTextCursor(c);
    if (const auto *e = m_view->pieceMap().at(c.position()))
        emit m_view->pieceClicked(e->pieceId);
}

} // namespace galley
