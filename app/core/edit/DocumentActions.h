// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DocumentActions: the document API the UI calls (as Okular's Document) — one method per editor
// operation, each building that operation's QUndoCommand (app/core/edit/, whose headers say what it
// does) and pushing it on the ReviewDocument's undo stack. Widgets never build or push commands
// themselves; tests and the CLI may use either.
// A DocumentActions is a small value over a document it does not own: DocumentActions(doc).mergeArticles(ids).
// Every method returns true when the undo stack took a step (a new command, or one merged into the
// last: typing), false when there was nothing to change (the command was obsolete) or no document.
#include "model/ReviewDocument.h"
#include "model/ReviewStatus.h"
#include "model/Role.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QUndoCommand;

namespace galley {

class DocumentActions {
public:
    explicit DocumentActions(ReviewDocument *document) : m_document(document) {}

    /// startsStep: typing that begins a new undo step (TypingSteps) instead of joining the one before.
    bool correctText(int pieceId, std::optional<QString> text, bool startsStep = false);
    bool deleteArticles(QList<int> articleIds);
    bool joinBlockPieces(int pieceId);
    /// continuationArticleId's pieces join firstArticleId as its parts on later printed pages.
    bool linkArticles(int firstArticleId, int continuationArticleId);
    bool makeHeadline(int pieceId);
    bool mergeArticles(QList<int> articleIds);
    bool movePieces(QList<int> pieceIds, int targetArticleId, int targetIndex = -1);
    bool newArticle(QList<int> pieceIds);
    bool orderPiecesByPage(int articleId, QList<int> pieceIds = {});
    bool reorderPiece(int pieceId, int delta);
    bool replaceAll(QHash<int, QString> newTextByPiece);
    bool resolveArticleFlags(int articleId);
    bool resolveFlag(int articleId, int flagIndex, bool resolved);
    bool sendToFurniture(QList<int> pieceIds);
    bool setParagraphJoin(int pieceId, bool continuesParagraph);
    bool setReviewStatus(QList<int> articleIds, ReviewStatus status);
    bool setRole(QList<int> pieceIds, Role role);
    bool setRoleText(int articleId, Role role, QString text);
    bool splitArticle(int articleId, int beforePieceId);
    /// *newPieceId (optional): the id of the second piece when the block was split.
    bool splitBlock(int pieceId, qsizetype splitAt, int *newPieceId = nullptr);
    /// The correction of pieceId undone (CorrectionList::revertCommand).
    bool revertCorrection(int pieceId);
    bool swapHeadlines(int articleIdA, int articleIdB);
    /// The article's parts on other printed pages become articles of their own again.
    bool unlinkArticle(int articleId);

private:
    bool push(QUndoCommand *command);
    ReviewDocument *m_document;
};

} // namespace galley
