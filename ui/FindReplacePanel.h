// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FindReplacePanel: find and replace over the corrected text (TextSearch in core), with regular
// expressions, case, whole word and a scope (current article or whole page). The preview lists
// every match with its text before and after; Replace All pushes one ReplaceAllCommand (one undo
// step). The raw page is never changed. The ReviewDocument is not owned.
#include "edit/TextSearch.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTimer;

namespace galley {

class FindReplacePanel : public QWidget {
    Q_OBJECT
public:
    explicit FindReplacePanel(QWidget *parent = nullptr);

    void setReviewDocument(ReviewDocument *document);
    /// The article searched with scope "Current article".
    void setCurrentArticle(int articleId);
    SearchOptions options() const;
    /// Focuses the find field (Ctrl+F) or the replace field (Ctrl+H).
    void focusFind();
    void focusReplace();

    /// Recomputes the preview now (it also follows typing after a short pause).
    void updatePreview();
    /// Pushes one ReplaceAllCommand; returns the number of pieces changed.
    int replaceAll();
    /// Replaces the selected match (the first if none is selected) with one ReplaceAllCommand (one
    /// undo step per replacement); then, with findNextAfter, selects the match after it. False if
    /// there was nothing to replace.
    bool replaceCurrent(bool findNextAfter = false);
    /// Selects the next (or previous) match in the preview and reports it; false if none.
    bool findNext(bool backwards = false);

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QComboBox *scopeBox() const { return m_scope; }
    QTreeWidget *preview() const { return m_preview; }
    QPushButton *replaceAllButton() const { return m_replaceAll; }
    QPushButton *replaceButton() const { return m_replaceOne; }
    QPushButton *replaceFindButton() const { return m_replaceFind; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// A match was chosen in the preview (or by findNext): the piece and its range in pieceText().
    void matchActivated(int pieceId, qsizetype start, qsizetype length);

private:
    void setReplaceEnabled(bool enabled);

    QPointer<ReviewDocument> m_document;
    int m_articleId = 0;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QComboBox *m_scope = nullptr;
    QTreeWidget *m_preview = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QPushButton *m_replaceOne = nullptr;
    QPushButton *m_replaceFind = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_delay = nullptr;
    QList<SearchMatch> m_matches;
};

} // namespace galley
