// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WordBridge: whether the end of one fragment and the start of another make one word when joined —
// the strongest sign that a sentence was cut at a column end there (`…与文` + `化表达…` → 文化,
// `…10月25` + `日,由…` → 25日, `con-` + `tinued`). Chinese words come from ICU's dictionary-based
// word break iterator; numbers followed by a measure or date character are joined by a small table.
#include <QStringView>

namespace galley {

class WordBridge {
public:
    enum class Kind { None, Word, Number, Hyphenation };
    /// Kind of bridge between the end of left and the start of right (white space at the edges ignored).
    static Kind between(QStringView left, QStringView right);
};

} // namespace galley
