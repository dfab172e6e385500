#!/usr/bin/env python3
"""Tuning-gold core events whose doer or object is a pronoun or a left-out
subject (pronouns45), read from the gold and the texts only (no evgraph).

    pronoun_gold.py [--sets S1,S2,...] [--summary]

For each core event of each tuning set (events_gold, events_dev,
events_test .. events_test37; events_test38 is blind and never read) whose
gold clause has a pronoun doer ("he", "she", "they", "it", "we", "I" first
in the clause, first after an opening phrase closed by a comma, or among its
first six words: "that November she became"), a pronoun object ("him",
"her", "them") or a left-out
subject (the clause opens on a past verb, an auxiliary or a modal), prints one row: set, text,
event, the form (doer:he, object:them, doer:left-out), the person (the
nearest gold actor of the text named before the pronoun whose kind fits
it: he/she/him/her a person, it anything but a person or group, they/them
anything), where that person is named (same: in the event's sentence
outside the clause; earlier: only in the one to three sentences before;
far: nowhere in the four sentences), whether the gold gives the person as
the event's actor (yes/no), the event's gold actors and the clause.
The person is a proxy (the nearest fitting name), so rows are read by
hand; --summary prints the counts by form, place and yes/no."""
import collections
import glob
import json
import os
import re
import sys

SUBJ = {"he": "person", "she": "person", "they": "any", "it": "thing", "we": "any", "i": "person"}
OBJ = {"him": "person", "her": "person", "them": "any"}
# Verbs that open a clause whose subject was left out (past forms without
# "-ed", auxiliaries and modals).
VERBS = set(
    """was were had has is are took made gave went came left met won lost found
    told sent sold began ran fell rose set cut put shut hit struck swept broke
    drove flew held kept brought bought caught fought saw wrote spoke stood led
    paid said became knew got grew threw chose bore tore wore swore sank sang
    rang froze stole hid fled slid spent built lent meant heard read sat slept
    would will could can might must should did does do let""".split())
SENT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])|\n+")


def sentences(text):
    out, start = [], 0
    for m in SENT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def names_of(actor):
    return [actor["name"]] + actor.get("aliases", [])


def mentions(text, actors):
    """(start, end, actor) of every mention of a gold actor in the text."""
    out = []
    for a in actors:
        for n in names_of(a):
            for m in re.finditer(r"\b" + re.escape(n) + r"\b", text):
                out.append((m.start(), m.end(), a))
    return sorted(out, key=lambda t: t[0])


def fits(kind, want):
    if want == "person":
        return kind == "person"
    if want == "thing":
        return kind not in ("person", "group")
    return True


def form_of(clause):
    """(form, pronoun-word, offset in clause) or None."""
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[A-Za-z’']+", clause)]
    if not words:
        return None
    # A subject pronoun: the clause's first word, or the first after an
    # opening phrase closed by a comma.
    cands = [words[0]]
    comma = clause.find(", ")
    if 0 <= comma < 80:
        after = [w for w in words if w[0] > comma]
        if after:
            cands.append(after[0])
    # or one of the first six words after an opening date ("that November
    # she became")
    cands.extend(words[1:6])
    for off, w in cands:
        if w.lower() in SUBJ and (off == 0 or w != "I"):
            return ("doer:" + w.lower(), w.lower(), off)
    for off, w in words:
        if w.lower() in OBJ:
            return ("object:" + w.lower(), w.lower(), off)
    w0 = words[0][1]
    if w0[0].islower() and (w0 in VERBS or w0.endswith("ed")):
        return ("doer:left-out", None, 0)
    return None


def rows_of(set_name, gold_path):
    text_path = gold_path.replace(".gold.json", ".txt")
    raw = open(text_path, "rb").read()
    gold = json.load(open(gold_path))
    text = raw.decode("utf-8")
    # Character offsets of the byte spans.
    byte_to_char = [0] * (len(raw) + 1)
    b = 0
    for i, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        for k in range(n):
            byte_to_char[b + k] = i
        b += n
    byte_to_char[len(raw)] = len(text)
    sents = sentences(text)
    ment = mentions(text, gold["actors"])
    by_id = {a["id"]: a for a in gold["actors"]}
    out = []
    for ev in gold["events"]:
        if not ev.get("core"):
            continue
        s, e = byte_to_char[ev["span"][0]], byte_to_char[ev["span"][1]]
        clause = text[s:e]
        f = form_of(clause)
        if not f:
            continue
        form, pron, off = f
        at = s + off
        want = SUBJ.get(pron) or OBJ.get(pron) or "any"
        si = next((i for i, (a, b2) in enumerate(sents) if a <= s < b2 + 1), 0)
        ss, se = sents[si]
        # The person: the nearest fitting mention before the pronoun, within
        # the sentence and the three before it.
        lo = sents[max(0, si - 3)][0]
        before = [m for m in ment if lo <= m[0] < at and fits(m[2]["kind"], want)
                  and not (s <= m[0] < e and form.startswith("doer"))]
        if form == "doer:left-out":
            # A left-out subject's doer is the sentence's subject, or the
            # last sentence's: the first mention of the nearest sentence.
            before = [m for m in ment if lo <= m[0] < s]
            if before:
                nearest_sent = max(i for i, (a, b2) in enumerate(sents)
                                   if a <= before[-1][0])
                first = [m for m in before if m[0] >= sents[nearest_sent][0]]
                before = first[:1] if first else before
        person = before[-1][2] if before else None
        if person is None:
            place = "far"
        else:
            pos_ = before[-1][0]
            place = "same" if ss <= pos_ < se + 1 else "earlier"
        given = "yes" if person and person["id"] in ev.get("actors", []) else "no"
        out.append({
            "set": set_name, "text": os.path.basename(gold_path).replace(".gold.json", ""),
            "id": ev["id"], "form": form, "person": person["id"] if person else "-",
            "place": place, "given": given, "actors": ev.get("actors", []),
            "clause": clause.replace("\n", " ")})
    return out


def tuning_sets():
    sets = ["events_gold", "events_dev", "events_test"]
    n = sorted(int(m.group(1)) for d in glob.glob("tests/events_test*")
               for m in [re.match(r".*events_test(\d+)$", d)] if m)
    return sets + ["events_test%d" % i for i in n if i <= 37]


def main():
    args = sys.argv[1:]
    sets = tuning_sets()
    if "--sets" in args:
        sets = args[args.index("--sets") + 1].split(",")
    assert "events_test38" not in sets, "events_test38 is blind"
    rows = []
    for st in sets:
        for g in sorted(glob.glob("tests/%s/*.gold.json" % st)):
            rows.extend(rows_of(st, g))
    if "--summary" not in args:
        for r in rows:
            print("%s %s %s\t%s\t%s\t%s\t%s\t%s\t%s" % (
                r["set"], r["text"], r["id"], r["form"], r["person"], r["place"], r["given"],
                ",".join(r["actors"]) or "-", r["clause"]))
    c = collections.Counter((r["form"].split(":")[0] + (":left-out" if "left-out" in r["form"] else ":pronoun"),
                             r["place"], r["given"]) for r in rows)
    print("\n# counts: form, where the person is named, gold gives the person")
    for k in sorted(c):
        print("# %s %s %s: %d" % (k[0], k[1], k[2], c[k]))


if __name__ == "__main__":
    main()
