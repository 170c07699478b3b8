// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ChineseConverter / ChineseConversion: Simplified ↔ Traditional Chinese conversion with OpenCC (libopencc).
// Each conversion names one of OpenCC's own configuration files (s2t.json, t2s.json …), which the
// Debian package libopencc-data installs in /usr/share/opencc. Converters are opened once per thread
// and kept; the class is safe to use from QtConcurrent workers.
// Errors (configuration missing, OpenCC failure) are returned through *error; the text is then
// returned unchanged so that nothing is lost.
#include <QString>
#include <QStringList>
#include <optional>

namespace galley {

enum class ChineseConversion {
    None,
    SimplifiedToTraditional,   ///< OpenCC s2t.json (OpenCC standard Traditional)
    TraditionalToSimplified,   ///< t2s.json
    SimplifiedToTaiwan,        ///< s2tw.json (Taiwan variants)
    SimplifiedToHongKong,      ///< s2hk.json (Hong Kong variants)
    TaiwanToSimplified,        ///< tw2s.json
    HongKongToSimplified,      ///< hk2s.json
};

class ChineseConverter {
public:
    /// Short command-line name: "none", "s2t", "t2s", "s2tw", "s2hk", "tw2s", "hk2s".
    static QString name(ChineseConversion conversion);
    static std::optional<ChineseConversion> fromName(QStringView name);
    /// Every conversion, None first, for menus.
    static const QList<ChineseConversion> &all();
    /// Human-readable, translatable ("Simplified → Traditional").
    static QString displayName(ChineseConversion conversion);
    /// Converts text; None returns text unchanged. On failure returns text unchanged and sets *error.
    static QString convert(const QString &text, ChineseConversion conversion, QString *error = nullptr);
};

} // namespace galley
