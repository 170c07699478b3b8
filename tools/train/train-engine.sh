#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the engine's fitted parameters (app/core/segment/model/engine-model.json) from the
# development data in ../shared, and reports validation figures on pages the training never saw.
#
#   bash tools/train/train-engine.sh [--validate-only]
#
# 1. Training pages: tools/make-typeset-pages.py typesets People's Daily pages of January 1998 from
#    ../shared/corpus with seeds 101-106, leaving out every corpus page the dev pages
#    (../shared/dev-pages/zh-typeset) were made from — so the dev pages stay unseen (cached in
#    build/train-pages).
#    Every third of them is copied without its page header (derive-pages.py no-header): pages that arrive
#    cropped start with a headline, not a masthead. Every third PDF-block page is copied without its
#    wrap spaces (derive-pages.py unwrap): text with one paragraph or block a line and no wrap marks.
# 2. Fit on the generated pages (and the copies) and 9 of the 13 English issues, each English
#    example weighing 4 (9 issues against about 510 generated pages; docs/quality.md); score the 60 zh dev pages (3
#    extractions of 20), the other 4 English issues and the seed page with galley evaluate. The model
#    shipped is this one: the dev pages stay held out, so the figures printed are validation figures.
#    (--validate-only: fit and score, and say whether the fit equals the committed file.)
# Needs: a build in ./build (galley, galley-train-engine) and the Debian packages the page maker
# names: apt-get install python3-gi python3-gi-cairo gir1.2-pango-1.0 python3-cairo python3-fitz.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
shared=${GALLEY_SHARED:-$top/../shared}
build=${GALLEY_BUILD_DIR:-$top/build}
cache=$build/train-pages
dev=$shared/dev-pages
[ -d "$dev" ] || { echo "train-engine: no $dev" >&2; exit 1; }
"$top/packaging/install-deps.sh" --training

mkdir -p "$cache"
python3 - "$dev/zh-typeset/report.json" > "$cache/exclude.txt" <<'PY'
import json, sys
print('\n'.join(p['corpus_page'] for p in json.load(open(sys.argv[1]))['pages']))
PY
for seed in 101 102 103 104 105 106; do
  if [ ! -f "$cache/gen$seed/report.json" ]; then
    # The page maker exits 1 when a page fails its own checks (a character aligned to a printed line
    # it does not sit in, coverage below 0.99) or a page could not be laid out with no spare page
    # left (fewer pages then); it still writes the pages it made and its report, and they are kept.
    if ! /usr/bin/python3 "$shared/tools/make-typeset-pages.py" "$shared/corpus/rmrb-199801-dev.txt" \
      "$cache/gen$seed" --pages 20 --seed "$seed" --exclude-pages "$cache/exclude.txt" > "$cache/gen$seed.log"; then
      [ -f "$cache/gen$seed/report.json" ] || { echo "train-engine: the page maker failed on seed $seed: $cache/gen$seed.log" >&2; exit 1; }
      echo "train-engine: seed $seed: the page maker reported a failure, $(grep -c FAILED "$cache/gen$seed.log") page checks failed; the pages it wrote are kept ($cache/gen$seed.log)" >&2
    fi
  fi
done

for seed in 101 102 103 104 105 106; do
  [ -d "$cache/nohead$seed" ] || python3 "$top/tools/train/derive-pages.py" no-header "$cache/gen$seed" "$cache/nohead$seed"
  [ -d "$cache/unwrap$seed" ] || python3 "$top/tools/train/derive-pages.py" unwrap "$cache/gen$seed" "$cache/unwrap$seed"
done

# English issues: the first 9 (name order) train, the last 4 validate.
split=$build/train-split
rm -rf "$split"; mkdir -p "$split/en-train" "$split/en-validate" "$split/seed"
i=0
for gold in "$dev"/en-mustang-daily/*.gold.json; do
  page=${gold%.gold.json}.txt
  if [ $i -lt 9 ]; then to=en-train; else to=en-validate; fi
  ln -s "$page" "$split/$to/"; ln -s "$gold" "$split/$to/"
  i=$((i + 1))
done
ln -s "$shared/pages/seed-page.txt" "$shared/pages/seed-page.gold.json" "$split/seed/"

gen=("$cache"/gen10[1-6] "$cache"/nohead10[1-6] "$cache"/unwrap10[1-6])
model=$top/app/core/segment/model/engine-model.json
echo "== fit on generated zh pages (+ header-less and unwrapped copies) + 9 English issues"
"$build/bin/galley-train-engine" --out "$split/model.json" "${gen[@]}" --weight 4 --partial "$split/en-train"
echo "== validation on pages the fit never saw: 60 zh dev pages, 4 English issues, the seed page"
for set in "$dev/zh-typeset" "$split/en-validate" "$split/seed"; do
  GALLEY_ENGINE=learned GALLEY_ENGINE_MODEL="$split/model.json" "$build/bin/galley" evaluate "$set" | tail -n 8
done
[ "${1:-}" = "--validate-only" ] && { cmp -s "$split/model.json" "$model" && echo "same as $model" || echo "differs from $model"; exit 0; }
cp "$split/model.json" "$model"
echo "wrote $model"
