#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the geometry-aware engine's fitted parameters (app/core/segment/model/layout-model.json)
# and prints validation figures on pages the training never saw.
#
#   bash tools/train/train-layout.sh [--validate-only]
#
# 1. Training pages: ../shared/tools/make-typeset-pages.py typesets 20 People's Daily pages of January
#    1998 for each of the seeds 201, 202 and 203 (NAME.pdf + NAME.layout.json), leaving out every
#    corpus page the dev pages (../shared/dev-pages/zh-typeset) were made from, so those stay unseen
#    (cached in build/layout-train-pages).
# 2. Fit: galley-train-layout on the 60 generated pages (about 30 s) — the model file, or with
#    --validate-only a scratch copy (build/layout-train-pages/model.json) and the committed file is
#    left alone.
# 3. Validation: galley evaluate on the 20 dev PDFs against their layout gold (the measures of
#    ../shared/tools/score-pdf-segmentation.py), and on 20 more generated pages (seed 204) that were
#    used neither for fitting nor for designing the features.
# Needs: a build in ./build (galley, galley-train-layout) and the Debian packages the page maker
# names: apt-get install python3-gi python3-gi-cairo gir1.2-pango-1.0 python3-cairo python3-fitz.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
shared=${GALLEY_SHARED:-$top/../shared}
build=${GALLEY_BUILD_DIR:-$top/build}
cache=$build/layout-train-pages
dev=$shared/dev-pages/zh-typeset
[ -d "$dev" ] || { echo "train-layout: no $dev" >&2; exit 1; }

mkdir -p "$cache"
/usr/bin/python3 - "$dev/report.json" > "$cache/exclude.txt" <<'PY'
import json, sys
print('\n'.join(p['corpus_page'] for p in json.load(open(sys.argv[1]))['pages']))
PY
for seed in 201 202 203 204; do
  if [ ! -f "$cache/gen$seed/report.json" ]; then
    /usr/bin/python3 "$shared/tools/make-typeset-pages.py" "$shared/corpus/rmrb-199801-dev.txt" \
      "$cache/gen$seed" --pages 20 --seed "$seed" --exclude-pages "$cache/exclude.txt" > "$cache/gen$seed.log"
  fi
done

model=$top/app/core/segment/model/layout-model.json
[ "${1:-}" = "--validate-only" ] && model=$cache/model.json
"$build/bin/galley-train-layout" --out "$model" "$cache/gen201" "$cache/gen202" "$cache/gen203"

pairs() { for pdf in "$1"/*.pdf; do echo "$pdf" "${pdf%.pdf}.layout.json"; done; }
echo "== dev PDFs (../shared/dev-pages/zh-typeset, never trained on)"
# shellcheck disable=SC2046
GALLEY_LAYOUT_MODEL=$model "$build/bin/galley" evaluate $(pairs "$dev") | tail -n 1
echo "== generated seed 204 (never trained on)"
# shellcheck disable=SC2046
GALLEY_LAYOUT_MODEL=$model "$build/bin/galley" evaluate $(pairs "$cache/gen204") | tail -n 1
