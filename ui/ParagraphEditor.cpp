// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphEditor.h"

#include "edit/DocumentActions.h"
#include "review/TextDiff.h"
#include "edit/SplitBlockCommand.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

namespace galley {

ParagraphEditor::ParagraphEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    m_suspectTimer = new QTimer(this);
    m_suspectTimer->setSingleShot(true);
    m_suspectTimer->setInterval(0);
    connect(m_suspectTimer, &QTimer::timeout, this, &ParagraphEditor::markSuspects);
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setAccessibleName(tr("Article body"));
    setAccessibleDescription(tr("The corrected body, one piece per line; typing corrects the piece"));
    connect(document(), &QTextDocument::contentsChange, this, &ParagraphEditor::onContentsChange);
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (textCursor().position() != m_typedTo)
            m_steps.reset(); // the editor moved the cursor: the next keystroke starts an undo step
        const int id = pieceAtCursor();
        if (id && id != m_lastPiece && !m_updating) {
            m_lastPiece = id;
            emit currentPieceChanged(id);
        }
    });
}

void ParagraphEditor::setReviewDocument(ReviewDocument *doc)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = doc;
    m_articleId = 0;
    if (doc) {
        connect(doc, &ReviewDocument::segmentationChanged, this, &ParagraphEditor::rebuildIfChanged);
        connect(doc, &ReviewDocument::pieceTextChanged, this, &ParagraphEditor::onPieceTextChanged);
    }
    rebuild();
}

void ParagraphEditor::setArticle(int articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    rebuild();
    verticalScrollBar()->setValue(0);
}

QList<int> ParagraphEditor::pieceIds() const
{
    QList<int> ids;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        if (b.userState() > 0)
            ids.append(b.userState());
    return ids;
}

int ParagraphEditor::pieceAtCursor() const
{
    return std::max(0, textCursor().block().userState());
}

QTextBlock ParagraphEditor::blockOfPiece(int pieceId) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        if (b.userState() == pieceId)
            return b;
    return {};
}

bool ParagraphEditor::moveToPiece(int pieceId)
{
    const QTextBlock b = blockOfPiece(pieceId);
    if (!b.isValid())
        return false;
    QTextCursor c(b);
    m_lastPiece = pieceId;
    setTextCursor(c);
    ensureCursorVisible();
    return true;
}

bool ParagraphEditor::splitAtCursor()
{
    const QTextCursor c = textCursor();
    const int id = pieceAtCursor();
    if (!m_document || !id || c.hasSelection())
        return false;
    if (m_document->hasCorrection(id)) {
        emit refused(tr("This piece has a correction: its text no longer follows the page, so it cannot be split. "
                        "Split it on the raw page or revert the correction first."));
        return false;
    }
    const qsizetype at = SplitBlockCommand::pageOffset(*m_document, id, c.positionInBlock());
    int second = 0;
    if (at < 0 || !DocumentActions(m_document).splitBlock(id, at, &second)) {
        emit refused(tr("Nothing to split here: the cursor is at the edge of the piece."));
        return false;
    }
    moveToPiece(second);
    return true;
}

void ParagraphEditor::rebuildIfChanged()
{
    // Most structure edits leave the body on display as it was (another article, a role of a
    // headline piece, a status): then nothing needs to be laid out again.
    QList<std::pair<int, bool>> now;
    const Segmentation *seg = m_document ? &m_document->segmentation() : nullptr;
    const int a = seg ? seg->indexOfArticle(m_articleId) : -1;
    if (a >= 0)
        for (const Piece &p : seg->articles[a].pieces)
            if (isBodyRole(p.role))
                now.append({p.id, p.continuesParagraph});
    if (now == m_shown && !now.isEmpty()) {
        bool same = true;
        QTextBlock b = document()->begin();
        for (const auto &[id, join] : now) {
            same = same && b.isValid() && b.text() == m_document->pieceText(id);
            b = b.next();
        }
        if (same)
            return;
    }
    rebuild();
}

void ParagraphEditor::rebuild()
{
    // Keep the cursor where it was (same piece, same offset) across a rebuild.
    const int keepPiece = pieceAtCursor();
    const int keepOffset = textCursor().positionInBlock();
    const int keepScroll = verticalScrollBar()->value();
    m_updating = true;
    m_shown.clear();
    document()->clear();
    const Segmentation *seg = m_document ? &m_document->segmentation() : nullptr;
    const int a = seg ? seg->indexOfArticle(m_articleId) : -1;
    setEnabled(a >= 0);
    if (a >= 0) {
        QTextCursor c(document());
        const QFontMetricsF fm(font());
        bool first = true;
        for (const Piece &p : seg->articles[a].pieces) {
            if (!isBodyRole(p.role))
                continue;
            QTextBlockFormat bf;
            const bool newParagraph = first || !p.continuesParagraph;
            bf.setTopMargin(newParagraph && !first ? fm.height() * 0.6 : 0);
            bf.setTextIndent(newParagraph ? fm.horizontalAdvance(QChar(0x4E00)) * 2 : 0);
            if (first)
                c.setBlockFormat(bf);
            else
                c.insertBlock(bf);
            c.insertText(m_document->pieceText(p.id));
            c.block().setUserState(p.id);
            m_shown.append({p.id, p.continuesParagraph});
            first = false;
        }
    }
    m_updating = false;
    m_suspectTimer->start();
    if (keepPiece) {
        const QTextBlock b = blockOfPiece(keepPiece);
        if (b.isValid()) {
            QTextCursor c(b);
            c.setPosition(b.position() + std::min(keepOffset, b.length() - 1));
            m_updating = true;
            setTextCursor(c);
            m_updating = false;
            verticalScrollBar()->setValue(keepScroll);
        }
    }
}

void ParagraphEditor::onPieceTextChanged(int pieceId)
{
    m_suspectTimer->start();
    if (m_updating || !m_document)
        return;
    QTextBlock b = blockOfPiece(pieceId);
    if (!b.isValid())
        return;
    const QString text = m_document->pieceText(pieceId);
    const QString shown = b.text();
    if (shown == text)
        return; // the change came from typing here
    m_updating = true;
    QTextCursor c(b);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    c.insertText(text);
    m_updating = false;
    // An undo, a redo or a replace changed the piece: select what changed (the cursor where text went).
    const TextDiff::Stretch stretch = TextDiff::changedStretch(shown, text);
    const qsizetype prefix = stretch.prefix, suffix = stretch.suffix; // (clang 14 cannot capture structured bindings)
    QTextCursor changed(document());
    changed.setPosition(b.position() + int(prefix));
    changed.setPosition(b.position() + int(text.size() - suffix), QTextCursor::KeepAnchor);
    m_steps.reset();
    setTextCursor(changed);
    ensureCursorVisible();
}

void ParagraphEditor::onContentsChange(int position, int removed, int added)
{
    if (m_updating || !m_document)
        return;
    QTextBlock b = document()->findBlock(position);
    const QTextBlock last = document()->findBlock(position + std::max(added, 0));
    QList<std::pair<int, QString>> changed;
    for (; b.isValid(); b = b.next()) {
        const int id = b.userState();
        if (id > 0 && b.text() != m_document->pieceText(id))
            changed.append({id, b.text()});
        if (b == last)
            break;
    }
    Q_UNUSED(removed);
    m_updating = true;
    for (const auto &[id, text] : changed) {
        const bool startsStep = m_steps.startsStep(id, m_document->pieceText(id), text, m_clock());
        DocumentActions(m_document).correctText(id, text, startsStep);
    }
    m_updating = false;
    m_typedTo = position + added;
}

bool ParagraphEditor::selectionSpansPieces() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return false;
    return document()->findBlock(c.selectionStart()) != document()->findBlock(c.selectionEnd());
}

bool ParagraphEditor::event(QEvent *event)
{
    // Undo and redo belong to the document's stack (the main window's actions), not to this widget.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->matches(QKeySequence::Undo) || ke->matches(QKeySequence::Redo)) {
            event->ignore();
            return false;
        }
    }
    if (event->type() == QEvent::ToolTip) { // the suggestion of the OCR suspect under the mouse
        auto *he = static_cast<QHelpEvent *>(event);
        const int pos = cursorForPosition(viewport()->mapFrom(this, he->pos())).position();
        for (const QTextEdit::ExtraSelection &m : extraSelections())
            if (pos >= m.cursor.selectionStart() && pos < m.cursor.selectionEnd()) {
                QToolTip::showText(he->globalPos(), m.format.toolTip(), this);
                return true;
            }
    }
    return QTextEdit::event(event);
}

void ParagraphEditor::keyPressEvent(QKeyEvent *event)
{
    const QTextCursor c = textCursor();
    const int id = pieceAtCursor();
    const bool atStart = !c.hasSelection() && c.atBlockStart();
    const bool atEnd = !c.hasSelection() && c.atBlockEnd();
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (atStart && id && c.block().previous().isValid() && m_document)
            DocumentActions(m_document).setParagraphJoin(id, false);
        else if (!atStart && !atEnd && !c.hasSelection())
            splitAtCursor();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Backspace && atStart) {
        if (id && c.block().previous().isValid() && m_document)
            DocumentActions(m_document).setParagraphJoin(id, true);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && atEnd) {
        event->accept();
        return;
    }
    if (selectionSpansPieces()) {
        // Typing, deleting or cutting over a piece boundary would merge pieces: not an edit of text.
        const bool edits = !event->text().isEmpty() || event->key() == Qt::Key_Backspace
            || event->key() == Qt::Key_Delete || event->matches(QKeySequence::Cut) || event->matches(QKeySequence::Paste);
        if (edits && !event->matches(QKeySequence::Copy) && !event->matches(QKeySequence::SelectAll)) {
            event->accept();
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
}

void ParagraphEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source || selectionSpansPieces())
        return;
    QString text = source->text();
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    textCursor().insertText(text);
}

void ParagraphEditor::markSuspects()
{
    m_suspects.clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const int pieceId = b.userState();
        if (pieceId <= 0)
            continue;
        for (const OcrSuspect &s : OcrSuspects::inText(b.text(), pieceId)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(document());
            mark.cursor.setPosition(b.position() + int(s.start));
            mark.cursor.setPosition(b.position() + int(s.start + s.length), QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
            mark.format.setBackground(QColor(0xff, 0xe0, 0xe0)); // visible at a glance, also in a dense CJK line
            mark.format.setToolTip(tr("OCR suspect: %1 → %2").arg(s.form, s.suggestion));
            marks.append(mark);
            m_suspects.append(s);
        }
    }
    setExtraSelections(marks);
}

} // namespace galley

