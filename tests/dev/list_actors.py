#!/usr/bin/env python3
"""List wrong (proposed, not gold) and missed (gold, not proposed) actors of
paired core events.  Usage: tests/dev/list_actors.py EVGRAPH [set1,set2,...] [--exclude SET] [--kinds]
Without sets: every tests/events_* folder but the blind one: the set
tests/extract.sh excludes from the union (or --exclude SET).
--kinds: list instead the right actors with a wrong kind (sentence, name,
proposed kind, gold kind), paired as score.match_actors pairs them, so the
count is the one score.py's kinds figure misses."""
import sys
sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S
import dev_texts

args = sys.argv[2:]
kinds = "--kinds" in args
if kinds:
    args.remove("--kinds")
wrong_n = missed_n = kinds_n = right_n = 0
for gold_path, gold, g, p, actors, body in dev_texts.paired_core_events(sys.argv[1], args):
    gold_actors = {a["id"]: a for a in gold["actors"]}
    wanted = [gold_actors[a] for a in g["actors"]]
    proposed = [actors[a] for a in p.get("actors", [])]
    hits = S.match_actors([a.get("name", aid) for a, aid in zip(proposed, p.get("actors", []))], wanted)
    matched = {h["id"] for h in hits if h is not None}
    s, e = g["span"]
    sentence = body[s:e].decode(errors="replace")[:160].replace("\n", " ")
    if kinds:
        pairs = [(a, h) for a, h in zip(proposed, hits) if h is not None]
        bad = ["%s: %s, gold %s" % (a.get("name"), a.get("kind"), h["kind"])
               for a, h in pairs if a.get("kind") != h["kind"]]
        if bad:
            print("%s %s: %s" % (gold_path, g["id"], sentence))
            for b in bad:
                print("    KIND   " + b)
        right_n += len(pairs)
        kinds_n += len(bad)
        continue
    wrong = ["%s (%s)" % (a.get("name"), a.get("kind")) for a, h in zip(proposed, hits) if h is None]
    missed = ["%s (%s)" % (w["name"], w["kind"]) for w in wanted if w["id"] not in matched]
    if wrong or missed:
        print("%s %s: %s" % (gold_path, g["id"], sentence))
        for w in wrong:
            print("    WRONG  " + w)
        for m in missed:
            print("    MISSED " + m)
    wrong_n += len(wrong); missed_n += len(missed)
if kinds:
    print("wrong kinds %d of %d right actors" % (kinds_n, right_n))
else:
    print("wrong %d, missed %d" % (wrong_n, missed_n))
