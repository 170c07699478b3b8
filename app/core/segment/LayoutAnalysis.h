// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LayoutAnalysis: what the geometry-aware engine (LayoutSegmenter) measures on a page whose blocks
// carry boxes (PDF, ALTO, hOCR, PAGE; Page::hasGeometry()), and the features its two learned
// decisions read. Shared by the engine and its trainer (tools/train/train_layout.cpp), so both
// compute exactly the same numbers.
//
// Stages (docs/segmentation.md, "Pages with boxes"):
//  1. Lines: every LineGeometry of every block; single-line display blocks printed side by side on
//     one baseline and adjacent in the page text (a letter-spaced headline that the word grouper cut
//     into one block per character) are joined into one printed line.
//  2. Page measures: the body line height (character-weighted median of line heights), the line
//     pitch (median top-to-top distance inside blocks) and the column width (upper quartile of body
//     line widths). Every distance feature is a ratio to one of them, so features do not depend on
//     the unit (points, pixels, mm10).
//  3. Roles: a LinearModel over roleFeatures() gives each printed line a role (roleClasses()).
//  4. Items: runs of lines of one block with one role (running text also cut before an indented
//     line: a paragraph starts). Display items (headline, kicker,
//     subheadline) stacked above each other form head groups; text items (everything else) stacked
//     in one column with at most LayoutModel::segmentGap pitches between them form text segments.
//  5. Articles: a LinearModel over anchorFeatures(segment, head group) says whether the segment
//     belongs to the article of that head group; LayoutSegmenter takes the likeliest.
// Boxes: the page's GeometryUnit, origin top-left, y down. Deterministic: no hash iteration; ties
// fall to the lower index.
#include "LinearModel.h"
#include "model/Page.h"

#include <QList>
#include <QRectF>
#include <QStringList>

namespace galley {

struct LayoutLine {
    int firstBlock = 0;     ///< index into Page::blocks()
    int lastBlock = 0;      ///< > firstBlock for a line joined from side-by-side blocks
    int lineInBlock = 0;    ///< index of the (first) part in its block's lines
    int blockLines = 1;     ///< lines of that block
    TextSpan span;          ///< UTF-16 units of Page::text(), first part's start to last part's end
    QRectF box;             ///< page units
    double size = 0;        ///< box height, page units
    double fontSize = 0;    ///< the source's font size (points) or 0
    bool bold = false;
    QString text;           ///< the line's text, white space removed
};

struct LayoutItem {
    QList<int> lines;       ///< indices into LayoutPage::lines, page order
    Role role = Role::Body;
    QRectF box;
    TextSpan span;          ///< first line's start to last line's end
    double size = 0;        ///< largest line size
};

struct LayoutGroup {
    QList<int> items;       ///< indices into LayoutPage::items, top to bottom
    QRectF box;
};

struct LayoutPage {
    QList<LayoutLine> lines;        ///< page text order
    std::vector<std::vector<double>> roleProbabilities; ///< per line, roleClasses() order
    QList<Role> roles;              ///< per line
    QList<LayoutItem> items;        ///< page text order
    QList<LayoutGroup> heads;       ///< head groups (display items), page order of their first item
    QList<LayoutGroup> segments;    ///< text segments (text items), page order of their first item
    double bodySize = 1;            ///< page units
    double bodyFontSize = 0;        ///< points, 0 when the source gives none
    double pitch = 1;               ///< page units
    double columnWidth = 1;         ///< page units
};

class LayoutAnalysis {
public:
    /// Role classes of the role model, in model order.
    static const QStringList &roleClasses();
    static Role roleOfClass(int cls);
    static int classOfRole(Role role); ///< Lead → body; roles without a class → body
    static const QStringList &roleFeatureNames();
    static const QStringList &anchorFeatureNames();

    /// Stages 1–2: lines and page measures (no roles yet).
    static LayoutPage measure(const Page &page);
    /// Role features of line i (needs measure()).
    static FeatureVector roleFeatures(const Page &page, const LayoutPage &lp, int line);
    /// Stage 3 with a role model (sets roleProbabilities and roles).
    static void classify(const Page &page, LayoutPage &lp, const LinearModel &roleModel);
    /// Stage 4 from lp.roles: items, head groups and text segments. segmentGap: largest gap, in
    /// line pitches, between two text items of one segment.
    static void group(LayoutPage &lp, double segmentGap);
    /// Gap in pitches between text item `lower` and the text item printed right above it in its
    /// column (-1 when there is none); `above` receives that item's index.
    static double gapAbove(const LayoutPage &lp, int lower, int *above);
    /// Features of "text segment s belongs to the article of head group h".
    static FeatureVector anchorFeatures(const LayoutPage &lp, int segment, int head);

    static const QStringList &continuationFeatureNames();
    /// Text segments in reading order by position (WordLayout::readingOrder of their boxes).
    static QList<int> readingOrder(const LayoutPage &lp, const QList<int> &segments);
    /// Features of "the text of segments `headless` carries on the text of segments `article`" (a
    /// jump): how the article's running text ends (mid-sentence, a full last line), how the other
    /// begins (indented or not, a lead), and where each is printed.
    static FeatureVector continuationFeatures(const LayoutPage &lp, const QList<int> &article, const QList<int> &headless);
};

} // namespace galley
