// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EngineModel: the fitted parameters of the engine's learned decisions — the role model (a line's
// role), the start model (the line opens an article's text) and the link model (which line carries on which in reading order). Fitted by tools/train
// (docs/segmentation.md says how, on what, and how it was validated) and shipped inside the program
// as the resource :/galley/engine/engine-model.json, so the engine needs no file at run time.
#include "LinearModel.h"

#include <QJsonObject>

namespace galley {

struct EngineModel {
    LinearModel roles; ///< classes: UnitFeatures::roleClasses(); reads role features (first pass)
    LinearModel roleContext; ///< the same classes from context features (second pass: the role the engine uses)
    LinearModel starts; ///< classes: "no", "yes" — the unit opens an article's text (reads context features)
    LinearModel links; ///< classes: "no", "yes"
    LinearModel headlines; ///< classes: "no", "yes" — a left-alone headline group heads a headless text (HeadlineMatcher)
    QJsonObject training; ///< what it was fitted on, and its validation figures (informational)

    /// Probability above which a link is accepted in the first pass (fitted on held-back pages,
    /// training.link_threshold; 0.5 without one).
    double linkThreshold() const;

    bool isEmpty() const { return roles.isEmpty() || roleContext.isEmpty() || starts.isEmpty() || links.isEmpty() || headlines.isEmpty(); }

    /// The model built into the program, or the file named by the environment variable
    /// GALLEY_ENGINE_MODEL (training and evaluation runs) — loaded once, thread-safe. Empty, with a warning printed
    /// once, if the resource does not match the features this build computes.
    static const EngineModel &builtIn();
    static EngineModel fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

} // namespace galley
