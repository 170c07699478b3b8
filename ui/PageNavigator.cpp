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
    }
    m_setting = false;
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
