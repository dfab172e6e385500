#!/bin/bash
# The tagger's throughput in MB/s on a large body of prose, side by side with
# dateparser's search_dates (Debian's python3-dateparser) on the same text.
# Prose: the WikiWars texts (../shared) and the news gold texts, repeated.
set -eu
cd "$(dirname "$0")/.."
EVG=${EVGRAPH:-./evgraph}
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# one block of plain prose from the gold files (tags stripped)
$PY - "$tmp/block.txt" tests/timex/news/*.tml ../shared/corpus/wikiwars/timex3-tml/*.tml <<'PY' 2>/dev/null || true
import re, sys, html
out = open(sys.argv[1], "w", encoding="utf-8")
for path in sys.argv[2:]:
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        continue
    m = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
    if m:
        out.write(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) + "\n\n")
PY
block=$(stat -c %s "$tmp/block.txt")
# sizes: the sample both tools run on, and larger ones for evgraph alone
make_text() { # bytes file
  : >"$2"
  while [ "$(stat -c %s "$2")" -lt "$1" ]; do cat "$tmp/block.txt" >>"$2"; done
}
head -c 60000 "$tmp/block.txt" >"$tmp/sample.txt" # dateparser needs minutes for more
make_text 4000000 "$tmp/4mb.txt"
make_text 40000000 "$tmp/40mb.txt"

seconds() { # command...: wall seconds of the best of 5 runs (a shared machine is noisy)
  local best=999999
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    best=$(echo "$t1 - $t0" | bc -l | awk -v b="$best" '{print ($1 < b) ? $1 : b}')
  done
  echo "$best"
}
report() { # name bytes seconds
  awk -v n="$1" -v b="$2" -v s="$3" 'BEGIN { printf "%-44s %10.2f MB %8.3f s %10.4f MB/s\n", n, b/1e6, s, b/1e6/s }'
}

echo "prose block: $block bytes (news gold + WikiWars texts)"
for f in sample 4mb 40mb; do
  bytes=$(stat -c %s "$tmp/$f.txt")
  s=$(seconds "$EVG" extract --anchor 2025-02-03 --format timeml "$tmp/$f.txt")
  report "evgraph extract --format timeml ($f)" "$bytes" "$s"
done
bytes=$(stat -c %s "$tmp/sample.txt")
if $PY -c "import dateparser.search" 2>/dev/null; then
  t0=$(date +%s.%N)
  found=$($PY -W ignore -c "
import sys, datetime
from dateparser.search import search_dates
text = open(sys.argv[1], encoding='utf-8').read()
n = 0
for para in text.split('\n'):
    if para.strip():
        r = search_dates(para, settings={'RELATIVE_BASE': datetime.datetime(2025, 2, 3)})  # noqa
        n += len(r or [])
print(n)" "$tmp/sample.txt")
  t1=$(date +%s.%N)
  report "dateparser search_dates (sample, $found found)" "$bytes" "$(echo "$t1 - $t0" | bc -l)"
else
  echo "dateparser: not installed (.ci/deps bench installs python3-dateparser)"
fi
evg_found=$("$EVG" extract --anchor 2025-02-03 --format timeml "$tmp/sample.txt" | grep -o '<TIMEX3 ' | wc -l)
echo "evgraph found $evg_found expressions in the sample"
