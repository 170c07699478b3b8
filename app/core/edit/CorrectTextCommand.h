// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CorrectTextCommand: the editor's correction of a piece's text. The raw page is never touched;
// the text is stored in ReviewDocument's correction table (see ReviewDocument::pieceText()).
//  - text = nullopt removes the correction (back to the wrap-repaired page text). A text equal to
//    the wrap-repaired page text also removes it, so typing back to the original leaves no
//    correction behind.
//  - Consecutive corrections of the same piece (typing) merge into one undo step (id()/mergeWith())
//    until one that startsStep (TypingSteps: a new word, a pause); a removal never merges. A merged
//    step that ends where it began disappears from the stack.
// Obsolete when the piece is unknown or the text would not change.
// The document is not owned and must outlive the command.
#include "model/ReviewDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace galley {

class CorrectTextCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CorrectTextCommand)
public:
    CorrectTextCommand(ReviewDocument *document, int pieceId, std::optional<QString> text, QUndoCommand *parent = nullptr,
                       bool startsStep = false);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int pieceId() const { return m_pieceId; }

private:
    ReviewDocument *m_document = nullptr;
    int m_pieceId = 0;
    bool m_typing = false;
    bool m_startsStep = false; ///< never merged into the step before it
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

} // namespace galley
