// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextSimilarity: how much of a short text (a headline) is found in a longer one (an article body).
// Chinese and other no-space scripts compare character bigrams; spaced scripts compare lower-cased
// words of three or more letters. Punctuation and white space are ignored. Units are kept as 64-bit
// keys (a bigram's two code points, or a word's hash with the top bit set), not as strings.
#include "ScriptClass.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace galley {

class TextSimilarity {
public:
    /// The comparison units of text (bigrams and words).
    static QSet<quint64> units(QStringView text);
    /// Calls visit(unit) for each unit of text in order (repeats included), without building a set.
    template<typename Visit>
    static void forEachUnit(QStringView text, Visit &&visit);
    /// Share (0..1) of needle's units that occur in haystack's units; 0 if needle has none.
    static double containment(const QSet<quint64> &needle, const QSet<quint64> &haystack);
    static double containment(QStringView needle, QStringView haystack);
};

template<typename Visit>
void TextSimilarity::forEachUnit(QStringView text, Visit &&visit)
{
    QString word;
    char32_t prevCjk = 0;
    auto flushWord = [&] {
        if (word.size() >= 3)
            visit(quint64(qHash(word.toLower(), 0)) | (quint64(1) << 63));
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            len = 2;
        }
        if (QChar::isLetterOrNumber(c) && script::isNoSpace(c)) {
            flushWord();
            if (prevCjk)
                visit((quint64(prevCjk) << 21) | quint64(c));
            prevCjk = c;
        } else if (QChar::isLetterOrNumber(c)) {
            prevCjk = 0;
            word.append(text.sliced(i, len));
        } else {
            flushWord();
            // Spaces and quotes between CJK characters do not break a bigram chain in headlines
            // ("新象共生 溢彩北疆"), but other punctuation does.
            if (!(c == u' ' || c == u'"' || c == u'\'' || c == 0x201C || c == 0x201D))
                prevCjk = 0;
        }
        i += len - 1;
    }
    flushWord();
}

} // namespace galley
