// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSimilarity.h"

#include "ScriptClass.h"

namespace galley {

QSet<quint64> TextSimilarity::units(QStringView text)
{
    QSet<quint64> out;
    // A text has at most one unit per UTF-16 unit: room for them all up front, no rehashing.
    out.reserve(text.size());
    forEachUnit(text, [&](quint64 u) { out.insert(u); });
    return out;
}

double TextSimilarity::containment(const QSet<quint64> &needle, const QSet<quint64> &haystack)
{
    if (needle.isEmpty())
        return 0;
    qsizetype found = 0;
    for (quint64 u : needle)
        found += haystack.contains(u);
    return double(found) / double(needle.size());
}

double TextSimilarity::containment(QStringView needle, QStringView haystack)
{
    return containment(units(needle), units(haystack));
}

} // namespace galley
