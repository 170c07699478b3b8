#pragma once
// TextSimilarity: how much of a short text (a headline) is found in a longer one (an article body).
// Chinese and other no-space scripts compare character bigrams; spaced scripts compare lower-cased
// words of three or more letters. Punctuation and white space are ignored.
#include <QSet>
#include <QString>
#include <QStringView>

namespace galley {

class TextSimilarity {
public:
    /// The comparison units of text (bigrams and words).
    static QSet<QString> units(QStringView text);
    /// Share (0..1) of needle's units that occur in haystack's units; 0 if needle has none.
    static double containment(const QSet<QString> &needle, const QSet<QString> &haystack);
    static double containment(QStringView needle, QStringView haystack);
};

} // namespace galley
