#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/screenshots/zh-desk.png (the Chinese UI: gutter role names, role icons),
# zh-corrections.png (the corrections list) and zh-diff-view.png (the original ↔ corrected view) on a
# 1600x1000 virtual screen with LANG=zh_CN.UTF-8, through tst_deskviews' screenshot test (it makes
# two corrections in the first article of the seed page first). Colours reduced to stay small.
# Usage (from the repository root, after building tst_deskviews into build/): docs/screenshots/make-desk-views.sh [build-dir]
set -e
BUILD=${1:-build}
SHOTS=$(mktemp -d)
CONFIG=$(mktemp -d)   # fresh settings
LANG=zh_CN.UTF-8 LC_ALL= XDG_CONFIG_HOME=$CONFIG XDG_DATA_HOME=$CONFIG GALLEY_DESK_SCREENSHOTS=$SHOTS QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/tests/tst_deskviews" screenshotsOfTheChineseDesk
for f in zh-desk zh-corrections zh-diff-view; do
  convert "$SHOTS/$f.png" -colors 96 "docs/screenshots/$f.png"
  echo "wrote docs/screenshots/$f.png ($(du -k "docs/screenshots/$f.png" | cut -f1) KB)"
done
rm -rf "$SHOTS" "$CONFIG"
