#!/bin/bash
# Builds the actor-paths driver (tests/actor_paths.c, `make actor-paths`)
# at the commit each held-out set was first scored with, as README's
# "Every held-out set as first scored" table names it, into
# /tmp/first-sight-paths/events_testN/actor_paths, so that
# `tests/actor_paths.py DRIVER --sets events_testN` counts the ways to an
# actor of the code that had never seen the set (README "Ways to an actor
# on unseen text"). A commit older than the driver (abcaf4c) is reported
# and skipped. Same rows and same export as tests/dev/first_sight.sh.
# Usage: tests/dev/first_sight_paths.sh [events_testN ...]   (default: every row)
# Run from the repository's top; a driver already built is kept.
set -eu
out=${FIRST_SIGHT_PATHS:-/tmp/first-sight-paths}
rows=$(grep -E '^\| `events_test[0-9]+` \| [0-9a-f]{7,40} \|' README.md |
  awk -F'|' '{gsub(/[ `]/, "", $2); gsub(/ /, "", $3); print $2, $3}')
[ -n "$rows" ] || { echo "first_sight_paths.sh: no rows in README.md's first-scored table" >&2; exit 1; }
want=" $* "
echo "$rows" | while read -r set commit; do
  [ $# -eq 0 ] || [[ "$want" == *" $set "* ]] || continue
  bin="$out/$set/actor_paths"
  if [ -x "$bin" ]; then echo "$set: $bin (kept)"; continue; fi
  if ! git cat-file -e "$commit:tests/actor_paths.c" 2>/dev/null; then
    echo "$set: $commit has no tests/actor_paths.c (the driver came with abcaf4c)" >&2
    continue
  fi
  src=$(mktemp -d)
  git archive "$commit" | tar -x -C "$src"
  if make -C "$src" -j2 build/actor_paths >"$src.log" 2>&1; then
    mkdir -p "$out/$set"; cp "$src/build/actor_paths" "$bin.tmp" && mv -f "$bin.tmp" "$bin"
    echo "$set: $bin (built from $commit)"
    rm -f "$src.log"
  else
    echo "$set: build of $commit failed, see $src.log" >&2
  fi
  rm -rf "$src"
done
