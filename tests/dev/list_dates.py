#!/usr/bin/env python3
"""List paired core events whose date is not exact.  Usage: tests/dev/list_dates.py EVGRAPH [set1,...] [--exclude SET]
Without sets: every tests/events_* folder but the blind one: the set
tests/extract.sh excludes from the union (or --exclude SET)."""
import glob, os, subprocess, sys, tempfile
sys.path.insert(0, "tests/events_gold")
import score as S
evg = sys.argv[1]
args = sys.argv[2:]
import re
found = re.search(r"--exclude (events_\w+)", open("tests/extract.sh").read())
exclude = found.group(1) if found else None
if "--exclude" in args:
    k = args.index("--exclude")
    exclude = args[k + 1]
    del args[k:k + 2]
sets = args[0].split(",") if args else None
folders = [f for f in sorted(glob.glob("tests/events_*/")) if not exclude or os.path.basename(f.rstrip("/")) != exclude]
if sets:
    folders = [f for f in folders if os.path.basename(f.rstrip("/")) in sets]
miss = 0
for folder in folders:
    for gold_path in sorted(glob.glob(folder + "*.gold.json")):
        text = gold_path[:-len(".gold.json")] + ".txt"
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
