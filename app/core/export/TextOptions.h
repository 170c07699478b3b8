// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextOptions: how exported text is prepared, each also a `galley export` option.
//  - wrapRepair: text of pieces without a correction goes through WrapRepair (line-end artefacts
//    removed); off exports the raw page text of each piece with its line breaks (corrections are
//    always the editor's text).
//  - chinesePunctuation: TextNormalizer::restoreChinesePunctuation (GB/T 15834 full-width marks).
//  - conversion: Simplified ↔ Traditional with OpenCC (ChineseConverter).
//  - nfc: Unicode Normalization Form C (UAX #15) on all text.
#include "ChineseConverter.h"

namespace galley {

struct TextOptions {
    bool wrapRepair = true;
    bool chinesePunctuation = false;
    ChineseConversion conversion = ChineseConversion::None;
    bool nfc = true;

    friend bool operator==(const TextOptions &, const TextOptions &) = default;
};

} // namespace galley
