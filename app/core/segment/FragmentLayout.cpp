// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FragmentLayout.h"

#include "LanguageCues.h"
#include "ScriptClass.h"
#include "WrapRepair.h"

#include <algorithm>

namespace galley {

namespace {

double glyphWidth(char32_t c, bool noSpace, bool neighbourNoSpace)
{
    if (noSpace)
        return 1.0;
    if (c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019)
        return 1.0;
    if (neighbourNoSpace && script::isHalfWidthPunctuation(c))
        return 1.0;
    return 0.5;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

double FragmentLayout::width(QStringView text, qsizetype start, qsizetype end)
{
    // One pass, each character's script class looked up once (previous, current, next).
    double w = 0;
    bool prevNoSpace = script::isNoSpace(script::codePointBefore(text, start));
    qsizetype i = start;
    char32_t c = script::codePointAt(text, i);
    bool curNoSpace = script::isNoSpace(c);
    while (i < end) {
        const qsizetype next = i + (c > 0xFFFF ? 2 : 1);
        const char32_t n = script::codePointAt(text, next);
        const bool nextNoSpace = script::isNoSpace(n);
        w += glyphWidth(c, curNoSpace, prevNoSpace || nextNoSpace);
        prevNoSpace = curNoSpace;
        curNoSpace = nextNoSpace;
        c = n;
        i = next;
    }
    return w;
}

QList<PrintedLine> FragmentLayout::printedLines(QStringView text, const TextSpan &span)
{
    QList<PrintedLine> lines;
    qsizetype lineStart = span.start;
    auto close = [&](qsizetype end) {
        qsizetype s = lineStart, e = end;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            lines.append({s, e, width(text, s, e)});
    };
    qsizetype i = span.start;
    while (i < span.end) {
        const QChar c = text[i];
        if (c == u'\n') {
            close(i);
            lineStart = ++i;
            continue;
        }
        if (c == u' ' || c == QChar(0x3000)) {
            qsizetype j = i;
            while (j < span.end && (text[j] == u' ' || text[j] == QChar(0x3000)))
                ++j;
            if (j < span.end && text[j] != u'\n'
                && WrapRepair::dropsSpaceBetween(script::codePointBefore(text, i), script::codePointAt(text, j))) {
                close(i);
                lineStart = j;
            }
            i = j;
            continue;
        }
        ++i;
    }
    close(span.end);
    return lines;
}

double FragmentLayout::innerWidth(const Fragment &f)
{
    if (f.lines.size() < 3)
        return 0;
    QList<double> inner;
    for (qsizetype i = 1; i + 1 < f.lines.size(); ++i)
        inner.append(f.lines[i].width);
    std::sort(inner.begin(), inner.end());
    return inner[(inner.size() * 3) / 4];
}

StartKind FragmentLayout::startKind(QStringView text, const Fragment &f)
{
    const QStringView body = text.sliced(f.span.start, f.span.length());
    if (f.lines.isEmpty())
        return StartKind::Ambiguous;
    if (f.role == Role::Lead)
        return StartKind::ParagraphStart;
    const QChar first = body.front();
    if (!f.isCjk()) {
        if (first.isLower())
            return StartKind::Continuation;
        if (first.isUpper() || first == u'"' || first == u'“' || first == u'\'')
            return f.lines.size() > 1 && f.lines[0].width <= f.typicalWidth - 1.5 ? StartKind::ParagraphStart : StartKind::Weak;
        return StartKind::Ambiguous;
    }
    const int firstSentence = LanguageCues::firstSentenceLength(body);
    if (firstSentence >= 0 && firstSentence <= 3)
        return StartKind::Continuation;
    if (f.typicalWidth <= 0)
        return StartKind::Ambiguous;
    const PrintedLine &l0 = f.lines.front();
    const double w = l0.width, t = f.typicalWidth;
    if (f.lines.size() == 1 && !f.endsOpen)
        return StartKind::Ambiguous;
    if (f.lines.size() > 1 && LanguageCues::endsSentence(text.sliced(l0.start, l0.end - l0.start)) && w < t - 0.5)
        return StartKind::Ambiguous;
    if (w >= t - 0.5)
        return StartKind::Continuation;
    if (w <= t - 1.5)
        return StartKind::ParagraphStart;
    return StartKind::Weak;
}

quint8 FragmentLayout::quoteState(QStringView text)
{
    int straightDouble = 0, straightSingle = 0, curlyDouble = 0, curlySingle = 0;
    int minCurlyDouble = 0, minCurlySingle = 0;
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"': ++straightDouble; break;
        case u'\'': ++straightSingle; break;
        case u'“': ++curlyDouble; break;
        case u'”': minCurlyDouble = std::min(minCurlyDouble, --curlyDouble); break;
        case u'‘': ++curlySingle; break;
        case u'’': minCurlySingle = std::min(minCurlySingle, --curlySingle); break;
        default: break;
        }
    }
    quint8 q = 0;
    if (straightDouble % 2 || curlyDouble > 0)
        q |= Fragment::QuoteOpensDouble;
    if (straightSingle % 2 || curlySingle > 0)
        q |= Fragment::QuoteOpensSingle;
    if (straightDouble % 2 || minCurlyDouble < 0)
        q |= Fragment::QuoteClosesDouble;
    if (straightSingle % 2 || minCurlySingle < 0)
        q |= Fragment::QuoteClosesSingle;
    return q;
}

void FragmentLayout::measureLines(QStringView text, QList<Fragment> &fragments)
{
    for (Fragment &f : fragments) {
        f.lines = printedLines(text, f.span);
        // The script of a fragment shows in its first lines; a sample spares a pass over long blocks.
        f.cjkShare = script::cjkShare(text.sliced(f.span.start, std::min<qsizetype>(f.span.length(), 240)));
        f.endsOpen = !LanguageCues::endsSentence(text.sliced(f.span.start, f.span.length()));
        f.quotes = quoteState(text.sliced(f.span.start, f.span.length()));
    }
}

void FragmentLayout::measureColumns(QStringView text, QList<Fragment> &fragments)
{
    // Column width: a fragment's own inner lines when it has two or more, else the median of its
    // nearest running-text neighbours' (same script class).
    QList<double> own(fragments.size());
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const Fragment &f = fragments[i];
        own[i] = f.isRunningText() ? innerWidth(f) : 0;
    }
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        Fragment &f = fragments[i];
        if (own[i] > 0 && f.lines.size() >= 4) {
            f.typicalWidth = own[i];
        } else {
            QList<double> near;
            if (own[i] > 0)
                near.append(own[i]);
            for (qsizetype d = 1; d <= 4 && near.size() < 4; ++d) {
                for (qsizetype j : {i - d, i + d})
                    if (j >= 0 && j < fragments.size() && own[j] > 0 && fragments[j].isCjk() == f.isCjk())
                        near.append(own[j]);
            }
            f.typicalWidth = median(near);
        }
        f.start = startKind(text, f);
    }
}
}  // namespace galley
