#!/usr/bin/env python3
"""Every relation the binary proposes that the gold does not hold, over the
union (the blind set left out), with the sentence of each end and what the
gold says between the two gold events they pair with.

    wrong_relations.py [--evgraph BIN] [--sets S1,S2]

Pairing is score.py's (each proposed end with its best-overlapping gold
event).  Each case prints `gold-between=[...]`: the gold relations joining
the same two gold events (another type or the other way round), empty when
the gold relates them not at all; `ends=` names the two gold events, None
where an end pairs with no gold event.  The last line counts the cases."""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "events_gold"))
sys.path.insert(0, HERE)
import score as S  # noqa: E402
import score_all as SA  # noqa: E402
from missed_relations import sentence  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evgraph", default="./evgraph")
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    exclude = [] if sets else [SA.blind_set()]
    span = lambda g: tuple(g["span"])  # noqa: E731
    n = 0
    with tempfile.TemporaryDirectory() as work:
        for set_name, path, gold_path in SA.texts(sets, exclude):
            out = os.path.join(work, "x.jsonl")
            with open(out, "wb") as f:
                subprocess.run([args.evgraph, "extract", "--format", "json", path], stdout=f,
                               stderr=subprocess.DEVNULL, check=True)
            _, proposed = S.read_extract(out)
            gold = S.read_gold(gold_path)
            text = open(path, encoding="utf-8").read()
            relations = {(r["from"], r["type"], r["to"]) for r in gold["relations"]}
            by_id = {p["id"]: p for p in proposed}
            for p in proposed:
                for r in ([p] + p.get("more_relations", [])) if "relation" in p else []:
                    t = by_id.get(r.get("target"))
                    sg = S.best_overlap(p["_start"], p["_end"], gold["events"], span)
                    tg = S.best_overlap(t["_start"], t["_end"], gold["events"], span) if t else None
                    if sg and tg and (sg["id"], r["relation"], tg["id"]) in relations:
                        continue
                    n += 1
                    between = sorted(k for k in relations if sg and tg and {k[0], k[2]} == {sg["id"], tg["id"]})
                    print("%s %s %s %s %s  gold-between=%s ends=%s,%s" % (
                        set_name, os.path.basename(path), p["id"], r["relation"], r.get("target"), between,
                        sg and sg["id"], tg and tg["id"]))
                    print("  from: %s" % text[slice(*sentence(text, p["_start"], p["_end"]))].strip())
                    if t:
                        print("  to:   %s" % text[slice(*sentence(text, t["_start"], t["_end"]))].strip())
    print("wrong: %d" % n)


if __name__ == "__main__":
    main()
