#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 1: install what is needed, build, and open the review desk on the bundled sample page.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/build.sh"
exec "${GALLEY_BUILD_DIR:-$top/build}/bin/galley" "$top/resources/samples/seed-page.txt" "$@"
