// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WordCorrections: the editor's corrections brought down to the printed words of the source, for the
// writers that keep the source's geometry (AltoWriter, PageXmlWriter). One rule for both:
//
//  1. Words. An original word is a run of non-space characters of Page::text() (UTF-16 units). For
//     every corrected piece, its original words are paired with the words of the corrected text
//     (ReviewDocument::pieceText, white space collapsed) by AltoWriter::alignWords: equal words pair up
//     (leading and trailing ones, then a longest common subsequence); each differing run between them
//     pairs one to one, its last original word taking any extra corrected words, original words left
//     over getting no text. Words outside corrected pieces keep their text.
//  2. Boxes, per printed line (placeLine):
//     - a word whose text changed to one word keeps its box;
//     - a word that received several words (the editor split it or inserted words) has its box cut
//       left to right into one box per word, widths in proportion to the words' lengths in code points,
//       each as high as the original; so every new box lies inside the original word box, inside the
//       line box;
//     - a word left without text (the editor merged it into its neighbour or deleted it) is removed
//       and its box joins (bounding rectangle) the box of the nearest kept word before it on the same
//       line, else after it; a line where every word lost its text keeps its first word, with no text.
//  Unchanged words keep their box and text untouched. Boxes are in the page's own units; a null box
//  stays null.
#include "model/ReviewDocument.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace galley {

class WordCorrections {
public:
    /// New text per original word (key: UTF-16 start of the word in Page::text()), for every word of a
    /// corrected piece: one word, several words joined by one space, or empty (see 1. above).
    static QHash<qsizetype, QString> of(const ReviewDocument &document);
    /// The original words of range in text (UTF-16 units): runs of non-space characters, in order.
    static QList<TextSpan> wordSpans(const QString &text, TextSpan range);

    /// One word of a printed line as the source has it.
    struct Word {
        QRectF box;          ///< page units; null = none
        QString text;        ///< the text to write (the correction's, or the original)
        bool changed = false;///< text comes from a correction (only such words are split or removed)
    };
    /// One word to write.
    struct Placed {
        int source = 0;      ///< index into the line's words of the word it comes from
        int part = 0;        ///< 0 for the word itself, 1, 2 … for the further words of a split word
        QString text;
        QRectF box;
    };
    /// The words of one line after the rule above, in line order.
    static QList<Placed> placeLine(const QList<Word> &words);
};

} // namespace galley
