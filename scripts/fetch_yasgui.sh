#!/usr/bin/env bash
# Rebuild kg/serve/static/yasgui/ (the query page's editor) from npm, reproducibly:
# `npm ci` installs exactly the versions in scripts/yasgui/package-lock.json, then the
# built bundle, its stylesheet and the licences of every bundled package are copied.
# The result is committed: it is the shipped, redistributable copy (no CDN at run time).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../kg/serve/static/yasgui"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/yasgui/package.json" "$here/yasgui/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
build="$work/node_modules/@zazuko/yasgui/build"
mkdir -p "$dest"
cp "$build/yasgui.min.js" "$build/yasgui.min.css" "$dest/"
# licences: YASGUI's own (its npm package declares MIT without a licence file), then each bundled package
{
  version="$(node -p "require('$work/node_modules/@zazuko/yasgui/package.json').version")"
  echo "YASGUI $version (@zazuko/yasgui, @zazuko/yasqe, @zazuko/yasr, @zazuko/yasgui-utils)"
  echo "https://github.com/zazuko/Yasgui - licence: MIT"
  echo
  echo "MIT License"
  echo
  echo "Copyright (c) Triply <info@triply.cc> and Zazuko GmbH"
  echo
  echo "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and"
  echo "associated documentation files (the \"Software\"), to deal in the Software without restriction,"
  echo "including without limitation the rights to use, copy, modify, merge, publish, distribute,"
  echo "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is"
  echo "furnished to do so, subject to the following conditions:"
  echo
  echo "The above copyright notice and this permission notice shall be included in all copies or"
  echo "substantial portions of the Software."
  echo
  echo "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT"
  echo "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND"
  echo "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES"
  echo "OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN"
  echo "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
  for pkg in $(cd "$work/node_modules" && ls -d */ @*/*/ | grep -v '^@[^/]*/$' | sed 's#/$##' | sort); do
    case "$pkg" in @zazuko/*|@types/*|.*) continue ;; esac
    meta="$work/node_modules/$pkg/package.json"
    [ -f "$meta" ] || continue
    echo
    echo "================================================================================"
    node -p "const p=require('$meta'); p.name+' '+p.version+' - licence: '+(p.license||'see below')"
    for f in "$work/node_modules/$pkg"/LICEN[CS]E* "$work/node_modules/$pkg"/[Ll]icen[cs]e* ; do
      [ -f "$f" ] && { echo; cat "$f"; break; }
    done
  done
} > "$dest/LICENSES.txt"
du -sh "$dest"/*
