// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OcrSuspects: places in the text the editor sees (ReviewDocument::pieceText) where OCR probably
// read one character or letter group for another (issue 9 item 6) — decided from a dictionary, not
// from the character alone, so 出口, 人口 and 路口 are never suspects:
//
// - Chinese: a character of a confusion group (口/日/曰/囗, 己/已/巳, 未/末 … — the [han] groups of
//   data/ocr-confusions.txt, which says where they come from) is a suspect only when ICU's
//   dictionary-based word BreakIterator does not put it into a word of two or more characters, and
//   putting another member of its group there makes such a word (人曰 → 人口, 今曰 → 今日) without
//   cutting into a word the text already has (由内蒙古 stays: 田内 would break 内蒙古).
// - Latin script: a word not in the system word list (/usr/share/dict/words from Debian's wamerican
//   or wbritish, or the file named by GALLEY_WORDLIST) is a suspect when one [latin] confusion
//   (rn/m, cl/d, l/1, 0/O …) applied once turns it into a listed word (rnodern → modern, c1ass →
//   class). Without a word list there are no Latin suspects (wordListAvailable() says so).
//
// The suggestion is the word the confusion makes. Offsets are UTF-16 units of pieceText(). Same
// document → same suspects in the same order (articles in order, pieces in reading order, then the
// furniture; by position within a piece). The error series groups every occurrence of one suspect
// form with its suggestion (PoCoTo's error series); fixTexts() gives the new piece texts for
// ReplaceAllCommand, so fixing any selection of a series is one undo step.
#include "model/ReviewDocument.h"

#include <QHash>
#include <QList>
#include <QString>

namespace galley {

struct OcrSuspect {
    int pieceId = 0;
    qsizetype start = 0;   ///< UTF-16 units into pieceText(pieceId): the suspect word
    qsizetype length = 0;
    QString form;          ///< the text there ("人曰", "rnodern")
    QString suggestion;    ///< what the confusion makes of it ("人口", "modern")

    friend bool operator==(const OcrSuspect &, const OcrSuspect &) = default;
};

/// Every occurrence of one suspect form with one suggestion.
struct OcrErrorSeries {
    QString form;
    QString suggestion;
    QList<OcrSuspect> occurrences; ///< in document order
};

class OcrSuspects {
public:
    /// Suspects in one text (pieceId is copied into each).
    static QList<OcrSuspect> inText(const QString &text, int pieceId = 0);
    /// Suspects in every piece of the document (articles, then furniture).
    static QList<OcrSuspect> find(const ReviewDocument &document);
    /// The suspects grouped by form and suggestion; the series with most occurrences first, then by form.
    static QList<OcrErrorSeries> series(const QList<OcrSuspect> &suspects);
    /// New text of every piece holding one of occurrences, each occurrence replaced by replacement,
    /// for one ReplaceAllCommand. An occurrence that no longer matches the piece's text (it changed
    /// since) is left alone.
    static QHash<int, QString> fixTexts(const ReviewDocument &document, const QList<OcrSuspect> &occurrences,
                                        const QString &replacement);
    /// A list of words was found (Latin suspects are looked for); its path or empty.
    static bool wordListAvailable();
    static QString wordListPath();
};

} // namespace galley
