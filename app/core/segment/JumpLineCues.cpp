// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JumpLineCues.h"

#include <QList>
#include <QRegularExpression>

namespace galley {

namespace {

// One convention: a pattern with named groups "page" (a number), "keyword" (optional), and what
// the line means. A pattern without a "page" group names the page through fixedPage.
struct JumpPattern {
    const char16_t *pattern;
    JumpReference::Direction direction;
    int fixedPage; ///< 0: the "page" group gives it
};

using D = JumpReference::Direction;
constexpr int Back = JumpReference::BackPage;
constexpr int Front = JumpReference::FrontPage;

// Chinese page numbers: digits (ASCII or full-width) or numerals up to 99.
#define ZH_NUM u"(?<page>[0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})"
#define EN_NUM u"(?<page>[0-9]{1,3})"
#define SEE u"S[ec][eco]"

const JumpPattern kPatterns[] = {
    // Chinese
    {u"^[（(]?\\s*(?:下转|转)\\s*第?\\s*" ZH_NUM u"\\s*版\\s*[)）]?$", D::Out, 0},
    {u"^[（(]?\\s*(?:上接|接)\\s*第?\\s*" ZH_NUM u"\\s*版\\s*[)）]?$", D::In, 0},
    // English: plain jumps (before the keyword ones: "Continued from Page 1" names no keyword)
    {u"^\\(?\\s*(?:Continued|Cont'd|Cont\\.)\\s+on\\s+(?:Page|P\\.|Pg\\.?)\\s*[A-Z]?" EN_NUM u"\\s*\\.?\\s*\\)?$", D::Out, 0},
    {u"^\\(?\\s*(?:Continued|Cont'd|Cont\\.)\\s+on\\s+(?:the\\s+)?back\\s+page\\s*\\.?\\s*\\)?$", D::Out, Back},
    {u"^\\(?\\s*(?:Continued|Cont'd|Cont\\.)\\s+from\\s+(?:Page|P\\.|Pg\\.?)\\s*[A-Z]?" EN_NUM u"\\s*\\.?\\s*\\)?$", D::In, 0},
    {u"^\\(?\\s*(?:Continued|Cont'd|Cont\\.)\\s+from\\s+(?:the\\s+)?front\\s+page\\s*\\.?\\s*\\)?$", D::In, Front},
    // English: keyword jumps
    {u"^\\(?\\s*" SEE u"\\s+(?<keyword>[^,;:()]{1,40}?)\\s*[,;:]?\\s+(?:on\\s+)?(?:Page|P\\.|Pg\\.?)\\s*[A-Z]?" EN_NUM u"\\s*\\.?\\s*\\)?$", D::Out, 0},
    {u"^\\(?\\s*" SEE u"\\s+(?<keyword>[^,;:()]{1,40}?)\\s*[,;:]?\\s+(?:on\\s+)?(?:the\\s+)?back\\s+page\\s*\\.?\\s*\\)?$", D::Out, Back},
    {u"^\\(?\\s*(?<keyword>[^,;:()]{1,40}?)\\s*[,;:]?\\s+(?:continued\\s+)?from\\s+(?:Page|P\\.|Pg\\.?)\\s*[A-Z]?" EN_NUM u"\\s*\\.?\\s*\\)?$", D::In, 0},
    {u"^\\(?\\s*(?<keyword>[^,;:()]{1,40}?)\\s*[,;:]?\\s+(?:continued\\s+)?from\\s+(?:the\\s+)?front\\s+page\\s*\\.?\\s*\\)?$", D::In, Front},
    // German, French
    {u"^\\(?\\s*(?:Fortsetzung|Weiter)\\s+auf\\s+Seite\\s+" EN_NUM u"\\s*\\)?$", D::Out, 0},
    {u"^\\(?\\s*Fortsetzung\\s+von\\s+Seite\\s+" EN_NUM u"\\s*\\)?$", D::In, 0},
    {u"^\\(?\\s*(?:Suite|Lire la suite)\\s+(?:en\\s+)?page\\s+" EN_NUM u"\\s*\\)?$", D::Out, 0},
    {u"^\\(?\\s*Suite\\s+de\\s+la\\s+page\\s+" EN_NUM u"\\s*\\)?$", D::In, 0},
    {u"^\\(?\\s*Suite\\s+de\\s+la\\s+une\\s*\\)?$", D::In, Front},
};

#undef ZH_NUM
#undef EN_NUM
#undef SEE

struct Compiled {
    QRegularExpression re;
    D direction;
    int fixedPage;
};

const QList<Compiled> &compiled()
{
    static const QList<Compiled> list = [] {
        QList<Compiled> out;
        for (const JumpPattern &p : kPatterns)
            out.append({QRegularExpression(QString::fromUtf16(p.pattern), QRegularExpression::CaseInsensitiveOption),
                        p.direction, p.fixedPage});
        return out;
    }();
    return list;
}

// Words that make "X from page 1" a sentence rather than a jump head.
bool plausibleKeyword(QStringView keyword)
{
    const QString k = keyword.trimmed().toString();
    if (k.isEmpty() || k.size() > 40)
        return false;
    // A jump head's keyword is one to four words.
    return k.split(u' ', Qt::SkipEmptyParts).size() <= 4;
}

// Whether tail starts as a keyword jump out does: an optional bracket, then SEE ("See" and its OCR
// damage, S[ec][eco] as in the patterns above) and white space.
bool startsLikeSee(QStringView tail)
{
    qsizetype i = 0;
    if (i < tail.size() && tail[i] == u'(')
        ++i;
    while (i < tail.size() && tail[i].isSpace())
        ++i;
    if (tail.size() - i < 4)
        return false;
    const char16_t s = tail[i].toLower().unicode(), e = tail[i + 1].toLower().unicode(), c = tail[i + 2].toLower().unicode();
    return s == u's' && (e == u'e' || e == u'c') && (c == u'e' || c == u'c' || c == u'o') && tail[i + 3].isSpace();
}

// Whether line could end as a keyword jump in does: with the page's number or the word "page" ("from
// front page"), then at most a full stop or a closing bracket.
bool endsLikeKeywordJumpIn(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1].isSpace() || line[end - 1] == u'.' || line[end - 1] == u')'))
        --end;
    return end > 0 && (line[end - 1].isDigit() || line.first(end).endsWith(u"page", Qt::CaseInsensitive));
}

} // namespace

std::optional<JumpReference> JumpLineCues::keywordJumpOutAtEnd(QStringView lineIn)
{
    const QStringView line = lineIn.trimmed();
    // Shortest tail first: "… readers can see the plan. See BUDGET, page 3" names BUDGET.
    for (qsizetype i = line.size() - 1; i >= 0 && line.size() - i <= kLongestLine; --i) {
        if (i > 0 && !line[i - 1].isSpace())
            continue;
        const QStringView tail = line.sliced(i);
        if (!startsLikeSee(tail))
            continue;
        const auto ref = parse(tail);
        if (ref && ref->direction == JumpReference::Direction::Out && !ref->keyword.isEmpty())
            return ref;
    }
    return std::nullopt;
}

std::optional<JumpReference> JumpLineCues::keywordJumpIn(QStringView line)
{
    if (!endsLikeKeywordJumpIn(line))
        return std::nullopt;
    const auto ref = parse(line);
    if (ref && ref->direction == JumpReference::Direction::In && !ref->keyword.isEmpty())
        return ref;
    return std::nullopt;
}

int JumpLineCues::pageNumber(QStringView text)
{
    static const QString zhDigits = QStringLiteral("零一二三四五六七八九");
    int value = 0;
    bool digits = false;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            value = value * 10 + (c.unicode() - u'0');
            digits = true;
        } else if (c >= u'０' && c <= u'９') {
            value = value * 10 + (c.unicode() - u'０');
            digits = true;
        }
    }
    if (digits)
        return value;
    // Chinese numerals: 三 = 3, 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23; 两 = 2.
    int tens = 0;
    int units = 0;
    bool any = false;
    for (QChar c : text) {
        if (c == u'十') {
            tens = units == 0 ? 1 : units;
            units = 0;
            any = true;
        } else if (c == u'两') {
            units = 2;
            any = true;
        } else if (const qsizetype d = zhDigits.indexOf(c); d >= 0) {
            units = int(d);
            any = true;
        } else {
            return 0;
        }
    }
    return any ? tens * 10 + units : 0;
}

std::optional<JumpReference> JumpLineCues::parse(QStringView lineIn)
{
    const QStringView line = lineIn.trimmed();
    if (line.isEmpty() || line.size() > kLongestLine)
        return std::nullopt;
    for (const Compiled &c : compiled()) {
        const QRegularExpressionMatch m = c.re.match(line);
        if (!m.hasMatch())
            continue;
        JumpReference ref;
        ref.direction = c.direction;
        ref.page = c.fixedPage != 0 ? c.fixedPage : pageNumber(m.capturedView(u"page"));
        if (ref.page == 0)
            continue;
        const QStringView keyword = m.capturedView(u"keyword");
        if (!keyword.isNull()) {
            if (!plausibleKeyword(keyword))
                continue;
            ref.keyword = keyword.trimmed().toString();
        }
        return ref;
    }
    return std::nullopt;
}

} // namespace galley
