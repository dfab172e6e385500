#!/bin/bash
# Scores `evgraph extract --format json` on the actors-* development texts
# (issue 10 items 2 and 3) with the held-out set's scorer.  Development
# only: these texts are tuned on; tests/events_gold is not.
set -eu
cd "$(dirname "$0")/../.."
EVG=${EVG:-./evgraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for gold in tests/events_dev/actors-*.gold.json; do
  name=$(basename "$gold" .gold.json)
  $EVG extract --format json "tests/events_dev/$name.txt" >"$tmp/$name.jsonl" 2>/dev/null
  args+=("$tmp/$name.jsonl" "$gold")
done
python3 tests/events_gold/score.py "$@" "${args[@]}"
