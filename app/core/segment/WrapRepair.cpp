// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapRepair.h"

#include "ScriptClass.h"

#include <QSet>

namespace galley {

namespace {

// Left parts of English, German and French compounds whose hyphen stays at a line end.
bool isCompoundPrefix(QStringView word)
{
    static const QSet<QString> prefixes = {
        QStringLiteral("well"), QStringLiteral("self"), QStringLiteral("ex"), QStringLiteral("non"),
        QStringLiteral("half"), QStringLiteral("all"), QStringLiteral("cross"), QStringLiteral("long"),
        QStringLiteral("short"), QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("so"),
        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
        QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("twenty"), QStringLiteral("thirty"),
        QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("sixty"), QStringLiteral("seventy"),
        QStringLiteral("eighty"), QStringLiteral("ninety"), QStringLiteral("vice"), QStringLiteral("ill"),
        QStringLiteral("mid"), QStringLiteral("post"), QStringLiteral("pre"), QStringLiteral("anti"),
        QStringLiteral("co"), QStringLiteral("semi"), QStringLiteral("quasi"), QStringLiteral("pro"),
        QStringLiteral("great"), QStringLiteral("father"), QStringLiteral("mother"), QStringLiteral("brother"),
        QStringLiteral("sister"), QStringLiteral("son"), QStringLiteral("daughter"), QStringLiteral("law"),
        QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("old"),
        QStringLiteral("new"), QStringLiteral("far"), QStringLiteral("near"), QStringLiteral("full"),
        QStringLiteral("part"), QStringLiteral("open"), QStringLiteral("best"), QStringLiteral("ever"),
        QStringLiteral("grand"), QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("off"),
        QStringLiteral("out"), QStringLiteral("after"), QStringLiteral("over"), QStringLiteral("under"),
        QStringLiteral("sous"), QStringLiteral("arrière"), QStringLiteral("belle"),
        QStringLiteral("nord"), QStringLiteral("süd"), QStringLiteral("ost"), QStringLiteral("west"),
    };
    return prefixes.contains(word.toString().toLower());
}

// The word (letters only) ending just before index end.
QStringView wordBefore(QStringView s, qsizetype end)
{
    // No compound prefix is longer than 32 letters: looking further back would only cost time (a
    // paragraph joined from many pieces asks once per join).
    qsizetype b = end;
    while (b > 0 && end - b < 32 && s[b - 1].isLetter())
        --b;
    return s.sliced(b, end - b);
}

// A line-end hyphen after left, before a word starting with after: soft (true) or real (false).
bool joinsHyphenation(QStringView left, char32_t after)
{
    return QChar::isLower(after) && !isCompoundPrefix(left);
}

struct Decision {
    enum Kind { Keep, Drop, One, JoinHyphen } kind = Keep;
};

// What to do with the white-space run [ws, we) of s; hyphen handling looks at the char before ws.
Decision decide(QStringView s, qsizetype ws, qsizetype we, bool keepSpaces)
{
    const char32_t before = script::codePointBefore(s, ws);
    const char32_t after = script::codePointAt(s, we);
    bool hasNewline = false;
    for (qsizetype i = ws; i < we; ++i)
        hasNewline |= s[i] == u'\n';
    if (hasNewline && before == u'-' && ws >= 2 && s[ws - 2].isLetter() && QChar::isLetter(after))
        return {joinsHyphenation(wordBefore(s, ws - 1), after) ? Decision::JoinHyphen : Decision::Drop};
    if (WrapRepair::dropsSpaceBetween(before, after))
        return {keepSpaces ? Decision::One : Decision::Drop};
    return {Decision::One};
}

} // namespace

bool WrapRepair::dropsSpaceBetween(char32_t before, char32_t after)
{
    if (!before || !after)
        return false;
    return (script::isNoSpace(before) && !script::isSpacedLetter(after))
        || (script::isNoSpace(after) && !script::isSpacedLetter(before));
}

bool WrapRepair::keepsSpaces(Role role)
{
    switch (role) {
    case Role::Headline:
    case Role::Subheadline:
    case Role::Kicker:
    case Role::Byline:
    case Role::Credit:
    case Role::TableTitle:
        return true;
    default:
        return false;
    }
}

QList<WrapRepair::Edit> WrapRepair::edits(QStringView raw, Role role)
{
    QList<Edit> out;
    if (role == Role::Table)
        return out;
    const bool keep = keepsSpaces(role);
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        if (!raw[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && raw[j].isSpace())
            ++j;
        if (i == 0 || j == n) { // leading / trailing white space
            out.append({i, j, EditKind::CollapsedSpace});
            i = j;
            continue;
        }
        const Decision d = decide(raw, i, j, keep);
        switch (d.kind) {
        case Decision::Drop:
            out.append({i, j, raw[i - 1] == u'-' && raw.sliced(i, j - i).contains(u'\n') ? EditKind::KeptHyphen : EditKind::RemovedWrapSpace});
            break;
        case Decision::JoinHyphen:
            out.append({i - 1, j, EditKind::JoinedHyphenation});
            break;
        case Decision::One:
            if (j - i > 1 || raw[i] != u' ')
                out.append({i, j, EditKind::CollapsedSpace});
            break;
        case Decision::Keep:
            break;
        }
        i = j;
    }
    return out;
}

QString WrapRepair::repair(QStringView raw, Role role)
{
    if (role == Role::Table)
        return raw.toString();
    const QList<Edit> list = edits(raw, role);
    QString out;
    out.reserve(raw.size());
    qsizetype pos = 0;
    for (const Edit &e : list) {
        out.append(raw.sliced(pos, e.start - pos));
        const bool edge = e.start == 0 || e.end == raw.size();
        if (e.kind == EditKind::CollapsedSpace && !edge)
            out.append(u' ');
        pos = e.end;
    }
    out.append(raw.sliced(pos));
    return out;
}

QString WrapRepair::joinFragments(const QString &first, const QString &second)
{
    QString joined = first;
    appendFragment(joined, second);
    return joined;
}

void WrapRepair::appendFragment(QString &paragraph, const QString &next)
{
    if (paragraph.isEmpty()) {
        paragraph = next;
        return;
    }
    if (next.isEmpty())
        return;
    const char32_t a = script::codePointBefore(paragraph, paragraph.size());
    const char32_t b = script::codePointAt(next, 0);
    if (a == u'-' && paragraph.size() >= 2 && paragraph[paragraph.size() - 2].isLetter() && QChar::isLetter(b)) {
        if (joinsHyphenation(wordBefore(paragraph, paragraph.size() - 1), b))
            paragraph.chop(1);
    } else if (!dropsSpaceBetween(a, b)) {
        paragraph += u' ';
    }
    paragraph += next;
}

} // namespace galley
