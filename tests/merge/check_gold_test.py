#!/usr/bin/env python3
"""Checks gold_test.json against its articles without running evgraph.

Every phrase must occur exactly once in its own article (a for the first
of a pair, b for the second), never in the other article of the pair, and
inside one sentence; no sentence may hold the phrases of two happenings,
so that a quote identifies one happening.  Each pair needs at least four
shared happenings.  Prints one line per pair; exit 1 on any problem.

    check_gold_test.py [GOLD.json]     (default: gold_test.json beside it)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# a sentence ends at . ! ? (or a closing quote after one) before a space and
# a capital or an opening quote, or at a blank line; "Mr." and initials do not end one
SENTENCE_END = re.compile(r'(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?]["”]?(?=\s+["“A-Z])|\n\s*\n')


def sentences(text):
    """(start, end) character spans of the sentences of text."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def check_pair(name, happenings):
    problems = []
    texts = []
    for side in "ab":
        with open(os.path.join(HERE, "%s-%s.txt" % (name, side)), encoding="utf-8") as f:
            texts.append(f.read())
    used = [{}, {}]  # sentence index -> happening index, per side
    for index, phrases in enumerate(happenings):
        if len(phrases) != 2:
            problems.append("happening %d: %d phrases" % (index, len(phrases)))
            continue
        for side, phrase in enumerate(phrases):
            own, other = texts[side], texts[1 - side]
            count = own.count(phrase)
            if count != 1:
                problems.append("%r occurs %d times in %s-%s" % (phrase, count, name, "ab"[side]))
                continue
            if phrase in other:
                problems.append("%r also occurs in %s-%s" % (phrase, name, "ab"[1 - side]))
            at = own.index(phrase)
            inside = [i for i, (s, e) in enumerate(sentences(own)) if s <= at and at + len(phrase) <= e]
            if not inside:
                problems.append("%r crosses a sentence boundary" % phrase)
                continue
            if inside[0] in used[side]:
                problems.append("%r shares a sentence with happening %d" % (phrase, used[side][inside[0]]))
            used[side][inside[0]] = index
    if len(happenings) < 4:
        problems.append("only %d shared happenings" % len(happenings))
    return problems


def main(argv):
    path = argv[0] if argv else os.path.join(HERE, "gold_test.json")
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    failures = 0
    for part, pairs in gold.items():
        if part.startswith("_"):
            continue
        for name in sorted(pairs):
            problems = check_pair(name, pairs[name])
            if problems:
                failures += 1
                print("FAIL %s.%s: %s" % (part, name, "; ".join(problems)))
            else:
                print("PASS %s.%s: %d happenings told by both" % (part, name, len(pairs[name])))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
