#!/usr/bin/env python3
"""List wrong (proposed, not gold) and missed (gold, not proposed) actors of
paired core events.  Usage: tests/dev/list_actors.py EVGRAPH [set1,set2,...] [--exclude SET]
Without sets: every tests/events_* folder but the blind one: the set
tests/extract.sh excludes from the union (or --exclude SET)."""
import sys
sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S
import dev_texts

wrong_n = missed_n = 0
for gold_path, gold, g, p, actors, body in dev_texts.paired_core_events(sys.argv[1], sys.argv[2:]):
    gold_actors = {a["id"]: a for a in gold["actors"]}
    wanted = [gold_actors[a] for a in g["actors"]]
    proposed = [actors[a] for a in p.get("actors", [])]
    hits = S.match_actors([a.get("name", aid) for a, aid in zip(proposed, p.get("actors", []))], wanted)
    matched = {h["id"] for h in hits if h is not None}
    wrong = ["%s (%s)" % (a.get("name"), a.get("kind")) for a, h in zip(proposed, hits) if h is None]
    missed = ["%s (%s)" % (w["name"], w["kind"]) for w in wanted if w["id"] not in matched]
    if wrong or missed:
        s, e = g["span"]
        print("%s %s: %s" % (gold_path, g["id"], body[s:e].decode(errors="replace")[:160].replace("\n", " ")))
        for w in wrong:
            print("    WRONG  " + w)
        for m in missed:
            print("    MISSED " + m)
    wrong_n += len(wrong); missed_n += len(missed)
print("wrong %d, missed %d" % (wrong_n, missed_n))
