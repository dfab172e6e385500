#!/usr/bin/python3
"""Writes one of two articles' events files whose every event is told by
its lead, to standard output: a first report's (SIDE a) and a follow-up's
dated four days later (SIDE b), the lead one sentence of N events.

Usage: /usr/bin/python3 tests/gen_lead_events.py N SIDE

For tests/bench_merge.sh: events of the two leads pair by words in groups
of 50 (a word of each group's headline in both), so that every event of
the follow-up's lead is a clause restating the first report's lead
(merge_restated_lead.c) against many events, and a step per pair that
walks the article shows as quadratic time.
"""
import sys

n, side = int(sys.argv[1]), sys.argv[2]


def word(i):
    """A made-up word of its own for each group."""
    s = ""
    for _ in range(4):
        s += chr(97 + i % 26)
        i //= 26
    return "q" + s + "ta"


quote = ("LONDON, March 1, 2021 - A barge rammed the bridge pier on Monday."
         if side == "a" else
         "LONDON, March 5, 2021 - Divers searched the river four days after"
         " a barge rammed the bridge pier.")
print(f"title: The barge, {'first report' if side == 'a' else 'follow-up'}\n")
for i in range(n):
    g = i // 50
    print(f"event {side}{i}\n  date: 2021-02-{1 + g % 28:02d}\n"
          f"  label: The {word(g)} barge rams the {word(g + 7)} pier\n"
          f"  quote: {quote}\n")
