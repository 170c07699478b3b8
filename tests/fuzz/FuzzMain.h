// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The libFuzzer entry points of one harness: include after defining GALLEY_FUZZ_CHECK(bytes), the
// Harnesses.h check this executable runs.
#include "Harnesses.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    galley::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(galley::fuzz::kMaxInputBytes))
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString wrong = GALLEY_FUZZ_CHECK(bytes);
    if (!wrong.isEmpty()) {
        std::fprintf(stderr, "galley fuzz: %s\n", qPrintable(wrong));
        std::abort(); // libFuzzer keeps the input as a crash-* file
    }
    return 0;
}
