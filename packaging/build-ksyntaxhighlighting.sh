#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Galley authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds KDE Syntax-Highlighting 5.116.0 against Qt 6 for distributions (Debian 12) that package no
# KF6SyntaxHighlighting. The source is Debian's own orig tarball, fetched from the archive this
# machine's apt sources name; the SHA-256 below is checked before anything is unpacked.
# Installs KF5SyntaxHighlighting CMake files (library linked to Qt 6) into a cached prefix:
#   ${GALLEY_DEPS_PREFIX:-$HOME/.cache/galley/deps}
# which Galley's CMakeLists.txt searches by default. A second run with the prefix filled does nothing.
set -euo pipefail

version=5.116.0
sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
pool_path=pool/main/k/ksyntax-highlighting/ksyntax-highlighting_${version}.orig.tar.xz
prefix=${GALLEY_DEPS_PREFIX:-$HOME/.cache/galley/deps}
work=${GALLEY_DEPS_WORK:-$HOME/.cache/galley/build}
marker=$prefix/share/galley-deps/ksyntaxhighlighting-$version-qt6

if [ -f "$marker" ]; then
  echo "build-ksyntaxhighlighting: $version (Qt 6) already in $prefix"
  exit 0
fi

# Archive base addresses from the apt sources (one-line and deb822 formats), security mirrors last.
archive_bases() {
  {
    grep -hE '^\s*deb\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | sed -E 's/^\s*deb\s+(\[[^]]*\]\s+)?//' | awk '{print $1}'
    grep -hE '^\s*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -E 's/^\s*URIs:\s*//' | tr ' ' '\n'
  } | sed -E 's#/+$##' | grep -E '^(https?|file)://' | awk '!seen[$0]++' | sort -s -k1,1 -t' ' \
    | awk '/security/ {late[++n]=$0; next} {print} END {for (i=1;i<=n;i++) print late[i]}'
}

mkdir -p "$work"
tarball=$work/ksyntax-highlighting_${version}.orig.tar.xz
if ! echo "$sha256  $tarball" | sha256sum -c --status 2>/dev/null; then
  rm -f "$tarball"
  fetched=""
  for base in $(archive_bases); do
    echo "build-ksyntaxhighlighting: fetching $base/$pool_path"
    if curl -fsSL --retry 2 -o "$tarball.part" "$base/$pool_path" \
       && echo "$sha256  $tarball.part" | sha256sum -c --status; then
      mv "$tarball.part" "$tarball"; fetched=yes; break
    fi
    rm -f "$tarball.part"
  done
  if [ -z "$fetched" ]; then
    echo "build-ksyntaxhighlighting: could not fetch $pool_path with SHA-256 $sha256 from any apt source" >&2
    exit 1
  fi
fi

src=$work/syntax-highlighting-$version
rm -rf "$src" "$work/build-qt6"
tar -C "$work" -xJf "$tarball"
[ -d "$src" ] || src=$(find "$work" -maxdepth 1 -type d -name '*yntax*ighlighting*'"$version" | head -n1)
# Debian 12 ships ECM 5.103; the 5.116 sources ask for ECM 5.116 but build fine with 5.103.
sed -i -E 's/find_package\(ECM 5\.116\.0/find_package(ECM 5.103.0/' "$src/CMakeLists.txt"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$src" -B "$work/build-qt6" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON \
  -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DKSYNTAXHIGHLIGHTING_USE_GUI=ON -DCMAKE_INSTALL_LIBDIR=lib
cmake --build "$work/build-qt6" --parallel "$(nproc)"
cmake --install "$work/build-qt6"
mkdir -p "$(dirname "$marker")" && date -u > "$marker"
rm -rf "$work/build-qt6" "$src"
echo "build-ksyntaxhighlighting: installed into $prefix"
