// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlSupport.h"

#include <algorithm>
#include <limits>

namespace galley::xml {

QString errorAt(const QString &name, const QXmlStreamReader &reader, const QString &message)
{
    return QStringLiteral("%1: line %2, column %3: %4").arg(name).arg(reader.lineNumber()).arg(reader.columnNumber()).arg(message);
}

QString readerError(const QString &name, const QXmlStreamReader &reader)
{
    return errorAt(name, reader, QStringLiteral("not well-formed XML: %1").arg(reader.errorString()));
}

double number(const QXmlStreamAttributes &attributes, const char *name, double fallback, bool *ok)
{
    bool good = false;
    double v = fallback;
    if (attributes.hasAttribute(QLatin1String(name))) {
        v = attributes.value(QLatin1String(name)).trimmed().toDouble(&good);
        if (!good)
            v = fallback;
    }
    if (ok)
        *ok = good;
    return v;
}

QRectF altoBox(const QXmlStreamAttributes &a)
{
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const double x = number(a, "HPOS", 0, &ok1);
    const double y = number(a, "VPOS", 0, &ok2);
    const double w = number(a, "WIDTH", 0, &ok3);
    const double h = number(a, "HEIGHT", 0, &ok4);
    if (!(ok1 && ok2 && ok3 && ok4) || w < 0 || h < 0)
        return QRectF();
    return QRectF(x, y, w, h);
}

QRectF pointsBox(QStringView points)
{
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    bool any = false;
    for (QStringView pair : points.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype comma = pair.indexOf(u',');
        if (comma < 0)
            continue;
        bool okX = false, okY = false;
        const double x = pair.left(comma).toDouble(&okX);
        const double y = pair.mid(comma + 1).toDouble(&okY);
        if (!okX || !okY)
            continue;
        any = true;
        x0 = std::min(x0, x);
        y0 = std::min(y0, y);
        x1 = std::max(x1, x);
        y1 = std::max(y1, y);
    }
    return any ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();
}

QString elementText(QXmlStreamReader &reader)
{
    return reader.readElementText(QXmlStreamReader::IncludeChildElements);
}

} // namespace galley::xml
