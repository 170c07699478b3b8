// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the nitf export writer (Harnesses.h exportPage).
#include "Harnesses.h"
#define GALLEY_FUZZ_CHECK(bytes) galley::fuzz::exportPage(galley::ExportFormat::Nitf, bytes)
#include "FuzzMain.h"
