// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormalizer.h"

#include "segment/ScriptClass.h"

#include <QRegularExpression>

#include <set>
#include <string>
#include <vector>

namespace galley {

namespace {

bool isChineseChar(char32_t c)
{
    return script::isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)
        || (c >= 0x3040 && c <= 0x30FF);
}

bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char32_t c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isLetterOrDigit(char32_t c) { return isAsciiAlnum(c) || (c > 0x7F && QChar::isLetterOrNumber(c) && !script::isHan(c)); }

// URLs and e-mail addresses (ASCII only): their marks are never changed.
const QRegularExpression &protectedSpans()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)"));
    return re;
}

class LineFixer {
public:
    explicit LineFixer(const QString &line)
    {
        const QList<uint> ucs = line.toUcs4();
        s.assign(ucs.cbegin(), ucs.cend());
        cn.resize(s.size());
        keep.assign(s.size(), false);
        for (size_t i = 0; i < s.size(); ++i)
            cn[i] = isChineseChar(s[i]);
        // Map protected UTF-16 spans onto code point indexes.
        auto it = protectedSpans().globalMatch(line);
        std::vector<size_t> cpOfUtf16(size_t(line.size()) + 1, 0);
        size_t cp = 0;
        for (qsizetype u = 0; u < line.size(); ++u) {
            cpOfUtf16[size_t(u)] = cp;
            if (!(line.at(u).isHighSurrogate() && u + 1 < line.size() && line.at(u + 1).isLowSurrogate()))
                ++cp;
        }
        cpOfUtf16[size_t(line.size())] = cp;
        while (it.hasNext()) {
            const auto m = it.next();
            for (size_t i = cpOfUtf16[size_t(m.capturedStart())]; i < cpOfUtf16[size_t(m.capturedEnd())]; ++i)
                keep[i] = true;
        }
    }

    QString result()
    {
        parentheses();
        quotes(U'"', U'\u201C', U'\u201D');
        quotes(U'\'', U'\u2018', U'\u2019');
        marks();
        std::u32string out;
        out.reserve(s.size());
        for (size_t i = 0; i < s.size(); ++i)
            if (!drop.count(i))
                out.push_back(s[i]);
        return QString::fromUcs4(out.data(), qsizetype(out.size()));
    }

private:
    bool cnAt(qsizetype i) const { return i >= 0 && size_t(i) < s.size() && cn[size_t(i)]; }
    char32_t at(qsizetype i) const { return i >= 0 && size_t(i) < s.size() ? s[size_t(i)] : 0; }
    bool cnNear(size_t i) const { return cnAt(qsizetype(i) - 1) || cnAt(qsizetype(i) + 1); }
    bool cnInside(size_t open, size_t close) const
    {
        for (size_t k = open + 1; k < close; ++k)
            if (cn[k] && script::isHan(s[k]))
                return true;
        return false;
    }
    void set(size_t i, char32_t c)
    {
        s[i] = c;
        cn[i] = true;
    }

    void parentheses()
    {
        std::vector<size_t> stack;
        std::vector<std::pair<size_t, size_t>> pairs;
        std::vector<size_t> unmatched;
        for (size_t i = 0; i < s.size(); ++i) {
            if (keep[i])
                continue;
            if (s[i] == U'(') {
                stack.push_back(i);
            } else if (s[i] == U')') {
                if (stack.empty())
                    unmatched.push_back(i);
                else {
                    pairs.emplace_back(stack.back(), i);
                    stack.pop_back();
                }
            }
        }
        unmatched.insert(unmatched.end(), stack.begin(), stack.end());
        // Inner pairs come first in `pairs`; converting them first lets an outer pair see them.
        for (const auto &[o, c] : pairs)
            if (cnNear(o) || cnNear(c) || cnInside(o, c)) {
                set(o, U'\uFF08');
                set(c, U'\uFF09');
            }
        for (size_t i : unmatched)
            if (cnNear(i))
                set(i, s[i] == U'(' ? U'\uFF08' : U'\uFF09');
    }

    void quotes(char32_t straight, char32_t open, char32_t close)
    {
        std::vector<size_t> q;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] != straight || keep[i])
                continue;
            // An apostrophe inside a word (don't, O'Brien) is no quotation mark.
            if (straight == U'\'' && isLetterOrDigit(at(qsizetype(i) - 1)) && isLetterOrDigit(at(qsizetype(i) + 1)))
                continue;
            q.push_back(i);
        }
        size_t k = 0;
        for (; k + 1 < q.size(); k += 2) {
            const size_t o = q[k], c = q[k + 1];
            if (cnNear(o) || cnNear(c) || cnInside(o, c)) {
                set(o, open);
                set(c, close);
            }
        }
        if (k < q.size() && cnNear(q[k])) {
            // An unpaired mark (the quotation runs on from or into another line): it closes after
            // sentence or clause punctuation or before the end of the line, else it opens.
            static const std::u32string kClosingAfter = U"。！？…!?.";
            const char32_t prev = at(qsizetype(q[k]) - 1), next = at(qsizetype(q[k]) + 1);
            const bool closes = (prev != 0 && kClosingAfter.find(prev) != std::u32string::npos) || next == 0 || next == U' ';
            set(q[k], closes ? close : open);
        }
    }

    void marks()
    {
        for (size_t i = 0; i < s.size(); ++i) {
            char32_t full = 0;
            switch (s[i]) {
            case U',': full = U'\uFF0C'; break;
            case U':': full = U'\uFF1A'; break;
            case U';': full = U'\uFF1B'; break;
            case U'!': full = U'\uFF01'; break;
            case U'?': full = U'\uFF1F'; break;
            default: continue;
            }
            if (keep[i])
                continue;
            const char32_t prev = at(qsizetype(i) - 1), next = at(qsizetype(i) + 1);
            if (isAsciiDigit(prev) && isAsciiDigit(next))
                continue; // 1,000  8:30
            if (!cnAt(qsizetype(i) - 1) && !cnAt(qsizetype(i) + 1))
                continue;
            set(i, full);
            for (size_t j = i + 1; j < s.size() && s[j] == U' '; ++j)
                drop.insert(j);
        }
    }

    std::u32string s;
    std::vector<bool> cn;
    std::vector<bool> keep;
    std::set<size_t> drop;
};

} // namespace

QString TextNormalizer::restoreChinesePunctuation(const QString &text)
{
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += u'\n';
        out += LineFixer(lines[i].toString()).result();
    }
    return out;
}

QString TextNormalizer::apply(const QString &text, const TextOptions &options, QString *error)
{
    QString t = text;
    if (options.chinesePunctuation)
        t = restoreChinesePunctuation(t);
    if (options.conversion != ChineseConversion::None)
        t = ChineseConverter::convert(t, options.conversion, error);
    if (options.nfc)
        t = t.normalized(QString::NormalizationForm_C);
    return t;
}

} // namespace galley
