// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionsPanel.h"

#include "edit/DocumentActions.h"

#include "RoleIcons.h"
#include "review/CorrectionList.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace galley {

namespace {
constexpr int kPieceIdRole = Qt::UserRole + 1;
}

CorrectionsPanel::CorrectionsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("correctionsList"));
    m_list->setAccessibleName(tr("Text corrections"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Where"), tr("Page text"), tr("Corrected")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(OriginalColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CorrectedColumn, QHeaderView::Stretch);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("correctionsRevert"));
    m_revert->setAccessibleName(tr("Revert the selected correction"));
    m_revert->setToolTip(tr("Back to the page text (one undo step)"));
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Number of corrections"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, &CorrectionsPanel::refresh);
    connect(m_revert, &QPushButton::clicked, this, &CorrectionsPanel::revertCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_revert->setEnabled(item != nullptr);
        if (item)
            emit pieceActivated(item->data(WhereColumn, kPieceIdRole).toInt());
    });
    refresh();
}

void CorrectionsPanel::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, m_later, qOverload<>(&QTimer::start));
        connect(document, &ReviewDocument::pieceTextChanged, m_later, qOverload<>(&QTimer::start));
    }
    refresh();
}

void CorrectionsPanel::refresh()
{
    const int current = m_list->currentItem() ? m_list->currentItem()->data(WhereColumn, kPieceIdRole).toInt() : 0;
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QList<CorrectionEntry> entries = m_document ? CorrectionList::entries(*m_document) : QList<CorrectionEntry>();
    QTreeWidgetItem *select = nullptr;
    for (const CorrectionEntry &e : entries) {
        const QString article = e.articleIndex < 0 ? tr("Furniture") : tr("Article %1").arg(e.articleIndex + 1);
        QString headline = e.articleIndex >= 0 ? m_document->headline(e.articleIndex) : QString();
        if (headline.size() > 16)
            headline = headline.left(15) + QStringLiteral("…");
        const QString where = headline.isEmpty() ? tr("%1 · %2").arg(article, roleDisplayName(e.role))
                                                 : tr("%1 «%2» · %3").arg(article, headline, roleDisplayName(e.role));
        const auto [before, after] = CorrectionList::changedExcerpt(e.original, e.corrected);
        auto *item = new QTreeWidgetItem(m_list, {where, e.editorPiece ? tr("(added by the editor)") : before, after});
        item->setData(WhereColumn, kPieceIdRole, e.pieceId);
        item->setIcon(WhereColumn, RoleIcons::role(e.role));
        item->setToolTip(OriginalColumn, e.original);
        item->setToolTip(CorrectedColumn, e.corrected);
        if (e.pieceId == current)
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);
    m_revert->setEnabled(m_list->currentItem() != nullptr);
    m_summary->setText(tr("%n correction(s)", nullptr, int(entries.size())));
}

bool CorrectionsPanel::revertCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_document || !item)
        return false;
    if (!DocumentActions(m_document).revertCorrection(item->data(WhereColumn, kPieceIdRole).toInt()))
        return false;
    refresh();
    return true;
}

} // namespace galley
