#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses (clang, GALLEY_FUZZ=ON) and runs each for a bounded time on seeds made
# from tests/data, then prints executions and findings per harness. Not part of ctest.
#   tests/fuzz/run-fuzzers.sh SECONDS [HARNESS…]     e.g. tests/fuzz/run-fuzzers.sh 120 fuzz_export_nitf
# Environment: GALLEY_FUZZ_BUILD_DIR (default ./build-fuzz), GALLEY_FUZZ_WORK (default BUILD/fuzz-work:
# corpora grow there between runs, crashes land in WORK/crashes/HARNESS/).
# Exit status: 0 when no harness found anything, 1 when one did, 2 on a usage or build error.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 SECONDS [HARNESS…]" >&2; exit 2; }
shift
build=${GALLEY_FUZZ_BUILD_DIR:-$top/build-fuzz}
work=${GALLEY_FUZZ_WORK:-$build/fuzz-work}

if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=(); command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S "$top" -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ -DGALLEY_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" || exit 2
fi
cmake --build "$build" --target galley_fuzzers --parallel "$(nproc)" || exit 2

harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for f in "$build"/fuzz/fuzz_*; do harnesses+=("$(basename "$f")"); done
fi

rm -rf "$work/seeds"
"$build/fuzz/galley_fuzz_seeds" "$top/tests/data" "$work/seeds" >/dev/null || exit 2
supp=$top/tests/sanitizers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
printf '%-24s %12s %8s %s\n' harness executions findings "corpus"
for h in "${harnesses[@]}"; do
  case "$h" in
    fuzz_import_segment) seeds=import_segment ;;
    fuzz_project_roundtrip) seeds=project_roundtrip ;;
    fuzz_export_*) seeds=export ;;
    *) echo "$h: unknown harness" >&2; exit 2 ;;
  esac
  corpus=$work/corpus/$h
  crashes=$work/crashes/$h
  mkdir -p "$corpus" "$crashes"
  log=$work/$h.log
  findings() { find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }
  before=$(findings)
  # -timeout: one input taking 30 s is a hang (a PDF with CJK fonts takes up to ~10 s under ASan on a
  # loaded machine); -rss_limit_mb: runaway memory is a finding too.
  "$build/fuzz/$h" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -max_len=65536 \
      -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "$work/seeds/$seeds" >"$log" 2>&1 || true
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo '?')
  found=$(( $(findings) - before ))
  printf '%-24s %12s %8s %s\n' "$h" "$execs" "$found" "$(find "$corpus" -type f | wc -l) inputs"
  if [ "$found" != 0 ] || grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
    status=1
    echo "  findings in $crashes, log $log" >&2
  fi
done
exit $status
