// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LinearModel: a multinomial logistic regression (softmax over classes; two classes make a binary
// model), the form of every learned decision of the engine. Its parameters are fitted by
// tools/train (LinearModel::fit) on pages with gold articles and committed as a small JSON file.
//
// Features come in two kinds:
//  - dense: a fixed list of named measures (FeatureVector::dense, index = position in denseNames);
//  - keyed: sparse indicator features named by a 64-bit key (FeatureVector::keys) — e.g. "the first
//    character is ●"; a key the model was not trained on is ignored.
// Prediction is deterministic: sums run in feature order, keys are looked up, never iterated.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace galley {

struct FeatureVector {
    std::vector<float> dense;    ///< one value per dense feature name
    std::vector<quint64> keys;   ///< keyed indicator features (value 1)
};

class LinearModel {
public:
    struct Example {
        FeatureVector features;
        int label = 0;        ///< index into classes
        double weight = 1;
    };
    struct FitOptions {
        double l2 = 1e-3;         ///< L2 penalty per example-weight unit
        int iterations = 300;     ///< full-batch Adam steps
        double learningRate = 0.05;
        int minKeyCount = 3;      ///< keys seen fewer times are not features
    };

    LinearModel() = default;
    LinearModel(QStringList classes, QStringList denseNames);

    const QStringList &classes() const { return m_classes; }
    const QStringList &denseNames() const { return m_denseNames; }
    bool isEmpty() const { return m_bias.isEmpty(); }

    /// Class probabilities (sum 1), in classes() order.
    std::vector<double> probabilities(const FeatureVector &features) const;
    /// Probability of class 1 of a two-class model.
    double probability(const FeatureVector &features) const { return probabilities(features)[1]; }

    /// Fits a model to examples; keyName gives each key a readable, parseable name for the file.
    static LinearModel fit(const QList<Example> &examples, const QStringList &classes,
                           const QStringList &denseNames, const FitOptions &options);

    /// JSON form: {"classes": [...], "bias": [...], "dense": {name: [w per class]}, "keys": {key: [...]}}
    /// with keys written as 16 hex digits. Weights rounded to 6 significant digits.
    QJsonObject toJson() const;
    /// Inverse of toJson(); dense names must equal expectedDense (the features the code computes).
    /// Errors: an empty model and *error says what is wrong.
    static LinearModel fromJson(const QJsonObject &json, const QStringList &expectedDense, QString *error);

private:
    double score(const FeatureVector &features, int cls) const;

    QStringList m_classes;
    QStringList m_denseNames;
    QList<float> m_bias;                 ///< per class
    QList<float> m_weights;              ///< row per feature (dense, then keys), column per class
    QHash<quint64, qsizetype> m_keyRow;  ///< key → row in m_weights
};

} // namespace galley
