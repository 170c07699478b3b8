// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveredChangesCommand.h"

namespace galley {

RecoveredChangesCommand::RecoveredChangesCommand(ReviewDocument *document, Segmentation base,
                                                 QHash<int, QString> baseCorrections, QUndoCommand *parent)
    : QUndoCommand(tr("Recover unsaved changes"), parent)
    , m_document(document)
    , m_base(std::move(base))
    , m_baseCorrections(std::move(baseCorrections))
    , m_recovered(document->segmentation())
    , m_recoveredCorrections(document->corrections())
{
}

void RecoveredChangesCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_document->setSegmentation(m_recovered);
    m_document->setCorrections(m_recoveredCorrections);
}

void RecoveredChangesCommand::undo()
{
    m_document->setSegmentation(m_base);
    m_document->setCorrections(m_baseCorrections);
}

} // namespace galley
