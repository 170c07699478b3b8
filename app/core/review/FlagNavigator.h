// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FlagNavigator: where F8 / Shift+F8 go — the next or previous open flag (Flag::isOpen: neither
// resolved nor fixed) in page order (the start of its piece's span, UTF-16 units of the page text),
// from the current piece, wrapping around at the ends. Flags of the same piece keep their article
// order. Pure: reads a Segmentation only.
#include "model/Segmentation.h"

#include <QString>

#include <optional>

namespace galley {

struct FlagStop {
    int pieceId = 0;
    QString reason; ///< Flag::reason as stored (an id: segment/ReasonText.h; reasonDisplay() shows it)
};

class FlagNavigator {
public:
    /// direction > 0: next, else previous. currentPieceId 0 (or unknown): from the top (next) or the
    /// bottom (previous). Empty when no flag is open.
    static std::optional<FlagStop> step(const Segmentation &segmentation, int currentPieceId, int direction);
};

} // namespace galley
