#pragma once
// UnitFeatures: what the engine's two learned models read.
//  - role features of one LineUnit in its context (the line before and after) → its role;
//  - link features of an ordered pair of units (a, b) → "b carries on a's article right after a"
//    (reading order), from how a ends and b begins (sentence cut, word made across the join,
//    column widths), their distance in the text, their roles and the words they share.
// Hand-written language cues (LanguageCues) are features here; the weights are learned
// (tools/train, docs/segmentation.md).
#include "LineUnit.h"
#include "LinearModel.h"

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

    /// Comparison units (TextSimilarity) of each unit, sorted and unique, for shared-word measures.
    static std::vector<std::vector<quint64>> vocabulary(QStringView text, const QList<LineUnit> &units);

    static FeatureVector roleFeatures(QStringView text, const QList<LineUnit> &units, qsizetype i);
    /// roles: role probabilities of every unit (roleClasses() order).
    static FeatureVector linkFeatures(QStringView text, const QList<LineUnit> &units,
                                      const std::vector<std::vector<double>> &roles,
                                      const std::vector<std::vector<quint64>> &vocabulary,
                                      qsizetype a, qsizetype b);
};

} // namespace galley
