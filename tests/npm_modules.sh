#!/bin/bash
# Installs the npm packages the reader checks use (graphology, its GraphML
# and GEXF readers, edtf, TimelineJS's viewer), pinned by
# tests/graphology/package-lock.json, into build/npm, once per lock file.
# Prints the node_modules folder and exits 0, or prints why it cannot (no
# node or npm, no registry) and exits 1: the checks that need them then
# SKIP with that reason.
cd "$(dirname "$0")/.." || exit 1
modules=build/npm
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node and npm are not installed"
  exit 1
fi
if ! cmp -s tests/graphology/package-lock.json "$modules/package-lock.json" ||
  [ ! -d "$modules/node_modules/graphology" ]; then
  log=$(mktemp)
  rm -rf "$modules" && mkdir -p "$modules" &&
    cp tests/graphology/package.json tests/graphology/package-lock.json "$modules/" &&
    (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "npm could not install the packages ($(grep -m1 . "$log"))"
    rm -rf "$modules/node_modules" "$log"
    exit 1
  fi
  rm -f "$log"
fi
echo "$PWD/$modules/node_modules"
