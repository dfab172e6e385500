#!/bin/bash
# The merge pairs' first-sight sums (merge50's wrapper, kept): each held-out
# set's pairs extracted by the binary that set was first scored with
# (/tmp/first-sight/events_testN/evgraph, built by tests/dev/first_sight.sh)
# and merged by MERGER, scored by tests/merge/score.py against that set's
# gold_testN.json.  Prints each set's line and "sum: J joined / D
# duplicates / W wrong".  The blind set (tests/extract.sh's --exclude) is
# left out, and so is a set without a first-sight binary.
# Usage: tests/dev/merge_first_sight.sh MERGER [FIRST LAST]   (default 22 to
# the last gold_testN.json); run from the repository's top.
set -eu
merger=$(readlink -f "$1")
first=${2:-22}
last=${3:-$(ls tests/merge/gold_test*.json | sed 's/.*gold_test\([0-9]*\)\.json/\1/' | sort -n | tail -1)}
blind=$(grep -o -- '--exclude events_test[0-9]*' tests/extract.sh | head -1 | sed 's/.*events_test//')
fs=${FIRST_SIGHT:-/tmp/first-sight}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in $(seq "$first" "$last"); do
  [ "$n" != "$blind" ] && [ -f "tests/merge/gold_test$n.json" ] || continue
  extractor="$fs/events_test$n/evgraph"
  [ -x "$extractor" ] || { echo "test$n: no $extractor (tests/dev/first_sight.sh builds it)" >&2; continue; }
  wrap="$work/evgraph-$n"
  printf '#!/bin/bash\nif [ "$1" = extract ]; then exec %q "$@"; fi\nexec %q "$@"\n' \
    "$extractor" "$merger" >"$wrap"
  chmod +x "$wrap"
  python3 tests/merge/score.py "$wrap" --gold "tests/merge/gold_test$n.json" --set "test$n" |
    grep -E "^test$n: "
done | tee "$work/lines"
awk '{j += $6; d += $8; w += $11} END {printf "sum: %d joined / %d duplicates / %d wrong\n", j, d, w}' "$work/lines"
