// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RawPageGutter: the margin left of the raw page — block number and role on each block's first
// line, the article colour band beside every line of an article's piece, and a pencil mark where a
// piece carries an editor's correction. Painted by its RawPageView (which owns it).
#include <QWidget>

namespace galley {

class RawPageView;

class RawPageGutter : public QWidget {
    Q_OBJECT
public:
    explicit RawPageGutter(RawPageView *view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    RawPageView *m_view;
};

} // namespace galley
