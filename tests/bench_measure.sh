# Sourced by the bench scripts: best_of RUNS CMD... runs CMD (its output
# to /dev/null, its stderr to $tmp/err) RUNS times under /usr/bin/time
# and `timeout $TIMEOUT`, and prints "WALL CPU KIB": the best wall
# seconds, the best CPU seconds (user + system) and the largest peak
# resident KiB; or "FAIL" when a run fails.  Needs $tmp and $TIMEOUT.
best_of() {
  local runs=$1 best="" best_cpu="" peak=0 run s user sys kib
  shift
  for ((run = 0; run < runs; run++)); do
    if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" timeout "$TIMEOUT" \
      "$@" >/dev/null 2>"$tmp/err"; then
      echo FAIL
      return
    fi
    read -r s user sys kib <"$tmp/time"
    best=$(awk -v s="$s" -v b="${best:-$s}" 'BEGIN { print (s < b) ? s : b }')
    best_cpu=$(awk -v c="$user" -v y="$sys" -v b="$best_cpu" \
      'BEGIN { c += y; print (b == "" || c < b) ? c : b }')
    ((kib > peak)) && peak=$kib
  done
  echo "$best $best_cpu $peak"
}
