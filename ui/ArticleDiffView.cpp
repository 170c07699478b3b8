// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleDiffView.h"

#include "review/TextDiff.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace galley {

ArticleDiffView::ArticleDiffView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Original and corrected text of the article"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Differences"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, &ArticleDiffView::refresh);
}

void ArticleDiffView::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, m_later, qOverload<>(&QTimer::start));
        connect(document, &ReviewDocument::pieceTextChanged, m_later, qOverload<>(&QTimer::start));
    }
    m_later->start();
}

void ArticleDiffView::setArticle(int articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    m_later->start();
}

void ArticleDiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_later->start();
}

void ArticleDiffView::refresh()
{
    m_later->stop();
    m_deletions = m_insertions = 0;
    const QList<PieceDiff> pieces = m_document ? ArticleDiff::forArticle(*m_document, m_articleId) : QList<PieceDiff>{};
    if (pieces.isEmpty()) {
        m_title->setText(tr("No article chosen."));
        m_html.clear();
        m_browser->clear();
        return;
    }
    const Segmentation &seg = m_document->segmentation();
    int index = 0;
    while (index < seg.articles.size() && seg.articles[index].id != m_articleId)
        ++index;
    int corrected = 0;
    QString html = QStringLiteral("<html><body>");
    for (const PieceDiff &p : pieces) {
        corrected += p.corrected || p.editorPiece ? 1 : 0;
        html += QStringLiteral("<p><span style=\"color:#666666\">[%1]</span> ").arg(roleDisplayName(p.role).toHtmlEscaped());
        for (const DiffRun &r : p.runs) {
            QString text = r.text.toHtmlEscaped();
            text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
            switch (r.kind) {
            case DiffRun::Kind::Same:
                html += text;
                break;
            case DiffRun::Kind::Deleted:
                ++m_deletions;
                html += QStringLiteral("<s class=\"del\" style=\"color:#a00000; background-color:#ffd8d8\">%1</s>").arg(text);
                break;
            case DiffRun::Kind::Inserted:
                ++m_insertions;
                html += QStringLiteral("<u class=\"ins\" style=\"color:#006000; background-color:#d8f5d8\">%1</u>").arg(text);
                break;
            }
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    m_title->setText(tr("Article %1 — %2: %n piece(s) corrected; struck through: the page's text, underlined: the correction.",
                        nullptr, corrected)
                         .arg(index + 1)
                         .arg(m_document->headline(index).left(60)));
    m_html = html;
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html);
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace galley
