// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RawPageView: the left side of the review desk — the raw page text, read-only, exactly as imported.
//  - Highlighted by PageHighlighter (Galley's OCR page syntax definition, theme from the palette).
//  - Each article's pieces are tinted in that article's colour (ArticleColors); the gutter
//    (RawPageGutter) shows block number, role, the colour band and a mark on corrected pieces.
//  - The current piece is drawn with a stronger tint and a frame and can be scrolled to.
//  - A click selects the piece under the mouse (pieceClicked); the text cursor stays usable for
//    keyboard navigation and for "split block at the cursor".
// Positions are UTF-16 units of Page::text(), equal to this view's QTextDocument positions
// (the page text has '\n' line ends only). The ReviewDocument is not owned.
#include "PieceMap.h"
#include "model/ReviewDocument.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace galley {

class PageHighlighter;
class RawPageGutter;

class RawPageView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit RawPageView(QWidget *parent = nullptr);

    /// Shows document's page (nullptr clears the view).
    void setReviewDocument(ReviewDocument *document);
    ReviewDocument *reviewDocument() const { return m_document; }
    PageHighlighter *highlighter() const { return m_highlighter; }
    RawPageGutter *gutter() const { return m_gutter; }
    const PieceMap &pieceMap() const { return m_map; }

    int currentPiece() const { return m_currentPiece; }
    /// Highlights pieceId (0: none); with scroll, brings it into view and puts the cursor at its start.
    void setCurrentPiece(int pieceId, bool scroll = true);
    /// The piece at the text cursor, or 0.
    int pieceAtCursor() const;
    /// Background colour painted behind page position pos (the article tint, or the base colour).
    QColor backgroundAt(qsizetype pos) const;
    /// The viewport rectangle of a page position's character (for tests and tool tips).
    QRect rectForPosition(qsizetype pos) const;

    // For RawPageGutter.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

signals:
    /// The user clicked into (or moved the cursor onto) a piece.
    void pieceClicked(int pieceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Scrolls so that page positions [start, end) (UTF-16 units) are in view: not at all when they
    /// are already, in the middle of the view when they fit, else from their start.
    void showSpan(qsizetype start, qsizetype end);
    void rebuildMap();
    void updateGutterWidth();
    void placeGutter();
    bool isDark() const;
    void paintPieces(QPainter &painter, const QRect &clip);

    QPointer<ReviewDocument> m_document;
    PageHighlighter *m_highlighter = nullptr;
    RawPageGutter *m_gutter = nullptr;
    PieceMap m_map;
    int m_currentPiece = 0;
    int m_reportedPiece = 0;
};

} // namespace galley
