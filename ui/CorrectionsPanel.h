// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CorrectionsPanel: every text correction of the page in one list (CorrectionList in core) —
// where (article number and headline, role), the page's text and the corrected text around the
// change — with Revert for the selected one (one undo step each). Activating a row selects the
// piece everywhere (pieceActivated). Follows the document as it changes. Not owning the document.
#include "model/ReviewDocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace galley {

class CorrectionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { WhereColumn, OriginalColumn, CorrectedColumn, ColumnCount };

    explicit CorrectionsPanel(QWidget *parent = nullptr);
    void setReviewDocument(ReviewDocument *document);

    QTreeWidget *list() const { return m_list; }
    QPushButton *revertButton() const { return m_revert; }
    /// Rebuilds the list now (it also follows edits, after the event loop has run).
    void refresh();
    /// Reverts the correction of the current row (pushes one command); false if there is none.
    bool revertCurrent();

signals:
    void pieceActivated(int pieceId);

private:
    QPointer<ReviewDocument> m_document;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_later = nullptr;
};

} // namespace galley
