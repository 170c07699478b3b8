#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Galley needs to build, run and test on Debian 12 (bookworm) and newer:
# Debian packages by name, then — only where no KF6SyntaxHighlighting is packaged — a Qt 6 build of
# KSyntaxHighlighting from Debian's own source archive (see build-ksyntaxhighlighting.sh).
# Idempotent: a second run installs nothing new. Needs root (or sudo).
# --training adds what ../shared/tools/make-typeset-pages.py needs to set the training pages
# (Pango and cairo through PyGObject, PyMuPDF): tools/train/train-engine.sh passes it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

packages=(
  build-essential cmake ninja-build pkg-config git curl ca-certificates xz-utils
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libgl-dev libvulkan-dev libxkbcommon-dev
  libuchardet-dev libicu-dev libopencc-dev libopencc-data libssl-dev libpoppler-qt6-dev
  extra-cmake-modules
  xvfb xauth fonts-noto-cjk imagemagick poppler-utils unzip
  desktop-file-utils appstream libxml2-utils dpkg-dev qt6-translations-l10n
  qt6-image-formats-plugins
  clang libclang-rt-14-dev
  wamerican  # /usr/share/dict/american-english: the English word list of the OCR suspect check (OcrSuspects)
)
if [ "${1:-}" = "--training" ]; then
  packages+=(python3-gi python3-gi-cairo gir1.2-pango-1.0 python3-cairo python3-fitz)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# KF6SyntaxHighlighting where the distribution has it (Debian 13, Ubuntu 24.04, Fedora).
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
  dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q "install ok installed" \
    || $SUDO apt-get install -y -qq --no-install-recommends libkf6syntaxhighlighting-dev
else
  "$here/build-ksyntaxhighlighting.sh"
fi
