#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Adds the SPDX header (REUSE, https://reuse.software/spec/) to every source file Git tracks that
# does not carry one yet: C++ sources and headers, CMake files, shell and Python scripts, .ci/run.
# The licence is the project's (GPL-3.0-or-later, as packaging/*.metainfo.xml says); its text is in
# LICENSES/. Files that cannot carry a comment (test data, icons, translations, JSON, Markdown) are
# covered by .reuse/dep5.
#
# Idempotent: a file with "SPDX-License-Identifier" in its first 10 lines is left alone, so running
# it again (e.g. after merging other branches) changes only files added since.
# Usage: tools/spdx-headers.sh [--check]   (--check: list files without a header, exit 1 if any)
set -euo pipefail
cd "$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"

readonly COPYRIGHT="SPDX-FileCopyrightText: 2026 The Galley authors"
readonly LICENSE="SPDX-License-Identifier: GPL-3.0-or-later"
check=0
[[ "${1:-}" == "--check" ]] && check=1

comment_style() {
    case "$1" in
        *.cpp | *.h) echo "//" ;;
        CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | .ci/run) echo "#" ;;
        *) echo "" ;;
    esac
}

missing=0
while IFS= read -r -d '' file; do
    style=$(comment_style "$file")
    [[ -z "$style" || ! -f "$file" ]] && continue
    head -n 10 "$file" | grep -q "SPDX-License-Identifier" && continue
    if ((check)); then
        echo "$file"
        missing=1
        continue
    fi
    tmp=$(mktemp)
    {
        first=$(head -n 1 "$file")
        if [[ "$first" == "#!"* ]]; then
            # Scripts: the interpreter line stays first.
            echo "$first"
            echo "$style $COPYRIGHT"
            echo "$style $LICENSE"
            tail -n +2 "$file"
        else
            echo "$style $COPYRIGHT"
            echo "$style $LICENSE"
            cat "$file"
        fi
    } >"$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
done < <(git ls-files -z)
exit "$missing"
