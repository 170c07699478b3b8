// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutModel.h"

#include "Logging.h"

#include "LayoutAnalysis.h"

#include <QFile>
#include <QJsonDocument>

namespace galley {

const LayoutModel &LayoutModel::builtIn()
{
    static const LayoutModel model = [] {
        const QString override = qEnvironmentVariable("GALLEY_LAYOUT_MODEL");
        QFile file(override.isEmpty() ? QStringLiteral(":/galley/engine/layout-model.json") : override);
        QString error;
        LayoutModel m;
        if (!file.open(QIODevice::ReadOnly))
            error = QStringLiteral("the layout model %1 cannot be read").arg(file.fileName());
        else
            m = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        if (!error.isEmpty())
            qCWarning(lcSegment, "%s; pages with boxes are segmented as text", qPrintable(error));
        return m;
    }();
    return model;
}

LayoutModel LayoutModel::fromJson(const QJsonObject &json, QString *error)
{
    LayoutModel m;
    QString why;
    m.roles = LinearModel::fromJson(json.value(QStringLiteral("roles")).toObject(), LayoutAnalysis::roleFeatureNames(), &why);
    if (!m.roles.isEmpty() && m.roles.classes() != LayoutAnalysis::roleClasses())
        why = QStringLiteral("role classes differ from the ones this build knows"), m.roles = {};
    if (m.roles.isEmpty()) {
        if (error)
            *error = QStringLiteral("layout model, roles: %1").arg(why);
        return {};
    }
    m.anchors = LinearModel::fromJson(json.value(QStringLiteral("anchors")).toObject(), LayoutAnalysis::anchorFeatureNames(), &why);
    if (m.anchors.isEmpty()) {
        if (error)
            *error = QStringLiteral("layout model, anchors: %1").arg(why);
        return {};
    }
    if (json.contains(QStringLiteral("continuations"))) {
        m.continuations = LinearModel::fromJson(json.value(QStringLiteral("continuations")).toObject(),
                                                LayoutAnalysis::continuationFeatureNames(), &why);
        if (m.continuations.isEmpty()) {
            if (error)
                *error = QStringLiteral("layout model, continuations: %1").arg(why);
            return {};
        }
    }
    m.training = json.value(QStringLiteral("training")).toObject();
    m.segmentGap = json.value(QStringLiteral("segment_gap")).toDouble(m.segmentGap);
    m.anchorThreshold = json.value(QStringLiteral("anchor_threshold")).toDouble(m.anchorThreshold);
    return m;
}

QJsonObject LayoutModel::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("galley-layout-model 1"));
    o.insert(QStringLiteral("training"), training);
    o.insert(QStringLiteral("segment_gap"), segmentGap);
    o.insert(QStringLiteral("anchor_threshold"), anchorThreshold);
    o.insert(QStringLiteral("roles"), roles.toJson());
    o.insert(QStringLiteral("anchors"), anchors.toJson());
    if (!continuations.isEmpty())
        o.insert(QStringLiteral("continuations"), continuations.toJson());
    return o;
}

} // namespace galley
