#!/bin/bash
# TimelineJS sheets whose Display Date words keep many points of each end
# (`make bench`): `check` of N and 4N rows, each Display Date holding 22 X
# dates that start and end on the cells' bounds.  Before the reader stopped
# trying each pair of them, a row cost 580 candidate dates and 20,000 rows
# 10 s of CPU.  Prints wall and CPU seconds (user + system) per row count
# and, for 4N, the CPU ratio 4N / N with a verdict: "linear" when at most 6
# (4 is linear; the margin is start-up time and a shared machine's noise),
# else "NOT LINEAR".  This timing was a unit test in tests/timelinejs.sh
# until it failed under valgrind: speed is the bench's to measure.
#   BENCH_TLJS_ROWS=5000   N
# Exit status 1 on a failed run or a ratio that is NOT LINEAR.
set -u
cd "$(dirname "$0")/.."
EVG=${EVGRAPH:-./evgraph}
PY=${PYTHON:-python3}
N=${BENCH_TLJS_ROWS:-5000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for n in "$N" $((4 * N)); do
  $PY - "$n" >"$tmp/points-$n.csv" <<'PYEOF'
import sys
x = '\u2013'.join(['202X', '202X-XX', '202X-01', '202X-12', '2020-XX', '202X-1X', '202X-XX', '2029-XX',
                   '2020-0X', '2029-1X', '202X-0X', '202X-X2', '20XX-01', '2029-X2', '2XXX-01', '2029-12-XX',
                   '202X-X1', '202X-12-XX', '2020-X1', '2029-XX-XX', '2020-01-XX', '202X-XX-XX'])
print('Year,End Year,Display Date,Headline')
for i in range(int(sys.argv[1])):
    print('2020,2029,%s,Row %d' % (x, i))
PYEOF
done
printf '%-40s %8s %8s %8s %9s\n' "TimelineJS many-point Display Dates" rows "wall s" "CPU s" "CPU ratio"
base=""
for n in "$N" $((4 * N)); do
  if ! /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$EVG" check "$tmp/points-$n.csv" >/dev/null 2>"$tmp/err"; then
    printf '%-40s %8d  FAILED:\n' "check" "$n"
    sed 's/^/    /' "$tmp/err"
    status=1
    continue
  fi
  read -r wall cpu < <(awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$tmp/time")
  if [ -z "$base" ]; then
    base=$cpu
    printf '%-40s %8d %8s %8s\n' "check" "$n" "$wall" "$cpu"
  else
    verdict=$(awk -v a="$base" -v b="$cpu" 'BEGIN { r = (a > 0.01 ? b / a : 0); printf "%.1f %s", r, (r <= 6 ? "linear" : "NOT LINEAR") }')
    printf '%-40s %8d %8s %8s %9s\n' "check" "$n" "$wall" "$cpu" "$verdict"
    case $verdict in *NOT*) status=1 ;; esac
  fi
done
exit $status
