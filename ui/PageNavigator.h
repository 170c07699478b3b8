// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PageNavigator: the printed pages of the document under review ("Page 1" … "Page 10" for an issue,
// Page::printedPages()), the current one highlighted. Clicking a page (or Enter on it) asks to go
// there (pageActivated); the main window scrolls the raw page to it and reports back the page now
// shown with setCurrentPage(). A single-page document shows its one page. Reads the document only;
// never edits it. Each page's tool tip lists the headlines of the articles that start on it (kept
// current as the segmentation changes).
#include <QListWidget>
#include <QPointer>

namespace galley {

class ReviewDocument;

class PageNavigator : public QListWidget {
    Q_OBJECT
public:
    explicit PageNavigator(QWidget *parent = nullptr);

    /// Shows the printed pages of document (none for nullptr). The current page becomes the first.
    void setReviewDocument(ReviewDocument *document);
    /// Number of printed pages listed.
    int pageCount() const { return count(); }
    /// Index (into Page::printedPages(), 0 for a single page) of the page highlighted, -1 when none.
    int currentPage() const { return currentRow(); }
    /// Highlights page index without emitting pageActivated.
    void setCurrentPage(int index);

signals:
    /// The editor chose page index (click, Enter).
    void pageActivated(int index);

private:
    void updateToolTips();

    QPointer<ReviewDocument> m_document;
    bool m_setting = false;
};

} // namespace galley
