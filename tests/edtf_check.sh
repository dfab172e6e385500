#!/bin/bash
# EDTF check: every form of tests/edtf_forms.txt (README's table, EDTF
# levels 0-2, the events-file spellings) goes through evgraph as an event;
# the GraphML's `date` must parse with edtf.js (the npm `edtf` package, an
# independent implementation) to exactly our `start`/`end`.  Needs node and
# the package, pinned by tests/graphology/package-lock.json and installed by
# tests/npm_modules.sh (or EDTF_MODULE=DIR); SKIPs otherwise.  Prints PASS/FAIL/SKIP lines and a summary on stderr.
set -u
cd "$(dirname "$0")/.."
EVG=${EVG:-./evgraph}
PY=/usr/bin/python3 # Debian's, which has networkx
if [ -z "${EDTF_MODULE:-}" ]; then
  if ! modules=$(tests/npm_modules.sh); then
    echo "SKIP edtf.check: $modules"
    exit 0
  fi
  EDTF_MODULE=$modules/edtf
fi
if [ ! -f "$EDTF_MODULE/package.json" ]; then
  echo "SKIP edtf.check: the npm edtf package is not at $EDTF_MODULE"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One event per form, plus relative dates as README writes them.
{
  echo "anchor: 2025-02-03"
  n=0
  while IFS= read -r form; do
    case "$form" in '#'* | '') continue ;; esac
    n=$((n + 1))
    printf 'event f%03d\n  date: %s\n  label: %s\n' "$n" "$form" "$form"
  done <tests/edtf_forms.txt
  printf 'event rel-anchor\n  date: anchor - 1 month\n  label: r\n'
  printf 'event rel-week\n  date: anchor - 1 week\n  label: r\n'
  printf 'event rel-event\n  date: @f001 + 3 days~\n  label: r\n'
  printf 'event open-start\n  date: ../2025\n  label: r\n'
  printf 'event rel-open-start\n  date: @open-start + 1 day\n  label: r\n'
  printf 'event open-end\n  date: 2025-01-13/..\n  label: r\n'
  printf 'event rel-open-end\n  date: @open-end + 1 day\n  label: r\n'
  printf 'event unknown-end\n  date: 2004-06~/\n  label: r\n'
  printf 'event rel-unknown-end\n  date: @unknown-end + 1 quarter\n  label: r\n'
} >"$tmp/forms.events"

if ! $EVG render "$tmp/forms.events" -t graphml -o "$tmp" 2>"$tmp/err"; then
  echo "FAIL edtf.render: $(head -3 "$tmp/err")"
  exit 1
fi
$PY - "$tmp/forms.graphml" >"$tmp/values.tsv" <<'PYEOF'
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
for node, d in g.nodes(data=True):
    if d.get("kind") == "event":
        print("\t".join([node, d["date"], d.get("start", ""), d.get("end", "")]))
PYEOF
node tests/edtf_check.mjs "$EDTF_MODULE" <"$tmp/values.tsv"
