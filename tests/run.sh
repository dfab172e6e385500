#!/bin/bash
# Runs the whole suite and ends with "N passed, N failed".
#   BUILD      where the test binaries are (default: build)
#   EVGRAPH    the program under test (default: ./evgraph)
#   VALGRIND   a prefix for every run of our code (make memcheck)
#   UPDATE=1   rewrite the golden files instead of comparing (review the diff!)
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
EVGRAPH=${EVGRAPH:-./evgraph}
VALGRIND=${VALGRIND:-}
export EVG="$VALGRIND $EVGRAPH" EVGRAPH
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0 failed=0 skipped=0

count() { # reads PASS/FAIL/SKIP lines of one suite from $1
  local p f s
  p=$(grep -c '^PASS ' "$1"); f=$(grep -c '^FAIL ' "$1"); s=$(grep -c '^SKIP ' "$1")
  # FAIL and SKIP lines, each FAIL with the indented details under it
  awk '/^(FAIL|SKIP) / { print; detail = /^FAIL/; next }
       detail && /^    / { print; next } { detail = 0 }' "$1"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

suite() { # name command...: runs a suite; a crash or non-zero exit without a FAIL line fails it
  local name=$1; shift
  "$@" >"$log/$name" 2>"$log/$name.err"
  local rc=$?
  count "$log/$name"
  if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$log/$name"; then
    echo "FAIL $name: exited with $rc"; sed 's/^/    /' "$log/$name.err" | tail -20
    failed=$((failed + 1))
  fi
  echo "  $name: $(grep -c '^PASS ' "$log/$name") passed" >&2
}

for t in "$BUILD"/test_*; do
  [ -x "$t" ] || continue
  suite "$(basename "$t")" $VALGRIND "$t"
done
# The fuzz targets' seed corpora and past findings (tests/fuzz/corpus/).
for r in "$BUILD"/replay_*; do
  [ -x "$r" ] || continue
  name=$(basename "$r")
  suite "$name" $VALGRIND "$r" "tests/fuzz/corpus/fuzz_${name#replay_}"
done
suite cli tests/cli.sh
suite interop tests/interop.sh
suite yed tests/yed.sh
suite extract tests/extract.sh
suite merge tests/merge.sh
suite jsonl tests/jsonl.sh
suite dask tests/dask/test_dask.sh
suite hostile tests/hostile.sh
suite extract_roles /usr/bin/python3 tests/extract_roles.py
suite timeline tests/timeline.sh
suite graphsize tests/graphsize.sh
suite deck tests/deck.sh
suite timelinejs tests/timelinejs.sh
suite install tests/install.sh
suite edtf tests/edtf_check.sh
suite limits tests/limits.sh
suite events_gold /usr/bin/python3 tests/events_gold/test_score.py

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
