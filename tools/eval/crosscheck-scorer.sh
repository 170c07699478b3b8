#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-checks `galley evaluate` against the shared Python scorer: for every dev page (zh-typeset, all
# three extractions, and en-mustang-daily) the figures of `galley evaluate --format json` must equal
# those of ../shared/tools/score-segmentation.py run on `galley segment --format json` output, to the
# decimals the Python scorer prints (f1 3, CER 4; headlines, article counts and ops exactly).
#
# usage: tools/eval/crosscheck-scorer.sh [GALLEY] [SHARED]
#   GALLEY  the galley binary (default build/bin/galley in this repository)
#   SHARED  the shared directory (default ../shared beside this repository)
# Exit status 0 when every page agrees, 1 when one does not (the differences are listed), 2 when
# something is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
galley=${1:-$root/build/bin/galley}
shared=${2:-$root/../shared}
scorer=$shared/tools/score-segmentation.py
[ -x "$galley" ] || { echo "crosscheck-scorer: no galley binary at $galley" >&2; exit 2; }
[ -f "$scorer" ] || { echo "crosscheck-scorer: no scorer at $scorer" >&2; exit 2; }
command -v python3 >/dev/null || { echo "crosscheck-scorer: python3 is needed" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for gold in "$shared"/dev-pages/zh-typeset/*.gold.json "$shared"/dev-pages/en-mustang-daily/*.gold.json; do
    page=${gold%.gold.json}.txt
    [ -f "$page" ] || continue
    args+=("$page" "$gold")
    out=$tmp/$(basename "$page" .txt).json
    "$galley" segment "$page" --format json -o "$out"
    printf '%s\t%s\n' "$page" "$(python3 "$scorer" "$page" "$gold" "$out" | sed -n 's/^summary: //p')" >> "$tmp/python.tsv"
done
"$galley" evaluate "${args[@]}" --format json -o "$tmp/evaluate.json"
python3 - "$tmp/evaluate.json" > "$tmp/galley.tsv" <<'PY'
import json, sys
for p in json.load(open(sys.argv[1]))['pages']:
    print(f"{p['page']}\tf1={p['pairwise_f1']:.3f} headlines={p['headlines_matched']}/{p['gold_articles']} "
          f"cer={p['body_cer']:.4f} articles={p['predicted_articles']}/{p['gold_articles']} ops={p['editor_ops']}")
PY
pages=$(wc -l < "$tmp/python.tsv")
if diff "$tmp/python.tsv" "$tmp/galley.tsv" > "$tmp/diff"; then
    echo "crosscheck-scorer: $pages pages, galley evaluate and score-segmentation.py agree on every figure"
else
    echo "crosscheck-scorer: galley evaluate differs from score-segmentation.py (< python, > galley):"
    cat "$tmp/diff"
    exit 1
fi
