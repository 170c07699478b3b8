// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RoleClassifier: gives each fragment a first role from its text and layout — table, note, jump line,
// furniture, credit, caption, lead, byline, table title, headline candidate, else body — with a
// confidence and a reason. Cues come from LanguageCues; layout from FragmentLayout::measureLines.
// ArticleAssembler later settles headline candidates into headline, kicker, subheadline or body.
#include "Fragment.h"

#include <QList>
#include <QStringView>

namespace galley {

class RoleClassifier {
public:
    static void classify(QStringView text, QList<Fragment> &fragments);
    /// Whether a fragment's text reads as a display line (headline, kicker, subheadline).
    static bool looksLikeDisplayLine(QStringView text, const Fragment &fragment);
};

} // namespace galley
