#!/bin/bash
# Many inputs in one run (`make bench`): `render` of N small events files
# into one folder, and again into the same folder (where every output
# already exists, so each is checked against the inputs before it is
# replaced), at N and 4N files.  Prints per row the wall and CPU seconds
# (user + system) and, for 4N, the CPU ratio 4N / N with a verdict:
# "linear" when at most 6 (4 is linear; the margin is start-up time and
# a shared machine's noise), else "NOT LINEAR".  Before the inputs were
# looked up by identity, re-rendering 4,000 files took 52 s (1,000: 2.8 s).
#   BENCH_MANY_FILES=1000   N
# Exit status 1 on a failed run or a ratio that is NOT LINEAR.
set -u
cd "$(dirname "$0")/.."
EVG=${EVGRAPH:-./evgraph}
N=${BENCH_MANY_FILES:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
mkdir "$tmp/in"
for ((i = 1; i <= 4 * N; i++)); do
  printf 'anchor: 2025-01-01\n\nevent e1\n  date: 2025-01-%02d\n  label: Event %d\n' \
    $((i % 28 + 1)) "$i" >"$tmp/in/f$i.events"
done
# CPU seconds (user + system) of rendering the first $1 files into $2
cpu_of() {
  local files=() i
  for ((i = 1; i <= $1; i++)); do files+=("$tmp/in/f$i.events"); done
  if ! /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$EVG" render "${files[@]}" \
    -t json -o "$2" 2>"$tmp/err"; then
    echo FAIL
    return
  fi
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$tmp/time"
}
printf '%-28s %8s %8s %8s\n' "many inputs (render -t json)" files "wall s" "CPU s"
for mode in new again; do
  base=""
  for n in "$N" $((4 * N)); do
    out="$tmp/out-$n"
    [ "$mode" = new ] && rm -rf "$out"
    read -r wall cpu <<<"$(cpu_of "$n" "$out")"
    if [ "$wall" = FAIL ]; then
      echo "$mode $n: FAIL: $(head -c 300 "$tmp/err")"
      status=1
      continue
    fi
    verdict=""
    if [ -n "$base" ]; then
      ratio=$(awk -v a="$cpu" -v b="$base" 'BEGIN { printf "%.1f", a / (b > 0.01 ? b : 0.01) }')
      verdict="ratio $ratio: $(awk -v r="$ratio" 'BEGIN { print r <= 6 ? "linear" : "NOT LINEAR" }')"
      [[ $verdict == *NOT* ]] && status=1
    fi
    printf '%-28s %8s %8s %8s  %s\n' "into a ${mode/again/filled} folder" "$n" "$wall" "$cpu" "$verdict"
    base=$cpu
  done
done
exit $status
