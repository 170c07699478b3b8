// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinearModel.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

namespace galley {

LinearModel::LinearModel(QStringList classes, QStringList denseNames)
    : m_classes(std::move(classes)), m_denseNames(std::move(denseNames))
{
}

LinearModel::Score LinearModel::scoreOf(const FeatureVector &features) const
{
    Score score(*this);
    const qsizetype nd = std::min<qsizetype>(qsizetype(features.dense.size()), m_denseNames.size());
    for (qsizetype d = 0; d < nd; ++d)
        score.add(features.dense[std::size_t(d)]);
    for (quint64 key : features.keys)
        score.addKey(key);
    return score;
}

std::vector<double> LinearModel::probabilities(const FeatureVector &features) const
{
    return scoreOf(features).probabilities();
}

double LinearModel::logOdds(const FeatureVector &features) const
{
    return isEmpty() ? 0.0 : scoreOf(features).logOdds();
}

std::vector<double> LinearModel::softmax(std::vector<double> p)
{
    double top = -1e300;
    for (double v : p)
        top = std::max(top, v);
    double sum = 0;
    for (double &v : p) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : p)
        v /= sum;
    return p;
}

LinearModel::Score::Score(const LinearModel &model)
    : m_model(model), m_weights(model.m_weights.constData()), m_classCount(model.m_bias.size()),
      m_denseCount(model.m_denseNames.size())
{
    if (m_classCount == 2) {
        m_no = model.m_bias[0];
        m_yes = model.m_bias[1];
    } else {
        m_scores.assign(model.m_bias.cbegin(), model.m_bias.cend());
    }
}

void LinearModel::Score::add(const double *values, qsizetype count)
{
    if (m_classCount != 2) {
        for (qsizetype i = 0; i < count; ++i)
            add(values[i]);
        return;
    }
    // Zeros are added here, not skipped: a finite weight times 0 leaves every sum as it was (but
    // the sign of a zero sum, which changes no probability).
    double no = m_no, yes = m_yes;
    const qsizetype end = std::min(m_next + count, m_denseCount);
    for (qsizetype d = m_next; d < end; ++d) {
        const float v = float(values[d - m_next]);
        no += double(v) * m_weights[2 * d];
        yes += double(v) * m_weights[2 * d + 1];
    }
    m_no = no;
    m_yes = yes;
    m_next += count;
}

void LinearModel::Score::addKey(quint64 key)
{
    const auto it = m_model.m_keyRow.constFind(key);
    if (it == m_model.m_keyRow.constEnd())
        return;
    const float *w = m_weights + *it * m_classCount;
    if (m_classCount == 2) {
        m_no += w[0];
        m_yes += w[1];
        return;
    }
    for (qsizetype c = 0; c < m_classCount; ++c)
        m_scores[c] += w[c];
}

std::vector<double> LinearModel::Score::probabilities() const
{
    const qsizetype nc = m_model.m_classes.size();
    if (m_model.isEmpty())
        return std::vector<double>(nc, nc ? 1.0 / double(nc) : 0.0);
    return softmax(m_classCount == 2 ? std::vector<double>{m_no, m_yes} : m_scores);
}

double LinearModel::logOddsWeight(qsizetype d) const
{
    if (m_classes.size() != 2 || d < 0 || d >= m_denseNames.size())
        return 0.0;
    return double(m_weights[d * 2 + 1]) - double(m_weights[d * 2]);
}

double LinearModel::logOddsBias() const
{
    return m_classes.size() == 2 && m_bias.size() == 2 ? double(m_bias[1]) - double(m_bias[0]) : 0.0;
}

namespace {

// One example as the optimiser sees it: standardised dense values and the rows of its keys.
struct Row {
    std::vector<float> dense;
    std::vector<qsizetype> keyRows;
    int label = 0;
    double weight = 1;
};

} // namespace

LinearModel LinearModel::fit(const QList<Example> &examples, const QStringList &classes,
                             const QStringList &denseNames, const FitOptions &options)
{
    LinearModel model(classes, denseNames);
    const qsizetype nc = classes.size(), nd = denseNames.size();

    // Keys seen often enough become rows after the dense ones, in key order (deterministic).
    std::map<quint64, int> keyCounts;
    for (const Example &e : examples)
        for (quint64 k : e.features.keys)
            ++keyCounts[k];
    qsizetype rows = nd;
    for (const auto &[key, count] : keyCounts)
        if (count >= options.minKeyCount)
            model.m_keyRow.insert(key, rows++);

    // Standardise dense features for the optimiser; folded back into the weights at the end.
    std::vector<double> mean(nd, 0.0), sd(nd, 0.0);
    double totalWeight = 0;
    for (const Example &e : examples) {
        totalWeight += e.weight;
        for (qsizetype d = 0; d < nd; ++d)
            mean[d] += e.weight * e.features.dense[d];
    }
    if (totalWeight <= 0)
        return {};
    for (qsizetype d = 0; d < nd; ++d)
        mean[d] /= totalWeight;
    for (const Example &e : examples)
        for (qsizetype d = 0; d < nd; ++d)
            sd[d] += e.weight * std::pow(e.features.dense[d] - mean[d], 2);
    for (qsizetype d = 0; d < nd; ++d)
        sd[d] = std::sqrt(sd[d] / totalWeight) > 1e-9 ? std::sqrt(sd[d] / totalWeight) : 1.0;

    std::vector<Row> data;
    data.reserve(examples.size());
    for (const Example &e : examples) {
        Row r;
        r.dense.resize(nd);
        for (qsizetype d = 0; d < nd; ++d)
            r.dense[d] = float((e.features.dense[d] - mean[d]) / sd[d]);
        for (quint64 k : e.features.keys) {
            const auto it = model.m_keyRow.constFind(k);
            if (it != model.m_keyRow.constEnd())
                r.keyRows.push_back(*it);
        }
        r.label = e.label;
        r.weight = e.weight / totalWeight;
        data.push_back(std::move(r));
    }

    // Full-batch Adam on the weighted log loss with an L2 penalty (not on the bias).
    const qsizetype np = rows * nc + nc; // weights, then bias
    std::vector<double> w(np, 0.0), g(np), m(np, 0.0), v(np, 0.0);
    std::vector<double> p(nc);
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    const int total = options.iterations + options.settlingIterations;
    for (int it = 1; it <= total; ++it) {
        const double rate = it <= options.iterations
            ? options.learningRate
            : options.learningRate * 0.5 * (1 + std::cos(std::numbers::pi * double(it - options.iterations) / double(options.settlingIterations)));
        std::fill(g.begin(), g.end(), 0.0);
        for (const Row &r : data) {
            double top = -1e300;
            for (qsizetype c = 0; c < nc; ++c) {
                double s = w[rows * nc + c];
                for (qsizetype d = 0; d < nd; ++d)
                    s += r.dense[d] * w[d * nc + c];
                for (qsizetype k : r.keyRows)
                    s += w[k * nc + c];
                p[c] = s;
                top = std::max(top, s);
            }
            double sum = 0;
            for (double &x : p) {
                x = std::exp(x - top);
                sum += x;
            }
            for (qsizetype c = 0; c < nc; ++c) {
                const double err = r.weight * (p[c] / sum - (c == r.label ? 1.0 : 0.0));
                g[rows * nc + c] += err;
                for (qsizetype d = 0; d < nd; ++d)
                    g[d * nc + c] += err * r.dense[d];
                for (qsizetype k : r.keyRows)
                    g[k * nc + c] += err;
            }
        }
        for (qsizetype i = 0; i < rows * nc; ++i)
            g[i] += options.l2 * w[i];
        const double c1 = 1 - std::pow(b1, it), c2 = 1 - std::pow(b2, it);
        for (qsizetype i = 0; i < np; ++i) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            w[i] -= rate * (m[i] / c1) / (std::sqrt(v[i] / c2) + eps);
        }
    }

    // Back to raw feature scale.
    model.m_weights.resize(rows * nc);
    model.m_bias.resize(nc);
    for (qsizetype c = 0; c < nc; ++c) {
        double bias = w[rows * nc + c];
        for (qsizetype d = 0; d < nd; ++d) {
            model.m_weights[d * nc + c] = float(w[d * nc + c] / sd[d]);
            bias -= w[d * nc + c] * mean[d] / sd[d];
        }
        for (qsizetype k = nd; k < rows; ++k)
            model.m_weights[k * nc + c] = float(w[k * nc + c]);
        model.m_bias[c] = float(bias);
    }
    return model;
}

namespace {

double rounded(double x)
{
    return x == 0 ? 0 : QString::number(x, 'g', 6).toDouble();
}

QJsonArray row(const QList<float> &weights, qsizetype r, qsizetype nc)
{
    QJsonArray a;
    for (qsizetype c = 0; c < nc; ++c)
        a.append(rounded(weights[r * nc + c]));
    return a;
}

} // namespace

QJsonObject LinearModel::toJson() const
{
    const qsizetype nc = m_classes.size();
    QJsonObject o;
    o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(m_classes));
    QJsonArray bias;
    for (float b : m_bias)
        bias.append(rounded(b));
    o.insert(QStringLiteral("bias"), bias);
    QJsonObject dense;
    for (qsizetype d = 0; d < m_denseNames.size(); ++d)
        dense.insert(m_denseNames[d], row(m_weights, d, nc));
    o.insert(QStringLiteral("dense"), dense);
    QJsonObject keys;
    for (auto it = m_keyRow.constBegin(); it != m_keyRow.constEnd(); ++it) // QJsonObject sorts its keys
        keys.insert(QStringLiteral("%1").arg(it.key(), 16, 16, QLatin1Char('0')), row(m_weights, it.value(), nc));
    o.insert(QStringLiteral("keys"), keys);
    return o;
}

LinearModel LinearModel::fromJson(const QJsonObject &json, const QStringList &expectedDense, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return LinearModel();
    };
    QStringList classes;
    for (const QJsonValue &c : json.value(QStringLiteral("classes")).toArray())
        classes.append(c.toString());
    const qsizetype nc = classes.size();
    if (nc < 2)
        return fail(QStringLiteral("a model needs two or more classes"));
    LinearModel model(classes, expectedDense);
    auto readRow = [&](const QJsonValue &value, QList<float> &into) {
        const QJsonArray a = value.toArray();
        if (a.size() != nc)
            return false;
        for (const QJsonValue &x : a) {
            // A weight must be a finite number as a float (a NaN or infinite weight would make
            // every probability NaN; Score::add of a run also relies on 0 × weight being 0).
            const float w = float(x.toDouble(std::numeric_limits<double>::quiet_NaN()));
            if (!std::isfinite(w))
                return false;
            into.append(w);
        }
        return true;
    };
    if (!readRow(json.value(QStringLiteral("bias")), model.m_bias))
        return fail(QStringLiteral("bias: one weight per class expected"));
    const QJsonObject dense = json.value(QStringLiteral("dense")).toObject();
    if (dense.size() != expectedDense.size())
        return fail(QStringLiteral("dense features: %1 in the file, %2 computed").arg(dense.size()).arg(expectedDense.size()));
    for (const QString &name : expectedDense)
        if (!dense.contains(name) || !readRow(dense.value(name), model.m_weights))
            return fail(QStringLiteral("dense feature %1 missing or malformed").arg(name));
    const QJsonObject keys = json.value(QStringLiteral("keys")).toObject();
    qsizetype r = expectedDense.size();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        bool ok = false;
        const quint64 key = it.key().toULongLong(&ok, 16);
        if (!ok || !readRow(it.value(), model.m_weights))
            return fail(QStringLiteral("keyed feature %1 malformed").arg(it.key()));
        model.m_keyRow.insert(key, r++);
    }
    return model;
}

} // namespace galley
