// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RecoveredChangesCommand: the one undo step a document restored from a recovery file starts with.
// The document already holds the recovered state when the command is pushed (its first redo() does
// nothing); undo() goes back to the base — the last saved project, or the engine's segmentation of a
// page that was never saved — and redo() forward to the recovered state again. It keeps the restored
// document "modified" until the editor saves.
// The document is not owned; it must outlive the command (it owns the undo stack the command is on).
#include "model/ReviewDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace galley {

class RecoveredChangesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RecoveredChangesCommand)
public:
    RecoveredChangesCommand(ReviewDocument *document, Segmentation base, QHash<int, QString> baseCorrections,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ReviewDocument *m_document = nullptr;
    Segmentation m_base;
    QHash<int, QString> m_baseCorrections;
    Segmentation m_recovered;
    QHash<int, QString> m_recoveredCorrections;
    bool m_firstRedo = true;
};

} // namespace galley
