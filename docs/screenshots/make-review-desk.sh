#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/screenshots/review-desk.png: the review desk with the seed page, as the README's run
# command opens it, on a 1600x1000 virtual screen (xvfb-run, fonts-noto-cjk for the Chinese text).
# Usage (from the repository root, after building into build/): docs/screenshots/make-review-desk.sh [build-dir]
set -e
BUILD=${1:-build}
OUT=docs/screenshots/review-desk.png
CONFIG=$(mktemp -d)   # fresh settings: default window size, no recent files
XDG_CONFIG_HOME=$CONFIG XDG_DATA_HOME=$CONFIG xvfb-run -a -s "-screen 0 1600x1000x24" sh -c "
  $BUILD/bin/galley resources/samples/seed-page.txt & P=\$!
  sleep 8
  import -window root /tmp/galley-review-desk-full.png
  kill \$P"
# The window takes 96% x 94% of the screen from the top left corner.
convert /tmp/galley-review-desk-full.png -crop 1536x940+0+0 +repage "$OUT"
rm -rf "$CONFIG" /tmp/galley-review-desk-full.png
echo "wrote $OUT"
