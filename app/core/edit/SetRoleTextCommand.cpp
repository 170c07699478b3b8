// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetRoleTextCommand.h"

#include "EditCommandIds.h"
#include "segment/ReasonText.h"

namespace galley {

namespace {
bool isTitleRole(Role r)
{
    return r == Role::Kicker || r == Role::Headline || r == Role::Subheadline;
}

int insertPosition(const Article &a, Role role)
{
    int at = 0;
    switch (role) {
    case Role::Kicker:
        return 0;
    case Role::Headline:
        while (at < a.pieces.size() && a.pieces[at].role == Role::Kicker)
            ++at;
        return at;
    default:
        while (at < a.pieces.size() && isTitleRole(a.pieces[at].role))
            ++at;
        return at;
    }
}
} // namespace

SetRoleTextCommand::SetRoleTextCommand(ReviewDocument *document, int articleId, Role role, QString text,
                                       QUndoCommand *parent)
    : SegmentationEditCommand(document, parent)
    , m_articleId(articleId)
    , m_role(role)
{
    setText(tr("Edit %1").arg(roleDisplayName(role).toLower()));
    if (!document || role == Role::Furniture)
        return;
    const int a = before().indexOfArticle(articleId);
    if (a < 0)
        return;
    Segmentation seg = before();
    QHash<int, QString> corrections = document->corrections();
    Article &article = seg.articles[a];
    const int i = article.indexOfRole(role);
    if (i >= 0) {
        // The field shows every piece of the role joined (ArticleRenderer::field): its new text goes
        // into the first piece and the others are emptied (pieces the editor added are removed).
        for (int j = int(article.pieces.size()) - 1; j > i; --j) {
            const Piece &other = article.pieces[j];
            if (other.role != role)
                continue;
            if (other.block < 0) {
                corrections.remove(other.id);
                article.pieces.removeAt(j);
            } else {
                corrections.insert(other.id, QString());
            }
        }
        const Piece &p = article.pieces[i];
        if (p.block < 0 && text.isEmpty()) {
            corrections.remove(p.id);
            article.pieces.removeAt(i);
        } else if (p.block >= 0 && text == document->repairedPieceText(p.id)) {
            corrections.remove(p.id);
        } else {
            corrections.insert(p.id, text);
        }
    } else {
        if (text.isEmpty())
            return;
        Piece p;
        p.id = seg.nextPieceId++;
        p.block = -1;
        p.role = role;
        p.confidence = 1;
        p.reasons = {ReasonId("SetRoleTextCommand", QT_TR_NOOP("added by the editor"))}; // an id, translated on display
        article.pieces.insert(insertPosition(article, role), p);
        corrections.insert(p.id, text);
    }
    setResult(seg);
    setCorrectionsAfter(corrections);
}

int SetRoleTextCommand::id() const
{
    return EditCommandIds::SetRoleText;
}

bool SetRoleTextCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const SetRoleTextCommand *>(other);
    if (next->document() != document() || next->m_articleId != m_articleId || next->m_role != m_role)
        return false;
    mergeResult(*next);
    return true;
}

} // namespace galley
