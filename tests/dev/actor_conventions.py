#!/usr/bin/env python3
"""Tuning-gold events of the actor questions the gold answered several
ways (gold46, issue 10), read from the gold and the texts only (no evgraph).

    actor_conventions.py [--sets S1,S2,...] [--class C] [--summary] [--all]

Classes, each found by the event's clause:
  holding   a firm's shares, stock, share price or sales named by the
            firm ("Westgate's shares fell", "shares of Westgate",
            "Westgate shares", "Westgate's stock", "its sales" does not
            count: no name); the reading says whether the gold lists the
            firm among the event's actors.
  forces    a possessor's or a people's armed men ("Peter's army took the
            town", "the Duke's troops", "the Ottoman forces", "French
            soldiers"); the reading says whether the gold lists the
            possessor (a person, a state, a people) and whether it lists
            the forces themselves (an actor whose name holds the forces'
            noun).
A name matches an actor when it is the actor's name or an alias, a word
of it ("Westgate" of "Westgate Energy"), or, for a people's adjective
("Ottoman", "French"), the actor's name starts with its first four
letters (Ottoman Empire, France).
Every tuning set is read (events_gold, events_dev, events_test ..), the
blind one never.  For each: class, set, text, event, core, the reading,
the matched actor, the event's actors and the clause; then the count of
readings per class and set (core events only, as score.py counts actors;
--all counts every event).  The output lists what the gold did; it does
not choose."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from date_conventions import char_offsets, report  # noqa: E402

NAME = r"(?:[A-Z][\w&.\-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w&.\-]*){0,3})"
HOLDING_NOUN = (r"(?i:shares?|stock|share\s+price|sales|market\s+value|bonds|profits?|revenues?|"
                r"earnings|turnover)")
# each shape with its name: "X's shares", "shares of X", "X shares"
HOLDING = [
    ("possessive", re.compile(r"(%s)['’]s?\s+(?:[a-z\-]+\s+)?%s\b" % (NAME, HOLDING_NOUN))),
    ("of-in", re.compile(r"\b%s\s+(?:in|of)\s+(?:the\s+)?(%s)" % (HOLDING_NOUN, NAME))),
    ("adjunct", re.compile(r"(%s)\s+(?i:shares|stock)\b" % NAME)),
]
FORCES_NOUN = (r"(?:forces|army|armies|troops|soldiers|fleet|navy|garrison|legions?|"
               r"regiments?|cavalry|infantry|warships|ships|men|militia|guards)")
FORCES = [
    ("possessive", re.compile(r"(%s)['’]s?\s+(?:[a-z\-]+\s+){0,2}(%s)\b" % (NAME, FORCES_NOUN))),
    ("of", re.compile(r"\b(%s)\s+of\s+(?:the\s+)?(%s)" % (FORCES_NOUN, NAME))),
    # a people's adjective or a polity's name right before the noun
    ("people", re.compile(r"\b([A-Z][\w\u0100-\u017f]+)\s+(%s)\b" % FORCES_NOUN)),
]
NUMBERS = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several",
           "Some", "Many", "Most", "All", "Security"}
NOT_A_NAME = {"The", "A", "An", "His", "Her", "Its", "Their", "Our", "In", "On", "At",
              "By", "When", "After", "Before", "Of", "For", "But", "And", "As", "It"}


def actor_matching(name, actors):
    """The gold actor a possessor or a people's adjective names, or None."""
    words = name.split()
    while words and words[0] in NOT_A_NAME:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    for a in actors:
        forms = [a["name"]] + a.get("aliases", [])
        if any(f.lower() == name.lower() for f in forms):
            return a
    for a in actors:
        forms = [a["name"]] + a.get("aliases", [])
        if any(name.lower() in f.lower().split() or f.lower() in name.lower().split()
               for f in forms):
            return a
    if len(words) == 1 and len(name) >= 5:
        for a in actors:
            if a["name"].lower().startswith(name.lower()[:4]):
                return a
    return None


def rows_of(set_name, gold_path):
    raw = open(gold_path.replace(".gold.json", ".txt"), "rb").read()
    text = raw.decode("utf-8")
    gold = json.load(open(gold_path, encoding="utf-8"))
    to_char = char_offsets(raw, text)
    actors = gold.get("actors", [])
    by_id = {a["id"]: a for a in actors}
    name = os.path.basename(gold_path).replace(".gold.json", "")
    out = []
    for ev in gold["events"]:
        clause = text[to_char[ev["span"][0]]:to_char[ev["span"][1]]].replace("\n", " ")
        given = ev.get("actors", [])
        for cls, pats in (("holding", HOLDING), ("forces", FORCES)):
            for shape, pat in pats:
                m = pat.search(clause)
                if not m:
                    continue
                owner, noun = (m.group(2), m.group(1)) if shape == "of" and cls == "forces" else (
                    m.group(1), m.group(2) if cls == "forces" else "")
                if owner.split()[0] in NOT_A_NAME or owner.split()[0] in NUMBERS:
                    continue  # "The fleet sailed", "Two men died": no owner
                who = actor_matching(owner, actors)
                if who is None:
                    reading = "no-actor-of-that-name"
                else:
                    reading = "given" if who["id"] in given else "not-given"
                if cls == "forces":
                    own = [a for a in given if noun.lower().rstrip("s") in by_id[a]["name"].lower()]
                    reading += "+forces-given" if own else ""
                reading = shape + ":" + reading
                out.append({"class": cls, "set": set_name, "text": name, "id": ev["id"],
                            "core": ev.get("core", False), "reading": reading,
                            "who": who["name"] if who else owner,
                            "actors": ",".join(by_id[a]["name"] for a in given if a in by_id),
                            "clause": clause})
                break
    return out


def main():
    report(rows_of, ("holding", "forces"),
           lambda r: ["%s" % r["who"], "[%s]" % r["actors"], "%s" % r["clause"]])

if __name__ == "__main__":
    main()
