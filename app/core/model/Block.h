// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Block: a run of the page text that import found as one unit (a run of non-blank lines, or for
// line-per-line OCR a group of lines found from indentation and sentence ends).
// Blocks are numbered from 1 in page order, as in the gold files (`block_numbering`).
// Blocks imported from a laid-out source (PDF, ALTO, hOCR, PAGE) also carry their box, their lines'
// boxes and font size where known, in the page's GeometryUnit; text-only blocks have none (null box,
// no lines). The page number of a block is its Page::pageNumber().
#include "Geometry.h"
#include "Role.h"
#include "TextSpan.h"

#include <QStringList>

namespace galley {

struct Block {
    int number = 0;       ///< 1-based, page order
    TextSpan span;        ///< UTF-16 units of Page::text(); trailing white space excluded
    Role role = Role::Unknown;
    double confidence = 0; ///< 0..1, of the role
    QStringList reasons;  ///< human-readable, why the role was chosen

    // Geometry (laid-out sources only; see Geometry.h).
    QRectF box;                 ///< page units (Page::geometryUnit()); null = no box
    QList<LineGeometry> lines;  ///< the block's printed lines in reading order; empty for text input
    double fontSize = 0;        ///< the block's most common line font size; 0 = unknown
    bool bold = false;          ///< most lines bold
    QString sourceId;           ///< the source's id of the block (ALTO TextBlock ID, PAGE TextRegion id,
                                ///< hOCR element id); empty when it has none

    bool hasBox() const { return !box.isNull(); }
};

} // namespace galley

// Every member is a Qt implicitly shared type or plain data, so a Block may be moved in memory as
// bytes: a QList<Block> grows by reallocating instead of moving each block (import of a page with
// 100,000 blocks).
Q_DECLARE_TYPEINFO(galley::Block, Q_RELOCATABLE_TYPE);
