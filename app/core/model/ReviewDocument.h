// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReviewDocument: one page under review — the imported Page (never changed), the Segmentation the
// engine proposed and the editor reshaped, the editor's text corrections per piece, and the undo
// stack through which every edit goes (app/core/edit/ holds one QUndoCommand per operation).
// Used alike by the main window, the CLI and tests; it includes no widget header.
// Flags stay current: after every change (and on construction) the flags of each article the change
// touched are re-checked with FlagChecker (app/core/review/) and Flag::fixed is set or cleared.
#include "Page.h"
#include "Segmentation.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace galley {

class ReviewDocument : public QObject {
    Q_OBJECT
public:
    explicit ReviewDocument(Page page, Segmentation segmentation, QObject *parent = nullptr);

    const Page &page() const { return m_page; }
    const Segmentation &segmentation() const { return m_segmentation; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    /// The text an editor sees for a piece: the correction if there is one, else the raw span with
    /// line-wrap repair for its role. Empty for an unknown id.
    QString pieceText(int pieceId) const;
    /// The raw page text of the piece's span, untouched.
    QString rawPieceText(int pieceId) const;
    /// Wrap-repaired raw text of a piece, ignoring any correction.
    QString repairedPieceText(int pieceId) const;
    bool hasCorrection(int pieceId) const { return m_corrections.contains(pieceId); }
    const QHash<int, QString> &corrections() const { return m_corrections; }

    /// Text of the article's pieces with role (corrected), joined by a space, or empty
    /// (ArticleRenderer::field: what every view and export shows).
    QString roleText(int articleIndex, Role role) const;
    QString headline(int articleIndex) const { return roleText(articleIndex, Role::Headline); }
    /// The article's body as paragraphs: lead and body pieces in reading order, a piece with
    /// continuesParagraph appended to the paragraph before it (ArticleRenderer::render).
    QStringList paragraphs(int articleIndex) const;

    /// The flags of every article re-checked (FlagChecker); done by every setter below as well.
    void refreshFlags();

    // --- Used by the undo commands only; each emits changed(). ---
    void setSegmentation(const Segmentation &segmentation);
    /// An empty optional removes the correction.
    void setCorrection(int pieceId, const std::optional<QString> &text);
    void setCorrections(const QHash<int, QString> &corrections);

signals:
    /// Anything in the segmentation changed (articles, pieces, roles, statuses, flags).
    void segmentationChanged();
    /// The text of one piece changed through a correction.
    void pieceTextChanged(int pieceId);
    /// A correction fixed or brought back a flag of articleId (structure changes say so through
    /// segmentationChanged()).
    void flagsChanged(int articleId);

private:
    /// The piece with id, through an index rebuilt after each segmentation change.
    const Piece *findPiece(int pieceId) const;
    /// Re-checks the flags of article index a; true if a flag's fixed state changed.
    bool refreshArticleFlags(int a);

    Page m_page;
    Segmentation m_segmentation;
    QHash<int, QString> m_corrections;
    QUndoStack m_undoStack;
    mutable QHash<int, std::pair<int, int>> m_pieceIndex; ///< piece id → (article or -1 for furniture, index)
    mutable bool m_pieceIndexValid = false;
};

} // namespace galley
