// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SelectionSync: keeps the selection the same in the review desk's views — the article tree (its
// current row is the truth), the raw page (RawPageView::setCurrentPiece), the page image
// (PageImageView::setCurrentPiece) and the article editor (ArticleEditor::setArticle, the body's
// cursor) — and the find panel's current article.
// Holds the current piece and article (ids; 0 for none). After an edit the tree's rows are updated
// in place (ArticleTreeModel::synced) and restore() follows the current row, or selects the piece
// or article again when its row went away. Not owning; lives as long as the window's views.
#include <QList>
#include <QObject>

class QTreeView;

namespace galley {

class ArticleEditor;
class ArticleTreeModel;
class FindReplacePanel;
class PageImageView;
class RawPageView;
class ReviewDocument;

class SelectionSync : public QObject {
    Q_OBJECT
public:
    SelectionSync(QTreeView *tree, ArticleTreeModel *model, RawPageView *raw, PageImageView *image, ArticleEditor *editor,
                  FindReplacePanel *find, QObject *parent = nullptr);

    /// The document the views show (nullptr: none); forgets the current piece and article.
    void setDocument(ReviewDocument *document);
    int currentPiece() const { return m_currentPiece; }
    int currentArticle() const { return m_currentArticle; }
    /// True while the views are being brought in line (their own change signals are echoes then).
    bool isSyncing() const { return m_syncing; }

    /// Selects a piece everywhere (its article expanded in the tree).
    void selectPiece(int pieceId);
    /// Selects an article everywhere (expanded in the tree).
    void selectArticle(int articleId);
    /// After the rows changed: follows the current row, else selects the current piece, the current
    /// article or the first article again.
    void restore();
    /// Pieces selected in the tree (or the raw page's text selection when it has the focus).
    QList<int> selectedPieces() const;
    /// Articles selected in the tree (article rows, or the articles of selected pieces).
    QList<int> selectedArticles() const;

signals:
    /// The current piece or article changed (or was confirmed after an edit).
    void currentChanged();

private:
    void onTreeCurrentChanged();

    QTreeView *m_tree;
    ArticleTreeModel *m_model;
    RawPageView *m_raw;
    PageImageView *m_image;
    ArticleEditor *m_editor;
    FindReplacePanel *m_find;
    ReviewDocument *m_document = nullptr;
    int m_currentPiece = 0;
    int m_currentArticle = 0;
    bool m_syncing = false;
};

} // namespace galley
