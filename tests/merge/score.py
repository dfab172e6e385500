#!/usr/bin/env python3
"""Scores `evgraph merge` on the paired articles of tests/merge/.

For each pair: extracts both articles, merges the two extractions, and maps
every citation of every merged event to its happening through gold.json (a
quote holding a gold phrase tells that happening; any other quote tells one
of its own).  Reports, per pair and in all:
  duplicates left  a happening told by both articles that is still split
                   over several merged events (one per extra event)
  wrong merges     a merged event that joins different happenings (one per
                   extra happening)
  joined           happenings told by both articles that came out as one
                   event with both sources
Usage: score.py EVGRAPH [--max-duplicates N --max-wrong N] [--gold FILE] [--set NAME]
--gold reads another gold file of the same shape (gold_test.json holds the
blind set "test"); --set scores only that set of it (default: every set).
Exit 1 when the counts exceed the given maxima."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_events(text):
    """The merged events' quotes, by event id (the events-file syntax)."""
    events, current = {}, None
    for line in text.splitlines():
        if line.startswith("event "):
            current = line[6:].strip()
            events[current] = []
        elif line[:1] in (" ", "\t") and current:
            key, _, value = line.strip().partition(":")
            if key == "quote":
                events[current].append(value.strip())
        elif line.strip() and not line.startswith("#"):
            current = None
    return events


def main():
    evgraph = sys.argv[1]
    options = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    gold_path = options.pop("--gold", os.path.join(HERE, "gold.json"))
    only = options.pop("--set", None)
    limits = {k: int(v) for k, v in options.items()}
    gold = json.load(open(gold_path))
    parts = [only] if only else [k for k in gold if not k.startswith("_")]
    every = {"happenings": 0, "joined": 0, "duplicates": 0, "wrong": 0}
    with tempfile.TemporaryDirectory() as tmp:
      for part in parts:
        total = dict.fromkeys(every, 0)
        pairs = gold[part]
        for pair in sorted(pairs):
            files = []
            for side in "ab":
                out = os.path.join(tmp, f"{pair}-{side}.events")
                text = subprocess.run(
                    [evgraph, "extract", os.path.join(HERE, f"{pair}-{side}.txt")],
                    check=True, capture_output=True, text=True).stdout
                open(out, "w").write(text)
                files.append(out)
            merged = subprocess.run([evgraph, "merge", *files], check=True,
                                    capture_output=True, text=True).stdout
            events = parse_events(merged)

            def happening(quote):
                for index, phrases in enumerate(pairs[pair]):
                    if any(p in quote for p in phrases):
                        return index
                return "own:" + quote

            where = {}
            wrong = 0
            for eid, quotes in events.items():
                told = {happening(q) for q in quotes}
                wrong += len(told) - 1
                for h in told:
                    where.setdefault(h, []).append(eid)
            duplicates = sum(len(where.get(i, [])) - 1
                             for i in range(len(pairs[pair]))
                             if len(where.get(i, [])) > 1)
            joined = sum(1 for i in range(len(pairs[pair]))
                         if len(where.get(i, [])) == 1
                         and len(events[where[i][0]]) >= 2)
            missing = [pairs[pair][i][0] for i in range(len(pairs[pair]))
                       if i not in where]
            print(f"{pair}: {len(pairs[pair])} happenings told twice, "
                  f"{joined} joined, {duplicates} duplicates left, "
                  f"{wrong} wrong merges"
                  + (f" (not extracted: {missing})" if missing else ""))
            total["happenings"] += len(pairs[pair])
            total["joined"] += joined
            total["duplicates"] += duplicates
            total["wrong"] += wrong
        print(f"{part}: {total['happenings']} happenings told twice, "
              f"{total['joined']} joined, {total['duplicates']} duplicates "
              f"left, {total['wrong']} wrong merges")
        for k in every:
            every[k] += total[k]
    ok = (every["duplicates"] <= limits.get("--max-duplicates", 10**9)
          and every["wrong"] <= limits.get("--max-wrong", 10**9))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
