#!/bin/bash
# Runs each libFuzzer target for FUZZ_SECONDS, one after another, from its
# seed corpus, and prints per target: executions, coverage (cov and ft of
# libFuzzer's last status line) and findings.  `make fuzz` builds the
# targets first.
#   FUZZ_SECONDS  seconds per target (default 60)
#   FUZZ_BUILD    where the targets are (default build/fuzz); new corpus
#                 entries go to FUZZ_BUILD/corpus/<target>, crashes to
#                 FUZZ_BUILD/findings/<target>/, logs to FUZZ_BUILD/<target>.log
# Exits 1 when a target found something.
set -u
cd "$(dirname "$0")/../.."
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_BUILD=${FUZZ_BUILD:-build/fuzz}
[ $# -gt 0 ] || set -- fuzz_date fuzz_events fuzz_extract fuzz_timelinejs_csv \
  fuzz_timelinejs_json fuzz_jsonl
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1
# The inputs each target reads at most (the targets cap them too).
max_len() {
  case $1 in
    fuzz_date) echo 256 ;;
    fuzz_extract | fuzz_jsonl) echo 16384 ;;
    *) echo 65536 ;;
  esac
}
total_findings=0
printf '%-14s %10s %8s %8s %9s\n' target runs cov ft findings
for target in "$@"; do
  binary=$FUZZ_BUILD/$target
  [ -x "$binary" ] || { echo "$binary: not built (make fuzz)" >&2; exit 2; }
  corpus=$FUZZ_BUILD/corpus/$target findings=$FUZZ_BUILD/findings/$target
  mkdir -p "$corpus" "$findings"
  dict=tests/fuzz/${target#fuzz_}.dict dict_arg=()
  [ -f "$dict" ] && dict_arg=(-dict="$dict")
  before=$(ls "$findings" | wc -l)
  # The first folder takes the new inputs; the committed seeds stay as they
  # are.  -timeout: a slow input (a quadratic step) is a finding too.
  "$binary" -max_total_time="$FUZZ_SECONDS" -max_len="$(max_len "$target")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" "${dict_arg[@]}" \
    "$corpus" "tests/fuzz/corpus/$target" >"$FUZZ_BUILD/$target.log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$FUZZ_BUILD/$target.log")
  status=$(grep -E '^#[0-9]+.*cov: ' "$FUZZ_BUILD/$target.log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  found=$(($(ls "$findings" | wc -l) - before))
  [ $rc -ne 0 ] && [ $found -eq 0 ] && found=1
  total_findings=$((total_findings + found))
  printf '%-14s %10s %8s %8s %9s\n' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$found"
  if [ $found -ne 0 ]; then
    echo "  $target: exit $rc; see $FUZZ_BUILD/$target.log and $findings/" >&2
    grep -E '^(fuzz:|==[0-9]+==ERROR|SUMMARY)' "$FUZZ_BUILD/$target.log" | head -5 | sed 's/^/  /' >&2
  fi
done
[ $total_findings -eq 0 ]
