// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: .galley bytes → load → save → load (Harnesses.h projectRoundTrip).
#include "Harnesses.h"
#define GALLEY_FUZZ_CHECK(bytes) galley::fuzz::projectRoundTrip(bytes)
#include "FuzzMain.h"
