#!/usr/bin/env python3
"""The ways a proposed actor comes to its event, counted against the gold.

    actor_paths.py DRIVER [--sets S1,S2] [--exclude S,...] [--show PATH]
    actor_paths.py DRIVER --fires TEXT... [--show PATH]

DRIVER is build/actor_paths (tests/actor_paths.c, `make actor-paths`): it
prints each proposed event's span and, per actor, its way ("subject",
"object", "by", "inherited-doer", ...; extract_actor_paths.c).  Over the
paired core events of the gold texts (tests/events_*/, the blind set
that tests/extract.sh keeps out excluded by default), pairing and name matching as
tests/events_gold/score.py does, it prints per way: fires, right, wrong,
precision.  --fires counts the ways over any texts (no gold); --show PATH
prints that way's actors with their sentence (the wrong ones against the
gold)."""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "events_gold"))
import score as S  # noqa: E402
import score_all  # noqa: E402


def events_of(driver, text):
    out = subprocess.run([driver, text], stdout=subprocess.PIPE, check=True).stdout
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("driver")
    ap.add_argument("--sets", default="")
    ap.add_argument("--exclude", default=score_all.blind_set() or "")
    ap.add_argument("--fires", nargs="+")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    fires = collections.Counter()
    right = collections.Counter()
    wrong = collections.Counter()
    if args.fires:
        for text in args.fires:
            body = open(text, encoding="utf-8").read().encode()
            for p in events_of(args.driver, text):
                for a in p["actors"]:
                    fires[a["path"]] += 1
                    if a["path"] == args.show:
                        print("%s: %s\n    %s (%s)" % (os.path.basename(text),
                              body[p["start"]:p["end"]].decode(errors="replace")[:200].replace("\n", " "),
                              a["name"], a["kind"]))
        for path, n in fires.most_common():
            print("%-22s %5d" % (path, n))
        return
    sets = [s for s in args.sets.split(",") if s]
    exclude = [s for s in args.exclude.split(",") if s]
    for _, text, gold_path in score_all.texts(sets, exclude):
        proposed = events_of(args.driver, text)
        gold = S.read_gold(gold_path)
        gold_actors = {a["id"]: a for a in gold["actors"]}
        body = open(text, encoding="utf-8").read().encode()
        for g in gold["events"]:
            if not g["core"]:
                continue
            p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["start"], p["end"]))
            if p is None:
                continue
            wanted = [gold_actors[w] for w in g["actors"]]
            for a, hit in zip(p["actors"], S.match_actors([a["name"] for a in p["actors"]], wanted)):
                fires[a["path"]] += 1
                if hit:
                    right[a["path"]] += 1
                else:
                    wrong[a["path"]] += 1
                if a["path"] == args.show:
                    s, e = g["span"]
                    print("%s %s %s: %s\n    %s (%s)" % ("RIGHT" if hit else "WRONG", gold_path, g["id"],
                          body[s:e].decode(errors="replace")[:200].replace("\n", " "), a["name"], a["kind"]))
    print("%-22s %5s %5s %5s %6s" % ("path", "fires", "right", "wrong", "prec"))
    for path, n in sorted(fires.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%-22s %5d %5d %5d %6.1f" % (path, n, right[path], wrong[path], 100.0 * right[path] / n))
    total = sum(fires.values())
    print("%-22s %5d %5d %5d %6.1f" % ("all", total, sum(right.values()), sum(wrong.values()),
                                        100.0 * sum(right.values()) / max(total, 1)))


if __name__ == "__main__":
    main()
