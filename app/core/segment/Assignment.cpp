// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace galley {

namespace {

double logOdds(double p)
{
    p = std::min(p, 1.0 - 1e-12);
    return std::log(p / (1.0 - p));
}

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
    std::vector<qsizetype> columnOf(std::size_t(n), -1);
    for (qsizetype j = 1; j <= n; ++j)
        if (rowOf[std::size_t(j)] > 0)
            columnOf[std::size_t(rowOf[std::size_t(j)] - 1)] = j - 1;
    return columnOf;
}

// The distinct groups (or texts) of a part's pairs, ascending.
std::vector<qsizetype> distinct(const std::vector<ScoredPair> &part, qsizetype ScoredPair::*item)
{
    std::vector<qsizetype> out;
    out.reserve(part.size());
    for (const ScoredPair &s : part)
        out.push_back(s.*item);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The larger side of a part: its distinct groups or its distinct texts.
qsizetype sideOf(const std::vector<ScoredPair> &part)
{
    return qsizetype(std::max(distinct(part, &ScoredPair::group).size(), distinct(part, &ScoredPair::text).size()));
}

// One part of the pair graph paired best first (parts too large for cheapestColumns; ties in
// (group, text) order).
void bestFirst(std::vector<ScoredPair> part, std::vector<std::pair<qsizetype, qsizetype>> *chosen)
{
    std::stable_sort(part.begin(), part.end(), [](const ScoredPair &x, const ScoredPair &y) { return x.p > y.p; });
    std::map<qsizetype, bool> groupTaken, textTaken;
    for (const ScoredPair &s : part) {
        if (groupTaken[s.group] || textTaken[s.text])
            continue;
        groupTaken[s.group] = textTaken[s.text] = true;
        chosen->emplace_back(s.group, s.text);
    }
}

// One part of the pair graph paired exactly: the pairs of the largest sum of log-odds.
void exactly(const std::vector<ScoredPair> &part, std::vector<std::pair<qsizetype, qsizetype>> *chosen)
{
    const std::vector<qsizetype> groups = distinct(part, &ScoredPair::group), texts = distinct(part, &ScoredPair::text);
    const qsizetype n = qsizetype(std::max(groups.size(), texts.size()));
    // Cost 0 for "not paired" (any cell without a pair, and the padding), minus the log-odds for a pair.
    std::vector<double> cost(std::size_t(n * n), 0.0);
    const auto indexIn = [](const std::vector<qsizetype> &v, qsizetype x) {
        return qsizetype(std::lower_bound(v.begin(), v.end(), x) - v.begin());
    };
    for (const ScoredPair &s : part)
        cost[std::size_t(indexIn(groups, s.group) * n + indexIn(texts, s.text))] = -logOdds(s.p);
    const std::vector<qsizetype> columnOf = cheapestColumns(cost, n);
    for (qsizetype r = 0; r < qsizetype(groups.size()); ++r) {
        const qsizetype c = columnOf[std::size_t(r)];
        if (c >= 0 && c < qsizetype(texts.size()) && cost[std::size_t(r * n + c)] < 0)
            chosen->emplace_back(groups[std::size_t(r)], texts[std::size_t(c)]);
    }
}

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> Assignment::likeliest(std::vector<ScoredPair> pairs)
{
    std::vector<std::pair<qsizetype, qsizetype>> chosen;
    std::erase_if(pairs, [](const ScoredPair &s) { return !(s.p > 0.5); });
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) {
        return x.group != y.group ? x.group < y.group : x.text < y.text;
    });
    // Items numbered densely: groups first, then texts.
    std::map<qsizetype, qsizetype> groupItem, textItem;
    for (const ScoredPair &s : pairs) {
        groupItem.emplace(s.group, 0);
        textItem.emplace(s.text, 0);
    }
    qsizetype items = 0;
    for (auto &[group, item] : groupItem)
        item = items++;
    for (auto &[text, item] : textItem)
        item = items++;
    Parts parts(items);
    for (const ScoredPair &s : pairs)
        parts.unite(groupItem[s.group], textItem[s.text]);
    std::map<qsizetype, std::vector<ScoredPair>> byPart; // by the part's smallest item; pairs stay in order
    for (const ScoredPair &s : pairs)
        byPart[parts.find(groupItem[s.group])].push_back(s);
    for (const auto &[root, part] : byPart) {
        if (sideOf(part) > kMaxExactItems)
            bestFirst(part, &chosen);
        else
            exactly(part, &chosen);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace galley
