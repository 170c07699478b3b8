// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleDiffView: the original ↔ corrected view of one article (issue 9 item 5) — every piece in
// reading order with its role, the page's (wrap-repaired) text and the editor's corrections inline:
// deleted text struck through on red, inserted text underlined on green, pieces added by the editor
// all inserted. The diff is computed in the core (ArticleDiff / TextDiff); this widget only shows it.
// It follows edits and the article chosen with setArticle(); it renders only while visible.
// The ReviewDocument is not owned.
#include "model/ReviewDocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;

namespace galley {

class ArticleDiffView : public QWidget {
    Q_OBJECT
public:
    explicit ArticleDiffView(QWidget *parent = nullptr);
    void setReviewDocument(ReviewDocument *document);
    void setArticle(int articleId);
    int articleId() const { return m_articleId; }

    /// Renders now (it also follows edits after the event loop has run).
    void refresh();
    /// The view's HTML (tests): deletions in <s class="del">, insertions in <u class="ins">.
    QString html() const { return m_html; }
    QTextBrowser *browser() const { return m_browser; }
    /// Deleted and inserted runs shown, over all pieces.
    int deletions() const { return m_deletions; }
    int insertions() const { return m_insertions; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<ReviewDocument> m_document;
    int m_articleId = 0;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_later = nullptr;
    QString m_html;
    int m_deletions = 0;
    int m_insertions = 0;
};

} // namespace galley
