// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineModel.h"

#include "Logging.h"

#include "HeadlineMatcher.h"
#include "UnitFeatures.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

namespace galley {

const EngineModel &EngineModel::builtIn()
{
    static const EngineModel model = [] {
        // GALLEY_ENGINE_MODEL: a model file to use instead, for training and evaluation runs.
        const QString override = qEnvironmentVariable("GALLEY_ENGINE_MODEL");
        QFile file(override.isEmpty() ? QStringLiteral(":/galley/engine/engine-model.json") : override);
        QString error;
        EngineModel m;
        if (!file.open(QIODevice::ReadOnly))
            error = QStringLiteral("the built-in engine model is missing");
        else
            m = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        if (!error.isEmpty())
            qCWarning(lcSegment, "%s; every line becomes its own article", qPrintable(error));
        return m;
    }();
    return model;
}

EngineModel EngineModel::fromJson(const QJsonObject &json, QString *error)
{
    EngineModel m;
    QString why;
    m.roles = LinearModel::fromJson(json.value(QStringLiteral("roles")).toObject(), UnitFeatures::roleFeatureNames(), &why);
    if (!m.roles.isEmpty() && m.roles.classes() != UnitFeatures::roleClasses())
        why = QStringLiteral("role classes differ from the ones this build knows"), m.roles = {};
    if (m.roles.isEmpty()) {
        if (error)
            *error = QStringLiteral("engine model, roles: %1").arg(why);
        return {};
    }
    m.roleContext = LinearModel::fromJson(json.value(QStringLiteral("role_context")).toObject(), UnitFeatures::contextFeatureNames(), &why);
    if (!m.roleContext.isEmpty() && m.roleContext.classes() != UnitFeatures::roleClasses())
        why = QStringLiteral("role classes differ from the ones this build knows"), m.roleContext = {};
    if (m.roleContext.isEmpty()) {
        if (error)
            *error = QStringLiteral("engine model, role context: %1").arg(why);
        return {};
    }
    m.starts = LinearModel::fromJson(json.value(QStringLiteral("starts")).toObject(), UnitFeatures::contextFeatureNames(), &why);
    if (m.starts.isEmpty()) {
        if (error)
            *error = QStringLiteral("engine model, starts: %1").arg(why);
        return {};
    }
    m.links = LinearModel::fromJson(json.value(QStringLiteral("links")).toObject(), UnitFeatures::linkFeatureNames(), &why);
    if (!m.links.isEmpty() && m.links.classes().size() != 2)
        why = QStringLiteral("a link model has two classes (no, yes), this one %1").arg(m.links.classes().size()), m.links = {};
    if (m.links.isEmpty()) {
        if (error)
            *error = QStringLiteral("engine model, links: %1").arg(why);
        return {};
    }
    m.headlines = LinearModel::fromJson(json.value(QStringLiteral("headlines")).toObject(), HeadlineMatcher::featureNames(), &why);
    if (m.headlines.isEmpty()) {
        if (error)
            *error = QStringLiteral("engine model, headlines: %1").arg(why);
        return {};
    }
    m.training = json.value(QStringLiteral("training")).toObject();
    return m;
}

double EngineModel::linkThreshold() const
{
    // GALLEY_LINK_THRESHOLD: for fitting the threshold (tools/train); not for normal use.
    // A value that is not a finite number is ignored.
    bool ok = false;
    const double fromEnv = qEnvironmentVariable("GALLEY_LINK_THRESHOLD").toDouble(&ok);
    if (ok && std::isfinite(fromEnv))
        return fromEnv;
    return training.value(QStringLiteral("link_threshold")).toDouble(0.5);
}

QJsonObject EngineModel::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("galley-engine-model 1"));
    o.insert(QStringLiteral("training"), training);
    o.insert(QStringLiteral("roles"), roles.toJson());
    o.insert(QStringLiteral("role_context"), roleContext.toJson());
    o.insert(QStringLiteral("starts"), starts.toJson());
    o.insert(QStringLiteral("links"), links.toJson());
    o.insert(QStringLiteral("headlines"), headlines.toJson());
    return o;
}

} // namespace galley
