// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PrintedPage: one printed page of a multi-page document (an issue: a multi-page PDF, a METS issue,
// ALTO / PAGE / hOCR with several pages, a folder of page files, form-feed text). Such a document is
// ONE Page whose text is the printed pages' texts joined with a form feed and a newline ("\f\n")
// between them (IssueJoiner, app/core/import/); each PrintedPage says which part of that text it is.
// A single-page document has no PrintedPage list at all (Page::printedPages() is empty).
#include "TextSpan.h"

#include <QSizeF>
#include <QString>

namespace galley {

struct PrintedPage {
    int number = 1;       ///< 1-based page number in the source (PDF page, form-feed page, ALTO Page …)
    TextSpan span;        ///< UTF-16 units of Page::text(): this page's text, the "\f\n" separator excluded
    QSizeF size;          ///< width, height in the document's Page::geometryUnit(); empty if unknown
    QString imageName;    ///< the page image the source names for this page (as written there); empty if none
    QString sourcePath;   ///< the file the page came from (differs per page for a folder); empty if the document's

    friend bool operator==(const PrintedPage &, const PrintedPage &) = default;
};

} // namespace galley
