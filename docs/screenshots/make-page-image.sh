#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the two screenshots of the page image in the desk (docs/desk.md), on a 1600x1000 virtual screen:
#   page-image-pdf.png   the typeset Chinese PDF page ../shared/dev-pages/zh-typeset/ts-01.pdf
#   page-image-alto.png  the JDPL 1821 METS issue of ../shared/formats (its first ALTO page, the METS
#                        articles) beside a stand-in scan rendered from the ALTO (render-alto-scan.py):
#                        the samples come without their images.
# Each run starts with fresh settings that set a free zoom, so that the printed text is readable.
# Usage (from the repository root, after building into build/): docs/screenshots/make-page-image.sh [build-dir]
set -e
BUILD=${1:-build}
SHARED=../shared
HERE=docs/screenshots
WORK=$(mktemp -d)
cp -r "$SHARED/formats/alto/docworks-1.4_jdpl-1821" "$WORK/jdpl"
chmod -R u+w "$WORK/jdpl"
python3 $HERE/render-alto-scan.py "$WORK/jdpl/ALTO/18210801_1-0001.xml" "$WORK/jdpl/ALTO/T0000001.tif"

shot() { # file, output, zoom (screen pixels per page unit)
  CONFIG=$(mktemp -d)
  mkdir -p "$CONFIG/Galley"
  printf '[PageImage]\nzoomMode=free\nzoom=%s\n' "$3" > "$CONFIG/Galley/Galley.conf"
  XDG_CONFIG_HOME=$CONFIG XDG_DATA_HOME=$CONFIG xvfb-run -a -s "-screen 0 1600x1000x24" sh -c "
    $BUILD/bin/galley '$1' & P=\$!
    sleep 12
    import -window root '$WORK/full.png'
    kill \$P"
  # The window takes 96% x 94% of the screen from the top left corner; 256 colours keep the file small.
  convert "$WORK/full.png" -crop 1536x940+0+0 +repage -colors 256 "PNG8:$2"
  rm -rf "$CONFIG"
  echo "wrote $2"
}
shot "$SHARED/dev-pages/zh-typeset/ts-01.pdf" $HERE/page-image-pdf.png 1.6
shot "$WORK/jdpl/18210801_1-METS.xml" $HERE/page-image-alto.png 0.27
rm -rf "$WORK"
