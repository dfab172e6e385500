#!/usr/bin/env python3
"""List paired core events whose date is not exact.  Usage: tests/dev/list_dates.py EVGRAPH [set1,...] [--exclude SET]
Without sets: every tests/events_* folder but the blind one: the set
tests/extract.sh excludes from the union (or --exclude SET)."""
import subprocess, sys, tempfile
sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S
import dev_texts
evg = sys.argv[1]
miss = 0
for _, text, gold_path in dev_texts.chosen_texts(sys.argv[2:]):
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as f:
        subprocess.run([evg, "extract", "--format", "json", text], stdout=f, stderr=subprocess.DEVNULL, check=True)
        actors, proposed = S.read_extract(f.name)
    gold = S.read_gold(gold_path)
    body = open(text, encoding="utf-8").read().encode()
    for g in gold["events"]:
        if not g["core"]:
            continue
        p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["_start"], p["_end"]))
        if p is None:
            continue
        gb = S.date_bounds(g["date"])
        if gb is not None and S.date_bounds(p.get("date")) == gb:
            continue
        s, e = g["span"]
        print("%s %s: gold %s, got %s: %s" % (gold_path, g["id"], g["date"], p.get("date"),
              body[s:e].decode(errors="replace")[:150].replace("\n", " ")))
        miss += 1
print("date misses %d" % miss)
