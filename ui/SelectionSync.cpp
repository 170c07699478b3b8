// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectionSync.h"

#include "ArticleEditor.h"
#include "ArticleTreeModel.h"
#include "FindReplacePanel.h"
#include "PageImageView.h"
#include "ParagraphEditor.h"
#include "RawPageView.h"
#include "model/ReviewDocument.h"

#include <QTreeView>

namespace galley {

SelectionSync::SelectionSync(QTreeView *tree, ArticleTreeModel *model, RawPageView *raw, PageImageView *image,
                             ArticleEditor *editor, FindReplacePanel *find, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_model(model)
    , m_raw(raw)
    , m_image(image)
    , m_editor(editor)
    , m_find(find)
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SelectionSync::onTreeCurrentChanged);
}

void SelectionSync::setDocument(ReviewDocument *document)
{
    m_document = document;
    m_currentPiece = 0;
    m_currentArticle = 0;
}

void SelectionSync::selectPiece(int pieceId)
{
    if (!m_document || m_syncing)
        return;
    const QModelIndex index = m_model->indexForPiece(pieceId);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void SelectionSync::selectArticle(int articleId)
{
    if (!m_document)
        return;
    const QModelIndex index = m_model->indexForArticle(articleId);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->expand(index);
    m_tree->scrollTo(index);
}

void SelectionSync::onTreeCurrentChanged()
{
    if (!m_document)
        return;
    const QModelIndex cur = m_tree->currentIndex();
    const int pieceId = ArticleTreeModel::pieceId(cur);
    const int articleId = ArticleTreeModel::articleId(cur);
    m_currentPiece = pieceId;
    if (articleId)
        m_currentArticle = articleId;
    m_syncing = true;
    if (articleId)
        m_editor->setArticle(articleId);
    m_find->setCurrentArticle(m_currentArticle);
    if (pieceId) {
        m_raw->setCurrentPiece(pieceId, true);
        m_image->setCurrentPiece(pieceId, true);
        if (!m_editor->body()->hasFocus())
            m_editor->body()->moveToPiece(pieceId);
    } else if (articleId) {
        const int a = m_document->segmentation().indexOfArticle(articleId);
        const auto &pieces = m_document->segmentation().articles[a].pieces;
        m_raw->setCurrentPiece(pieces.isEmpty() ? 0 : pieces.first().id, true);
        m_image->setCurrentPiece(pieces.isEmpty() ? 0 : pieces.first().id, true);
    }
    m_syncing = false;
    emit currentChanged();
}

void SelectionSync::restore()
{
    if (!m_document)
        return;
    const int piece = m_currentPiece;
    const int article = m_currentArticle;
    // Rows updated in place (ArticleTreeModel::synced): the current row moved with its piece or
    // article; the views only need to follow what it shows now.
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && ArticleTreeModel::pieceId(current) == piece
        && (piece || ArticleTreeModel::articleId(current) == article)) {
        onTreeCurrentChanged();
        return;
    }
    m_currentPiece = 0;
    if (piece && m_model->indexForPiece(piece).isValid())
        selectPiece(piece);
    else if (article && m_model->indexForArticle(article).isValid())
        selectArticle(article);
    else if (!m_document->segmentation().articles.isEmpty())
        selectArticle(m_document->segmentation().articles.first().id);
    emit currentChanged();
}

QList<int> SelectionSync::selectedPieces() const
{
    QList<int> ids;
    if (!m_document)
        return ids;
    // A text selection on the raw page, when the page has the focus: the pieces it touches.
    if (m_raw->hasFocus() && m_raw->textCursor().hasSelection()) {
        const qsizetype from = m_raw->textCursor().selectionStart();
        const qsizetype to = m_raw->textCursor().selectionEnd();
        const auto &entries = m_raw->pieceMap().entries();
        for (qsizetype i = m_raw->pieceMap().firstEndingAfter(from); i < entries.size() && entries[i].span.start < to; ++i)
            if (entries[i].span.end > from)
                ids.append(entries[i].pieceId);
        if (!ids.isEmpty())
            return ids;
    }
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows)
        if (const int id = ArticleTreeModel::pieceId(i))
            ids.append(id);
    if (ids.isEmpty() && m_currentPiece)
        ids.append(m_currentPiece);
    return ids;
}

QList<int> SelectionSync::selectedArticles() const
{
    QList<int> ids;
    if (!m_document)
        return ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows) {
        const int id = ArticleTreeModel::articleId(i);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty() && m_currentArticle)
        ids.append(m_currentArticle);
    return ids;
}

} // namespace galley
