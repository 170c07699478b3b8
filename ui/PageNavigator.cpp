// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageNavigator.h"

#include "model/ReviewDocument.h"

namespace galley {

PageNavigator::PageNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Pages"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_setting && row >= 0)
            emit pageActivated(row);
    });
}

void PageNavigator::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_setting = true;
    clear();
    if (document) {
        const Page &page = document->page();
        if (page.printedPages().isEmpty()) {
            addItem(tr("Page %1").arg(page.pageNumber()));
        } else {
            for (const PrintedPage &pp : page.printedPages())
                addItem(tr("Page %1").arg(pp.number));
        }
        setCurrentRow(0);
        updateToolTips();
        connect(document, &ReviewDocument::segmentationChanged, this, &PageNavigator::updateToolTips);
    }
    m_setting = false;
}

void PageNavigator::updateToolTips()
{
    if (!m_document)
        return;
    // Each page's tool tip: the headlines of the articles that start on it, in order.
    QList<QStringList> headlines(count());
    const Segmentation &seg = m_document->segmentation();
    for (int a = 0; a < seg.articles.size(); ++a) {
        if (seg.articles[a].pieces.isEmpty())
            continue;
        const int page = m_document->page().printedPageAt(seg.articles[a].pieces.first().span.start);
        const QString headline = m_document->headline(a).simplified();
        if (page >= 0 && page < headlines.size())
            headlines[page].append(headline.isEmpty() ? tr("(no headline)") : headline);
    }
    for (int i = 0; i < count(); ++i)
        item(i)->setToolTip(headlines[i].isEmpty() ? tr("No article starts on this page") : headlines[i].join(u'\n'));
}

void PageNavigator::setCurrentPage(int index)
{
    if (index == currentRow() || index < 0 || index >= count())
        return;
    m_setting = true;
    setCurrentRow(index);
    scrollToItem(item(index));
    m_setting = false;
}

} // namespace galley
