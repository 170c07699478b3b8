// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextSpan: a half-open range [start, end) of a Page's text.
// Units: UTF-16 code units of Page::text() (QString indices). Output formats that count code points
// (the JSON of `galley segment`) convert with Page::codePointOffset().
#include <QtGlobal>

namespace galley {

struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextSpan &o) const { return start < o.end && o.start < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace galley
