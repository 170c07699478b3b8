// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArticleRenderer: the one way an article's text is put together from its pieces — the fields
// (kicker, headline, subheadline, byline), the running text as paragraphs and the other pieces as
// items in reading order. The editor's fields and read-only views (ReviewDocument::roleText,
// ::paragraphs), `galley segment` (JSON, text, Markdown), the segment JSON and every export writer
// (through ExportContent) use it, so they all show the same text.
//
// Rules:
//  - A field is the text of every piece with its role, in reading order, joined by one space; an
//    article with two headline pieces shows both everywhere. Pieces whose text is empty are skipped.
//  - Lead and body pieces make paragraphs; a piece with continuesParagraph is appended to the
//    paragraph before it (WrapRepair::appendFragment when wrap repair is on, else after a line break).
//  - Every other role but furniture becomes an ArticleItem (tables also split into rows and cells).
//  - Piece text: the correction if there is one; else the wrap-repaired raw text, or with wrap repair
//    off the raw page text (ReviewDocument::pieceText / ::rawPieceText).
// A Normalise function (export: TextNormalizer) is applied to each finished field, paragraph and
// item; the default leaves the text as it is. Texts are QStrings (UTF-16).
#include "Role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

class ReviewDocument;

/// A piece printed apart from the running text: table title, table, note, caption, credit, jump line.
struct ArticleItem {
    Role role = Role::Unknown;
    int pieceId = 0;
    QString text;              ///< table: rows separated by '\n', cells by '\t'
    QList<QStringList> rows;   ///< table only: cells of each row
};

/// An article's text as paragraphs and roles.
struct ArticleText {
    QString kicker;
    QString headline;
    QString subheadline;
    QString byline;
    QStringList paragraphs;
    QList<ArticleItem> items; ///< reading order
};

class ArticleRenderer {
public:
    using Normalise = std::function<QString(const QString &)>;

    /// The editor's text of article articleIndex (corrections, wrap repair, nothing normalised).
    /// An empty ArticleText for an index out of range.
    static ArticleText render(const ReviewDocument &document, int articleIndex);
    /// The same with wrap repair on or off and normalise applied to each finished text (may be empty).
    static ArticleText render(const ReviewDocument &document, int articleIndex, bool wrapRepair, const Normalise &normalise);

    /// Only the field of role (Kicker, Headline, Subheadline, Byline) as render() gives it, without
    /// putting the rest of the article together. Empty for other roles or an index out of range.
    static QString field(const ReviewDocument &document, int articleIndex, Role role);
    /// True for the roles that make the fields.
    static bool isFieldRole(Role role);
};

} // namespace galley
