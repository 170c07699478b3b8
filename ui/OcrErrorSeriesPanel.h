// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OcrErrorSeriesPanel: the error-series view of OCR suspects (issue 9 item 6, as PoCoTo's error
// series): every suspect form with its suggestion and count (OcrSuspects in core decides what is
// a suspect), and for the chosen series every occurrence with its context, each with a check box.
// Fix Selected replaces the checked occurrences with the replacement text (the suggestion unless
// the editor types another) as ONE ReplaceAllCommand, one undo step. Choosing an occurrence selects
// its piece everywhere (pieceActivated). Follows the document while visible; not owning it.
#include "model/ReviewDocument.h"
#include "review/OcrSuspects.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace galley {

class OcrErrorSeriesPanel : public QWidget {
    Q_OBJECT
public:
    explicit OcrErrorSeriesPanel(QWidget *parent = nullptr);
    void setReviewDocument(ReviewDocument *document);

    /// Recomputes the suspects now (it also follows edits after the event loop has run).
    void refresh();
    /// Chooses a series by its row in seriesList().
    void chooseSeries(int row);
    /// Checks (or unchecks) every occurrence of the chosen series.
    void setAllChecked(bool checked);
    /// Replaces the checked occurrences in one step; returns how many were replaced.
    int fixChecked();

    QTreeWidget *seriesList() const { return m_series; }
    QTreeWidget *occurrenceList() const { return m_occurrences; }
    QLineEdit *replacementEdit() const { return m_replacement; }
    QPushButton *fixButton() const { return m_fix; }
    const QList<OcrErrorSeries> &series() const { return m_data; }

signals:
    void pieceActivated(int pieceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillOccurrences();

    QPointer<ReviewDocument> m_document;
    QList<OcrErrorSeries> m_data;
    int m_chosen = -1;
    QLabel *m_note = nullptr;
    QTreeWidget *m_series = nullptr;
    QTreeWidget *m_occurrences = nullptr;
    QLineEdit *m_replacement = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_fix = nullptr;
    QTimer *m_later = nullptr;
};

} // namespace galley
