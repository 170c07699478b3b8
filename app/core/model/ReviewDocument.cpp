#include "ReviewDocument.h"

#include "segment/WrapRepair.h"

namespace galley {

ReviewDocument::ReviewDocument(Page page, Segmentation segmentation, QObject *parent)
    : QObject(parent)
    , m_page(std::move(page))
    , m_segmentation(std::move(segmentation))
{
}

QString ReviewDocument::rawPieceText(int pieceId) const
{
    const Piece *p = m_segmentation.piece(pieceId);
    return p ? m_page.textOf(p->span).toString() : QString();
}

QString ReviewDocument::repairedPieceText(int pieceId) const
{
    const Piece *p = m_segmentation.piece(pieceId);
    return p ? WrapRepair::repair(m_page.textOf(p->span), p->role) : QString();
}

QString ReviewDocument::pieceText(int pieceId) const
{
    auto it = m_corrections.constFind(pieceId);
    return it != m_corrections.cend() ? *it : repairedPieceText(pieceId);
}

QString ReviewDocument::roleText(int articleIndex, Role role) const
{
    if (articleIndex < 0 || articleIndex >= m_segmentation.articles.size())
        return QString();
    const Article &a = m_segmentation.articles[articleIndex];
    const int i = a.indexOfRole(role);
    return i < 0 ? QString() : pieceText(a.pieces[i].id);
}

QStringList ReviewDocument::paragraphs(int articleIndex) const
{
    QStringList out;
    if (articleIndex < 0 || articleIndex >= m_segmentation.articles.size())
        return out;
    for (const Piece &p : m_segmentation.articles[articleIndex].pieces) {
        if (!isBodyRole(p.role))
            continue;
        const QString text = pieceText(p.id);
        if (p.continuesParagraph && !out.isEmpty())
            out.last() = WrapRepair::joinFragments(out.last(), text);
        else
            out.append(text);
    }
    return out;
}

void ReviewDocument::setSegmentation(const Segmentation &segmentation)
{
    m_segmentation = segmentation;
    emit segmentationChanged();
}

void ReviewDocument::setCorrection(int pieceId, const std::optional<QString> &text)
{
    if (text)
        m_corrections.insert(pieceId, *text);
    else
        m_corrections.remove(pieceId);
    emit pieceTextChanged(pieceId);
}

void ReviewDocument::setCorrections(const QHash<int, QString> &corrections)
{
    m_corrections = corrections;
    emit segmentationChanged();
}

} // namespace galley
