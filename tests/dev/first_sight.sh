#!/bin/bash
# Builds the binary each held-out set was first scored with, as README's
# "Every held-out set as first scored" table names it, into
# /tmp/first-sight/events_testN/evgraph (the path list_actors.py,
# evidence_classes.py --first-sight, kind_sources.py and span_conventions.py
# read). /tmp does not outlive a machine; the table does.
# Usage: tests/dev/first_sight.sh [events_testN ...]   (default: every row)
# Run from the repository's top; a binary already built is kept.
set -eu
out=${FIRST_SIGHT:-/tmp/first-sight}
rows=$(grep -E '^\| `events_test[0-9]+` \| [0-9a-f]{7,40} \|' README.md |
  awk -F'|' '{gsub(/[ `]/, "", $2); gsub(/ /, "", $3); print $2, $3}')
[ -n "$rows" ] || { echo "first_sight.sh: no rows in README.md's first-scored table" >&2; exit 1; }
want=" $* "
echo "$rows" | while read -r set commit; do
  [ $# -eq 0 ] || [[ "$want" == *" $set "* ]] || continue
  bin="$out/$set/evgraph"
  if [ -x "$bin" ]; then echo "$set: $bin (kept)"; continue; fi
  src=$(mktemp -d)
  git archive "$commit" | tar -x -C "$src"
  if make -C "$src" -j2 evgraph >"$src.log" 2>&1 || make -C "$src" -j2 >"$src.log" 2>&1; then
    mkdir -p "$out/$set"; cp "$src/evgraph" "$bin.tmp" && mv -f "$bin.tmp" "$bin"
    echo "$set: $bin (built from $commit)"
  else
    echo "$set: build of $commit failed, see $src.log" >&2
  fi
  rm -rf "$src"
done
