#!/usr/bin/env python3
"""Checks a blind pairs gold file without running evgraph.

Usage: check_gold_pairs.py GOLD SET (e.g. gold_test2.json test2,
gold_test3.json test3; GOLD relative to this folder).

Every phrase must occur exactly once in its own article (a for the first of
a pair, b for the second), never in the other article, inside one sentence;
no sentence may hold the phrases of two happenings, so that score.py maps
each quote to one happening.  Also checks what score.py relies on: the set
is a dict of pairs whose articles exist, each happening a list of two
sides, a's and b's, each a phrase (a string) or a list of phrases of that
article (its lead and its body's telling, mergegold44): every phrase is
checked as above, and two phrases of one side may not share a sentence.
Prints one PASS or FAIL line per pair; exit 1 on any problem.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# a full stop after these is not a sentence end
ABBREVIATIONS = ("Mr.", "Ms.", "Mrs.", "Dr.", "St.", "a.m.", "p.m.")


def sentences(text):
    """The article's sentences as (start, end) character spans."""
    spans, start = [], 0
    for m in re.finditer(r'[.!?]["”]?(?=\s)|\n\n', text):
        end = m.end()
        if any(text[:end].endswith(a) for a in ABBREVIATIONS):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def is_side(side):
    """A phrase, or a non-empty list of phrases."""
    return isinstance(side, str) or (isinstance(side, list) and side and all(isinstance(p, str) for p in side))


def problems_of(pair, happenings):
    texts = {}
    for side in "ab":
        with open(os.path.join(HERE, "%s-%s.txt" % (pair, side)), encoding="utf-8") as f:
            texts[side] = f.read()
    problems, used = [], {"a": {}, "b": {}}
    for index, sides in enumerate(happenings):
        if not (isinstance(sides, list) and len(sides) == 2 and all(is_side(s) for s in sides)):
            problems.append("happening %d is not two sides of phrases" % index)
            continue
        for side, other, phrase in [(s, o, p) for s, o, ps in (("a", "b", sides[0]), ("b", "a", sides[1]))
                                    for p in ([ps] if isinstance(ps, str) else ps)]:
            count = texts[side].count(phrase)
            if count != 1:
                problems.append("%r occurs %d times in %s" % (phrase, count, side))
                continue
            if phrase in texts[other]:
                problems.append("%r also occurs in %s" % (phrase, other))
            at = texts[side].index(phrase)
            inside = [s for s in sentences(texts[side]) if s[0] <= at and at + len(phrase) <= s[1]]
            if not inside:
                problems.append("%r crosses a sentence end in %s" % (phrase, side))
                continue
            if inside[0] in used[side]:
                problems.append("%r shares a sentence with %s in %s" % (
                    phrase, "another phrase of its happening" if used[side][inside[0]] == index
                    else "happening %d" % used[side][inside[0]], side))
            used[side][inside[0]] = index
    return problems


def main():
    if len(sys.argv) != 3:
        print("usage: check_gold_pairs.py GOLD SET", file=sys.stderr)
        return 2
    with open(os.path.join(HERE, sys.argv[1]), encoding="utf-8") as f:
        gold = json.load(f)
    failures = 0
    pairs = gold[sys.argv[2]]
    for pair in sorted(pairs):
        problems = problems_of(pair, pairs[pair])
        print(("FAIL %s: %s" % (pair, "; ".join(problems))) if problems else
              "PASS %s: %d happenings told by both" % (pair, len(pairs[pair])))
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
