// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// englishCount: a count and its noun in English, "1 page", "0 pages", "2 pages" (English uses the
// singular for exactly one, the plural otherwise, zero included — the rule of Qt's English plural
// forms, which resources/translations/galley_en.ts gives the review desk's tr("%n page(s)") strings).
// For messages that are never translated: the command line's (galley segment / evaluate / export)
// and the importers' and exporters' errors and warnings, which name files and byte offsets in English.
// Strings shown by the review desk go through tr() with %n instead.
#include <QString>
#include <QStringView>

namespace galley {

/// n, a space and one (n == 1) or many (any other n): englishCount(1, u"file", u"files") is "1 file".
QString englishCount(qint64 n, QStringView one, QStringView many);

} // namespace galley
