#include "TextSimilarity.h"

#include "ScriptClass.h"

namespace galley {

QSet<QString> TextSimilarity::units(QStringView text)
{
    QSet<QString> out;
    QString word;
    char32_t prevCjk = 0;
    auto flushWord = [&] {
        if (word.size() >= 3)
            out.insert(word.toLower());
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = script::codePointAt(text, i);
        const qsizetype len = c > 0xFFFF ? 2 : 1;
        if (script::isNoSpace(c) && QChar::isLetterOrNumber(c)) {
            flushWord();
            if (prevCjk) {
                QString bigram;
                bigram.append(QString::fromUcs4(&prevCjk, 1));
                bigram.append(QString::fromUcs4(&c, 1));
                out.insert(bigram);
            }
            prevCjk = c;
        } else if (QChar::isLetterOrNumber(c)) {
            prevCjk = 0;
            word.append(text.sliced(i, len));
        } else {
            flushWord();
            // Punctuation and spaces between CJK characters do not break a bigram chain in headlines
            // ("新象共生 溢彩北疆"), but sentence punctuation does.
            if (!(c == u' ' || c == u'"' || c == u'\'' || c == 0x201C || c == 0x201D))
                prevCjk = 0;
        }
        i += len - 1;
    }
    flushWord();
    return out;
}

double TextSimilarity::containment(const QSet<QString> &needle, const QSet<QString> &haystack)
{
    if (needle.isEmpty())
        return 0;
    qsizetype found = 0;
    for (const QString &u : needle)
        found += haystack.contains(u);
    return double(found) / double(needle.size());
}

double TextSimilarity::containment(QStringView needle, QStringView haystack)
{
    return containment(units(needle), units(haystack));
}

} // namespace galley
