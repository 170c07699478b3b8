// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContinuationLinker.h"

#include "FragmentLayout.h"
#include "LanguageCues.h"
#include "RoleClassifier.h"
#include "WordBridge.h"

#include "ReasonText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace galley {

namespace {

ReasonId tr(const char *text)
{
    return reasonText("galley::ContinuationLinker", text); // the context lupdate files these strings under
}

QStringView textOf(QStringView text, const Fragment &f)
{
    return text.sliced(f.span.start, f.span.length());
}

bool canEnd(const Fragment &f)
{
    return f.endsOpen && (f.isRunningText() || f.headlineCandidate);
}

bool canContinue(const Fragment &f)
{
    return (f.role == Role::Body || f.headlineCandidate) && f.start != StartKind::ParagraphStart;
}

// A display line with clause punctuation inside (，、;) reads like a cut sentence as much as a headline.
bool hasClausePunctuation(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'，' || c == u'、' || c == u'；')
            return true;
        // A half-width comma or semicolon between clauses, not inside a number ("3,000").
        if ((c == u',' || c == u';') && i + 1 < s.size() && !s[i + 1].isDigit())
            return true;
    }
    return false;
}

bool strongBridge(WordBridge::Kind k)
{
    return k == WordBridge::Kind::Word || k == WordBridge::Kind::Number || k == WordBridge::Kind::Hyphenation;
}

// Candidate links (in the order they were scored) accepted best first, the first scored first on equal
// scores; each of n fragments at most once on each side, never closing a cycle. O(m log m); the links
// themselves are not moved, only pointers to them.
QList<ContinuationLink> acceptBestFirst(const QList<const ContinuationLink *> &candidates, int n)
{
    QList<const ContinuationLink *> order = candidates;
    std::stable_sort(order.begin(), order.end(),
                     [](const ContinuationLink *x, const ContinuationLink *y) { return x->score > y->score; });
    QList<int> next(n, -1), prev(n, -1);
    // The other end of the chain each chain end belongs to (valid at chain ends only): a link from a
    // chain's last fragment to a chain's first closes a cycle exactly when both are the same chain.
    QList<int> headOfTail(n), tailOfHead(n);
    for (int i = 0; i < n; ++i)
        headOfTail[i] = tailOfHead[i] = i;
    QList<ContinuationLink> accepted;
    for (const ContinuationLink *l : std::as_const(order)) {
        if (next[l->from] >= 0 || prev[l->to] >= 0 || headOfTail[l->from] == l->to)
            continue;
        next[l->from] = l->to;
        prev[l->to] = l->from;
        const int head = headOfTail[l->from], tail = tailOfHead[l->to];
        headOfTail[tail] = head;
        tailOfHead[head] = tail;
        accepted.append(*l);
    }
    return accepted;
}

} // namespace

ContinuationLink ContinuationLinker::score(QStringView text, const QList<Fragment> &fragments, int a, int b,
                                          BridgeCache *cache)
{
    ContinuationLink link{a, b, 0, {}};
    const Fragment &A = fragments[a];
    const Fragment &B = fragments[b];
    if (a == b || !canEnd(A) || !canContinue(B))
        return link;

    double s = 0;
    switch (B.start) {
    case StartKind::Continuation:
        s += 2;
        link.reasons << tr("first line runs the full column width: carries on a sentence");
        break;
    case StartKind::Weak:
        s += 1;
        link.reasons << tr("first line hardly indented");
        break;
    case StartKind::Ambiguous:
        s += 0.5;
        break;
    case StartKind::ParagraphStart:
        return link;
    }

    // Running text between the two, and headlines crossed.
    const int lo = std::min(a, b), hi = std::max(a, b);
    int between = 0;
    bool headlineBetween = false;
    for (int i = lo + 1; i < hi; ++i) {
        between += fragments[i].isRunningText() ? 1 : 0;
        headlineBetween |= fragments[i].headlineCandidate;
    }
    if (a < b) {
        if (between > 2)
            return link;
        s += between == 0 ? 2 : (between == 1 ? 1 : 0);
        if (between == 0)
            link.reasons << tr("follows right after the fragment it continues");
        if (headlineBetween) {
            s -= 2;
            link.reasons << tr("a headline stands between (counts against)");
        }
    } else {
        // Backwards only from a lead into running text: a news lead placed after the body it opens.
        if (A.role != Role::Lead || B.headlineCandidate || between > 1)
            return link;
        s += between == 0 ? 1.5 : 1;
        link.reasons << tr("the news lead stands after the body it opens");
    }
    if (A.role == Role::Lead) {
        s += 1;
        link.reasons << tr("a news lead cut mid-sentence must carry on nearby");
    }

    const QStringView ta = textOf(text, A), tb = textOf(text, B);
    // A word broken with a hyphen at the end of A can only carry on in lower case.
    if (ta.size() >= 2 && ta.back() == u'-' && ta[ta.size() - 2].isLetter() && !tb.isEmpty() && !tb.front().isLower())
        return link;
    // What is still to come adds at most 3 + 1.5 + 0.5: spare the word-break look-up when out of reach.
    if (s + 5.0 < kThreshold && !A.headlineCandidate)
        return link;
    const quint64 pair = (quint64(quint32(a)) << 32) | quint32(b);
    const auto cached = cache ? cache->constFind(pair) : BridgeCache::const_iterator();
    const WordBridge::Kind bridge = cache && cached != cache->cend() ? *cached : WordBridge::between(ta, tb);
    if (cache)
        cache->insert(pair, bridge);
    switch (bridge) {
    case WordBridge::Kind::Word:
        s += 1.5;
        link.reasons << tr("the join makes a word (%1|%2)").arg(ta.right(2).toString(), tb.left(2).toString());
        break;
    case WordBridge::Kind::Number:
        s += 2;
        link.reasons << tr("a number carries on into its unit (%1|%2)").arg(ta.right(3).toString(), tb.left(1).toString());
        break;
    case WordBridge::Kind::Hyphenation:
        s += 3;
        link.reasons << tr("a word hyphenated at the line end carries on");
        break;
    case WordBridge::Kind::None:
        break;
    }
    // A display line (headline candidate) continues only when a word is made across the join, right after it.
    if (A.headlineCandidate && (!strongBridge(bridge) || a > b || between > 0))
        return link;
    // A display line is taken as carrying on a sentence only on strong evidence, unless it reads like a clause.
    if (B.headlineCandidate && !hasClausePunctuation(tb))
        s -= 1.5;

    if (((A.quotes & Fragment::QuoteOpensDouble) && (B.quotes & Fragment::QuoteClosesDouble))
        || ((A.quotes & Fragment::QuoteOpensSingle) && (B.quotes & Fragment::QuoteClosesSingle))) {
        s += 1.5;
        link.reasons << tr("a quotation opened in one is closed in the other");
    }
    if (A.typicalWidth > 0 && B.typicalWidth > 0) {
        const double d = std::abs(A.typicalWidth - B.typicalWidth);
        if (d <= 1) {
            s += 0.5;
            link.reasons << tr("same column width");
        } else if (d >= 3) {
            s -= 1;
            link.reasons << tr("different column width (counts against)");
        }
    }
    link.score = s;
    return link;
}

QList<ContinuationLink> ContinuationLinker::link(QStringView text, const QList<Fragment> &fragments, BridgeCache *cache)
{
    BridgeCache ownCache;
    if (!cache)
        cache = &ownCache;
    const int n = int(fragments.size());
    // A display line found to carry on a sentence is running text, and its own cut end may carry on
    // further: link again with it read as such, at most kRelinkRounds times, over one copy of the
    // fragments. A pair's score depends only on the fragments from A to B, so a round rescores only
    // the pairs within kWindow of a fragment read anew.
    QList<Fragment> reread;
    const QList<Fragment> *current = &fragments;
    QList<QList<ContinuationLink>> into(n); // candidates by B, A ascending
    qsizetype candidateCount = 0;
    auto rescore = [&](int b) {
        candidateCount -= into[b].size();
        into[b].clear();
        if (!canContinue((*current)[b]))
            return;
        for (int a = std::max(0, b - kWindow); a < std::min(n, b + kWindow + 1); ++a) {
            ContinuationLink l = score(text, *current, a, b, cache);
            if (l.score >= kThreshold)
                into[b].append(std::move(l));
        }
        candidateCount += into[b].size();
    };
    for (int b = 0; b < n; ++b)
        rescore(b);
    for (int round = 1;; ++round) {
        QList<const ContinuationLink *> candidates;
        candidates.reserve(candidateCount);
        for (const QList<ContinuationLink> &c : std::as_const(into))
            for (const ContinuationLink &l : c)
                candidates.append(&l);
        QList<ContinuationLink> accepted = acceptBestFirst(candidates, n);
        QList<int> nowRunning;
        if (round < kRelinkRounds)
            for (const ContinuationLink &l : std::as_const(accepted))
                if ((*current)[l.to].headlineCandidate)
                    nowRunning.append(l.to);
        if (nowRunning.isEmpty())
            return accepted;
        if (current != &reread) {
            reread = fragments;
            current = &reread;
        }
        for (int c : std::as_const(nowRunning)) {
            reread[c].headlineCandidate = false;
            reread[c].role = Role::Body;
        }
        // Each B within kWindow of a fragment read anew, once, in page order.
        std::sort(nowRunning.begin(), nowRunning.end());
        int rescored = -1;
        for (int c : std::as_const(nowRunning))
            for (int b = std::max(rescored + 1, c - kWindow); b < std::min(n, c + kWindow + 1); ++b) {
                rescore(b);
                rescored = b;
            }
    }
}

int ContinuationLinker::splitInterleaved(QStringView text, QList<Fragment> &fragments)
{
    // Orphaned continuations: fragments that begin mid-sentence and that at most one fragment on the
    // page links into (the block about to be split may be that one). Only these can be where the first
    // part of an interleaved block carries on.
    BridgeCache cache;
    std::map<int, QList<int>> orphans; // fragment → its predecessors (0 or 1); ordered, so a window is a range
    for (int g = 0; g < fragments.size(); ++g) {
        const Fragment &o = fragments[g];
        if (!canContinue(o) || o.headlineCandidate || o.start != StartKind::Continuation)
            continue;
        QList<int> preds;
        for (int a = std::max(0, g - kWindow); a < std::min<int>(int(fragments.size()), g + kWindow + 1) && preds.size() < 2; ++a)
            if (score(text, fragments, a, g, &cache).score >= kThreshold)
                preds.append(a);
        if (preds.size() < 2)
            orphans.emplace(g, preds);
    }
    if (orphans.empty())
        return 0;
    int splits = 0;
    for (int fi = 0; fi < fragments.size(); ++fi) {
        const Fragment f = fragments[fi];
        if (!f.isRunningText() || !f.isCjk() || f.lines.size() < 2 || f.typicalWidth <= 0)
            continue;
        for (int k = 1; k < f.lines.size(); ++k) {
            const PrintedLine &before = f.lines[k - 1];
            const PrintedLine &after = f.lines[k];
            if (before.width >= f.typicalWidth - 1.5 || after.width < f.typicalWidth - 1.0
                || LanguageCues::endsSentence(text.sliced(before.start, before.end - before.start)))
                continue;
            const QStringView partA = text.sliced(f.span.start, before.end - f.span.start);
            const QStringView partB = text.sliced(after.start, f.span.end - after.start);
            // Interleaved columns come from nearby blocks: look within the linking window. The part
            // before the cut must carry on into an orphaned continuation (rare: checked first), the
            // part after must continue some open end, and the two parts must not make a word.
            const int gBegin = std::max(0, fi - kWindow), gEnd = std::min<int>(int(fragments.size()), fi + kWindow + 1);
            bool aCarriesOn = false, bContinues = false;
            for (auto o = orphans.lower_bound(gBegin); o != orphans.cend() && o->first < gEnd; ++o) {
                const int g = o->first;
                if (g == fi || !(o->second.isEmpty() || o->second.constFirst() == fi))
                    continue;
                if (strongBridge(WordBridge::between(partA, textOf(text, fragments[g])))) {
                    aCarriesOn = true;
                    break;
                }
            }
            for (int g = gBegin; g < gEnd && aCarriesOn && !bContinues; ++g) {
                const Fragment &o = fragments[g];
                bContinues = g != fi && o.isRunningText() && o.endsOpen && strongBridge(WordBridge::between(textOf(text, o), partB));
            }
            if (!aCarriesOn || !bContinues || WordBridge::between(partA, partB) != WordBridge::Kind::None)
                continue;
            Fragment first = f, second = f;
            first.span.end = before.end;
            second.span.start = after.start;
            first.splitFromBlock = second.splitFromBlock = true;
            QList<Fragment> parts{first, second};
            FragmentLayout::measureLines(text, parts);
            for (Fragment &p : parts) {
                p.typicalWidth = f.typicalWidth;
                p.role = LanguageCues::isLead(textOf(text, p)) ? Role::Lead : Role::Body;
                p.reasons = {tr("one of two interleaved column fragments in one block")};
                p.confidence = 0.7;
                p.start = FragmentLayout::startKind(text, p);
            }
            fragments[fi] = parts[0];
            fragments.insert(fi + 1, parts[1]);
            std::map<int, QList<int>> shifted;
            for (const auto &[g, predecessors] : orphans) {
                QList<int> preds = predecessors;
                for (int &p : preds)
                    p += p > fi ? 1 : 0;
                shifted.emplace_hint(shifted.cend(), g + (g > fi ? 1 : 0), preds);
            }
            orphans = std::move(shifted);
            ++splits;
            break;
        }
    }
    return splits;
}

} // namespace galley
