// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LayoutModel: the fitted parameters of the geometry-aware engine (LayoutSegmenter, LayoutAnalysis):
// the role model (a printed line's role from its size, position and neighbours), the anchor model
// (whether a text segment belongs to the article of a head group) and two thresholds. Fitted by
// tools/train/train-layout.sh (galley-train-layout; docs/quality.md, "PDF / geometry", says on what
// and how it was validated) and shipped in the program as :/galley/engine/layout-model.json.
#include "LinearModel.h"

#include <QJsonObject>

namespace galley {

struct LayoutModel {
    LinearModel roles;    ///< classes: LayoutAnalysis::roleClasses(); features: roleFeatureNames()
    LinearModel anchors;  ///< classes "no", "yes"; features: LayoutAnalysis::anchorFeatureNames()
    /// "Does this headless text carry on that article's?" (jumps); classes "no", "yes"; features:
    /// LayoutAnalysis::continuationFeatureNames(). Optional: empty = no jumps are linked.
    LinearModel continuations;
    double segmentGap = 0.8;      ///< largest gap, in line pitches, inside one text segment
    double anchorThreshold = 0.2; ///< below this probability a segment has no head group of its own
    QJsonObject training;         ///< what it was fitted on (informational)

    bool isEmpty() const { return roles.isEmpty() || anchors.isEmpty(); }

    /// The model built into the program, or the file named by the environment variable
    /// GALLEY_LAYOUT_MODEL (training and evaluation runs); loaded once, thread-safe. Empty, with a
    /// warning printed once, when the file does not match the features this build computes.
    static const LayoutModel &builtIn();
    /// Errors: an empty model and *error says what is wrong.
    static LayoutModel fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

} // namespace galley
