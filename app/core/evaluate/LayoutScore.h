// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LayoutScore: how far a laid-out page's segmentation (PDF, ALTO …: pieces with boxes) is from a
// layout gold that gives every printed line its box, article and role — the `NAME.layout.json` of
// ../shared/dev-pages/zh-typeset (made by make-typeset-pages.py). The measures of the shared scorer
// `tools/score-pdf-segmentation.py`, computed the same way:
//   - every gold line with an article goes to the predicted article whose first piece box (articles
//     in order, pieces in order, boxes rounded to 1/100 as `galley segment` prints them) holds the
//     line's centre; pairwise same-article f1 over those lines; boxes are tried with y down and
//     with y flipped against the gold page height, the better f1 counts;
//   - headlines: gold articles whose headline lines, joined, equal some predicted article's
//     headline, white space ignored.
// Units: the gold's boxes are PDF points, origin top-left, y down; the page's pieces must be in the
// same unit (GeometryUnit::PdfPoint). No body CER: the layout gold carries no paragraphs.
#include "SegmentationScore.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace galley {

class ReviewDocument;

struct LayoutGold {
    struct Line {
        QRectF box;
        int article = -1;  ///< -1: in no article (furniture)
        QString role;
        QString text;
    };
    QList<Line> lines;
    double pageHeight = 1191.0; ///< "page_size"[1], points
};

class LayoutScore {
public:
    /// Reads a layout gold. False with *error (no file name) on malformed JSON or a missing "lines".
    static bool readGold(const QByteArray &json, LayoutGold *gold, QString *error);
    /// Pairwise f1 (with precision and recall), headlines matched, gold articles with a headline
    /// (goldArticles) and predicted articles; bodyCer 0 with bodyChars 0 (not measured).
    static PageScore score(const LayoutGold &gold, const ReviewDocument &doc);
};

} // namespace galley
