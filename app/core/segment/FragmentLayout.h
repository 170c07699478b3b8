// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FragmentLayout: measures the printed layout of fragments — their printed lines and widths, the
// column width, whether the first line is indented (paragraph start) or full (continuation), and
// whether the last sentence is finished.
//
// Widths are in em: a character of a no-space script counts 1, and so does half-width punctuation
// next to one (Chinese typesetting prints it full-width, GB/T 15834); Latin letters, digits and other
// characters count 0.5. Chinese body text indents a paragraph's first line by 2 em; a first line as
// wide as the column therefore carries on a sentence from elsewhere.
#include "Fragment.h"

#include <QList>
#include <QStringView>

namespace galley {

class FragmentLayout {
public:
    /// The printed lines of span in text: text lines, further split at wrap spaces of CJK text.
    static QList<PrintedLine> printedLines(QStringView text, const TextSpan &span);
    /// Width in em of text[start, end).
    static double width(QStringView text, qsizetype start, qsizetype end);
    /// Which quotations text leaves open or closes without opening (Fragment::quotes bits):
    /// straight quotes by parity, curly ones (“” ‘’) by balance.
    static quint8 quoteState(QStringView text);
    /// Fills lines, cjkShare, endsOpen and quotes of every fragment.
    static void measureLines(QStringView text, QList<Fragment> &fragments);
    /// Fills typicalWidth and start of every fragment (page order). Column widths come from running
    /// text only, so call it after roles are classified.
    static void measureColumns(QStringView text, QList<Fragment> &fragments);
    /// Width of a full line among a fragment's inner lines (not first, not last): their upper
    /// quartile, robust against short runs between real spaces; 0 if it has none.
    static double innerWidth(const Fragment &fragment);
    /// Start kind of a fragment, given its measured lines and typical width.
    static StartKind startKind(QStringView text, const Fragment &fragment);
};

} // namespace galley
