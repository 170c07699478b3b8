#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the golden export files of the seed page: tests/data/golden/seed-page/<format>/ for
# every format of `galley export` (text, markdown, html, json, nitf, odt, pdf), exported the way the
# ctest core/tst_goldenexports does (same command line, run from the repository root, rules engine,
# SOURCE_DATE_EPOCH fixed so the NITF and PDF dates do not change). Run it after a change that is
# meant to change an export, look at `git diff tests/data/golden`, and commit the files with the change.
#
#   tools/golden/regenerate.sh [path/to/galley]     (default: build/bin/galley)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
galley=${1:-$root/build/bin/galley}
[ -x "$galley" ] || { echo "regenerate.sh: no galley binary at $galley (build it first)" >&2; exit 1; }
out=tests/data/golden/seed-page
cd "$root"
export SOURCE_DATE_EPOCH=1767225600 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
export GALLEY_ENGINE=rules   # as ctest runs it (tests/CMakeLists.txt)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -rf "$out"
for format in text markdown html json nitf odt pdf; do
  if ! "$galley" export --quiet --format "$format" --to "$out/$format" tests/data/seed-page.txt 2>"$log"; then
    cat "$log" >&2
    exit 1
  fi
done
find "$out" -type f | sort
