#!/bin/bash
# evgraph extract --jsonl (a corpus's articles in, one event a line out,
# streaming) and its output read back by render and check (FILE.jsonl):
# the same events as extract gives each article alone, every line standing
# alone, errors positioned and skipped, memory flat over 10,000 articles,
# and the graph as NetworkX reads it.  PASS/FAIL/SKIP lines.
set -u
source "$(dirname "$0")/lib.sh"
EVGRAPH=${EVGRAPH:-./evgraph}

tests/gen_articles.py 200 >"$tmp/articles.jsonl"
$EVG extract --jsonl <"$tmp/articles.jsonl" >"$tmp/events.jsonl" 2>"$tmp/err"
check "jsonl.exit" [ $? -eq 0 ]
check "jsonl.quiet" [ ! -s "$tmp/err" ]
check "jsonl.events" [ "$(wc -l <"$tmp/events.jsonl")" -gt 600 ]
$EVG extract --jsonl "$tmp/articles.jsonl" >"$tmp/events-file.jsonl" 2>&1
check "jsonl.file-argument" cmp "$tmp/events.jsonl" "$tmp/events-file.jsonl"
$EVG extract --jsonl <"$tmp/articles.jsonl" >"$tmp/again.jsonl" 2>&1
check "jsonl.deterministic" cmp "$tmp/events.jsonl" "$tmp/again.jsonl"

# Every line stands alone, and holds what extract gives its article alone:
# the same events and fields, "file" replaced by "article", actors inline.
check "jsonl.same-as-extract" $PY - "$EVG" "$tmp/articles.jsonl" "$tmp/events.jsonl" "$tmp" <<'PY'
import json, subprocess, sys
evg, articles, events, tmp = sys.argv[1:]
evg = evg.split()  # a command: valgrind's prefix under make memcheck
lines = [json.loads(l) for l in open(events, encoding="utf-8")]
by_article = {}
for line in lines:
    assert set(line) >= {"type", "article", "id", "date", "label", "actors",
                         "quote", "start", "end"} and "file" not in line, line
    for actor in line["actors"]:
        assert set(actor) == {"id", "name", "kind"}, actor
    by_article.setdefault(line["article"], []).append(line)
records = [json.loads(l) for l in open(articles, encoding="utf-8")]
# article ids as strings, integers as their digits, in input order
assert list(by_article) == [str(r["id"]) for r in records if str(r["id"]) in by_article]
assert any(isinstance(r["id"], int) for r in records)
for record in records[:40]:
    path = tmp + "/one.txt"
    open(path, "w", encoding="utf-8").write(record["text"])
    args = evg + ["extract", "--format", "json", path]
    if "date" in record:
        args[-3:-3] = ["--anchor", record["date"]]
    alone = [json.loads(l) for l in subprocess.run(args, capture_output=True, check=True, text=True).stdout.splitlines()]
    actors = {a["id"]: {k: a[k] for k in ("id", "name", "kind")} for a in alone if a["type"] == "actor"}
    expected = []
    for event in (e for e in alone if e["type"] == "event"):
        event = dict(event)
        del event["file"]
        event["actors"] = [actors[a] for a in event["actors"]]
        event["article"] = str(record["id"])
        expected.append(event)
    got = by_article.get(str(record["id"]), [])
    assert got == expected, (record["id"], got, expected)
PY

# A byte-order mark before the first record (and the first event) is skipped
{ printf '\xef\xbb\xbf'; head -3 "$tmp/articles.jsonl"; } >"$tmp/bom.jsonl"
$EVG extract --jsonl <"$tmp/bom.jsonl" >"$tmp/bom-events.jsonl" 2>"$tmp/err"
check "jsonl.bom.exit" [ $? -eq 0 ]
check "jsonl.bom.same" cmp "$tmp/bom-events.jsonl" <(head -3 "$tmp/articles.jsonl" | $EVG extract --jsonl)
{ printf '\xef\xbb\xbf'; cat "$tmp/bom-events.jsonl"; } >"$tmp/bom-events2.jsonl"
check "jsonl.bom.loader" $EVG check "$tmp/bom-events2.jsonl"

# Streaming: an article's events come out before the next article is read.
check "jsonl.streaming" $PY - "$EVG" "$tmp/articles.jsonl" <<'PY'
import json, select, subprocess, sys
evg, articles = sys.argv[1:]
evg = evg.split()
first = open(articles, encoding="utf-8").readline()
p = subprocess.Popen(evg + ["extract", "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(first.encode()); p.stdin.flush()
ready, _, _ = select.select([p.stdout], [], [], 10)
assert ready, "no output while the input is still open"
line = json.loads(p.stdout.readline())
assert line["article"] == str(json.loads(first)["id"]), line
p.stdin.close(); p.stdout.read(); assert p.wait() == 0
PY

# Bad records: an error at the record's line and column, the record
# skipped, the others written, exit status 1 at the end.
{
  head -1 "$tmp/articles.jsonl"
  echo 'not json'
  echo '{"id": "a", "text": 3}'
  echo
  echo '{"id": 1.5, "text": "On 3 May 2024 Acme Corp resigned."}'
  echo '{"id": "b", "date": "2025-02-30", "text": "x"}'
  echo '{"id": "c", "id": "d", "text": "x"}'
  echo '[1]'
  echo '{"id": "undated", "text": "Tomorrow the board meets."}'
  sed -n 2p "$tmp/articles.jsonl"
} >"$tmp/bad.jsonl"
$EVG extract --jsonl <"$tmp/bad.jsonl" >"$tmp/bad.out" 2>"$tmp/bad.err"
check "jsonl.bad.exit-1" [ $? -eq 1 ]
cat >"$tmp/bad.expected" <<'ERR'
<stdin>:2:3: error: not a JSON record: '[' or '{' expected near 'not'
    not json
      ^
<stdin>:3:13: error: article 'a': the record needs a "text" string
    {"id": "a", "text": 3}
                ^
<stdin>:5:2: error: the record needs an "id", a non-empty string or an integer
    {"id": 1.5, "text": "On 3 May 2024 Acme Corp resigned."}
     ^
<stdin>:6:13: error: article 'b': "date" must be a day, YYYY-MM-DD
    {"id": "b", "date": "2025-02-30", "text": "x"}
                ^
<stdin>:7:16: error: not a JSON record: duplicate object key near '"id"'
    {"id": "c", "id": "d", "text": "x"}
                   ^
<stdin>:8:1: error: a record is a JSON object: {"id": ..., "date": "YYYY-MM-DD", "text": ...}
    [1]
    ^
<stdin>:9:1: warning: article 'undated' has no "date" and its text no dateline: relative dates stay unresolved
evgraph: 6 of 9 records skipped for errors
ERR
check "jsonl.bad.messages" diff "$tmp/bad.expected" "$tmp/bad.err"
$PY -c "
import json, sys
ids = [json.loads(l)['article'] for l in open(sys.argv[1])]
print(' '.join(dict.fromkeys(ids)))" "$tmp/bad.out" >"$tmp/bad.ids"
check "jsonl.bad.others-written" grep -qx "wire-00001 undated wire-00002" "$tmp/bad.ids"

# An empty id names no article: its events could not be read back
# (found by fuzz_jsonl).
printf '{"id": "", "date": "2024-05-03", "text": "Tomorrow the board meets."}\n' |
  $EVG extract --jsonl >"$tmp/empty-id.out" 2>"$tmp/empty-id.err"
check "jsonl.empty-id.exit-1" [ $? -eq 1 ]
check "jsonl.empty-id.message" grep -q '^<stdin>:1:2: error: the record needs an "id", a non-empty string or an integer$' "$tmp/empty-id.err"
check "jsonl.empty-id.nothing-written" [ ! -s "$tmp/empty-id.out" ]

# A record past --max-input MiB is refused without being held.
$PY -c "
import json
print(json.dumps({'id': 'big', 'text': 'On 3 May 2024 Acme Corp resigned. ' * 70000}))
print(json.dumps({'id': 'small', 'date': '2024-05-03', 'text': 'Acme Corp resigned on Friday.'}))" >"$tmp/big.jsonl"
$EVG extract --jsonl --max-input 2 <"$tmp/big.jsonl" >"$tmp/big.out" 2>"$tmp/big.err"
check "jsonl.max-record.exit-1" [ $? -eq 1 ]
check "jsonl.max-record.message" grep -q '^<stdin>:1:1: error: a record of 2380025 bytes, longer than the limit of 2 MiB (--max-input MIB raises it)$' "$tmp/big.err"
check "jsonl.max-record.next-written" grep -q '"article":"small"' "$tmp/big.out"
$EVG extract --jsonl --max-input 3 <"$tmp/big.jsonl" >"$tmp/big.out" 2>"$tmp/big.err"
check "jsonl.max-record.raised" [ $? -eq 0 ]

# Usage errors
$EVG extract --jsonl --anchor 2025-01-01 <"$tmp/articles.jsonl" >/dev/null 2>"$tmp/err"
check "jsonl.usage.anchor" [ $? -eq 2 ]
$EVG render --jsonl x.events >/dev/null 2>"$tmp/err"
check "jsonl.usage.render" grep -q "^evgraph: --jsonl is an option of extract$" "$tmp/err"
$EVG extract --jsonl "$tmp/missing.jsonl" >/dev/null 2>"$tmp/err"
check "jsonl.usage.missing-file" [ $? -eq 2 ]

# A closed pipe or a full disk is an error, not a silent end.
$EVG extract --jsonl <"$tmp/articles.jsonl" >/dev/full 2>"$tmp/err"
check "jsonl.full-disk.exit-2" [ $? -eq 2 ]
check "jsonl.full-disk.message" grep -q "cannot write the events" "$tmp/err"

# Memory: flat in the number of articles (peak RSS of 10,000 articles within
# 4 MB of 100's); not under ASan or valgrind, which hold freed memory.
if [[ "$EVG" == *valgrind* || "${EVGRAPH:-}" == *sanitize* ]]; then
  echo "SKIP jsonl.memory-flat: peak RSS not meaningful under ASan/valgrind"
else
  check "jsonl.memory-flat" $PY - "$EVGRAPH" "$tmp" <<'PY'
import resource, subprocess, sys
evg, tmp = sys.argv[1:]
subprocess.run(["tests/gen_articles.py", "10000", "5"], stdout=open(tmp + "/many.jsonl", "w"), check=True)
with open(tmp + "/many.jsonl") as f:
    open(tmp + "/few.jsonl", "w").writelines(f.readline() for _ in range(100))
def peak(path):
    code = ("import resource, subprocess, sys; "
            "subprocess.run([sys.argv[1], 'extract', '--jsonl'], stdin=open(sys.argv[2]), "
            "stdout=subprocess.DEVNULL, check=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([sys.executable, "-c", code, evg, path], capture_output=True, text=True, check=True).stdout)
few, many = peak(tmp + "/few.jsonl"), peak(tmp + "/many.jsonl")
print("peak RSS: %d KB for 100 articles, %d KB for 10,000" % (few, many))
assert many - few < 4096, (few, many)
PY
fi

# The events as a graph: render and check read FILE.jsonl.
$EVG check "$tmp/events.jsonl" 2>"$tmp/err"
check "jsonl.graph.check" [ $? -eq 0 ]
check "jsonl.graph.check-quiet" [ ! -s "$tmp/err" ]
$EVG render "$tmp/events.jsonl" -t graphml,json -o "$tmp/out" 2>"$tmp/err"
check "jsonl.graph.render" [ $? -eq 0 ]
check "jsonl.graph.networkx" $PY -W error - "$tmp/events.jsonl" "$tmp/out/events.graphml" <<'PY'
import json, re, sys
import networkx as nx
events, graphml = sys.argv[1:]
g = nx.read_graphml(graphml)
lines = [json.loads(l) for l in open(events, encoding="utf-8")]
def prefix(article):
    return article if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", article) else "article-" + article
actors = set()
for line in lines:
    node = g.nodes[prefix(line["article"]) + "." + line["id"]]
    assert node["kind"] == "event" and node["source"] == line["article"], node
    assert node["label"] == line["label"] and node["quote"] == line["quote"], node
    involved = {t for _, t, d in g.out_edges(prefix(line["article"]) + "." + line["id"], data=True) if d["relation"] == "involves"}
    expected = {prefix(line["article"]) + "." + a["id"] for a in line["actors"]}
    assert involved == expected, (involved, expected)
    actors |= expected
    for a in line["actors"]:
        assert g.nodes[prefix(line["article"]) + "." + a["id"]]["label"] == a["name"]
    if "relation" in line:
        target = prefix(line["article"]) + "." + line["target"]
        assert any(d["relation"] == line["relation"] for d in g.get_edge_data(prefix(line["article"]) + "." + line["id"], target).values())
assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "event") == len(lines)
assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "actor") == len(actors)
PY

# Loader errors: positioned (jansson's column for syntax), every one listed.
{
  sed -n 1p "$tmp/events.jsonl"
  echo '{"type": "event", "article": "a", "id": "e1", "date": "2025-13", "label": "x"}'
  echo '{"type": "event", "article": "a", "id": "e2" "date": "2025-01"}'
  echo '{"type": "actor", "id": "x"}'
  echo '{"type": "event", "article": "a", "id": "bad id", "date": "2025-01", "label": "x"}'
  sed -n 1p "$tmp/events.jsonl"
} >"$tmp/broken.jsonl"
$EVG check "$tmp/broken.jsonl" 2>"$tmp/err"
check "jsonl.graph.errors.exit-1" [ $? -eq 1 ]
check "jsonl.graph.errors.date" grep -q "broken.jsonl:2:47: error: bad date '2025-13': " "$tmp/err"
check "jsonl.graph.errors.syntax" grep -q "broken.jsonl:3:51: error: not a JSON event line: '}' expected near '\"date\"'" "$tmp/err"
check "jsonl.graph.errors.type" grep -q "broken.jsonl:4:1: error: not an event line of evgraph extract --jsonl" "$tmp/err"
check "jsonl.graph.errors.id" grep -q "broken.jsonl:5:35: error: an event needs an id of letters" "$tmp/err"
check "jsonl.graph.errors.duplicate" grep -q "broken.jsonl:6:.*: error: duplicate id 'wire-00001.event-1' (first at line 1)" "$tmp/err"

# One line of 40,000 actors, each name with a bidi override: linear (a
# column or warning per actor rescanned the line: quadratic), within 20 s.
$PY -c "
import json
actors = [{'id': 'a%d' % i, 'name': 'N\u202e%d' % i, 'kind': 'person'} for i in range(40000)]
print(json.dumps({'type': 'event', 'article': 'x', 'id': 'e', 'date': '2025-01', 'label': 'L', 'actors': actors}))" >"$tmp/wide.jsonl"
if [[ "$EVG" == *valgrind* ]]; then
  echo "SKIP jsonl.graph.wide-line: a time limit is not meaningful under valgrind"
else
  check "jsonl.graph.wide-line" timeout 20 $EVG check "$tmp/wide.jsonl"
  check "jsonl.graph.wide-line.one-warning" [ "$(timeout 20 $EVG check "$tmp/wide.jsonl" 2>&1 | grep -c warning)" -eq 1 ]
fi

# Undated articles' relative dates and dangling relations: warnings.
cat >"$tmp/warn.jsonl" <<'JSONL'
{"type":"event","article":7,"id":"event-1","date":"anchor + 1 day","label":"The board meets","actors":[]}
{"type":"event","article":7,"id":"event-2","date":"2025-01","label":"A storm","actors":[{"id":"acme","name":"Acme","kind":"company"}],"relation":"causes","target":"event-1"}
{"type":"event","article":"7","id":"event-3","date":"2025-02","label":"Later","actors":[{"id":"acme","name":"Acme","kind":"company"}]}
{"type":"event","article":"x/7","id":"event-1","date":"2025-02","label":"Bidi \u202e here","actors":[]}
JSONL
$EVG render "$tmp/warn.jsonl" -t json -o - >"$tmp/warn.json" 2>"$tmp/err"
check "jsonl.graph.warnings.exit-0" [ $? -eq 0 ]
check "jsonl.graph.warnings.relative" grep -q "warn.jsonl:1:44: warning: event 'article-7.event-1' left out: its date 'anchor + 1 day' is relative" "$tmp/err"
check "jsonl.graph.warnings.relation" grep -q "warn.jsonl:2:.*: warning: relation to 'article-7.event-1' left out: no such event" "$tmp/err"
check "jsonl.graph.warnings.bidi" grep -q "warn.jsonl:4:.*: warning: a control or bidi character in \"label\" is shown as U+FFFD" "$tmp/err"
check "jsonl.graph.ids" $PY -c "
import json, sys
nodes = {n['id'] for n in json.load(open(sys.argv[1]))['nodes']}
# 7 and \"7\" are one article; one actor node for it; x/7 gets its own prefix
assert nodes == {'article-7.event-2', 'article-7.event-3', 'article-7.acme', 'article-x-7.event-1'}, nodes" "$tmp/warn.json"
