// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleTreeModel.h"

#include "edit/DocumentActions.h"

#include "ArticleColors.h"
#include "RoleIcons.h"
#include "segment/ReasonText.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <QSet>

namespace galley {

namespace {
constexpr quintptr kArticleRow = 0;
// A piece row's internal id names its parent by something that does not move: the article's id + 1,
// or kFurnitureParent. (A row number would go stale when rows are inserted above.)
constexpr quintptr kFurnitureParent = ~quintptr(0);
quintptr parentKey(const Article *article) { return article ? quintptr(article->id) + 1 : kFurnitureParent; }

int idOf(const Article &a) { return a.id; }
int idOf(const Piece &p) { return p.id; }

// Brings the rows under parent from shown to target one step at a time, each inside its
// begin/end call: rows not in target removed, then each row of target moved up to its place or
// inserted (with its children). Rows are matched by id; a row kept keeps its own children.
template <typename T, typename Model>
void syncRows(Model *model, const QModelIndex &parent, QList<T> &shown, const QList<T> &target)
{
    QSet<int> wanted;
    for (const T &t : target)
        wanted.insert(idOf(t));
    for (int i = int(shown.size()) - 1; i >= 0; --i) {
        if (wanted.contains(idOf(shown[i])))
            continue;
        model->beginRemove(parent, i);
        shown.removeAt(i);
        model->endRemove();
    }
    for (int i = 0; i < target.size(); ++i) {
        if (i < shown.size() && idOf(shown[i]) == idOf(target[i]))
            continue;
        int j = i + 1;
        while (j < shown.size() && idOf(shown[j]) != idOf(target[i]))
            ++j;
        if (j < shown.size()) {
            model->beginMove(parent, j, i);
            shown.move(j, i);
            model->endMove();
        } else {
            model->beginInsert(parent, i);
            shown.insert(i, target[i]);
            model->endInsert();
        }
    }
}
QString excerpt(QString text, int max)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (text.size() > max)
        text = text.left(max) + QChar(0x2026);
    return text;
}
bool darkPalette()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Base).lightness() < p.color(QPalette::Text).lightness();
}
} // namespace

ArticleTreeModel::ArticleTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ArticleTreeModel::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_shown = document ? document->segmentation() : Segmentation();
    m_shownCorrections = document ? document->corrections() : QHash<int, QString>();
    m_rowOfArticleValid = false;
    endResetModel();
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, this, &ArticleTreeModel::sync);
        connect(document, &ReviewDocument::pieceTextChanged, this, &ArticleTreeModel::updatePieceText);
        connect(document, &ReviewDocument::flagsChanged, this, &ArticleTreeModel::updateArticleFlags);
    }
}

void ArticleTreeModel::updateArticleFlags(int articleId)
{
    const QModelIndex a = indexForArticle(articleId);
    if (!a.isValid())
        return;
    emit dataChanged(a, a.siblingAtColumn(ColumnCount - 1));
    const int n = rowCount(a);
    if (n > 0)
        emit dataChanged(index(0, 0, a), index(n - 1, ColumnCount - 1, a));
}

void ArticleTreeModel::sync()
{
    if (!m_document)
        return;
    const Segmentation &target = m_document->segmentation();
    const Segmentation old = m_shown;
    const bool orderChanged = [&] {
        if (old.articles.size() != target.articles.size())
            return true;
        for (int a = 0; a < target.articles.size(); ++a)
            if (old.articles[a].id != target.articles[a].id)
                return true;
        return false;
    }();
    syncRows(this, QModelIndex(), m_shown.articles, target.articles);
    for (int a = 0; a < target.articles.size(); ++a)
        syncRows(this, index(a, 0), m_shown.articles[a].pieces, target.articles[a].pieces);
    syncRows(this, index(furnitureRow(), 0), m_shown.furniture, target.furniture);
    m_shown = target; // the same rows now; roles, statuses, flags and joins as the document has them
    m_rowOfArticleValid = false;

    // Rows whose content changed; every article's number when articles came, went or moved.
    QHash<int, const Article *> before;
    for (const Article &a : old.articles)
        before.insert(a.id, &a);
    const int last = ColumnCount - 1;
    for (int a = 0; a < m_shown.articles.size(); ++a) {
        const Article &now = m_shown.articles[a];
        const Article *was = before.value(now.id);
        if (was && *was == now && !orderChanged)
            continue;
        emit dataChanged(index(a, 0), index(a, last));
        if (const int n = int(now.pieces.size()); n > 0 && !(was && *was == now))
            emit dataChanged(index(0, 0, index(a, 0)), index(n - 1, last, index(a, 0)));
    }
    // Corrections set in bulk (replace all, undo of it) change texts without changing the rows.
    if (!(m_shownCorrections == m_document->corrections())) {
        m_shownCorrections = m_document->corrections();
        for (int a = 0; a < m_shown.articles.size(); ++a)
            if (const int n = int(m_shown.articles[a].pieces.size()); n > 0)
                emit dataChanged(index(0, 0, index(a, 0)), index(n - 1, last, index(a, 0)));
        if (m_shown.articles.size() > 0)
            emit dataChanged(index(0, 0), index(int(m_shown.articles.size()) - 1, last));
    }
    const QModelIndex furniture = index(furnitureRow(), 0);
    emit dataChanged(furniture, furniture.siblingAtColumn(last));
    if (const int n = int(m_shown.furniture.size()); n > 0 && !(old.furniture == m_shown.furniture))
        emit dataChanged(index(0, 0, furniture), index(n - 1, last, furniture));
    emit synced();
}

void ArticleTreeModel::beginRemove(const QModelIndex &parent, int row)
{
    beginRemoveRows(parent, row, row);
}

void ArticleTreeModel::endRemove()
{
    m_rowOfArticleValid = false;
    endRemoveRows();
}

void ArticleTreeModel::beginInsert(const QModelIndex &parent, int row)
{
    beginInsertRows(parent, row, row);
}

void ArticleTreeModel::endInsert()
{
    m_rowOfArticleValid = false;
    endInsertRows();
}

void ArticleTreeModel::beginMove(const QModelIndex &parent, int from, int to)
{
    beginMoveRows(parent, from, from, parent, to);
}

void ArticleTreeModel::endMove()
{
    m_rowOfArticleValid = false;
    endMoveRows();
}

int ArticleTreeModel::rowOfParentKey(quintptr key) const
{
    if (key == kFurnitureParent)
        return furnitureRow();
    if (!m_rowOfArticleValid) {
        m_rowOfArticle.clear();
        for (int a = 0; a < m_shown.articles.size(); ++a)
            m_rowOfArticle.insert(m_shown.articles[a].id, a);
        m_rowOfArticleValid = true;
    }
    return m_rowOfArticle.value(int(key - 1), -1);
}

void ArticleTreeModel::updatePieceText(int pieceId)
{
    const QModelIndex i = indexForPiece(pieceId);
    if (!i.isValid())
        return;
    emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
    // The article row shows the headline.
    const QModelIndex a = i.parent();
    if (a.isValid())
        emit dataChanged(a, a);
}

int ArticleTreeModel::furnitureRow() const
{
    return m_document ? int(m_shown.articles.size()) : -1;
}

QModelIndex ArticleTreeModel::indexForArticle(int articleId, int column) const
{
    if (!m_document)
        return {};
    const int a = m_shown.indexOfArticle(articleId);
    return a < 0 ? QModelIndex() : index(a, column);
}

QModelIndex ArticleTreeModel::indexForPiece(int pieceId, int column) const
{
    if (!m_document)
        return {};
    const auto [a, i] = m_shown.locatePiece(pieceId);
    if (i < 0)
        return {};
    return createIndex(i, column, parentKey(a < 0 ? nullptr : &m_shown.articles[a]));
}

QModelIndex ArticleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kArticleRow);
    return createIndex(row, column, parentKey(parent.row() < m_shown.articles.size() ? &m_shown.articles[parent.row()] : nullptr));
}

QModelIndex ArticleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kArticleRow)
        return {};
    const int row = rowOfParentKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, kArticleRow);
}

int ArticleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    const Segmentation &seg = m_shown;
    if (!parent.isValid())
        return int(seg.articles.size()) + 1;
    if (parent.internalId() != kArticleRow || parent.column() != 0)
        return 0;
    if (parent.row() < seg.articles.size())
        return int(seg.articles[parent.row()].pieces.size());
    return int(seg.furniture.size());
}

int ArticleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Piece *ArticleTreeModel::pieceAt(const QModelIndex &index) const
{
    if (!m_document || !index.isValid() || index.internalId() == kArticleRow)
        return nullptr;
    const int parentRow = rowOfParentKey(index.internalId());
    if (parentRow < 0)
        return nullptr;
    const QList<Piece> &pieces = parentRow < m_shown.articles.size() ? m_shown.articles[parentRow].pieces : m_shown.furniture;
    return index.row() < pieces.size() ? &pieces[index.row()] : nullptr;
}

QString ArticleTreeModel::pieceLabel(const Piece &piece) const
{
    return excerpt(m_document->pieceText(piece.id), 60);
}

QVariant ArticleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid())
        return {};
    const Segmentation &seg = m_shown;
    const bool isArticleRow = index.internalId() == kArticleRow;
    const int articleIndex = isArticleRow ? index.row() : rowOfParentKey(index.internalId());
    if (articleIndex < 0)
        return {};
    const bool furniture = articleIndex >= seg.articles.size();
    const Article *article = furniture ? nullptr : &seg.articles[articleIndex];
    // Numbers and colours follow the article's place in the document, not the row: while rows are
    // being brought up to date they already show the final state (and a row's data does not change
    // because a row above it came or went).
    const int documentIndex = article ? m_document->segmentation().indexOfArticle(article->id) : -1;
    // Status and flags as they are now: a correction re-checks flags without a structure change.
    const Article *live = documentIndex >= 0 ? &m_document->segmentation().articles[documentIndex] : nullptr;

    switch (role) {
    case PieceIdRole: {
        const Piece *p = pieceAt(index);
        return p ? p->id : 0;
    }
    case ArticleIdRole:
        return article ? article->id : 0;
    case ArticleIndexRole:
        return documentIndex;
    case RoleNameRole: {
        const Piece *p = pieceAt(index);
        return p ? roleName(p->role) : QString();
    }
    default:
        break;
    }

    if (isArticleRow) {
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
                if (furniture)
                    return tr("Page furniture (%n piece(s))", nullptr, int(m_document->segmentation().furniture.size()));
                const QString headline = m_document->headline(documentIndex);
                const QString title = headline.isEmpty() ? tr("(no headline)") : excerpt(headline, 80);
                return tr("%1. %2").arg(documentIndex + 1).arg(title);
            }
            if (role == Qt::DecorationRole)
                return ArticleColors::band(documentIndex, darkPalette());
            if (role == Qt::FontRole && !furniture) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case StatusColumn:
            if (!live)
                break;
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return reviewStatusDisplayName(live->status);
            if (role == Qt::DecorationRole)
                return RoleIcons::status(live->status);
            break;
        case FlagColumn: {
            if (!live)
                break;
            const int open = live->openFlagCount();
            if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && open > 0)
                return open;
            if (role == Qt::DecorationRole && open > 0)
                return RoleIcons::flag();
            if (role == Qt::ToolTipRole && open > 0) {
                QStringList reasons;
                for (const Flag &f : live->flags)
                    if (f.isOpen())
                        reasons << reasonDisplay(f.reason);
                return reasons.join(QLatin1Char('\n'));
            }
            break;
        }
        default:
            break;
        }
        return {};
    }

    const Piece *piece = pieceAt(index);
    if (!piece)
        return {};
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1: %2").arg(roleDisplayName(piece->role), pieceLabel(*piece));
        if (role == Qt::DecorationRole)
            return RoleIcons::role(piece->role);
        if (role == Qt::ToolTipRole) {
            QString tip = roleDisplayName(piece->role);
            if (!piece->reasons.isEmpty())
                tip += QLatin1Char('\n') + reasonDisplay(piece->reasons).join(QLatin1Char('\n'));
            return tip;
        }
        if (role == Qt::FontRole && m_document->hasCorrection(piece->id)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const auto &blocks = m_document->page().blocks();
            QString text = piece->block >= 0 && piece->block < blocks.size()
                ? tr("block %1").arg(blocks[piece->block].number) : tr("added");
            if (piece->continuesParagraph)
                text += QStringLiteral(" ↩");
            return text;
        }
        if (role == Qt::DecorationRole && m_document->hasCorrection(piece->id))
            return RoleIcons::correction();
        if (role == Qt::ToolTipRole && m_document->hasCorrection(piece->id))
            return tr("Corrected by the editor");
        break;
    case FlagColumn:
        if (live) {
            QStringList reasons;
            for (const Flag &f : live->flags)
                if (f.pieceId == piece->id && f.isOpen())
                    reasons << reasonDisplay(f.reason);
            if (reasons.isEmpty())
                break;
            if (role == Qt::DecorationRole)
                return RoleIcons::flag();
            if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
                return reasons.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Article / piece");
    case StatusColumn: return tr("Status");
    case FlagColumn: return tr("Flags");
    default: return {};
    }
}

Qt::ItemFlags ArticleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kArticleRow) {
        if (index.row() != furnitureRow())
            f |= Qt::ItemIsDropEnabled;
    } else {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    }
    return f;
}

QStringList ArticleTreeModel::mimeTypes() const
{
    return {pieceMimeType()};
}

QMimeData *ArticleTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> ids;
    for (const QModelIndex &i : indexes)
        if (i.column() == 0 && pieceId(i) && !ids.contains(pieceId(i)))
            ids.append(pieceId(i));
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    data->setData(pieceMimeType(), bytes);
    return data;
}

Qt::DropActions ArticleTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ArticleTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ArticleTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    if (!m_document || !data || !data->hasFormat(pieceMimeType()) || action != Qt::MoveAction)
        return false;
    // Onto an article row, between the pieces of an article, or onto a piece (before it).
    return parent.isValid() && articleId(parent) != 0;
}

bool ArticleTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> ids;
    QDataStream in(data->data(pieceMimeType()));
    in >> ids;
    if (ids.isEmpty())
        return false;
    int target = articleId(parent);
    int targetIndex = row;
    if (parent.internalId() != kArticleRow) {
        // Dropped onto a piece: before that piece.
        targetIndex = parent.row();
    }
    QPointer<ReviewDocument> doc = m_document;
    // Queued: the view still works with its indexes while the drop event is handled.
    QMetaObject::invokeMethod(this, [doc, ids, target, targetIndex] {
        if (doc)
            DocumentActions(doc).movePieces(ids, target, targetIndex);
    }, Qt::QueuedConnection);
    return true; // the model has no removeRows(): the command itself moves the pieces
}

} // namespace galley
