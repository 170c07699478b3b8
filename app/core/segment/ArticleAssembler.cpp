// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleAssembler.h"

#include "TextSimilarity.h"

#include "ReasonText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace galley {

namespace {

ReasonId tr(const char *text)
{
    return reasonText("galley::ArticleAssembler", text); // the context lupdate files these strings under
}

bool isExtra(Role r)
{
    return r == Role::Table || r == Role::TableTitle || r == Role::Note || r == Role::Caption || r == Role::Credit
        || r == Role::JumpLine;
}

// An article while it is being assembled.
struct Draft {
    QList<int> group;      ///< headline candidates and bylines before the body, page order
    QList<int> chainHeads; ///< paragraph chains, placement order
    QList<int> extras;
    QList<int> inlineCandidates; ///< display lines met inside the article's flow
    bool hasBody = false;
    bool hasLead = false;
};

struct Chains {
    QList<int> next, prev;
    QList<int> headOf; ///< each fragment's chain head, found once (walking back per look-up is quadratic in a long chain)
    QHash<int, ContinuationLink> linkInto; ///< by target fragment

    QList<int> members(int head) const
    {
        QList<int> m;
        for (int i = head; i >= 0; i = next[i])
            m.append(i);
        return m;
    }
    int head(int i) const { return headOf[i]; }
    void findHeads()
    {
        headOf = QList<int>(next.size(), -1);
        for (int h = 0; h < next.size(); ++h)
            if (prev[h] < 0)
                for (int i = h; i >= 0; i = next[i])
                    headOf[i] = h;
    }
};

// Which articles' bodies hold each unit of the headline candidates, so that matching every candidate
// against every article costs one pass over the bodies plus the candidates' posting lists.
struct BodyIndex {
    QHash<quint64, QList<int>> postings; ///< candidate unit → articles holding it (ascending, once each)
    int articles = 0;

    BodyIndex(const QSet<quint64> &candidateUnits, const QStringList &bodies)
        : articles(int(bodies.size()))
    {
        // A bitmap of the characters in candidate bigrams spares most hash look-ups.
        QList<quint64> bits(1 << 15, 0); // one bit per code point below U+200000 / 64 … folded to 2^21 bits
        auto bit = [&](char32_t c) -> bool { return bits[(c >> 6) & 0x7FFF] & (quint64(1) << (c & 63)); };
        for (quint64 u : candidateUnits) {
            postings.insert(u, {});
            if (!(u >> 63)) {
                const char32_t first = char32_t(u >> 21), second = char32_t(u & 0x1FFFFF);
                bits[(first >> 6) & 0x7FFF] |= quint64(1) << (first & 63);
                bits[(second >> 6) & 0x7FFF] |= quint64(1) << (second & 63);
            }
        }
        for (int a = 0; a < bodies.size(); ++a)
            TextSimilarity::forEachUnit(bodies[a], [&](quint64 u) {
                if (!(u >> 63) && !(bit(char32_t(u >> 21)) && bit(char32_t(u & 0x1FFFFF))))
                    return;
                const auto it = postings.find(u);
                if (it != postings.end() && (it->isEmpty() || it->constLast() != a))
                    it->append(a);
            });
    }
    /// Containment of units in each article's body (articles sharing no unit are left out). Units found
    /// in very many articles (a third of them, at least 24, at most 64: the cap keeps the cost linear
    /// on pages of thousands of articles) say nothing about where a headline belongs and count as misses.
    QHash<int, double> similarities(const QSet<quint64> &units) const
    {
        QHash<int, double> hits;
        if (units.isEmpty())
            return hits;
        const qsizetype common = std::clamp(articles / 3, 24, 64);
        for (quint64 u : units) {
            const auto it = postings.constFind(u);
            if (it == postings.cend() || it->size() > common)
                continue;
            for (int a : *it)
                hits[a] += 1.0;
        }
        for (auto it = hits.begin(); it != hits.end(); ++it)
            *it /= double(units.size());
        return hits;
    }
};

QString chainText(QStringView text, const QList<Fragment> &fragments, const Chains &chains, int head)
{
    QString s;
    for (int i : chains.members(head))
        s += text.sliced(fragments[i].span.start, fragments[i].span.length());
    return s;
}

} // namespace

Segmentation ArticleAssembler::assemble(QStringView text, const QList<Fragment> &fragments,
                                        const QList<ContinuationLink> &links)
{
    const int n = int(fragments.size());
    Chains chains{QList<int>(n, -1), QList<int>(n, -1), {}, {}};
    for (const ContinuationLink &l : links) {
        chains.next[l.from] = l.to;
        chains.prev[l.to] = l.from;
        chains.linkInto.insert(l.to, l);
    }
    chains.findHeads();
    // A display line that a link joined into running text is running text.
    QList<Fragment> frags = fragments;
    for (int i = 0; i < n; ++i) {
        if (frags[i].headlineCandidate && (chains.next[i] >= 0 || chains.prev[i] >= 0)) {
            frags[i].headlineCandidate = false;
            frags[i].role = Role::Body;
            frags[i].reasons = {tr("short line, but its sentence carries on in the next fragment")};
        }
    }
    auto fragText = [&](int i) { return text.sliced(frags[i].span.start, frags[i].span.length()); };

    // --- 1. Walk the page. ---
    QList<Draft> drafts;
    QList<int> furniture;
    QList<int> pendingGroup, pendingExtras;
    int current = -1;
    QSet<int> placed;
    QHash<int, int> articleOfChain; // chain head → draft
    int lastRunningArticle = -1;    // draft of the running text met last in page order
    auto openArticle = [&] {
        Draft d;
        d.group = pendingGroup;
        d.extras = pendingExtras;
        pendingGroup.clear();
        pendingExtras.clear();
        drafts.append(d);
        current = int(drafts.size()) - 1;
    };
    auto placeChain = [&](int head) {
        if (placed.contains(head))
            return;
        if (current < 0)
            openArticle();
        for (int m : chains.members(head))
            placed.insert(m);
        articleOfChain.insert(head, current);
        drafts[current].chainHeads.append(head);
        drafts[current].hasBody = true;
    };
    auto groupText = [&](const Draft &d) {
        QString s;
        for (int g : d.group)
            if (frags[g].headlineCandidate)
                s += fragText(g);
        return s;
    };
    // The first running-text fragment after each fragment (-1: none), found in one pass from the end.
    QList<int> nextRunning(n, -1);
    for (int i = n - 2; i >= 0; --i)
        nextRunning[i] = frags[i + 1].isRunningText() ? i + 1 : nextRunning[i + 1];
    auto nextRunningText = [&](int i) { return nextRunning[i]; };

    for (int i = 0; i < n; ++i) {
        const Fragment &f = frags[i];
        if (f.isRunningText() && placed.contains(chains.head(i)))
            lastRunningArticle = articleOfChain.value(chains.head(i), lastRunningArticle);
        if (f.role == Role::Furniture) {
            furniture.append(i);
        } else if (f.headlineCandidate) {
            if (current >= 0 && drafts[current].hasBody) {
                const int j = nextRunningText(i);
                const bool inFlow = j >= 0 && chains.prev[j] >= 0 && placed.contains(chains.head(j));
                if (inFlow) {
                    drafts[current].inlineCandidates.append(i);
                    continue;
                }
                current = -1;
            }
            pendingGroup.append(i);
        } else if (f.role == Role::Byline) {
            if (current >= 0 && drafts[current].hasBody)
                current = -1;
            if (current >= 0)
                drafts[current].group.append(i);
            else
                pendingGroup.append(i);
        } else if (f.role == Role::Lead) {
            if (current >= 0 && drafts[current].hasBody) {
                const Draft &d = drafts[current];
                const QString headline = groupText(d);
                const bool sameArticle = !d.hasLead && !headline.isEmpty()
                    && TextSimilarity::containment(headline, chainText(text, frags, chains, chains.head(i))) >= kHeadlineMatch;
                if (!sameArticle)
                    current = -1;
            }
            if (current < 0)
                openArticle();
            drafts[current].hasLead = true;
            placeChain(chains.head(i));
        } else if (f.isRunningText()) {
            if (chains.prev[i] >= 0 && placed.contains(chains.head(i)))
                continue;
            if (chains.prev[i] >= 0) {
                // Head not placed yet: it stands later on the page (a lead after its body). Keep this
                // fragment for then, unless the head is not a lead (then place the chain here).
                const int h = chains.head(i);
                if (frags[h].role == Role::Lead && h > i)
                    continue;
                placeChain(h);
                continue;
            }
            placeChain(i);
        } else if (isExtra(f.role)) {
            // A table, note, caption, credit or jump line belongs with the running text just before it.
            const int owner = lastRunningArticle >= 0 ? lastRunningArticle : current;
            if (owner >= 0)
                drafts[owner].extras.append(i);
            else
                pendingExtras.append(i);
        } else {
            placeChain(i);
        }
        if (f.isRunningText() && placed.contains(chains.head(i)))
            lastRunningArticle = articleOfChain.value(chains.head(i), lastRunningArticle);
        else if (f.headlineCandidate || f.role == Role::Byline)
            lastRunningArticle = -1; // a new article's display lines: extras after them wait for it
    }
    // Leftovers: a group or extras with no article after them.
    if (!pendingExtras.isEmpty()) {
        if (!drafts.isEmpty())
            drafts.last().extras.append(pendingExtras);
        else
            furniture.append(pendingExtras);
    }
    for (int g : pendingGroup)
        furniture.append(g);
    // Chains whose fragments were all skipped (their lead head never came): place at the last article.
    for (int i = 0; i < n; ++i)
        if (frags[i].isRunningText() && !placed.contains(chains.head(i)) && !drafts.isEmpty()) {
            current = int(drafts.size()) - 1;
            placeChain(chains.head(i));
        }

    // --- 3. Headlines by similarity. ---
    QStringList bodies;
    for (const Draft &d : drafts) {
        QString body;
        for (int h : d.chainHeads)
            body += chainText(text, frags, chains, h);
        bodies.append(body);
    }
    struct Candidate {
        int fragment;
        int article;
        double similarity;
        double score;
    };
    QList<Candidate> cands;
    // Candidate fragment → article whose group or flow it stands in. Ordered by fragment: kickers and
    // subheadlines are appended in this order, so it reaches the output (never a QHash here).
    QMap<int, int> homeOf;
    QList<int> groupOf(n, -1);           // fragment → draft whose group holds it
    QList<int> lastGroupCandidate(drafts.size(), -1);
    for (int a = 0; a < drafts.size(); ++a) {
        for (int g : drafts[a].group) {
            groupOf[g] = a;
            if (frags[g].headlineCandidate) {
                homeOf.insert(g, a);
                lastGroupCandidate[a] = g;
            }
        }
        for (int g : drafts[a].inlineCandidates)
            homeOf.insert(g, a);
    }
    QHash<int, QSet<quint64>> candidateUnits;
    QSet<quint64> allCandidateUnits;
    for (auto it = homeOf.cbegin(); it != homeOf.cend(); ++it) {
        candidateUnits.insert(it.key(), TextSimilarity::units(fragText(it.key())));
        allCandidateUnits.unite(candidateUnits[it.key()]);
    }
    const BodyIndex index(allCandidateUnits, bodies);
    for (auto it = homeOf.cbegin(); it != homeOf.cend(); ++it) {
        const QHash<int, double> sims = index.similarities(candidateUnits.value(it.key()));
        QList<int> considered = sims.keys();
        if (!sims.contains(it.value()))
            considered.append(it.value());
        for (int a : considered) {
            const double sim = sims.value(a);
            double score = sim;
            const bool inGroup = a == it.value() && groupOf[it.key()] == a;
            if (inGroup) {
                score += 0.3;
                if (lastGroupCandidate[a] == it.key())
                    score += 0.1;
            } else if (a == it.value()) {
                score += 0.1;
            }
            if (sim >= kHeadlineMatch || inGroup)
                cands.append({it.key(), a, sim, score});
        }
    }
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate &x, const Candidate &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.fragment != y.fragment ? x.fragment < y.fragment : x.article < y.article;
    });
    QList<int> headlineOf(drafts.size(), -1);
    QHash<int, double> headlineSim;
    QSet<int> used;
    for (const Candidate &c : cands) {
        if (headlineOf[c.article] >= 0 || used.contains(c.fragment))
            continue;
        headlineOf[c.article] = c.fragment;
        headlineSim.insert(c.fragment, c.similarity);
        used.insert(c.fragment);
    }

    // --- 4. Build the segmentation. ---
    Segmentation seg;
    auto makePiece = [&](int i, Role role, double confidence, QStringList reasons) {
        Piece p;
        p.id = seg.nextPieceId++;
        p.block = frags[i].block;
        p.span = frags[i].span;
        p.role = role;
        p.confidence = confidence;
        p.reasons = std::move(reasons);
        return p;
    };
    QHash<int, QList<int>> kickersFor, subheadsFor; // article → fragments
    QList<int> orphans;
    for (auto it = homeOf.cbegin(); it != homeOf.cend(); ++it) {
        const int g = it.key();
        if (used.contains(g))
            continue;
        const int home = it.value();
        // Best match elsewhere, else its home article.
        const QHash<int, double> sims = index.similarities(candidateUnits.value(g));
        int best = -1;
        double bestSim = 0;
        for (auto s = sims.cbegin(); s != sims.cend(); ++s) {
            if (s.value() > bestSim || (s.value() == bestSim && s.key() < best)) {
                bestSim = s.value();
                best = s.key();
            }
        }
        const int target = bestSim >= kHeadlineMatch ? best : home;
        const bool beforeHeadline = headlineOf[target] < 0 || g < headlineOf[target];
        const bool adjacentAfter = headlineOf[target] >= 0 && g > headlineOf[target] && groupOf[g] == target;
        const bool inFlow = groupOf[g] != home; // in the home's flow, not its group
        if (adjacentAfter)
            subheadsFor[target].append(g);
        else if (beforeHeadline || target != home || inFlow)
            kickersFor[target].append(g);
        else
            subheadsFor[target].append(g);
        headlineSim.insert(g, bestSim);
    }

    for (int a = 0; a < drafts.size(); ++a) {
        const Draft &d = drafts[a];
        Article art;
        art.id = seg.nextArticleId++;
        QList<Piece> head, tail;
        for (int k : kickersFor.value(a))
            head.append(makePiece(k, Role::Kicker, 0.6,
                                  {tr("display line near the headline, matching this article (similarity %1)").arg(headlineSim.value(k), 0, 'f', 2)}));
        if (headlineOf[a] >= 0) {
            const int h = headlineOf[a];
            const double sim = headlineSim.value(h);
            const bool far = !d.group.contains(h);
            QStringList reasons{tr("display line; %1 of its words found in this article's text").arg(QString::number(qRound(sim * 100)) + QLatin1Char('%'))};
            if (far)
                reasons << tr("stood away from its article on the page (orphan headline matched by similarity)");
            Piece p = makePiece(h, Role::Headline, std::clamp(0.4 + sim * 0.6, 0.0, 0.99), reasons);
            head.append(p);
            if (far || sim < kHeadlineMatch)
                art.flags.append({p.id, QStringLiteral("orphan-headline"),
                                  far ? tr("Headline found away from its article by text similarity — check it belongs here.")
                                      : tr("Headline shares little text with the article — check it belongs here.")});
        }
        for (int s : subheadsFor.value(a))
            head.append(makePiece(s, Role::Subheadline, 0.55, {tr("display line after the headline")}));
        for (int g : d.group)
            if (frags[g].role == Role::Byline)
                head.append(makePiece(g, Role::Byline, frags[g].confidence, frags[g].reasons));

        // Paragraph chains: the lead's first, then page order.
        QList<int> heads = d.chainHeads;
        std::stable_sort(heads.begin(), heads.end(), [&](int x, int y) {
            const bool lx = frags[x].role == Role::Lead, ly = frags[y].role == Role::Lead;
            if (lx != ly)
                return lx;
            return x < y;
        });
        QList<Piece> body;
        for (int h : heads) {
            bool first = true;
            const QList<int> members = chains.members(h);
            for (int m : members) {
                QStringList reasons = frags[m].reasons;
                Role role = frags[m].role == Role::Lead ? Role::Lead : Role::Body;
                const ContinuationLink link = first ? ContinuationLink() : chains.linkInto.value(m);
                if (!first)
                    reasons << link.reasons;
                Piece p = makePiece(m, role, frags[m].confidence, reasons);
                p.continuesParagraph = !first;
                if (!first) {
                    const double score = link.score;
                    p.confidence = std::clamp(score / 7.0, 0.3, 0.99);
                    if (score < ContinuationLinker::kThreshold + 1.0)
                        art.flags.append({p.id, QStringLiteral("weak-continuation"),
                                          tr("Joined to the paragraph before on thin evidence: %1.").arg(joinReasons(link.reasons))});
                    if (m < h || m < chains.prev[m])
                        p.reasons << tr("moved: it stands earlier on the page than the text it continues");
                }
                if (frags[m].splitFromBlock)
                    art.flags.append({p.id, QStringLiteral("interleaved-columns"),
                                      tr("This block held two interleaved column fragments and was split — check the cut.")});
                if (first && (frags[m].start == StartKind::Continuation) && role == Role::Body)
                    art.flags.append({p.id, QStringLiteral("orphan-fragment"),
                                      tr("Starts mid-sentence, but no fragment it continues was found on this page.")});
                body.append(p);
                first = false;
            }
            const int last = members.constLast();
            if (frags[last].endsOpen && frags[last].role != Role::Lead)
                art.flags.append({body.constLast().id, QStringLiteral("open-end"),
                                  tr("Ends mid-sentence; the rest may be on another page or elsewhere on this one.")});
        }
        QList<int> extras = d.extras;
        std::sort(extras.begin(), extras.end());
        for (int e : extras)
            tail.append(makePiece(e, frags[e].role, frags[e].confidence, frags[e].reasons));
        art.pieces = head + body + tail;
        if (headlineOf[a] < 0)
            art.flags.append({art.pieces.isEmpty() ? 0 : art.pieces.constFirst().id, QStringLiteral("no-headline"),
                              tr("No headline was found for this article.")});
        if (!art.pieces.isEmpty())
            seg.articles.append(art);
    }
    std::sort(furniture.begin(), furniture.end());
    for (int i : furniture)
        seg.furniture.append(makePiece(i, Role::Furniture, frags[i].confidence,
                                       frags[i].role == Role::Furniture ? frags[i].reasons
                                                                        : QStringList{tr("display line matching no article")}));
    return seg;
}

} // namespace galley
