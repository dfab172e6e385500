#!/usr/bin/env python3
"""Every gold relation the binary does not find, over the union (the blind set
left out), with the sentence of each end and the form by which the text
states it, counted per form and per set.

    missed_relations.py [--evgraph BIN] [--sets S1,S2] [--show FORM] [--type TYPE]

Pairing is score.py's: a gold event is proposed when some proposed event
overlaps its span (the best overlap), and a gold relation is found when a
proposed relation's two ends pair with its two ends.  The form is read from
the text, not from the binary, by the first test that fits (in this order):
an end not proposed; "in response to"; a passive ("was caused/forced/... by",
"blamed on"); a result ("so", "as a result", "forcing", "prompting", "leading
to", "causing", "which"); "because"/"due to"; "after" in the later end's
sentence before its span; a "when" clause joining the two; a part told after
its whole (a part-of whose part follows, opening "The first/One of/..."); a
count ("later", "the next", "within", "afterwards"); "then"; the two ends in
one sentence; else none (order told by the story alone).  The figures are
counts of cases, for choosing which form a rule may read; --show FORM prints
that form's cases with both sentences."""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "events_gold"))
import score as S  # noqa: E402
import score_all as SA  # noqa: E402


def sentence(text, start, end):
    """The sentence holding [start, end): from the last ". " before to the next after."""
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = len(text)
    for stop in (". ", ".\n", "\n"):
        k = text.find(stop, end)
        if k != -1:
            e = min(e, k + 1)
    return s, e


def form(text, rel, a, b, proposed_a, proposed_b):
    if not (proposed_a and proposed_b):
        return "end-not-proposed"
    first, second = (a, b) if a["span"][0] <= b["span"][0] else (b, a)
    s1 = sentence(text, *first["span"])
    s2 = sentence(text, *second["span"])
    both = text[s1[0]:s2[1]].lower() if s1[0] <= s2[0] else text[s2[0]:s1[1]].lower()
    later = text[s2[0]:s2[1]].lower()
    before_later = text[s2[0]:second["span"][0] + 40].lower()
    if "in response to" in both or "in reply to" in both or "in retaliation" in both:
        return "in-response-to"
    if re.search(r"\b(was|were|had been|been) \w+ (by|after)\b|blamed on|caused by", both):
        return "passive"
    if re.search(r"\b(so|as a result|forcing|prompting|leading to|causing|which)\b", both):
        return "result"
    if re.search(r"\b(because|due to|owing to)\b", both):
        return "because"
    if re.search(r"\bafter\b", before_later):
        return "after"
    if re.search(r"\bwhen\b", both):
        return "when"
    if rel == "part-of" and a["span"][0] > b["span"][0]:
        return "part-after-whole"
    if re.search(r"\b(later|next|following|within|afterwards?|soon)\b", before_later):
        return "count"
    if re.search(r"\bthen\b", before_later):
        return "then"
    if s1 == s2:
        return "same-sentence"
    return "story-order"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evgraph", default="./evgraph")
    parser.add_argument("--sets", default="")
    parser.add_argument("--show")
    parser.add_argument("--type")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    exclude = [] if sets else [SA.blind_set()]
    counts = collections.Counter()
    per_set = collections.defaultdict(set)
    shown = []
    with tempfile.TemporaryDirectory() as work:
        for set_name, path, gold_path in SA.texts(sets, exclude):
            out = os.path.join(work, "x.jsonl")
            with open(out, "wb") as f:
                subprocess.run([args.evgraph, "extract", "--format", "json", path], stdout=f, stderr=subprocess.DEVNULL,
                               check=True)
            actors, proposed = S.read_extract(out)
            gold = S.read_gold(gold_path)
            text = open(path, encoding="utf-8").read()
            by_gold = {}
            for g in gold["events"]:
                p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["_start"], p["_end"]))
                by_gold[g["id"]] = p
            events = {g["id"]: g for g in gold["events"]}
            by_id = {p["id"]: p for p in proposed}
            hit = set()
            for p in proposed:
                for r in ([p] + p.get("more_relations", [])) if "relation" in p else []:
                    t = by_id.get(r.get("target"))
                    if t is None:
                        continue
                    sg = S.best_overlap(p["_start"], p["_end"], gold["events"], lambda g: tuple(g["span"]))
                    tg = S.best_overlap(t["_start"], t["_end"], gold["events"], lambda g: tuple(g["span"]))
                    if sg and tg:
                        hit.add((sg["id"], r["relation"], tg["id"]))
            for r in gold["relations"]:
                key = (r["from"], r["type"], r["to"])
                if key in hit or (args.type and r["type"] != args.type):
                    continue
                a, b = events[r["from"]], events[r["to"]]
                f = form(text, r["type"], a, b, by_gold[a["id"]] is not None, by_gold[b["id"]] is not None)
                counts[(f, r["type"])] += 1
                per_set[f].add(set_name)
                if args.show == f:
                    shown.append("%s %s %s %s %s\n  from: %s\n  to:   %s" % (
                        set_name, os.path.basename(path), r["from"], r["type"], r["to"],
                        text[slice(*sentence(text, *a["span"]))].strip(),
                        text[slice(*sentence(text, *b["span"]))].strip()))
    forms = sorted({f for f, _ in counts}, key=lambda f: -sum(v for (g, _), v in counts.items() if g == f))
    for f in forms:
        by_type = ", ".join("%s %d" % (t, v) for (g, t), v in sorted(counts.items()) if g == f)
        print("%-18s %4d in %2d sets: %s" % (f, sum(v for (g, _), v in counts.items() if g == f),
                                           len(per_set[f]), by_type))
    print("\n".join(shown))


if __name__ == "__main__":
    main()
