// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnglishCount.h"

namespace galley {

QString englishCount(qint64 n, QStringView one, QStringView many)
{
    QString out = QString::number(n);
    out += u' ';
    out += n == 1 ? one : many;
    return out;
}

} // namespace galley
