#!/usr/bin/env python3
"""List paired core events whose date is not exact.  Usage: tests/dev/list_dates.py EVGRAPH [set1,...] [--exclude SET]
Without sets: every tests/events_* folder but the blind one: the set
tests/extract.sh excludes from the union (or --exclude SET)."""
import sys
sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S
import dev_texts
miss = 0
for gold_path, _, g, p, _, body in dev_texts.paired_core_events(sys.argv[1], sys.argv[2:]):
    gb = S.date_bounds(g["date"])
    if gb is not None and S.date_bounds(p.get("date")) == gb:
        continue
    s, e = g["span"]
    print("%s %s: gold %s, got %s: %s" % (gold_path, g["id"], g["date"], p.get("date"),
          body[s:e].decode(errors="replace")[:150].replace("\n", " ")))
    miss += 1
print("date misses %d" % miss)
