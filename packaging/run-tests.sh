#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 2: install what is needed, build, and run the whole test suite with CTest
# (GUI tests on the offscreen platform).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/build.sh"
cd "${GALLEY_BUILD_DIR:-$top/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
