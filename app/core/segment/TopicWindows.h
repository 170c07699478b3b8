// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TopicWindows: the words of the text just before and just after each line of a page, so the learned
// engine can tell where the text changes subject — a headline stands between two articles' texts that
// share few words, a wrong join puts the text of one article after another's, and a headline's words
// come back in the text after it, not in the text before. Measured with the comparison units of
// TextSimilarity (character bigrams of Chinese and Japanese, words of three letters or more
// elsewhere), without any word list; the models learn what a shift means (docs/segmentation.md).
//
// A window is the line and its neighbours in text order on one side, until it holds kLetters
// letters or kLines lines, whichever comes first: some printed lines of a column, one or two
// paragraphs of English OCR, one or two PDF text blocks. Cost: linear in the page (at most kLines
// lines are merged per window, and the depth score reads kLines joins on each side).
//
// Window sizes: 200 letters / 12 lines, chosen among four fitted variants (80/8, 200/8, 200/12,
// 200/16) on the validation sets of docs/quality.md as the one better than the model before on
// every set but the seed page; leaving display lines out of the windows was tried and not kept.
#include "LineUnit.h"

#include <QStringView>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

namespace galley {

/// Shares (0..1) between the unit sets of two windows.
struct WindowOverlap {
    double shared = 0, a = 0, b = 0;
    double cosine() const { return a > 0 && b > 0 ? shared / std::sqrt(a * b) : 0.0; }
    double inB() const { return a > 0 ? shared / a : 0.0; } ///< share of the first set's units found in the second
    double inA() const { return b > 0 ? shared / b : 0.0; } ///< share of the second set's units found in the first
};

struct TopicWindows {
    static constexpr qsizetype kLetters = 200;
    static constexpr qsizetype kLines = 12;

    /// A unit as a number of this page: units numbered 0 … units − 1 in the order of their 64-bit
    /// TextSimilarity keys, so that sets of them are small and sorted.
    using UnitId = quint32;
    using UnitSet = std::span<const UnitId>; ///< sorted, unique

    /// One unit set per line, stored end to end (one allocation for the page, not one per set).
    class UnitSets {
    public:
        UnitSets() = default;
        /// The sets ids[first[i], first[i + 1]) for i = 0 … first.size() − 2 (first starts at 0 and
        /// ends at ids.size(); each set sorted, unique).
        UnitSets(std::vector<UnitId> ids, std::vector<std::size_t> first) : m_ids(std::move(ids)), m_first(std::move(first))
        {
            Q_ASSERT(!m_first.empty() && m_first.front() == 0 && m_first.back() == m_ids.size());
        }
        qsizetype size() const { return qsizetype(m_first.size()) - 1; }
        UnitSet operator[](qsizetype i) const
        {
            return UnitSet(m_ids).subspan(m_first[std::size_t(i)], m_first[std::size_t(i) + 1] - m_first[std::size_t(i)]);
        }
        /// Appends the set of the next line (sorted, unique); set must not view this object's own
        /// storage (the insert may reallocate it).
        void append(UnitSet set)
        {
            Q_ASSERT(m_ids.empty() || set.empty() || set.data() < m_ids.data() || set.data() >= m_ids.data() + m_ids.size());
            m_ids.insert(m_ids.end(), set.begin(), set.end());
            m_first.push_back(m_ids.size());
        }

    private:
        std::vector<UnitId> m_ids;
        std::vector<std::size_t> m_first{0}; // set i is m_ids[m_first[i], m_first[i + 1])
    };

    qsizetype units = 0; ///< how many different units the page has
    UnitSets own;        ///< each line's units
    UnitSets before;     ///< the window ending with the line (the line included)
    UnitSets after;      ///< the window starting with the line (the line included)
    std::vector<double> joins;   ///< continuity(i - 1, i) of every line i (0 for the first); read by join()

    /// The windows of every unit of units (LineUnits::of on the page whose text is text).
    static TopicWindows of(QStringView text, const QList<LineUnit> &units);
    /// How many units two unit sets share.
    static std::size_t sharedCount(UnitSet a, UnitSet b);
    /// Sizes of two unit sets and how many units they share.
    static WindowOverlap overlap(UnitSet a, UnitSet b);

    /// How alike the text ending with line from and the text starting with line to are: the cosine
    /// of the two windows (0..1); 0 where either line is off the page. continuity(i - 1, i + 1) is low
    /// where line i stands between two subjects.
    double continuity(qsizetype from, qsizetype to) const;
    /// continuity(i - 1, i), computed once per page: the join before line i; 0 for the first line
    /// and off the page.
    double join(qsizetype i) const { return i > 0 && i < qsizetype(joins.size()) ? joins[std::size_t(i)] : 0.0; }
    /// Share (0..1) of line i's units found in the window starting with line to (or ending with it,
    /// when backwards); 0 off the page.
    double wordsAhead(qsizetype i, qsizetype to) const;
    double wordsBehind(qsizetype i, qsizetype from) const;
    /// How deep a valley of continuity the join before line i is (TextTiling's depth score, Hearst
    /// 1997): the highest continuity(j - 1, j) within kLines joins before it and within kLines after
    /// it, each minus its own; 0..2, 0 on the page's edges. Deep where the subject changes.
    double depthInto(qsizetype i) const;
};

/// How many units pairs of lines share — of their own unit sets (own[a] ∩ own[b]) and of the window
/// ending with a and the window starting with b (before[a] ∩ after[b]) — for ordered pairs at most
/// reach lines apart. Counted through an index of the lines and windows that hold each unit, one
/// line a at a time: the row of a is counted when a pair (a, ·) is first asked for and kept until
/// another line's is, so asking for the pairs line by line (as the link pass does) counts each row
/// once. The cost is the number of times a unit of one set is found in another set within reach
/// (about the page's units times how often each recurs), not pairs times set sizes; memory is the
/// index and one row. The counts are exactly those of TopicWindows::sharedCount.
/// A copy shares the index and keeps a row of its own: one object is not for several threads at once
/// (the row is a cache), one copy per thread is. Borrows windows, which must outlive every copy.
class SharedCounts {
public:
    /// reach ≥ the number of lines − 1 counts every pair.
    SharedCounts(const TopicWindows &windows, qsizetype reach);
    /// |own[a] ∩ own[b]| and |before[a] ∩ after[b]|; 0 for pairs farther apart than reach or off the page.
    int own(qsizetype a, qsizetype b) const { return at(m_ownRow, a, b); }
    int windows(qsizetype a, qsizetype b) const { return at(m_windowsRow, a, b); }

private:
    // For each unit, the lines whose set holds it, in increasing order: lines[first[u] .. first[u + 1]).
    struct Postings {
        std::vector<std::size_t> first;
        std::vector<qsizetype> lines;
        Postings(const TopicWindows::UnitSets &sets, qsizetype units);
    };
    int at(const std::vector<int> &row, qsizetype a, qsizetype b) const
    {
        if (a < 0 || b < 0 || a >= m_n || b >= m_n || std::abs(a - b) > m_reach)
            return 0;
        if (a != m_rowOf)
            countRow(a);
        return row[std::size_t(b - a + m_reach)];
    }
    void countRow(qsizetype a) const;
    static void count(TopicWindows::UnitSet from, const Postings &to, qsizetype lo, qsizetype hi,
                      int *row);

    // The lines holding each unit, in own sets and in the windows after each line.
    struct Index {
        Postings own, after;
    };

    const TopicWindows *m_sets = nullptr;
    qsizetype m_n = 0, m_reach = 0;
    std::shared_ptr<const Index> m_index;
    mutable qsizetype m_rowOf = -1;                 // the line whose row is counted
    mutable std::vector<int> m_ownRow, m_windowsRow; // column b - a + reach
};

} // namespace galley
