// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentActions.h"

#include "review/CorrectionList.h"

#include "CorrectTextCommand.h"
#include "DeleteArticlesCommand.h"
#include "JoinBlockPiecesCommand.h"
#include "LinkArticlesCommand.h"
#include "MakeHeadlineCommand.h"
#include "MergeArticlesCommand.h"
#include "MovePiecesCommand.h"
#include "NewArticleCommand.h"
#include "OrderPiecesByPageCommand.h"
#include "ReorderPieceCommand.h"
#include "ReplaceAllCommand.h"
#include "ResolveArticleFlagsCommand.h"
#include "ResolveFlagCommand.h"
#include "SendToFurnitureCommand.h"
#include "SetParagraphJoinCommand.h"
#include "SetReviewStatusCommand.h"
#include "SetRoleCommand.h"
#include "SetRoleTextCommand.h"
#include "SplitArticleCommand.h"
#include "SplitBlockCommand.h"
#include "SwapHeadlinesCommand.h"
#include "UnlinkArticleCommand.h"

namespace galley {

bool DocumentActions::push(QUndoCommand *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    // Every command of app/core/edit is obsolete from its constructor on when it would change nothing.
    const bool obsolete = command->isObsolete();
    m_document->undoStack()->push(command); // an obsolete command is deleted by the stack
    return !obsolete;
}

bool DocumentActions::correctText(int pieceId, std::optional<QString> text, bool startsStep)
{
    return push(new CorrectTextCommand(m_document, pieceId, std::move(text), nullptr, startsStep));
}

bool DocumentActions::deleteArticles(QList<int> articleIds)
{
    return push(new DeleteArticlesCommand(m_document, std::move(articleIds)));
}

bool DocumentActions::joinBlockPieces(int pieceId)
{
    return push(new JoinBlockPiecesCommand(m_document, pieceId));
}

bool DocumentActions::linkArticles(int firstArticleId, int continuationArticleId)
{
    return push(new LinkArticlesCommand(m_document, firstArticleId, continuationArticleId));
}

bool DocumentActions::makeHeadline(int pieceId)
{
    return push(new MakeHeadlineCommand(m_document, pieceId));
}

bool DocumentActions::mergeArticles(QList<int> articleIds)
{
    return push(new MergeArticlesCommand(m_document, std::move(articleIds)));
}

bool DocumentActions::movePieces(QList<int> pieceIds, int targetArticleId, int targetIndex)
{
    return push(new MovePiecesCommand(m_document, std::move(pieceIds), targetArticleId, targetIndex));
}

bool DocumentActions::newArticle(QList<int> pieceIds)
{
    return push(new NewArticleCommand(m_document, std::move(pieceIds)));
}

bool DocumentActions::orderPiecesByPage(int articleId, QList<int> pieceIds)
{
    return push(new OrderPiecesByPageCommand(m_document, articleId, std::move(pieceIds)));
}

bool DocumentActions::reorderPiece(int pieceId, int delta)
{
    return push(new ReorderPieceCommand(m_document, pieceId, delta));
}

bool DocumentActions::replaceAll(QHash<int, QString> newTextByPiece)
{
    return push(new ReplaceAllCommand(m_document, std::move(newTextByPiece)));
}

bool DocumentActions::resolveArticleFlags(int articleId)
{
    return push(new ResolveArticleFlagsCommand(m_document, articleId));
}

bool DocumentActions::resolveFlag(int articleId, int flagIndex, bool resolved)
{
    return push(new ResolveFlagCommand(m_document, articleId, flagIndex, resolved));
}

bool DocumentActions::sendToFurniture(QList<int> pieceIds)
{
    return push(new SendToFurnitureCommand(m_document, std::move(pieceIds)));
}

bool DocumentActions::setParagraphJoin(int pieceId, bool continuesParagraph)
{
    return push(new SetParagraphJoinCommand(m_document, pieceId, continuesParagraph));
}

bool DocumentActions::setReviewStatus(QList<int> articleIds, ReviewStatus status)
{
    return push(new SetReviewStatusCommand(m_document, std::move(articleIds), status));
}

bool DocumentActions::setRole(QList<int> pieceIds, Role role)
{
    return push(new SetRoleCommand(m_document, std::move(pieceIds), role));
}

bool DocumentActions::setRoleText(int articleId, Role role, QString text)
{
    return push(new SetRoleTextCommand(m_document, articleId, role, std::move(text)));
}

bool DocumentActions::splitArticle(int articleId, int beforePieceId)
{
    return push(new SplitArticleCommand(m_document, articleId, beforePieceId));
}

bool DocumentActions::splitBlock(int pieceId, qsizetype splitAt, int *newPieceId)
{
    auto *command = new SplitBlockCommand(m_document, pieceId, splitAt);
    if (newPieceId)
        *newPieceId = command->newPieceId();
    return push(command);
}

bool DocumentActions::revertCorrection(int pieceId)
{
    QUndoCommand *command = m_document ? CorrectionList::revertCommand(m_document, pieceId) : nullptr;
    return command && push(command);
}

bool DocumentActions::swapHeadlines(int articleIdA, int articleIdB)
{
    return push(new SwapHeadlinesCommand(m_document, articleIdA, articleIdB));
}

bool DocumentActions::unlinkArticle(int articleId)
{
    return push(new UnlinkArticleCommand(m_document, articleId));
}

} // namespace galley
