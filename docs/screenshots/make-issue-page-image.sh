#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes docs/screenshots/issue-page-image.png (docs/issues.md, docs/page-image.md): the 10-page PDF issue
# of the tests (tests/core/support/IssueFixture.h) on its page 3, the piece continued from page 1
# selected, on a 1600x1000 virtual screen, through tst_issuepageimage's screenshot test. Colours reduced
# to stay small.
# Usage (from the repository root, after building tst_issuepageimage into build/):
#   docs/screenshots/make-issue-page-image.sh [build-dir]
set -e
BUILD=${1:-build}
SHOTS=$(mktemp -d)
CONFIG=$(mktemp -d)   # fresh settings
XDG_CONFIG_HOME=$CONFIG XDG_DATA_HOME=$CONFIG GALLEY_ISSUE_SCREENSHOTS=$SHOTS QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD/tests/tst_issuepageimage" screenshotOfPageThree
convert "$SHOTS/issue-page-image.png" -colors 128 "docs/screenshots/issue-page-image.png"
echo "wrote docs/screenshots/issue-page-image.png ($(du -k docs/screenshots/issue-page-image.png | cut -f1) KB)"
rm -rf "$SHOTS" "$CONFIG"
