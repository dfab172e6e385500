#!/usr/bin/env python3
"""The event scorer's own tests, and checks of the gold files themselves.

score.py on a hand-made fake extract output (fixture/fake.jsonl against
fixture/mini.gold.json) must give the figures worked out by hand in
fixture/expected.json; date bounds and headline checks are tested form by
form; every NAME.gold.json must agree with its text (spans, ids, dates with
bounds, kinds).  Never runs evgraph.  Prints PASS/FAIL lines.
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

failures = 0


def check(name, ok, detail=""):
    global failures
    if ok:
        print("PASS events_gold.%s" % name)
    else:
        failures += 1
        print("FAIL events_gold.%s%s" % (name, ": " + detail if detail else ""))


def run_score(*args):
    return subprocess.run([sys.executable, os.path.join(HERE, "score.py")] + list(args),
                          capture_output=True, text=True)


fixture = os.path.join(HERE, "fixture")
fake, mini = os.path.join(fixture, "fake.jsonl"), os.path.join(fixture, "mini.gold.json")
with open(os.path.join(fixture, "expected.json"), encoding="utf-8") as f:
    expected = json.load(f)

# the fixture's figures, as worked out by hand
result = run_score("--json", fake, mini)
check("fixture.exit", result.returncode == 0, result.stderr)
total = json.loads(result.stdout)["total"] if result.returncode == 0 else {"counts": {}}
for key, value in expected["counts"].items():
    check("fixture.count." + key, total["counts"].get(key) == value,
          "got %s, want %s" % (total["counts"].get(key), value))
for key, value in expected["figures"].items():
    check("fixture.figure." + key, total.get(key) == value, "got %s, want %s" % (total.get(key), value))

# several texts: counts add up, figures stay
result = run_score("--json", fake, mini, fake, mini)
both = json.loads(result.stdout)["total"] if result.returncode == 0 else {"counts": {}}
check("several.counts", all(both["counts"].get(k) == 2 * v for k, v in expected["counts"].items()))
check("several.figures", all(both.get(k) == v for k, v in expected["figures"].items()))

# the table names every text and says which criteria are met
result = run_score(fake, mini)
check("table.exit", result.returncode == 0, result.stderr)
check("table.total", re.search(r"^total +80\.0 +75\.0 +83\.3 +83\.3 +80\.0 +16\.7 +50\.0 +50\.0$",
                               result.stdout, re.M) is not None, result.stdout)
check("table.criterion", "criterion core_found >= 90%: 80.0 (NOT met)" in result.stdout, result.stdout)

# bad input: usage and unreadable files exit 2 with a message
check("usage.odd-arguments", run_score(fake).returncode == 2)
result = run_score(os.path.join(fixture, "mini.txt"), mini)
check("bad.extract", result.returncode == 2 and "error: not JSON" in result.stderr, result.stderr)
result = run_score(fake, os.path.join(HERE, "no-such.gold.json"))
check("bad.missing-file", result.returncode == 2 and "no-such.gold.json" in result.stderr, result.stderr)

# date bounds, form by form (the README's table of dates)
D = lambda y, m, d: (y, m, d)
bounds = {
    "2025-01-27": (D(2025, 1, 27), D(2025, 1, 27)),
    "2024-02": (D(2024, 2, 1), D(2024, 2, 29)),
    "2025": (D(2025, 1, 1), D(2025, 12, 31)),
    "2025-W05": (D(2025, 1, 27), D(2025, 2, 2)),
    "2026-W01": (D(2025, 12, 29), D(2026, 1, 4)),
    "2025-Q4": (D(2025, 10, 1), D(2025, 12, 31)),
    "2025-H1": (D(2025, 1, 1), D(2025, 6, 30)),
    "2025-34": (D(2025, 4, 1), D(2025, 6, 30)),
    "2001-22": (D(2001, 4, 1), D(2001, 6, 30)),
    "2001-29": (D(2001, 10, 1), D(2001, 12, 31)),
    "2001-38": (D(2001, 5, 1), D(2001, 8, 31)),
    "199X": (D(1990, 1, 1), D(1999, 12, 31)),
    "19XX": (D(1900, 1, 1), D(1999, 12, 31)),
    "1985-04-XX": (D(1985, 4, 1), D(1985, 4, 30)),
    "156X-12-25": (D(1560, 12, 25), D(1569, 12, 25)),
    "2011-XX-3X": (D(2011, 1, 30), D(2011, 12, 31)),
    "-1XXX": (D(-1999, 1, 1), D(-1000, 12, 31)),
    "2024-12/2025-01": (D(2024, 12, 1), D(2025, 1, 31)),
    "../2025-01-13": (None, D(2025, 1, 13)),
    "2025-01-13/..": (D(2025, 1, 13), None),
    "/2025": (None, D(2025, 12, 31)),
    "1984~/2004": (D(1984, 1, 1), D(2004, 12, 31)),
    "2018?": (D(2018, 1, 1), D(2018, 12, 31)),
    "44 BCE": (D(-43, 1, 1), D(-43, 12, 31)),
    "Y-12345": (D(-12345, 1, 1), D(-12345, 12, 31)),
    "1950S2": (D(1900, 1, 1), D(1999, 12, 31)),
    "2025-01-27T15:00": (D(2025, 1, 27), D(2025, 1, 27)),
}
for text, want in bounds.items():
    got = score.date_bounds(text)
    check("bounds." + text, got == want, "got %s, want %s" % (got, want))
for text in ["anchor", "anchor - 2 days", "@nvidia-drop + 3 days~", "2025-02-30", "2025-13", "2021-W53",
             "XXXX", "last week", ""]:
    check("bounds.none." + (text or "empty"), score.date_bounds(text) is None, str(score.date_bounds(text)))
check("bounds.week-is-its-days", score.date_bounds("2025-W05") == score.date_bounds("2025-01-27/2025-02-02"))

# headline checks, one failure each, and labels that pass
headlines = {
    "Nordhafen agrees to buy Kessler Bräu": [],
    "NASA, ESA sign a deal": [],
    "Buffalo Bills ask fans to clear the stadium": [],
    "\"We moved too slowly,\" Park says": [],
    "One two three four five six seven eight nine ten eleven": ["words"],
    "Shares fall after the deal…": ["ellipsis"],
    "Shares fall after the deal...": ["ellipsis"],
    "Park says \"we moved too": ["quotes"],
    "Park says “we moved too": ["quotes"],
    "On Monday shares fell": ["opening"],
    "shares fell": ["opening"],
    "LONDON, March 10, 2025 — Shares fell": ["dateline"],
    "PASADENA, California, May 6, 2026 — A probe flew": ["dateline"],
    "LONDON — Shares fell": ["dateline"],
    "The the company fell": ["doubled"],
    # a count's approximator opens a subject, not a preposition's phrase
    "About 300 supporters marched to the square": [],
    "Around forty-five cars ran into one another": [],
    "Over 200 flights were cancelled": [],
    "About noon the bridge reopened": ["opening"],
    "Over the river the jet turned": ["opening"],
}
for label, want in headlines.items():
    got = score.headline_failures(label)
    check("headline." + label, got == want, "got %s, want %s" % (got, want))

# the gold files: spans computed from the clauses, ids, dates, kinds, texts
golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
news = [g for g in golds if os.path.basename(g).startswith("news-")]
history = [g for g in golds if os.path.basename(g).startswith("history-")]
check("gold.count", len(news) == 8 and len(history) == 4 and len(golds) == 12,
      "%d news, %d history, %d in all" % (len(news), len(history), len(golds)))
spans = subprocess.run([sys.executable, os.path.join(HERE, "spans.py"), "--check"] + golds + [mini],
                       capture_output=True, text=True)
check("gold.spans", spans.returncode == 0, spans.stderr)
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
for path in golds + [mini]:
    name = os.path.basename(path).replace(".gold.json", "")
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    with open(path.replace(".gold.json", ".txt"), encoding="utf-8") as f:
        text = f.read()
    actor_ids = [a["id"] for a in gold["actors"]]
    event_ids = [e["id"] for e in gold["events"]]
    problems = []
    if len(set(actor_ids + event_ids)) != len(actor_ids + event_ids):
        problems.append("duplicate ids")
    for a in gold["actors"]:
        if a["kind"] not in score.KINDS:
            problems.append("%s: kind %s" % (a["id"], a["kind"]))
    for e in gold["events"]:
        if score.date_bounds(e["date"]) is None:
            problems.append("%s: date %s has no bounds" % (e["id"], e["date"]))
        if not isinstance(e["core"], bool) or not e["headline"]:
            problems.append("%s: core or headline" % e["id"])
        if score.headline_failures(e["headline"]):
            problems.append("%s: headline fails %s" % (e["id"], score.headline_failures(e["headline"])))
        problems += ["%s: unknown actor %s" % (e["id"], a) for a in e["actors"] if a not in actor_ids]
    for r in gold["relations"]:
        if r["from"] not in event_ids or r["to"] not in event_ids or r["type"] not in score.RELATIONS:
            problems.append("relation %s" % r)
    used = {a for e in gold["events"] for a in e["actors"]}
    problems += ["actor %s in no event" % a for a in actor_ids if a not in used]
    check("gold.%s.consistent" % name, not problems, "; ".join(problems))
    if path == mini:
        continue
    words = len(text.split())
    if name.startswith("news-"):
        m = re.search(r"^[A-Z][A-Z.' -]+(?:, [A-Za-z.' ]+)?, (%s) ([0-9]{1,2}), ([0-9]{4}) —" % "|".join(MONTH_NAMES),
                      text, re.M)
        dateline = m and "%s-%02d-%02d" % (m.group(3), MONTH_NAMES.index(m.group(1)) + 1, int(m.group(2)))
        check("gold.%s.dateline-is-anchor" % name, dateline == gold["anchor"], "%s, %s" % (dateline, gold["anchor"]))
        check("gold.%s.length" % name, 300 <= words <= 600, "%d words" % words)
    else:
        check("gold.%s.no-anchor" % name, gold["anchor"] is None)
        check("gold.%s.length" % name, 400 <= words <= 700, "%d words" % words)

sys.exit(1 if failures else 0)
