// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleEditor: the lower right of the review desk — one article's headline, kicker, subheadline
// and byline as fields, its review status, its open flags with the engine's reasons, and the
// corrected body as paragraphs (ParagraphEditor). All editable; every change is an undo command
// on the ReviewDocument (SetRoleTextCommand at each keystroke in a field — one undo step per field and
// article, as consecutive keystrokes merge — SetReviewStatusCommand, CorrectTextCommand/
// SetParagraphJoinCommand from the body). So autosave keeps typing in a field as in the body: at most
// Autosave::delay() of it is lost to a crash.
// The ReviewDocument is not owned.
#include "model/ReviewDocument.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace galley {

class ParagraphEditor;

class ArticleEditor : public QWidget {
    Q_OBJECT
public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void setReviewDocument(ReviewDocument *document);
    void setArticle(int articleId);
    int articleId() const { return m_articleId; }

    /// The field of a headline-like role (Headline, Kicker, Subheadline, Byline), else nullptr.
    QLineEdit *field(Role role) const;
    QComboBox *statusBox() const { return m_status; }
    ParagraphEditor *body() const { return m_body; }
    QLabel *flagLabel() const { return m_flags; }
    /// Puts the keyboard focus where pieceId's text is edited; false if it has no place here.
    bool focusPiece(int pieceId);

private:
    void refresh();
    void commitField(Role role);

    QPointer<ReviewDocument> m_document;
    int m_articleId = 0;
    QLabel *m_title = nullptr;
    QLineEdit *m_kicker = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_subheadline = nullptr;
    QLineEdit *m_byline = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_flags = nullptr;
    ParagraphEditor *m_body = nullptr;
    bool m_refreshing = false;
};

} // namespace galley
