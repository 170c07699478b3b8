// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SegmentationEditCommand: base of every structure edit (articles, pieces, roles, joins, statuses,
// flags). It keeps the document's Segmentation before and after the edit — a cheap implicitly
// shared value — and installs one or the other with ReviewDocument::setSegmentation() in
// redo()/undo(). A command that also changes corrections (SplitBlockCommand, SetRoleTextCommand)
// keeps the correction table before and after as well.
//
// Subclasses compute the new Segmentation in their constructor from a static, pure apply()
// function (usable from tests and the CLI without a document) and hand it to setResult().
// An invalid edit (unknown id, nothing would change) makes the command obsolete: QUndoStack::push()
// then deletes it without adding an undo step, and redo()/undo() do nothing.
// The document is not owned; it must outlive the command (it owns the undo stack the command is on).
#include "model/ReviewDocument.h"

#include <QHash>
#include <QUndoCommand>
#include <optional>

namespace galley {

class SegmentationEditCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;

    ReviewDocument *document() const { return m_document; }
    const Segmentation &before() const { return m_before; }
    const Segmentation &after() const { return m_after; }

protected:
    explicit SegmentationEditCommand(ReviewDocument *document, QUndoCommand *parent = nullptr);

    /// The segmentation after the edit; nullopt, or a result equal to before(), makes the command obsolete.
    void setResult(std::optional<Segmentation> after);
    /// The full correction table after the edit (only for commands that change corrections).
    void setCorrectionsAfter(const QHash<int, QString> &corrections);
    /// Takes over the result of a later command of the same kind (for mergeWith()); obsolete when
    /// the combined edit changes nothing.
    void mergeResult(const SegmentationEditCommand &later);

private:
    void updateObsolete();

    ReviewDocument *m_document = nullptr;
    Segmentation m_before;
    Segmentation m_after;
    QHash<int, QString> m_correctionsBefore;
    std::optional<QHash<int, QString>> m_correctionsAfter;
};

} // namespace galley
