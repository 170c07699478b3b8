// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SegmentationEditCommand.h"

namespace galley {

SegmentationEditCommand::SegmentationEditCommand(ReviewDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    if (m_document) {
        m_before = m_document->segmentation();
        m_after = m_before;
        m_correctionsBefore = m_document->corrections();
    }
    setObsolete(true); // until setResult() gives a real change
}

void SegmentationEditCommand::setResult(std::optional<Segmentation> after)
{
    if (!m_document || !after) {
        setObsolete(true);
        return;
    }
    m_after = std::move(*after);
    updateObsolete();
}

void SegmentationEditCommand::setCorrectionsAfter(const QHash<int, QString> &corrections)
{
    if (!m_document)
        return;
    m_correctionsAfter = corrections;
    updateObsolete();
}

void SegmentationEditCommand::mergeResult(const SegmentationEditCommand &later)
{
    m_after = later.m_after;
    if (later.m_correctionsAfter)
        m_correctionsAfter = later.m_correctionsAfter;
    updateObsolete();
}

void SegmentationEditCommand::updateObsolete()
{
    const bool correctionsChange = m_correctionsAfter && *m_correctionsAfter != m_correctionsBefore;
    setObsolete(!m_document || (m_after == m_before && !correctionsChange));
}

void SegmentationEditCommand::redo()
{
    if (isObsolete())
        return;
    if (m_correctionsAfter)
        m_document->setCorrections(*m_correctionsAfter);
    m_document->setSegmentation(m_after);
}

void SegmentationEditCommand::undo()
{
    if (isObsolete())
        return;
    if (m_correctionsAfter)
        m_document->setCorrections(m_correctionsBefore);
    m_document->setSegmentation(m_before);
}

} // namespace galley
