#!/bin/bash
# The Dask driver (src/evgraph-dask.py) on a LocalCluster of two worker
# processes: its events equal the single-process run of evgraph extract
# --jsonl byte for byte, for a JSON Lines file (with bad records: the same
# diagnostics at the same global lines, the same exit status) and for a
# folder of .txt articles; reduced with evgraph merge when it exists (the
# same bytes, and events of different articles joined).
# PASS/FAIL/SKIP lines; SKIP when Debian's python3-distributed is missing.
set -u
cd "$(dirname "$0")/../.."
EVGRAPH=${EVGRAPH:-./evgraph}
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() { local name=$1; shift; if "$@" >"$tmp/log" 2>&1; then echo "PASS $name"; else echo "FAIL $name: $*"; sed 's/^/    /' "$tmp/log" | head -20; fi; }

if ! $PY -c "import dask.bag, distributed" 2>/dev/null; then
  echo "SKIP dask: Debian's python3-distributed is not installed (apt-get install python3-distributed)"
  exit 0
fi
# The workers run the program, not a wrapper: valgrind would time out.
evgraph=${EVGRAPH##* }
driver() { $PY src/evgraph-dask.py --evgraph "$evgraph" "$@"; }

# 200 generated articles, a blank line and two bad records among them
tests/gen_articles.py 200 7 >"$tmp/gen.jsonl"
{
  sed -n 1,60p "$tmp/gen.jsonl"
  echo '{"id": "broken", "text": '
  echo
  sed -n 61,150p "$tmp/gen.jsonl"
  echo '{"id": "undated", "date": "2025-02-30", "text": "x"}'
  sed -n '151,$p' "$tmp/gen.jsonl"
} >"$tmp/articles.jsonl"

$evgraph extract --jsonl "$tmp/articles.jsonl" >"$tmp/single.jsonl" 2>"$tmp/single.err"
single_status=$?
# Port 8787 (Dask's default HTTP port) held by someone else, as on a shared
# machine: the driver must not add Dask's "Port 8787 is already in use".
$PY -c 'import socket, sys, time
s = socket.socket()
try:
    s.bind(("127.0.0.1", 8787))
except OSError:
    sys.exit(0)  # already busy: the condition holds anyway
s.listen()
time.sleep(600)' &
port_holder=$!
sleep 0.5
driver "$tmp/articles.jsonl" -o "$tmp/dask.jsonl" --workers 2 --partitions 5 -v \
  2>"$tmp/dask.all"
dask_status=$?
kill "$port_holder" 2>/dev/null
wait "$port_holder" 2>/dev/null
# the extraction's diagnostics, then the reduce's (evgraph merge of the
# output: warnings at its lines, and of the merged graph)
grep -v '^evgraph-dask: ' "$tmp/dask.all" | grep -v -e "^$tmp/dask.jsonl:" -e '^merged: ' >"$tmp/dask.err"
grep -e "^$tmp/dask.jsonl:" -e '^merged: ' "$tmp/dask.all" >"$tmp/dask-merge.err"
check "dask.jsonl.ran-partitioned" grep -qxE 'evgraph-dask: [2-9] partitions on 2 workers: 202 records, [0-9]+ events' "$tmp/dask.all"
check "dask.jsonl.events" [ "$(wc -l <"$tmp/single.jsonl")" -gt 600 ]
check "dask.jsonl.same-bytes" cmp "$tmp/single.jsonl" "$tmp/dask.jsonl"
check "dask.jsonl.same-diagnostics" diff "$tmp/single.err" "$tmp/dask.err"
check "dask.jsonl.diagnostic-line" grep -q "articles.jsonl:153:19: error: article 'undated'" "$tmp/dask.err"
check "dask.jsonl.same-status" [ "$single_status" -eq 1 -a "$dask_status" -eq 1 ]

# A folder: NAME.txt, dated by NAME.date or by its dateline
mkdir "$tmp/folder"
$PY - "$tmp/gen.jsonl" "$tmp/folder" "$tmp/folder.jsonl" <<'PY'
import json, sys
source, folder, jsonl = sys.argv[1:]
records = []
for line in list(open(source, encoding="utf-8"))[:40]:
    r = json.loads(line)
    name = "article-%s" % r["id"]
    open("%s/%s.txt" % (folder, name), "w", encoding="utf-8").write(r["text"])
    record = {"id": name}
    if "date" in r:
        open("%s/%s.date" % (folder, name), "w").write(r["date"] + "\n")
        record["date"] = r["date"]
    record["text"] = r["text"]
    records.append((name, record))
with open(jsonl, "w", encoding="utf-8") as out:
    for name, record in sorted(records):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
$evgraph extract --jsonl "$tmp/folder.jsonl" >"$tmp/folder-single.jsonl" 2>/dev/null
driver "$tmp/folder" -o "$tmp/folder-dask.jsonl" --workers 2 --partitions 3 2>"$tmp/err"
check "dask.folder.exit" [ $? -eq 0 ]
check "dask.folder.events" [ -s "$tmp/folder-single.jsonl" ]
check "dask.folder.same-bytes" cmp "$tmp/folder-single.jsonl" "$tmp/folder-dask.jsonl"

# A folder's diagnostics name the article's file
printf 'Tomorrow the board meets.\n' >"$tmp/folder/undated.txt"
driver "$tmp/folder" -o "$tmp/folder-dask2.jsonl" --workers 2 --partitions 3 2>"$tmp/err"
check "dask.folder.diagnostic-file" grep -qx "$tmp/folder/undated.txt: warning: article 'undated' has no \"date\" and its text no dateline: relative dates stay unresolved" "$tmp/err"

# A run that fails (status 2, or a crash) leaves the output as it was
printf '#!/bin/sh\ncat >/dev/null\nexit 3\n' >"$tmp/failing"
chmod +x "$tmp/failing"
echo "before" >"$tmp/kept.jsonl"
$PY src/evgraph-dask.py --evgraph "$tmp/failing" "$tmp/articles.jsonl" -o "$tmp/kept.jsonl" --workers 2 2>"$tmp/err"
check "dask.failure.exit-2" [ $? -eq 2 ]
check "dask.failure.message" grep -q "^evgraph-dask: evgraph ended with status 3 on the partition from line 1$" "$tmp/err"
check "dask.failure.output-kept" grep -qx before "$tmp/kept.jsonl"
$PY src/evgraph-dask.py --evgraph "$tmp/missing" "$tmp/articles.jsonl" -o "$tmp/kept.jsonl" 2>"$tmp/err"
check "dask.failure.no-program" [ $? -eq 2 ]

# The reduction, once evgraph has its merge command
if $evgraph merge --help 2>/dev/null | grep -q "evgraph merge"; then
  $evgraph merge "$tmp/folder-single.jsonl" -o "$tmp/single-merged.events" 2>/dev/null
  check "dask.merge.same-bytes" cmp "$tmp/single-merged.events" "$tmp/folder-dask.events"
  # the 200 articles' reduce joins events of different articles (the
  # generated ones retell happenings: an actor, a verb, a day) and equals
  # the single-process reduce byte for byte
  $evgraph merge "$tmp/single.jsonl" -o "$tmp/single-jsonl.events" 2>"$tmp/single-merge.err"
  check "dask.jsonl.merge.same-bytes" cmp "$tmp/single-jsonl.events" "$tmp/dask.events"
  sed "s|$tmp/single.jsonl:|$tmp/dask.jsonl:|g" "$tmp/single-merge.err" >"$tmp/single-merge.as-dask.err"
  check "dask.jsonl.merge.same-diagnostics" diff "$tmp/single-merge.as-dask.err" "$tmp/dask-merge.err"
  unmerged=$(wc -l <"$tmp/single.jsonl")
  merged=$(grep -c '^event ' "$tmp/dask.events")
  check "dask.jsonl.merge.fewer-events" [ "$merged" -gt 0 -a "$merged" -lt "$unmerged" ]
  cross=$(awk '/^event /{n = 0} /^  source: /{if (++n == 2) cross++} END {print cross + 0}' "$tmp/dask.events")
  check "dask.jsonl.merge.joins-articles" [ "$cross" -gt 10 ]
  echo "    merge of $unmerged events of 200 generated articles: $merged events, $cross citing several articles" >&2
else
  echo "SKIP dask.merge: this evgraph has no merge command; the driver wrote the events unmerged"
  check "dask.merge.none-written" [ ! -e "$tmp/folder-dask.events" ]
fi
