#!/bin/bash
# Corpus extraction in `make bench`: articles per second per core of
# `evgraph extract --jsonl` on the same generated articles
# (tests/gen_articles.py) run three ways:
#   one process        evgraph extract --jsonl < articles.jsonl
#   xargs -P2          the file split in 8 chunks (split -n l/8), two
#                      processes at a time, the outputs concatenated in order
#   Dask LocalCluster  src/evgraph-dask.py --workers 2 (8 partitions),
#                      wall time with the cluster's start-up, and without it
#                      (the driver's time on one article subtracted)
# Each result must equal the one process's bytes (cmp), or the run fails.
# Per core: articles / seconds / processes (1, 2, 2).  One run of each.
#   BENCH_ARTICLES=10000   the articles
#   EVGRAPH=./evgraph      the program under test
set -u
cd "$(dirname "$0")/.." || exit 2
EVG=${EVGRAPH:-./evgraph}
PY=/usr/bin/python3
N=${BENCH_ARTICLES:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
row() { # LABEL SECONDS PROCESSES
  printf '  %-34s %8.3f s %9.0f articles/s %9.0f per core\n' "$1" "$2" \
    "$(awk -v n="$N" -v s="$2" 'BEGIN { print n / s }')" \
    "$(awk -v n="$N" -v s="$2" -v p="$3" 'BEGIN { print n / s / p }')"
}
same() { # LABEL FILE: the one process's bytes, or a failure
  if ! cmp -s "$tmp/one.jsonl" "$2"; then
    echo "  FAILED: $1 differs from the one process's events"
    failed=1
  fi
}

$PY tests/gen_articles.py "$N" 3 >"$tmp/articles.jsonl" || exit 1
echo "Corpus extraction: $N generated articles, $(awk -v b="$(stat -c %s "$tmp/articles.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $(nproc) CPUs"

start=$(now)
/usr/bin/time -f '%M' -o "$tmp/rss" "$EVG" extract --jsonl <"$tmp/articles.jsonl" >"$tmp/one.jsonl" || failed=1
one=$(since "$start")
echo "  $(wc -l <"$tmp/one.jsonl") events; one process's peak RSS $(awk '{ printf "%.1f", $1 / 1024 }' "$tmp/rss") MiB"
row "one process" "$one" 1

(cd "$tmp" && split -n l/8 -d articles.jsonl chunk.)
start=$(now)
# shellcheck disable=SC2016 # $0 is evgraph and $1 the chunk, for the inner shell
ls "$tmp"/chunk.0? | xargs -P2 -n1 sh -c '"$0" extract --jsonl <"$1" >"$1.out"' "$EVG" || failed=1
cat "$tmp"/chunk.0?.out >"$tmp/xargs.jsonl"
row "xargs -P2 (8 chunks)" "$(since "$start")" 2
same "xargs -P2" "$tmp/xargs.jsonl"

if $PY -c "import dask.bag, distributed" 2>/dev/null; then
  head -1 "$tmp/articles.jsonl" >"$tmp/one-article.jsonl"
  start=$(now)
  $PY src/evgraph-dask.py --evgraph "$EVG" "$tmp/one-article.jsonl" -o "$tmp/startup.jsonl" --workers 2 || failed=1
  startup=$(since "$start")
  start=$(now)
  $PY src/evgraph-dask.py --evgraph "$EVG" "$tmp/articles.jsonl" -o "$tmp/dask.jsonl" --workers 2 --partitions 8 || failed=1
  dask=$(since "$start")
  row "Dask LocalCluster, 2 workers" "$dask" 2
  row "  without its start-up ($startup s)" "$(awk -v a="$dask" -v b="$startup" 'BEGIN { print a - b }')" 2
  same "Dask" "$tmp/dask.jsonl"
else
  echo "  Dask: skipped (python3-distributed is not installed)"
fi
exit $failed
