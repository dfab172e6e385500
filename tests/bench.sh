#!/bin/bash
# The benchmark (`make bench`): evgraph's speed and memory side by side
# with peers that read and write the same data, in one run.
#
# For N = 1,000, 10,000 and 100,000 generated events (tests/gen_events.py)
# it measures wall time and peak resident memory of
#   evgraph check FILE               the parser and the model
#   evgraph render -t dot            + the model as a cgraph graph, agwrite
#   evgraph render -t graphml        + the libxml2 writer
# and of the peers, on evgraph's own outputs:
#   nop FILE.dot                     Graphviz's cgraph: agread + agwrite
#   networkx read_graphml +          NetworkX (Debian's python3-networkx)
#     write_graphml FILE.graphml
# and, at N = 100 and 1,000 only, evgraph render -t svg: the dot layout is
# Graphviz's and superlinear, so it is no measure of evgraph.
#
# Why nop and not `dot -Tcanon`: Graphviz 2.43's dot program runs the whole
# dot layout before any output, -Tcanon included (`dot -v` shows mincross
# and routesplines), so it takes seconds at 100 events and did not finish
# in 10 minutes at 1,000.  nop is Graphviz's own "read with cgraph and
# write canonical DOT", without a layout.
#
# Prints a table and a linearity line: evgraph check's time per event at
# the largest N over that at the N before it (about 1 when linear; a
# quadratic step shows as about N/N' = 10).  Speed never fails the run;
# the exit status is 1 only when a step fails to run (a crash, an error, or
# no end within BENCH_TIMEOUT seconds).
#
#   BENCH_SIZES="1000 10000 100000"   the Ns of the table
#   BENCH_SVG_SIZES="100 1000"        the Ns of the SVG rows
#   BENCH_TIMELINE_SIZES="100 1000 10000"  the Ns of the timeline rows (the
#                                     single timeline, then --deck in svg
#                                     and pdf, with its number of slides), each
#                                     beside Graphviz's dot layout of the
#                                     same events (evgraph's DOT, dot -Tsvg)
#   BENCH_FORMAT_SIZES="100000 1000000"  the Ns of the analysis-format rows:
#                                     GraphML, GEXF, JSON and yEd written
#                                     from the same file in the same run
#                                     (above 2,000 events without a layout),
#                                     with NetworkX writing GEXF and
#                                     node-link JSON from a built graph
#                                     beside them at the Ns of
#   BENCH_FORMAT_PEER_SIZES="100000"  (NetworkX needs ~2.5 GB per 1e5)
#   BENCH_PEER_TIMEOUT=120            seconds for one dot layout (a peer
#                                     that runs out of time is reported, and
#                                     is no failure of evgraph's)
#   BENCH_SCALE_SIZES="100000 1000000"  the Ns of the scale rows (below)
#   BENCH_SCALE_ROUNDS=3              rounds of the scale and extraction rows
#   BENCH_SCALE_STEPS="check graphml dot"  the steps of the scale rows
#                                     (graphml and dot each with its peer)
#   BENCH_EXTRACT_SIZES="4000000 40000000"  bytes of prose for the
#                                     extraction rows (below)
#   BENCH_TIMEOUT=300                 seconds for one run of one step
#   EVGRAPH=./evgraph                 the program under test
#   EVGRAPH_REF=                      a reference build (e.g. the branch's
#                                     start) run in each round of the scale
#                                     rows beside EVGRAPH, rows "ref: ...":
#                                     before and after under the same load
# A list may be empty ("") to leave its rows out; only the scale rows:
#   BENCH_SIZES= BENCH_SVG_SIZES= BENCH_TIMELINE_SIZES= BENCH_FORMAT_SIZES= \
#   BENCH_EXTRACT_SIZES= tests/bench.sh
# and of those only check and DOT at 1e6 (with nop beside it):
#   ... BENCH_SCALE_SIZES=1000000 BENCH_SCALE_STEPS="check dot" tests/bench.sh
#
# The scale rows (issue 11, item 6) run, for each N of BENCH_SCALE_SIZES,
# BENCH_SCALE_ROUNDS rounds of: evgraph check; evgraph render -t graphml
# beside python-igraph reading the same events file, building the same
# graph and writing GraphML (tests/igraph_peer.py, which says what it
# simplifies); evgraph render -t dot beside nop reading and writing that
# DOT.  Interleaved, so that the load of a shared machine falls on both
# sides of a ratio; each row gives the median time, the largest peak and
# the median of the per-round ratios, against the goals: GraphML in at
# most half igraph's time and half its peak memory, check at 100 MB/s or
# more, DOT within nop's time and memory.  The extraction rows time
# `evgraph extract` in each format on prose (the news gold texts and
# WikiWars, repeated) of BENCH_EXTRACT_SIZES bytes: MB/s (goal: 20) and
# the time per MB at the larger size over the smaller (1 is linear).
set -u
cd "$(dirname "$0")/.." || exit 2
EVG=${EVGRAPH:-./evgraph}
EVG_REF=${EVGRAPH_REF:-}
PY=/usr/bin/python3 # Debian's, which has networkx
SIZES=${BENCH_SIZES-1000 10000 100000}
SVG_SIZES=${BENCH_SVG_SIZES-100 1000}
TIMELINE_SIZES=${BENCH_TIMELINE_SIZES-100 1000 10000}
FORMAT_SIZES=${BENCH_FORMAT_SIZES-100000 1000000}
FORMAT_PEER_SIZES=${BENCH_FORMAT_PEER_SIZES-100000}
SCALE_SIZES=${BENCH_SCALE_SIZES-100000 1000000}
SCALE_ROUNDS=${BENCH_SCALE_ROUNDS:-3}
SCALE_STEPS=" ${BENCH_SCALE_STEPS-check graphml dot} "
EXTRACT_SIZES=${BENCH_EXTRACT_SIZES-4000000 40000000}
PEER_TIMEOUT=${BENCH_PEER_TIMEOUT:-120}
TIMEOUT=${BENCH_TIMEOUT:-300}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

# ---- helpers ------------------------------------------------------------

# measure.py TIMEOUT REPEAT OUT ERR CMD...: runs CMD REPEAT times (stdout
# to OUT, stderr to ERR) and prints "SECONDS KB STATUS CPU": the fastest wall
# time, the largest peak RSS (the child's own ru_maxrss, from wait4, so the
# measuring Python is not counted) and "ok", "exit N", "signal N" or
# "timeout", and the least CPU seconds (user + system, the child's own).
# Stops at the first run that fails.
cat >"$tmp/measure.py" <<'EOF'
import os, signal, subprocess, sys, threading, time
timeout, repeat, out, err = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
cmd = sys.argv[5:]
best, peak, status, cpu = None, 0, "ok", None
for _ in range(repeat):
    with open(out, "wb") as o, open(err, "wb") as e:
        start = time.perf_counter()
        try:
            p = subprocess.Popen(cmd, stdout=o, stderr=e, start_new_session=True)
        except OSError as error:
            e.write(("%s\n" % error).encode())
            print("0 0 could_not_start 0")
            sys.exit(0)
        timed_out = []
        def kill():
            timed_out.append(True)
            os.killpg(p.pid, signal.SIGKILL)
        timer = threading.Timer(timeout, kill)
        timer.start()
        _, code, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        p.returncode = 0  # reaped here, not by Popen
    best = seconds if best is None else min(best, seconds)
    used = usage.ru_utime + usage.ru_stime
    cpu = used if cpu is None else min(cpu, used)
    peak = max(peak, usage.ru_maxrss)
    if timed_out:
        status = "timeout"
    elif os.WIFSIGNALED(code):
        status = "signal %d" % os.WTERMSIG(code)
    elif os.WEXITSTATUS(code) != 0:
        status = "exit %d" % os.WEXITSTATUS(code)
    if status != "ok":
        break
print("%.6f %d %s %.6f" % (best, peak, status.replace(" ", "_"), cpu))
EOF

# The NetworkX peer: read evgraph's GraphML, write it back; prints its
# own split of the time.
cat >"$tmp/networkx_peer.py" <<'EOF'
import sys, time
import networkx as nx
start = time.perf_counter()
g = nx.read_graphml(sys.argv[1])
read = time.perf_counter()
nx.write_graphml(g, sys.argv[2])
done = time.perf_counter()
print("%d nodes, %d edges; read %.2f s, write %.2f s"
      % (g.number_of_nodes(), g.number_of_edges(), read - start, done - read))
EOF

# The NetworkX peer of the analysis formats: builds the graph from
# evgraph's GraphML (not timed), then writes GEXF and node-link JSON, each
# timed on its own.
cat >"$tmp/networkx_formats.py" <<'EOF'
import json, sys, time
import networkx as nx
g = nx.read_graphml(sys.argv[1])
start = time.perf_counter()
nx.write_gexf(g, sys.argv[2] + ".gexf")
gexf = time.perf_counter()
with open(sys.argv[2] + ".json", "w") as f:
    json.dump(nx.node_link_data(g), f)
done = time.perf_counter()
print("%.3f %.3f" % (gexf - start, done - gexf))
EOF

mb() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }
size_of() { stat -c %s "$1"; }

row_format='%8s  %-32s %8s %9s %10s %9s %7s  %s\n'
header() {
  # shellcheck disable=SC2059
  printf "$row_format" N step seconds "peak MiB" "events/s" "input MB" "MB/s" "input"
  printf '%s\n' "--------  -------------------------------- -------- --------- ---------- --------- -------  -----------------"
}

# run N STEP INPUT REPEAT CMD...: measures CMD, prints its row, and keeps
# it in $tmp/results as "N|STEP|SECONDS|KB|STATUS".  INPUT is the file the
# step reads (for MB and MB/s).
run() {
  local n=$1 step=$2 input=$3 repeat=$4
  shift 4
  local result seconds kb status bytes
  result=$($PY "$tmp/measure.py" "$TIMEOUT" "$repeat" "$tmp/out" "$tmp/err" "$@")
  [ -n "$result" ] || result="0 0 measure.py_failed 0"
  read -r seconds kb status _ <<<"$result"
  bytes=$(size_of "$input")
  echo "$n|$step|$seconds|$kb|$status" >>"$tmp/results"
  if [ "$status" = ok ]; then
    # shellcheck disable=SC2059
    printf "$row_format" "$n" "$step" "$(printf %.3f "$seconds")" \
      "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')" \
      "$(awk -v n="$n" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')" \
      "$(mb "$bytes")" \
      "$(awk -v b="$bytes" -v s="$seconds" 'BEGIN { printf "%.1f", b / 1e6 / s }')" \
      "$(basename "$input")"
  else
    failed=1
    # shellcheck disable=SC2059
    printf "$row_format" "$n" "$step" "FAILED" "" "" "$(mb "$bytes")" "" \
      "$(basename "$input"): ${status//_/ } after $(printf %.1f "$seconds") s"
    echo "          command: $*"
    [ "$status" = timeout ] && echo "          (no end within BENCH_TIMEOUT=$TIMEOUT s)"
    sed 's/^/          | /' "$tmp/err" | tail -5
  fi
}

seconds_of() { # N STEP: the seconds of a measured row, or nothing
  awk -F'|' -v n="$1" -v s="$2" '$1 == n && $2 == s && $5 == "ok" { print $3 }' "$tmp/results"
}

# ---- the run --------------------------------------------------------------

if [ ! -x "$EVG" ]; then
  echo "bench: $EVG is missing (run make)" >&2
  exit 2
fi
for tool in nop "$PY"; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (.ci/deps bench)" >&2; exit 2; }
done
: >"$tmp/results"
echo "evgraph benchmark: $(nproc) CPUs, $($EVG --version 2>/dev/null | head -1), $(dot -V 2>&1),"
echo "  NetworkX $($PY -c 'import networkx; print(networkx.__version__)'), Python $($PY -c 'import platform; print(platform.python_version())')"
echo "  seconds: wall time, the fastest of 3 runs (1 run at 100,000 events, for NetworkX and for SVG)"
echo "  peak MiB: peak resident set of the process; events/s: N / seconds; MB/s: the step's input / seconds"
echo

# shellcheck disable=SC2086 # the lists are split on purpose
for n in $(echo $SIZES $SVG_SIZES $TIMELINE_SIZES $FORMAT_SIZES $SCALE_SIZES | tr ' ' '\n' | sort -nu); do
  start=$(date +%s.%N)
  $PY tests/gen_events.py "$n" >"$tmp/bench-$n.events" || { echo "bench: gen_events.py $n failed" >&2; exit 1; }
  echo "generated $n events: $(mb "$(size_of "$tmp/bench-$n.events")") MB in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
done
echo

[ -n "$SIZES$SVG_SIZES$TIMELINE_SIZES" ] && header
for n in $SIZES; do
  events="$tmp/bench-$n.events"
  out="$tmp/out-$n"
  mkdir -p "$out"
  repeat=3
  [ "$n" -ge 100000 ] && repeat=1
  run "$n" "evgraph check" "$events" 3 "$EVG" check "$events"
  if [ -s "$tmp/err" ]; then
    echo "          note: check printed $(wc -l <"$tmp/err") lines (the generated file should be clean):"
    sed 's/^/          | /' "$tmp/err" | head -3
  fi
  run "$n" "evgraph render -t dot" "$events" "$repeat" "$EVG" render "$events" -t dot -o "$out"
  run "$n" "evgraph render -t graphml" "$events" "$repeat" "$EVG" render "$events" -t graphml -o "$out"
  dot_file="$out/bench-$n.dot" graphml_file="$out/bench-$n.graphml"
  if [ -f "$dot_file" ]; then
    run "$n" "peer: nop (cgraph read+write)" "$dot_file" "$repeat" nop "$dot_file"
  fi
  if [ -f "$graphml_file" ]; then
    run "$n" "peer: networkx read+write" "$graphml_file" 1 "$PY" "$tmp/networkx_peer.py" "$graphml_file" "$tmp/nx-$n.graphml"
    [ -s "$tmp/out" ] && echo "          networkx: $(cat "$tmp/out")"
  fi
  rm -rf "$out" "$tmp/nx-$n.graphml"
done
for n in $SVG_SIZES; do
  events="$tmp/bench-$n.events"
  mkdir -p "$tmp/svg-$n"
  run "$n" "evgraph render -t svg (layout)" "$events" 1 "$EVG" render "$events" -t svg -o "$tmp/svg-$n"
done
# the timeline layout (positions computed by evgraph, edges routed by
# nop2) beside Graphviz's dot layout of the same events
for n in $TIMELINE_SIZES; do
  events="$tmp/bench-$n.events"
  mkdir -p "$tmp/tl-$n"
  run "$n" "evgraph --layout timeline -t svg" "$events" 1 "$EVG" render "$events" --layout timeline -t svg -o "$tmp/tl-$n"
  # the same events as a deck of slides at the legibility floor (svg per
  # slide, and the one multi-page PDF), beside the single timeline
  run "$n" "evgraph --layout timeline --deck -t svg" "$events" 1 "$EVG" render "$events" --layout timeline --deck -t svg -o "$tmp/tl-$n"
  echo "          deck: $(ls "$tmp/tl-$n" | grep -c -- '-slide') slides"
  run "$n" "evgraph --layout timeline --deck -t pdf" "$events" 1 "$EVG" render "$events" --layout timeline --deck -t pdf -o "$tmp/tl-$n"
  "$EVG" render "$events" -t dot -o "$tmp/tl-$n" 2>/dev/null
  saved_failed=$failed saved_timeout=$TIMEOUT
  TIMEOUT=$PEER_TIMEOUT
  run "$n" "peer: dot -Tsvg (dot layout)" "$tmp/tl-$n/bench-$n.dot" 1 dot -Tsvg -o "$tmp/tl-$n/dot.svg" "$tmp/tl-$n/bench-$n.dot"
  TIMEOUT=$saved_timeout failed=$saved_failed
  rm -rf "$tmp/tl-$n"
done
echo

# ---- the analysis formats, side by side -------------------------------------

if [ -n "$FORMAT_SIZES" ]; then
  echo "Analysis formats from the same events file (one run each; no layout above 2,000 events):"
  header
  for n in $FORMAT_SIZES; do
    events="$tmp/bench-$n.events"
    out="$tmp/fmt-$n"
    mkdir -p "$out"
    for format in graphml gexf json yed; do
      run "$n" "evgraph render -t $format" "$events" 1 "$EVG" render "$events" -t "$format" -o "$out"
      for f in "$out"/*; do
        [ -f "$f" ] && echo "          wrote $(basename "$f"): $(mb "$(size_of "$f")") MB"
      done
      if [ "$format" = graphml ] && [ -f "$out/bench-$n.graphml" ]; then
        mv "$out/bench-$n.graphml" "$tmp/fmt-$n.graphml"
      else
        rm -f "$out"/*
      fi
    done
    case " $FORMAT_PEER_SIZES " in
      *" $n "*)
        if [ -f "$tmp/fmt-$n.graphml" ]; then
          times=$(timeout "$TIMEOUT" "$PY" "$tmp/networkx_formats.py" "$tmp/fmt-$n.graphml" "$out/nx" 2>"$tmp/err")
          if [ -n "$times" ]; then
            read -r gexf_s json_s <<<"$times"
            echo "          peer: networkx write_gexf from the built graph: $gexf_s s; json.dump(node_link_data): $json_s s"
          else
            echo "          peer: networkx did not finish: $(tail -1 "$tmp/err")"
          fi
        fi
        ;;
    esac
    rm -rf "$out" "$tmp/fmt-$n.graphml"
  done
  echo
fi

# ---- the million-event path and extraction, beside the peers ----------------

# summary.py RESULTS: the scale and extraction tables from the lines
# "N|STEP|ROUND|SECONDS|KB|STATUS|INPUT_BYTES|OUTPUT_BYTES|CPU" of RESULTS.
# "cpu s" is user + system time, which the load of a shared machine does
# not inflate as it does the wall time.
cat >"$tmp/summary.py" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    n, step, rnd, sec, kb, status, inb, outb, cpu = line.rstrip("\n").split("|")
    rows.setdefault((int(n), step), []).append(
        (int(rnd), float(sec), int(kb), status, int(inb), int(outb), float(cpu)))
def ok(key):
    return key in rows and all(r[3] == "ok" for r in rows[key])
def median_time(key):
    return statistics.median(r[1] for r in rows[key])
def median_cpu(key):
    return statistics.median(r[6] for r in rows[key])
def peak(key):
    return max(r[2] for r in rows[key]) / 1024
def ratio(key, peer, index):  # the median of the per-round ratios
    theirs = {r[0]: r[index] for r in rows[peer]}
    return statistics.median(r[index] / theirs[r[0]] for r in rows[key]
                             if theirs.get(r[0]))
def verdict(good):
    return "met" if good else "NOT MET"
PEERS = {"evgraph render -t graphml": ("peer: igraph load+build+write", 0.5),
         "evgraph render -t dot": ("peer: nop (cgraph read+write)", 1.0)}
for step in list(PEERS):
    PEERS["ref: " + step] = PEERS[step]
scale = sorted({n for n, step in rows if not step.startswith("extract")})
if scale:
    print("%-8s %-30s %8s %7s %9s %7s %9s  %s" % (
        "N", "step", "seconds", "cpu s", "peak MiB", "MB/s", "out B/ev",
        "goal (ratios: medians of the rounds')"))
for n in scale:
    for step in ("evgraph check", "ref: evgraph check",
                 "evgraph render -t graphml", "ref: evgraph render -t graphml",
                 "peer: igraph load+build+write", "evgraph render -t dot",
                 "ref: evgraph render -t dot", "peer: nop (cgraph read+write)"):
        key = (n, step)
        if key not in rows:
            continue
        if not ok(key):
            print("%-8d %-30s FAILED (%s)" % (n, step, ",".join(r[3] for r in rows[key])))
            continue
        t, inb, outb = median_time(key), rows[key][0][4], rows[key][0][5]
        note = ""
        if step == "evgraph check":
            note = ">= 100 MB/s: %s" % verdict(inb / 1e6 / t >= 100)
        if step in PEERS and ok((n, PEERS[step][0])):
            peer, limit = PEERS[step]
            rt, rm = ratio(key, (n, peer), 1), ratio(key, (n, peer), 2)
            note = "time x%.2f, memory x%.2f of the peer's (goal x%.1f): %s" % (
                rt, rm, limit, verdict(rt <= limit and rm <= limit))
        if ok((n, "ref: " + step)):
            ref = (n, "ref: " + step)
            note += "%sover ref: cpu x%.2f, memory x%.2f" % (
                "; " if note else "", ratio(key, ref, 6), ratio(key, ref, 2))
        print("%-8d %-30s %8.2f %7.2f %9.1f %7.1f %9s  %s" % (
            n, step, t, median_cpu(key), peak(key), inb / 1e6 / t,
            "%.0f" % (outb / n) if outb else "", note))
extract = sorted({(step, n) for n, step in rows if step.startswith("extract")})
if extract:
    print()
    print("%-30s %9s %8s %7s %9s %7s  %s" % ("step", "prose MB", "seconds", "cpu s",
          "peak MiB", "MB/s", "goal >= 20 MB/s; time per MB over the smaller size's (1 is linear)"))
    first = {}
    for step, n in extract:
        key = (n, step)
        if not ok(key):
            print("%-30s %9.1f FAILED" % (step, n / 1e6))
            continue
        t = median_time(key)
        per_mb = t / (n / 1e6)
        note = verdict(n / 1e6 / t >= 20)
        if step in first:
            note += "; x%.2f" % (per_mb / first[step])
        else:
            first[step] = per_mb
        print("%-30s %9.1f %8.3f %7.3f %9.1f %7.1f  %s" % (
            "evgraph " + step, n / 1e6, t, median_cpu(key), peak(key), n / 1e6 / t, note))
EOF

# scale_run N STEP ROUND INPUT OUTPUT CMD...: one measured run, kept in
# $tmp/scale as a line for summary.py (OUTPUT: the file it writes, or "").
scale_run() {
  local n=$1 step=$2 round=$3 input=$4 output=$5
  shift 5
  local result seconds kb status cpu out_bytes=0
  [ -n "$output" ] && rm -f "$output"
  result=$($PY "$tmp/measure.py" "$TIMEOUT" 1 "$tmp/out" "$tmp/err" "$@")
  [ -n "$result" ] || result="0 0 measure.py_failed 0"
  read -r seconds kb status cpu <<<"$result"
  if [ -n "$output" ] && [ -f "$output" ]; then out_bytes=$(size_of "$output"); fi
  if [ "$status" != ok ]; then
    failed=1
    echo "  FAILED $step at $n: ${status//_/ }; command: $*"
    sed 's/^/  | /' "$tmp/err" | tail -3
  fi
  echo "$n|$step|$round|$seconds|$kb|$status|$(size_of "$input")|$out_bytes|$cpu" >>"$tmp/scale"
}

: >"$tmp/scale"
if [ -n "$SCALE_SIZES$EXTRACT_SIZES" ]; then
  echo "The million-event path beside python-igraph $($PY -c 'import igraph; print(igraph.__version__)' 2>/dev/null || echo '(missing: .ci/deps bench)') and cgraph's nop, and extraction:"
  echo "  $SCALE_ROUNDS interleaved rounds; median time, largest peak; out B/ev: output bytes per event"
fi
for n in $SCALE_SIZES; do
  events="$tmp/bench-$n.events"
  out="$tmp/scale-$n"
  mkdir -p "$out"
  for round in $(seq "$SCALE_ROUNDS"); do
    if [[ $SCALE_STEPS == *" check "* ]]; then
      scale_run "$n" "evgraph check" "$round" "$events" "" "$EVG" check "$events"
      [ -z "$EVG_REF" ] ||
        scale_run "$n" "ref: evgraph check" "$round" "$events" "" "$EVG_REF" check "$events"
    fi
    if [[ $SCALE_STEPS == *" graphml "* ]]; then
      scale_run "$n" "evgraph render -t graphml" "$round" "$events" "$out/bench-$n.graphml" \
        "$EVG" render "$events" -t graphml -o "$out"
      rm -f "$out/bench-$n.graphml"
      if [ -n "$EVG_REF" ]; then
        scale_run "$n" "ref: evgraph render -t graphml" "$round" "$events" "$out/bench-$n.graphml" \
          "$EVG_REF" render "$events" -t graphml -o "$out"
        rm -f "$out/bench-$n.graphml"
      fi
      scale_run "$n" "peer: igraph load+build+write" "$round" "$events" "$out/igraph.graphml" \
        "$PY" tests/igraph_peer.py "$events" "$out/igraph.graphml"
      rm -f "$out/igraph.graphml"
    fi
    if [[ $SCALE_STEPS == *" dot "* ]]; then
      if [ -n "$EVG_REF" ]; then
        scale_run "$n" "ref: evgraph render -t dot" "$round" "$events" "$out/bench-$n.dot" \
          "$EVG_REF" render "$events" -t dot -o "$out"
        rm -f "$out/bench-$n.dot"
      fi
      scale_run "$n" "evgraph render -t dot" "$round" "$events" "$out/bench-$n.dot" \
        "$EVG" render "$events" -t dot -o "$out"
      scale_run "$n" "peer: nop (cgraph read+write)" "$round" "$out/bench-$n.dot" "" \
        nop "$out/bench-$n.dot"
      rm -f "$out/bench-$n.dot"
    fi
  done
  rm -rf "$out"
done
if [ -n "$EXTRACT_SIZES" ]; then
  # one block of plain prose: the news gold texts and WikiWars, tags stripped
  $PY - "$tmp/block.txt" tests/timex/news/*.tml ../shared/corpus/wikiwars/timex3-tml/*.tml <<'EOF'
import html, re, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        try:
            text = open(path, encoding="utf-8").read()
        except OSError:
            continue
        m = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
        if m:
            out.write(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) + "\n\n")
EOF
  for bytes in $EXTRACT_SIZES; do
    prose="$tmp/prose-$bytes.txt"
    : >"$prose"
    while [ "$(size_of "$prose")" -lt "$bytes" ]; do cat "$tmp/block.txt" >>"$prose"; done
    for format in events json timeml; do
      for round in $(seq "$SCALE_ROUNDS"); do
        scale_run "$(size_of "$prose")" "extract --format $format" "$round" "$prose" "" \
          "$EVG" extract --anchor 2025-02-03 --format "$format" "$prose"
      done
    done
    rm -f "$prose"
  done
fi
if [ -s "$tmp/scale" ]; then
  $PY "$tmp/summary.py" "$tmp/scale"
  echo
fi

# ---- linearity --------------------------------------------------------------

# shellcheck disable=SC2086
set -- $SIZES
if [ $# -ge 2 ]; then
  sizes=("$@")
  big=${sizes[$(($# - 1))]} small=${sizes[$(($# - 2))]}
  echo "Linearity: time per event at N=$big over that at N=$small (1.0 is linear; a quadratic step gives about $((big / small))):"
  for step in "evgraph check" "evgraph render -t dot" "evgraph render -t graphml" \
    "peer: nop (cgraph read+write)" "peer: networkx read+write"; do
    a=$(seconds_of "$small" "$step") b=$(seconds_of "$big" "$step")
    if [ -n "$a" ] && [ -n "$b" ]; then
      ratio=$(awk -v a="$a" -v b="$b" -v n="$small" -v m="$big" 'BEGIN { printf "%.2f", (b / m) / (a / n) }')
      verdict=""
      if [ "$step" = "evgraph check" ]; then
        verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2 ? "ok: within 2x" : "NOT LINEAR: more than 2x") }')
      fi
      printf '  %-30s %s  %s\n' "$step" "$ratio" "$verdict"
    fi
  done
fi

if [ "$failed" -ne 0 ]; then
  echo
  echo "bench: some steps FAILED to run (above); the timings of the others stand"
  exit 1
fi
