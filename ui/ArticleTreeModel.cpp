#include "ArticleTreeModel.h"

#include "ArticleColors.h"
#include "RoleIcons.h"
#include "edit/MovePiecesCommand.h"
#include "segment/ReasonText.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>

namespace galley {

namespace {
constexpr quintptr kArticleRow = 0;
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
    endResetModel();
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, this, &ArticleTreeModel::reset);
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

void ArticleTreeModel::reset()
{
    beginResetModel();
    endResetModel();
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
    return m_document ? int(m_document->segmentation().articles.size()) : -1;
}

QModelIndex ArticleTreeModel::indexForArticle(int articleId, int column) const
{
    if (!m_document)
        return {};
    const int a = m_document->segmentation().indexOfArticle(articleId);
    return a < 0 ? QModelIndex() : index(a, column);
}

QModelIndex ArticleTreeModel::indexForPiece(int pieceId, int column) const
{
    if (!m_document)
        return {};
    const auto [a, i] = m_document->segmentation().locatePiece(pieceId);
    if (i < 0)
        return {};
    const int parentRow = a < 0 ? furnitureRow() : a;
    return createIndex(i, column, quintptr(parentRow + 1));
}

QModelIndex ArticleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kArticleRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ArticleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kArticleRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kArticleRow);
}

int ArticleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    const Segmentation &seg = m_document->segmentation();
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
    const Segmentation &seg = m_document->segmentation();
    const int parentRow = int(index.internalId() - 1);
    const QList<Piece> &pieces = parentRow < seg.articles.size() ? seg.articles[parentRow].pieces : seg.furniture;
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
    const Segmentation &seg = m_document->segmentation();
    const bool isArticleRow = index.internalId() == kArticleRow;
    const int articleIndex = isArticleRow ? index.row() : int(index.internalId() - 1);
    const bool furniture = articleIndex >= seg.articles.size();
    const Article *article = furniture ? nullptr : &seg.articles[articleIndex];

    switch (role) {
    case PieceIdRole: {
        const Piece *p = pieceAt(index);
        return p ? p->id : 0;
    }
    case ArticleIdRole:
        return article ? article->id : 0;
    case ArticleIndexRole:
        return furniture ? -1 : articleIndex;
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
                    return tr("Page furniture (%n piece(s))", nullptr, int(seg.furniture.size()));
                const QString headline = m_document->headline(articleIndex);
                const QString title = headline.isEmpty() ? tr("(no headline)") : excerpt(headline, 80);
                return tr("%1. %2").arg(articleIndex + 1).arg(title);
            }
            if (role == Qt::DecorationRole)
                return ArticleColors::band(furniture ? -1 : articleIndex, darkPalette());
            if (role == Qt::FontRole && !furniture) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case StatusColumn:
            if (!article)
                break;
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return reviewStatusDisplayName(article->status);
            if (role == Qt::DecorationRole)
                return RoleIcons::status(article->status);
            break;
        case FlagColumn: {
            if (!article)
                break;
            const int open = article->openFlagCount();
            if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && open > 0)
                return open;
            if (role == Qt::DecorationRole && open > 0)
                return RoleIcons::flag();
            if (role == Qt::ToolTipRole && open > 0) {
                QStringList reasons;
                for (const Flag &f : article->flags)
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
        if (article) {
            QStringList reasons;
            for (const Flag &f : article->flags)
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
            doc->undoStack()->push(new MovePiecesCommand(doc, ids, target, targetIndex));
    }, Qt::QueuedConnection);
    return true; // the model has no removeRows(): the command itself moves the pieces
}

} // namespace galley
