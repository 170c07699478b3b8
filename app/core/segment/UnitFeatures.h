// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UnitFeatures: what the engine's two learned models read.
//  - role features of one LineUnit in its context (the line before and after) → its role;
//  - the same role features → "this unit opens an article's text" (its first body line: a lead
//    such as 据新华社…电 or a dateline, learned from which lines open articles in the gold);
//  - link features of an ordered pair of units (a, b) → "b carries on a's article right after a"
//    (reading order), from how a ends and b begins (sentence cut, word made across the join,
//    column widths), their distance in the text, their roles and the words they share.
// Hand-written language cues (LanguageCues) are features here; the weights are learned
// (tools/train, docs/segmentation.md).
#include "LineUnit.h"
#include "LinearModel.h"
#include "TopicWindows.h"

#include <QStringList>
#include <QStringView>

#include <vector>

namespace galley {

/// The role classes of the role model, in model order.
enum class UnitRole { Body, Headline, Kicker, Subheadline, Byline, Caption, Credit, JumpLine, Furniture, Count };

class UnitFeatures {
public:
    static const QStringList &roleClasses();
    static const QStringList &roleFeatureNames();
    static const QStringList &linkFeatureNames();

    static FeatureVector roleFeatures(QStringView text, const QList<LineUnit> &units, qsizetype i);
    /// Role features plus the first role model's probabilities of the unit and its neighbours (two
    /// before, two after): what the second role model and the start model read, so that a headline's
    /// second line or the line after a headline group is decided knowing its neighbours.
    static const QStringList &contextFeatureNames();
    static FeatureVector contextFeatures(QStringView text, const QList<LineUnit> &units,
                                         const std::vector<std::vector<double>> &firstRoles, qsizetype i);
    /// roles: role probabilities of every unit (roleClasses() order); starts: of every unit, the
    /// probability that it opens an article's text (the start model, which reads roleFeatures());
    /// windows: the page's TopicWindows (LineUnits::of gives them), for shared words and topic.
    static FeatureVector linkFeatures(QStringView text, const QList<LineUnit> &units,
                                      const std::vector<std::vector<double>> &roles,
                                      const std::vector<double> &starts, const TopicWindows &windows,
                                      qsizetype a, qsizetype b);
};

} // namespace galley
