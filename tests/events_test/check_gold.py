#!/usr/bin/env python3
"""Checks a held-out set's gold files without running evgraph.

Usage: check_gold.py [FOLDER] (default: this script's folder; the same
checks serve tests/events_test2 and tests/events_test3).  For every
NAME.gold.json in FOLDER: spans agree with the clauses
(../events_gold/spans.py --check), ids, kinds, dates with bounds, headlines
that pass score.py's checks, actors used by some event, relations between
known events, the news dateline equal to the anchor, the lengths of the
brief; then a perfect extract output made from the gold itself is scored
with ../events_gold/score.py, which must parse it and give 100 on every
figure.  Exit 1 on any problem.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = os.path.join(HERE, "..", "events_gold")
sys.path.insert(0, GOLD_DIR)
import score  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def problems_of(path, gold, text):
    problems = []
    actor_ids = [a["id"] for a in gold["actors"]]
    event_ids = [e["id"] for e in gold["events"]]
    if len(set(actor_ids + event_ids)) != len(actor_ids + event_ids):
        problems.append("duplicate ids")
    problems += ["%s: kind %s" % (a["id"], a["kind"]) for a in gold["actors"] if a["kind"] not in score.KINDS]
    for e in gold["events"]:
        if score.date_bounds(e["date"]) is None:
            problems.append("%s: date %s has no bounds" % (e["id"], e["date"]))
        if score.headline_failures(e["headline"]):
            problems.append("%s: headline fails %s" % (e["id"], score.headline_failures(e["headline"])))
        problems += ["%s: unknown actor %s" % (e["id"], a) for a in e["actors"] if a not in actor_ids]
    for r in gold["relations"]:
        if r["from"] not in event_ids or r["to"] not in event_ids or r["type"] not in score.RELATIONS:
            problems.append("relation %s" % r)
    used = {a for e in gold["events"] for a in e["actors"]}
    problems += ["actor %s in no event" % a for a in actor_ids if a not in used]
    words = len(text.split())
    if os.path.basename(path).startswith("news-"):
        m = re.search(r"^[A-Z][A-Z.' -]+(?:, [A-Za-z.' ]+)?, (%s) ([0-9]{1,2}), ([0-9]{4}) —" % "|".join(MONTHS),
                      text, re.M)
        dateline = m and "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
        if dateline != gold["anchor"]:
            problems.append("dateline %s, anchor %s" % (dateline, gold["anchor"]))
        if not 300 <= words <= 500:
            problems.append("%d words" % words)
    else:
        if gold["anchor"] is not None:
            problems.append("a history has no anchor")
        if not 400 <= words <= 600:
            problems.append("%d words" % words)
    return problems


def perfect_output(gold):
    """The extract output a perfect extractor would give: JSON Lines rows."""
    rows = [{"type": "actor", "id": a["id"], "name": a["name"], "kind": a["kind"]} for a in gold["actors"]]
    by_from = {r["from"]: r for r in gold["relations"]}
    for e in gold["events"]:
        row = {"type": "event", "id": e["id"], "label": e["headline"], "date": e["date"],
               "start": e["span"][0], "end": e["span"][1], "actors": e["actors"]}
        rows.append(row)
    return rows, by_from


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    golds = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    if not golds:
        print("FAIL %s: no *.gold.json" % folder)
        return 1
    failures = 0
    spans = subprocess.run([sys.executable, os.path.join(GOLD_DIR, "spans.py"), "--check"] + golds,
                           capture_output=True, text=True)
    if spans.returncode:
        print("FAIL spans: " + spans.stderr.strip())
        failures += 1
    with tempfile.TemporaryDirectory() as tmp:
        for path in golds:
            name = os.path.basename(path)[: -len(".gold.json")]
            with open(path, encoding="utf-8") as f:
                gold = json.load(f)
            with open(path[: -len(".gold.json")] + ".txt", encoding="utf-8") as f:
                text = f.read()
            problems = problems_of(path, gold, text)
            # score.py can carry one relation per proposed event: score the
            # relations it can express, the figures must all be 100
            rows, by_from = perfect_output(gold)
            for row in rows:
                if row["type"] == "event" and row["id"] in by_from:
                    row["relation"], row["target"] = by_from[row["id"]]["type"], by_from[row["id"]]["to"]
            out = os.path.join(tmp, name + ".jsonl")
            with open(out, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            result = subprocess.run([sys.executable, os.path.join(GOLD_DIR, "score.py"), "--json", out, path],
                                    capture_output=True, text=True)
            if result.returncode:
                problems.append("score.py: " + result.stderr.strip())
            else:
                total = json.loads(result.stdout)["total"]
                for key in ("core_found", "dates_exact", "actor_precision", "kinds", "headlines",
                            "relation_precision"):
                    if total[key] not in (100.0, None):
                        problems.append("self-score %s %s" % (key, total[key]))
                if total["actor_recall"] not in (100.0, None):
                    problems.append("self-score actor_recall %s" % total["actor_recall"])
            print(("FAIL %s: %s" % (name, "; ".join(problems))) if problems else "PASS %s" % name)
            failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
