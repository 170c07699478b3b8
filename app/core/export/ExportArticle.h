// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportArticle / ExportItem / ExportPiece / ExportPage: what the writers get — an article's texts
// as ArticleRenderer puts them together, after the export's TextOptions were applied (ExportContent
// builds them from a ReviewDocument), and its pieces as the segment JSON lists them.
// All texts are ready to print; a writer escapes them for its format and adds nothing else.
#include "TextOptions.h"
#include "model/ArticleRenderer.h"
#include "model/Flag.h"
#include "model/ReviewStatus.h"
#include "model/Role.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace galley {

/// A piece printed apart from the running text: table title, table, note, caption, credit, jump line.
using ExportItem = ArticleItem;

/// One piece of the page as the segment JSON lists it (docs/segment-json.md).
struct ExportPiece {
    int id = 0;                 ///< Piece::id
    int block = 0;              ///< 1-based block number; 0 for a piece the editor added
    qint64 start = 0;           ///< Unicode code points of the page text
    qint64 end = 0;             ///< code points, end exclusive
    Role role = Role::Unknown;
    double confidence = 0;      ///< 0..1, rounded to two decimals
    QStringList reasons;        ///< displayed text (reasonDisplay of the stored ids)
    bool continuesParagraph = false;
    QString text;               ///< the piece's text (normalised for an export)
    bool corrected = false;     ///< the editor changed its text
    /// The printed page number of the piece (Page::printedPageNumberAt) when it has a box or the
    /// document is an issue (several printed pages); 0 otherwise.
    int page = 0;
    QRectF bbox;                ///< in ExportPage::units; null when the piece has no box
};

struct ExportArticle {
    int id = 0;             ///< Article::id
    int number = 0;         ///< 1-based position on the page
    QString kicker;
    QString headline;
    QString subheadline;
    QString byline;
    /// Dateline found at the start of the first paragraph ("本报讯(记者吕会生)", "WASHINGTON (AP) —"),
    /// else empty. paragraphs keep it; datelineRest is the first paragraph without it (NITF).
    QString dateline;
    QString datelineRest;
    QStringList paragraphs;
    QList<ExportItem> items; ///< reading order
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString note;               ///< the editor's note
    QList<ExportPiece> pieces;  ///< reading order, furniture excluded
    QList<Flag> flags;          ///< as stored: Flag::reason is an id (SegmentJsonWriter writes its text)
};

/// One printed page of an issue (PrintedPage), as the segment JSON's "printed_pages" lists it.
struct ExportPrintedPage {
    int number = 1;
    qint64 start = 0;     ///< code points of the page text
    qint64 end = 0;       ///< code points, end exclusive
    QSizeF size;          ///< in ExportPage::units; empty if unknown
    QString image;
    QString sourcePath;
};

struct ExportPage {
    QString sourcePath;   ///< Page::sourcePath()
    int pageNumber = 1;
    QString encoding;
    QString sha256;
    QStringList warnings;
    /// BCP 47 tag of the text ("zh-Hans", "zh-Hant", "zh", "en") from its script and the conversion.
    QString language;
    TextOptions options;  ///< the options the texts were prepared with
    QList<ExportArticle> articles;
    QList<ExportPiece> furniture;  ///< pieces in no article
    /// Laid-out pages: the unit of every box (geometryUnitName), the page size in it (empty if the
    /// source does not say) and the page image's name; all empty for plain text.
    QString units;
    QSizeF pageSize;
    QString image;
    /// An issue: its printed pages (PrintedPage); empty for a single page.
    QList<ExportPrintedPage> printedPages;
};

} // namespace galley
