// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ParagraphEditor: the corrected body of one article, editable. Each lead or body piece is one
// text block (its QTextBlock::userState() is the piece id); a piece that carries on the paragraph
// before it follows without space or indent, a piece that starts a paragraph is indented.
//  - Typing corrects the piece under the cursor (CorrectTextCommand); keystrokes merge into one undo
//    step per word or until a pause (TypingSteps decides). The widget's own undo is off: Ctrl+Z is
//    the document's; when an undo or redo changes a shown piece, the changed text is selected.
//  - Backspace at a piece's start joins it to the previous paragraph, Return at a piece's start
//    breaks the paragraph there (SetParagraphJoinCommand); Return inside a piece splits it there
//    into two paragraphs (SplitBlockCommand, splitAtCursor()). Edits that would merge pieces are
//    refused; pasted line breaks become spaces.
// OCR suspects (OcrSuspects in core: a confusion that makes a known word) are underlined with a wavy
// red line on a light red ground, the suggestion as tooltip; recomputed after each change.
// The ReviewDocument is not owned.
#include "model/ReviewDocument.h"
#include "edit/TypingSteps.h"
#include "review/OcrSuspects.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTextEdit>

#include <functional>

class QTimer;

namespace galley {

class ParagraphEditor : public QTextEdit {
    Q_OBJECT
public:
    explicit ParagraphEditor(QWidget *parent = nullptr);

    void setReviewDocument(ReviewDocument *document);
    /// Shows the body of articleId (0: nothing).
    void setArticle(int articleId);
    int articleId() const { return m_articleId; }
    /// Piece ids of the blocks, top to bottom.
    QList<int> pieceIds() const;
    /// The piece the cursor is in, or 0.
    int pieceAtCursor() const;
    /// Puts the cursor at the start of pieceId's block; false if the piece is not shown here.
    bool moveToPiece(int pieceId);
    /// Splits the piece under the cursor at the cursor (SplitBlockCommand: the rest becomes a new
    /// piece starting a paragraph) and puts the cursor at its start. False, with refused(), when the
    /// cursor is at a piece's edge or the piece has a correction (its text no longer follows the page).
    bool splitAtCursor();
    /// Tests: the clock typing pauses are measured with (milliseconds); default a QElapsedTimer.
    void setTypingClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// The OCR suspects underlined now (offsets into each piece's text), for tests.
    QList<OcrSuspect> suspectsShown() const { return m_suspects; }

signals:
    /// The cursor moved into another piece.
    void currentPieceChanged(int pieceId);
    /// An edit asked for could not be done; reason is a translated sentence for the status bar.
    void refused(const QString &reason);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void rebuild();
    void rebuildIfChanged();
    void onContentsChange(int position, int removed, int added);
    void onPieceTextChanged(int pieceId);
    QTextBlock blockOfPiece(int pieceId) const;
    bool selectionSpansPieces() const;
    void markSuspects();

    QPointer<ReviewDocument> m_document;
    int m_articleId = 0;
    bool m_updating = false;
    int m_lastPiece = 0;
    QList<OcrSuspect> m_suspects;
    QTimer *m_suspectTimer = nullptr;
    QList<std::pair<int, bool>> m_shown; // piece ids and joins on display, to skip needless rebuilds
    TypingSteps m_steps;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
    int m_typedTo = -1; // where typing left the cursor; a cursor anywhere else is a safe point
};

} // namespace galley
