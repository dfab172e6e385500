#!/bin/bash
# Checks that a change to the parser, the model or a writer changed no
# output of `evgraph check` and `evgraph render`: runs a reference binary
# and a new one on every events file the project has and cmp's their
# outputs, standard error and exit status.
#   tests/same_render.sh REF NEW [EVENTS...]   e.g. /tmp/evgraph-before ./evgraph
# Files: data/*.events, tests/golden/*.events, tests/errors/*.events (each
# also as a file without its final newline and with CRLF line ends), and
# generated files of 1,000 and 20,000 events (tests/gen_events.py), plus
# the EVENTS given.  Each file runs `check` and `render -t` with every
# format that needs no layout (dot, graphml, json, graphology, gexf, yed),
# with and without a filter (--tag markets), and DOT alone (-o out, -o -).
# Ends with "N runs compared, N identical, D differ"; exit 1 on a
# difference, 2 on a usage error.
set -u
cd "$(dirname "$0")/.."
if [ $# -lt 2 ] || [ ! -x "$1" ] || [ ! -x "$2" ]; then
  echo "usage: tests/same_render.sh REF_BINARY NEW_BINARY [EVENTS...]" >&2
  exit 2
fi
ref=$(realpath "$1") new=$(realpath "$2")
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
inputs=(data/*.events tests/golden/*.events tests/errors/*.events "$@")
for f in data/*.events tests/golden/*.events tests/errors/*.events; do
  name=$(basename "$f" .events)
  head -c -1 "$f" >"$work/in/$name-no-final-newline.events"
  sed 's/$/\r/' "$f" >"$work/in/$name-crlf.events"
done
for n in 1000 20000; do
  /usr/bin/python3 tests/gen_events.py "$n" >"$work/in/gen-$n.events" || exit 2
done
inputs+=("$work"/in/*.events)

runs=0 same=0 differ=0
compare() { # label args...: runs both binaries in their own folders
  local label=$1
  shift
  local side
  for side in ref new; do
    rm -rf "$work/$side" && mkdir -p "$work/$side/out"
    local bin=$ref
    [ "$side" = new ] && bin=$new
    (cd "$work/$side" && "$bin" "$@" >stdout 2>stderr; echo $? >status)
  done
  runs=$((runs + 1))
  if diff -r "$work/ref" "$work/new" >/dev/null; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "DIFFER $label: $*"
    diff -r "$work/ref" "$work/new" | head -5 | sed 's/^/    /'
  fi
}

for f in "${inputs[@]}"; do
  path=$(realpath "$f")
  compare "$(basename "$f")" check "$path"
  compare "$(basename "$f")" render "$path" -t dot,graphml,json,graphology,gexf,yed -o out
  compare "$(basename "$f")" render "$path" -t dot,graphml,json --tag markets -o out
  # DOT alone takes the model (evg_render_dot_consume), to a folder and to stdout
  compare "$(basename "$f")" render "$path" -t dot -o out
  compare "$(basename "$f")" render "$path" -t dot -o -
done
echo "$runs runs compared, $same identical, $differ differ"
[ "$differ" -eq 0 ]
