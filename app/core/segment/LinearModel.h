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
        int iterations = 300;     ///< full-batch Adam steps at learningRate
        double learningRate = 0.05;
        /// Further Adam steps whose rate falls from learningRate to 0 along a half cosine: at a
        /// constant rate Adam's steps keep each weight moving by about the rate around the optimum,
        /// so the weights a fit ends with would depend on where that last step fell.
        int settlingIterations = 0;
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
    /// A two-class model's log-odds of class 1, log(p1 / p0), from its sums (finite where
    /// probability() has rounded to 1); 0 for any other model.
    double logOdds(const FeatureVector &features) const;

    /// The model's sums for one example, fed as its features are computed: add() each dense value
    /// in denseNames() order, then addKey() each key. probabilities(FeatureVector) is this class fed
    /// from the vector, so feeding the same values without building one gives the same
    /// probabilities to the last bit (values rounded to float as FeatureVector stores them, zeros
    /// skipped, each class's sum in feature order). Borrows the model, which must outlive it.
    class Score {
    public:
        explicit Score(const LinearModel &model);
        void add(double value)
        {
            // As score(): the value rounded to float as FeatureVector stores it, zeros skipped.
            const qsizetype d = m_next++;
            const float v = float(value);
            if (v == 0.0f || d >= m_denseCount)
                return;
            const float *w = m_weights + d * m_classCount;
            if (m_classCount == 2) { // the link and start models: the same sums, kept in registers
                m_no += double(v) * w[0];
                m_yes += double(v) * w[1];
                return;
            }
            for (qsizetype c = 0; c < m_classCount; ++c)
                m_scores[c] += double(v) * w[c];
        }
        /// The same as add(values[i]) for each i in order (the sums kept in registers meanwhile).
        void add(const double *values, qsizetype count);
        /// The same as add(0) count times.
        void addZeros(qsizetype count) { m_next += count; }
        /// A keyed feature (value 1), after every dense value; a key the model does not know adds nothing.
        void addKey(quint64 key);
        std::vector<double> probabilities() const;
        /// A two-class model's log-odds of class 1 from the values added so far (bias included).
        double logOdds() const { return m_classCount == 2 ? m_yes - m_no : 0.0; }

    private:
        const LinearModel &m_model;
        std::vector<double> m_scores; // per class, but for two classes:
        double m_no = 0, m_yes = 0;   // the scores of a two-class model
        const float *m_weights;       // the model's, row per dense feature
        qsizetype m_classCount, m_denseCount;
        qsizetype m_next = 0; // index of the next dense feature
    };

    /// A two-class model's weight of dense feature d on the log-odds of class 1
    /// (log(p1 / p0) = bias + Σ weight × value); 0 for any other model.
    double logOddsWeight(qsizetype d) const;
    /// A two-class model's bias on the log-odds of class 1; 0 for any other model.
    double logOddsBias() const;

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
    static std::vector<double> softmax(std::vector<double> scores);
    // A Score fed from the vector: its dense values in order, then its keys.
    Score scoreOf(const FeatureVector &features) const;

    QStringList m_classes;
    QStringList m_denseNames;
    QList<float> m_bias;                 ///< per class
    QList<float> m_weights;              ///< row per feature (dense, then keys), column per class
    QHash<quint64, qsizetype> m_keyRow;  ///< key → row in m_weights
};

} // namespace galley
