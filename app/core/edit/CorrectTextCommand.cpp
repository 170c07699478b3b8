// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectTextCommand.h"

#include "EditCommandIds.h"

namespace galley {

CorrectTextCommand::CorrectTextCommand(ReviewDocument *document, int pieceId, std::optional<QString> text,
                                       QUndoCommand *parent, bool startsStep)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pieceId(pieceId)
    , m_typing(text.has_value())
    , m_startsStep(startsStep)
{
    setText(text ? tr("Correct text") : tr("Revert correction"));
    if (!document || !document->segmentation().piece(pieceId)) {
        setObsolete(true);
        return;
    }
    if (document->hasCorrection(pieceId))
        m_before = document->corrections().value(pieceId);
    if (text && *text == document->repairedPieceText(pieceId))
        text.reset();
    m_after = std::move(text);
    setObsolete(m_after == m_before);
}

void CorrectTextCommand::redo()
{
    if (!isObsolete())
        m_document->setCorrection(m_pieceId, m_after);
}

void CorrectTextCommand::undo()
{
    if (!isObsolete())
        m_document->setCorrection(m_pieceId, m_before);
}

int CorrectTextCommand::id() const
{
    return EditCommandIds::CorrectText;
}

bool CorrectTextCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const CorrectTextCommand *>(other);
    if (next->m_pieceId != m_pieceId || next->m_document != m_document || !m_typing || !next->m_typing || next->m_startsStep)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace galley
