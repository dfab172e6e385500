#!/usr/bin/env python3
"""List the wrong merges and duplicates of merge pairs as tests/merge/score.py
maps them: per wrong merge, the merged event's citations with the happening
each tells (a gold index or "own"); per duplicate, the merged events a gold
happening is split over.  Ends with the totals score.py prints.
A gold side may be one phrase or a list of phrases (mergegold44): a
duplicate is named by its a side's first phrase.
Usage: tests/dev/list_merge.py EVGRAPH [GOLD SET]
Without GOLD and SET: tests/merge/gold.json, every set of it.  Run from the
worktree, so that the gold is today's whatever binary is listed (merge28
listed each blind set's first scoring with /tmp/first-sight binaries)."""
import json
import os
import sys
import tempfile

sys.path.insert(0, "tests/merge")
import score  # noqa: E402

HERE = "tests/merge"
evgraph = sys.argv[1]
gold_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "gold.json")
gold = json.load(open(gold_path))
parts = [sys.argv[3]] if len(sys.argv) > 3 else [k for k in gold if not k.startswith("_")]
joined = duplicates = wrong = 0


def side(source):
    return "a" if "-a." in (source or "") else "b"


with tempfile.TemporaryDirectory() as tmp:
    for part in parts:
        pairs = gold[part]
        for pair in sorted(pairs, key=lambda p: int(p[4:])):
            events = score.merged_pair(evgraph, pair, tmp)

            def happening(citation):
                return score.happening_of(pairs[pair], citation)

            where = {}
            for eid, citations in events.items():
                told = {}
                for c in citations:
                    told.setdefault(happening(c), []).append(c)
                if len(told) > 1:
                    wrong += len(told) - 1
                    print(f"{pair} WRONG {eid}:")
                    for h, cs in told.items():
                        name = "own" if str(h).startswith("own:") else h
                        for quote, source in cs:
                            print(f"    [{name}] ({side(source)}) {quote}")
                for h in told:
                    where.setdefault(h, []).append(eid)
            for i in range(len(pairs[pair])):
                split = where.get(i, [])
                if len(split) > 1:
                    duplicates += len(split) - 1
                    print(f"{pair} DUP {i} {score.side_phrases(pairs[pair][i][0])[0]!r}:")
                    for eid in split:
                        for quote, source in events[eid]:
                            print(f"    {eid} ({side(source)}) {quote}")
                elif len(split) == 1 and len(events[split[0]]) >= 2:
                    joined += 1
print(f"{joined} joined, {duplicates} duplicates left, {wrong} wrong merges")
