// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDocument.h"

#include "ArticleRenderer.h"

#include "review/FlagChecker.h"
#include "segment/WrapRepair.h"

namespace galley {

ReviewDocument::ReviewDocument(Page page, Segmentation segmentation, QObject *parent)
    : QObject(parent)
    , m_page(std::move(page))
    , m_segmentation(std::move(segmentation))
{
    refreshFlags();
}

QString ReviewDocument::rawPieceText(int pieceId) const
{
    const Piece *p = findPiece(pieceId);
    return p ? m_page.textOf(p->span).toString() : QString();
}

QString ReviewDocument::repairedPieceText(int pieceId) const
{
    const Piece *p = findPiece(pieceId);
    return p ? WrapRepair::repair(m_page.textOf(p->span), p->role) : QString();
}

QString ReviewDocument::pieceText(int pieceId) const
{
    auto it = m_corrections.constFind(pieceId);
    return it != m_corrections.cend() ? *it : repairedPieceText(pieceId);
}

QString ReviewDocument::roleText(int articleIndex, Role role) const
{
    return ArticleRenderer::field(*this, articleIndex, role);
}

QStringList ReviewDocument::paragraphs(int articleIndex) const
{
    return ArticleRenderer::render(*this, articleIndex).paragraphs;
}

const Piece *ReviewDocument::findPiece(int pieceId) const
{
    if (!m_pieceIndexValid) {
        m_pieceIndex.clear();
        for (int a = 0; a < m_segmentation.articles.size(); ++a)
            for (int i = 0; i < m_segmentation.articles[a].pieces.size(); ++i)
                m_pieceIndex.insert(m_segmentation.articles[a].pieces[i].id, {a, i});
        for (int i = 0; i < m_segmentation.furniture.size(); ++i)
            m_pieceIndex.insert(m_segmentation.furniture[i].id, {-1, i});
        m_pieceIndexValid = true;
    }
    const auto it = m_pieceIndex.constFind(pieceId);
    if (it == m_pieceIndex.cend())
        return nullptr;
    return it->first < 0 ? &m_segmentation.furniture[it->second] : &m_segmentation.articles[it->first].pieces[it->second];
}

bool ReviewDocument::refreshArticleFlags(int a)
{
    const Article &article = std::as_const(m_segmentation.articles)[a];
    QList<int> flipped;
    for (int f = 0; f < article.flags.size(); ++f)
        if (FlagChecker::isFixed(*this, article, article.flags[f]) != article.flags[f].fixed)
            flipped.append(f);
    if (flipped.isEmpty())
        return false;
    QList<Flag> &flags = m_segmentation.articles[a].flags; // detaches: the reads above are done
    for (int f : flipped)
        flags[f].fixed = !flags[f].fixed;
    return true;
}

void ReviewDocument::refreshFlags()
{
    for (int a = 0; a < m_segmentation.articles.size(); ++a)
        refreshArticleFlags(a);
}

void ReviewDocument::setSegmentation(const Segmentation &segmentation)
{
    // Only the articles the edit changed need a new look (a 900-article page, every keystroke).
    QHash<int, int> oldIndex;
    for (int a = 0; a < m_segmentation.articles.size(); ++a)
        oldIndex.insert(m_segmentation.articles[a].id, a);
    const Segmentation old = m_segmentation;
    m_segmentation = segmentation;
    m_pieceIndexValid = false;
    for (int a = 0; a < m_segmentation.articles.size(); ++a) {
        const int o = oldIndex.value(m_segmentation.articles[a].id, -1);
        if (o < 0 || !(old.articles[o] == m_segmentation.articles[a]))
            refreshArticleFlags(a);
    }
    emit segmentationChanged();
}

void ReviewDocument::setCorrection(int pieceId, const std::optional<QString> &text)
{
    if (text)
        m_corrections.insert(pieceId, *text);
    else
        m_corrections.remove(pieceId);
    const int a = findPiece(pieceId) ? m_pieceIndex.value(pieceId).first : -1;
    const bool flagsFlipped = a >= 0 && refreshArticleFlags(a);
    emit pieceTextChanged(pieceId);
    if (flagsFlipped)
        emit flagsChanged(m_segmentation.articles[a].id);
}

void ReviewDocument::setCorrections(const QHash<int, QString> &corrections)
{
    m_corrections = corrections;
    refreshFlags();
    emit segmentationChanged();
}

} // namespace galley
