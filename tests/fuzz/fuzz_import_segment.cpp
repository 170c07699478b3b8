// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: page file bytes → import → segment → segment JSON (Harnesses.h importSegment).
#include "Harnesses.h"
#define GALLEY_FUZZ_CHECK(bytes) galley::fuzz::importSegment(bytes)
#include "FuzzMain.h"
