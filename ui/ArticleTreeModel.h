// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleTreeModel: the articles of a ReviewDocument and their pieces, as a two-level tree for the
// article panel. Top-level rows are the articles in page order, then one "Page furniture" row;
// their children are the pieces in reading order.
// Columns: 0 article headline / piece role and text, 1 review status / block number, 2 open flags.
// Drag and drop moves pieces between and inside articles through MovePiecesCommand (one undo step).
// Reads the document only; every change goes through the document's undo stack (DocumentActions).
// Not owning. After an edit the rows are brought to the document's segmentation one step at a time
// (beginRemoveRows / beginMoveRows / beginInsertRows, then dataChanged for the rows whose content
// changed) — never a reset, so the view keeps what is expanded, collapsed and selected. The rows
// are those of m_shown, the segmentation the view has been told about.
#include "model/ReviewDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

namespace galley {

class ArticleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, FlagColumn, ColumnCount };
    enum DataRole {
        PieceIdRole = Qt::UserRole + 1, ///< int, 0 for article rows
        ArticleIdRole,                  ///< int, the article (of a piece row too); 0 for furniture
        ArticleIndexRole,               ///< int, index in Segmentation::articles, -1 for furniture
        RoleNameRole,                   ///< QString roleName() of a piece row
    };
    static QString pieceMimeType() { return QStringLiteral("application/x-galley-piece-ids"); }

    explicit ArticleTreeModel(QObject *parent = nullptr);
    void setReviewDocument(ReviewDocument *document);
    ReviewDocument *reviewDocument() const { return m_document; }

    /// Index of row furnitureRow(): the furniture node.
    int furnitureRow() const;
    QModelIndex indexForArticle(int articleId, int column = 0) const;
    QModelIndex indexForPiece(int pieceId, int column = 0) const;
    static int pieceId(const QModelIndex &index) { return index.data(PieceIdRole).toInt(); }
    static int articleId(const QModelIndex &index) { return index.data(ArticleIdRole).toInt(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Pushes a MovePiecesCommand (queued, after the view has finished with the drop event).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // For the row sync (syncRows in the .cpp): one row at a time.
    void beginRemove(const QModelIndex &parent, int row);
    void endRemove();
    void beginInsert(const QModelIndex &parent, int row);
    void endInsert();
    void beginMove(const QModelIndex &parent, int from, int to);
    void endMove();

signals:
    /// The rows were brought up to date after an edit (the view may have lost its current row).
    void synced();

private:
    /// Brings the rows to the document's segmentation (on segmentationChanged).
    void sync();
    /// Row of the parent a piece row's internal id names; -1 if none.
    int rowOfParentKey(quintptr key) const;
    void updatePieceText(int pieceId);
    void updateArticleFlags(int articleId);
    const Piece *pieceAt(const QModelIndex &index) const;
    QString pieceLabel(const Piece &piece) const;

    QPointer<ReviewDocument> m_document;
    Segmentation m_shown;
    QHash<int, QString> m_shownCorrections; ///< the corrections when m_shown was last brought up to date
    mutable QHash<int, int> m_rowOfArticle; ///< article id → row in m_shown
    mutable bool m_rowOfArticleValid = false;
    QIcon m_articleIcon, m_flagIcon, m_correctionIcon;
};

} // namespace galley
