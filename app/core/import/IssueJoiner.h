// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IssueJoiner: the pages of a multi-page source (a multi-page PDF, ALTO with several Page elements,
// hOCR with several ocr_page, a METS issue, a folder of page files, form-feed text) as ONE document
// Page — an issue — and back.
//  - join(): the pages' texts joined with "\f\n" between them (a form feed, as form-feed text
//    separates pages, and a newline so that no line runs across two pages); blocks and their lines
//    shifted to the joined text and renumbered 1..n in issue order; one PrintedPage per page (number,
//    span, size, image, source file). Source path, encoding, SHA-256, page number, page size, image and
//    geometry unit are the first page's; the warnings are all pages' (each once, in order).
//    A page whose geometry unit differs from the first page's keeps its text but loses its boxes, with
//    a warning naming it (one unit per document).
//  - printedPage(): one printed page of an issue as a Page of its own (offsets from 0, blocks
//    renumbered from 1), for the engine, which segments each printed page on its own.
//  - printedPageSegmentation(): the inverse for a segmentation — one printed page's part of it (for
//    the formats written page by page: ALTO, PAGE).
//  - appendShifted(): a printed page's Segmentation added to an issue's (spans and block indexes
//    shifted, piece and article ids renumbered, flags following their pieces).
// A single page is never changed: join({page}) returns it as it is (no PrintedPage list).
// Units: UTF-16 code units of Page::text() throughout.
#include "ImportResult.h"
#include "model/Page.h"
#include "model/Segmentation.h"

#include <QList>

namespace galley {

class IssueJoiner {
public:
    /// "\f\n": what stands between two printed pages in an issue's text.
    static QString separator() { return QStringLiteral("\f\n"); }

    /// One Page holding every page (see above); pages must not be empty.
    static Page join(const QList<Page> &pages);
    /// An importer's result with its pages joined into one (and its per-page declared segmentations,
    /// when there is one per page, joined onto it); results with an error or one page are returned as they are.
    static ImportResult join(ImportResult result);

    /// Printed page index of issue as a Page of its own; *firstBlock (if given) gets the issue index of
    /// its first block. index must be in [0, issue.printedPageCount()); for a single-page document
    /// the page itself is returned.
    static Page printedPage(const Page &issue, int index, int *firstBlock = nullptr);

    /// The part of issue's segmentation (a segmentation of issue) on printed page index, as a
    /// segmentation of printedPage(issue, index): the pieces whose span starts on that page, shifted
    /// to its offsets and block numbers; piece and article ids kept (corrections refer to them); an
    /// article without a piece there left out, one that runs on from another page keeps its part;
    /// flags kept with their pieces. A single-page document's segmentation is returned as it is.
    static Segmentation printedPageSegmentation(const Page &issue, const Segmentation &segmentation, int index);

    /// Adds part (a segmentation of a page whose text starts at UTF-16 offset textOffset of the issue
    /// and whose first block is issue block blockOffset) to issue: piece spans and block indexes
    /// shifted, new piece and article ids from issue's counters, flags' piece ids renumbered alike.
    static void appendShifted(Segmentation &issue, const Segmentation &part, qsizetype textOffset, int blockOffset);
};

} // namespace galley
