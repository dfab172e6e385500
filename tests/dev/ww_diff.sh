#!/bin/sh
# Usage: tests/dev/ww_diff.sh OLD_BINARY NEW_BINARY
# Runs both on the 22 WikiWars texts (../shared/corpus, tags stripped by
# tests/timex/score.py's reader, each with its creation date as anchor) and
# prints a unified diff of their events output: every actor, date and label
# a rule adds, drops or changes, to be read one by one.
old=$1 new=$2
shared=${SHARED:-../shared}
[ -n "$old" ] && [ -n "$new" ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
[ -d "$shared/corpus/wikiwars/timex3-tml" ] || { echo "$0: no $shared/corpus/wikiwars/timex3-tml" >&2; exit 2; }
d=$(mktemp -d) || exit 2
trap 'rm -rf "$d"' EXIT
python3 - "$d" "$shared/corpus/wikiwars/timex3-tml" <<'PY' || exit 2
import os, sys
sys.path.insert(0, "tests/timex")
import score
out, folder = sys.argv[1:3]
for path in score.gold_files([folder], []):
    doc = score.parse_doc(score.read_source(path), path)
    name = score.stem(path)
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(doc.text)
    with open(os.path.join(out, name + ".anchor"), "w") as f:
        f.write(score.anchor_of(doc))
PY
for t in "$d"/*.txt; do
  b=$(basename "$t" .txt)
  a=$(cat "$d/$b.anchor")
  "$old" extract --anchor "$a" "$t" >"$d/$b.old" 2>/dev/null
  "$new" extract --anchor "$a" "$t" >"$d/$b.new" 2>/dev/null
  diff -u "$d/$b.old" "$d/$b.new" | sed "s|^+++ .*|+++ $b|; s|^--- .*|--- $b|"
done
exit 0
