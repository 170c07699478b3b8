// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assignment.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace galley {

namespace {

// Disjoint sets over the graph's items (path halving; the smaller index is the root).
struct Parts {
    std::vector<qsizetype> parent;
    explicit Parts(qsizetype n)
        : parent(std::size_t(n))
    {
        std::iota(parent.begin(), parent.end(), qsizetype(0));
    }
    qsizetype find(qsizetype x)
    {
        while (parent[std::size_t(x)] != x) {
            parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
            x = parent[std::size_t(x)];
        }
        return x;
    }
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::size_t(std::max(a, b))] = std::min(a, b);
    }
};

// The Hungarian method (Kuhn–Munkres with potentials) on an n × n cost matrix, row-major:
// the column given to each row, with the smallest total cost.
std::vector<qsizetype> cheapestColumns(const std::vector<double> &cost, qsizetype n)
{
    const double inf = std::numeric_limits<double>::infinity();
    // 1-based, column 0 a sentinel: rowOf[j] is the row given column j.
    std::vector<double> u(std::size_t(n + 1), 0.0), v(std::size_t(n + 1), 0.0), minv(std::size_t(n + 1));
    std::vector<qsizetype> rowOf(std::size_t(n + 1), 0), way(std::size_t(n + 1), 0);
    std::vector<char> used(std::size_t(n + 1));
    for (qsizetype i = 1; i <= n; ++i) {
        rowOf[0] = i;
        qsizetype j0 = 0;
        std::fill(minv.begin(), minv.end(), inf);
        std::fill(used.begin(), used.end(), 0);
        do {
            used[std::size_t(j0)] = 1;
            const qsizetype i0 = rowOf[std::size_t(j0)];
            double delta = inf;
            qsizetype j1 = 0;
            for (qsizetype j = 1; j <= n; ++j) {
                if (used[std::size_t(j)])
                    continue;
                const double reduced = cost[std::size_t((i0 - 1) * n + (j - 1))] - u[std::size_t(i0)] - v[std::size_t(j)];
                if (reduced < minv[std::size_t(j)]) {
                    minv[std::size_t(j)] = reduced;
                    way[std::size_t(j)] = j0;
                }
                if (minv[std::size_t(j)] < delta) {
                    delta = minv[std::size_t(j)];
                    j1 = j;
                }
            }
            for (qsizetype j = 0; j <= n; ++j) {
                if (used[std::size_t(j)]) {
                    u[std::size_t(rowOf[std::size_t(j)])] += delta;
                    v[std::size_t(j)] -= delta;
                } else {
                    minv[std::size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (rowOf[std::size_t(j0)] != 0);
        do {
            const qsizetype j1 = way[std::size_t(j0)];
            rowOf[std::size_t(j0)] = rowOf[std::size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<qsizetype> columnOf(static_cast<std::size_t>(n));
    for (qsizetype j = 1; j <= n; ++j) // every row has a column: the matrix is square
        columnOf[std::size_t(rowOf[std::size_t(j)] - 1)] = j - 1;
    return columnOf;
}

// One connected part of the pair graph: its pairs in (group, text) order, and its distinct groups
// and texts, ascending.
struct Part {
    std::vector<ScoredPair> pairs;
    std::vector<qsizetype> groups, texts;

    void close()
    {
        for (const ScoredPair &s : pairs) {
            groups.push_back(s.group);
            texts.push_back(s.text);
        }
        for (std::vector<qsizetype> *v : {&groups, &texts}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
    }
    qsizetype side() const { return qsizetype(std::max(groups.size(), texts.size())); }
};

qsizetype indexIn(const std::vector<qsizetype> &v, qsizetype x)
{
    return qsizetype(std::lower_bound(v.begin(), v.end(), x) - v.begin());
}

// A part too large for cheapestColumns paired best first (ties in (group, text) order).
void bestFirst(const Part &part, std::vector<std::pair<qsizetype, qsizetype>> *chosen)
{
    std::vector<ScoredPair> order = part.pairs;
    std::stable_sort(order.begin(), order.end(),
                     [](const ScoredPair &x, const ScoredPair &y) { return x.logOdds > y.logOdds; });
    std::vector<char> groupTaken(part.groups.size(), 0), textTaken(part.texts.size(), 0);
    for (const ScoredPair &s : order) {
        const std::size_t g = std::size_t(indexIn(part.groups, s.group)), t = std::size_t(indexIn(part.texts, s.text));
        if (groupTaken[g] || textTaken[t])
            continue;
        groupTaken[g] = textTaken[t] = 1;
        chosen->emplace_back(s.group, s.text);
    }
}

// A part paired exactly: the pairs of the largest sum of log-odds.
void exactly(const Part &part, std::vector<std::pair<qsizetype, qsizetype>> *chosen)
{
    const qsizetype n = part.side();
    // Cost 0 for "not paired" (any cell without a pair, and the padding), minus the log-odds for a pair.
    std::vector<double> cost(std::size_t(n * n), 0.0);
    for (const ScoredPair &s : part.pairs)
        cost[std::size_t(indexIn(part.groups, s.group) * n + indexIn(part.texts, s.text))] = -s.logOdds;
    const std::vector<qsizetype> columnOf = cheapestColumns(cost, n);
    for (qsizetype r = 0; r < qsizetype(part.groups.size()); ++r) {
        const qsizetype c = columnOf[std::size_t(r)];
        if (c < qsizetype(part.texts.size()) && cost[std::size_t(r * n + c)] < 0)
            chosen->emplace_back(part.groups[std::size_t(r)], part.texts[std::size_t(c)]);
    }
}

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> Assignment::likeliest(std::vector<ScoredPair> pairs)
{
    std::vector<std::pair<qsizetype, qsizetype>> chosen;
    std::erase_if(pairs, [](const ScoredPair &s) { return !(s.logOdds > 0); });
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) {
        return x.group != y.group ? x.group < y.group : x.text < y.text;
    });
    Q_ASSERT(std::adjacent_find(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) {
                 return x.group == y.group && x.text == y.text;
             }) == pairs.end());
    // Items numbered densely: groups first, then texts.
    std::vector<qsizetype> groups, texts;
    groups.reserve(pairs.size());
    texts.reserve(pairs.size());
    for (const ScoredPair &s : pairs) {
        groups.push_back(s.group);
        texts.push_back(s.text);
    }
    for (std::vector<qsizetype> *v : {&groups, &texts}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    const qsizetype groupCount = qsizetype(groups.size());
    Parts parts(groupCount + qsizetype(texts.size()));
    std::vector<qsizetype> itemOfPair; // the pair's group's item
    itemOfPair.reserve(pairs.size());
    for (const ScoredPair &s : pairs) {
        itemOfPair.push_back(indexIn(groups, s.group));
        parts.unite(itemOfPair.back(), groupCount + indexIn(texts, s.text));
    }
    // The pairs by part (the part's smallest item), in (group, text) order within a part.
    std::vector<std::pair<qsizetype, std::size_t>> byPart; // (root, pair)
    byPart.reserve(pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i)
        byPart.emplace_back(parts.find(itemOfPair[i]), i);
    std::sort(byPart.begin(), byPart.end());
    for (std::size_t from = 0; from < byPart.size();) {
        std::size_t to = from + 1;
        while (to < byPart.size() && byPart[to].first == byPart[from].first)
            ++to;
        if (to - from == 1) { // a pair alone in its part: taken
            const ScoredPair &s = pairs[byPart[from].second];
            chosen.emplace_back(s.group, s.text);
        } else {
            Part part;
            for (std::size_t k = from; k < to; ++k)
                part.pairs.push_back(pairs[byPart[k].second]);
            part.close();
            if (part.side() > kMaxExactItems)
                bestFirst(part, &chosen);
            else
                exactly(part, &chosen);
        }
        from = to;
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace galley
