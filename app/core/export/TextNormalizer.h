// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextNormalizer: the text options of an export (TextOptions) applied to one string.
//
// restoreChinesePunctuation() follows GB/T 15834-2011 (use of punctuation marks): in Chinese text
// the marks are full-width. Only a half-width mark in Chinese context changes — one with a Han
// character (or a full-width mark) right next to it, or, for paired marks, next to or inside the pair:
//   , : ; ! ?  →  ， ： ； ！ ？   (ASCII spaces right after the new mark are dropped)
//   ( )        →  （ ）             (matched pairs; an unmatched one by its neighbours)
//   " "        →  “ ”               (straight double quotes alternate open/close within a line)
//   ' '        →  ‘ ’               (likewise; an apostrophe between two letters/digits stays)
// Untouched: decimal points and every '.', a mark between two digits (1,000  8:30), URLs and
// e-mail addresses, Latin text (a mark with no Han neighbour). Lines ('\n') are handled one by one.
// Positions are irrelevant to callers: the functions take and return whole strings.
#include "TextOptions.h"

#include <QString>

namespace galley {

class TextNormalizer {
public:
    static QString restoreChinesePunctuation(const QString &text);
    /// Punctuation (if set), then Simplified/Traditional conversion, then NFC. Conversion errors
    /// leave the text unconverted and are reported through *error.
    static QString apply(const QString &text, const TextOptions &options, QString *error = nullptr);
};

} // namespace galley
