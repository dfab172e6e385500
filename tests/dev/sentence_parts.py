#!/usr/bin/env python3
"""The parts of one sentence against one telling (merge39): where one
article's sentence gave two or more events (the same quote on one side) and
the merge pairs them with the other article, as tests/merge/score.py maps
citations to the gold's happenings.  Prints per pair:
  DUP-P        a happening split over events made of parts of one sentence,
               both parts telling it by the gold, the other article's telling
               joined to one of them (one duplicate per extra event)
  DUP-P-alone  the same with no event of the other article on either part
  WRONG-P      a part joined an event of the other article that a sibling
               part tells, the part itself telling another happening
  CAND right|wrong  a part still alone whose sibling part joined an event of
               the other article: whether joining it there too would be
               right by the gold (the ceiling of any rule that joins the
               parts of a sentence to their sibling's group)
then the totals, each with its count of sets.  Run from the worktree.
Usage: tests/dev/sentence_parts.py EVGRAPH SET...   (e.g. test test2 test29;
set NAME reads tests/merge/gold_NAME.json)"""
import collections
import json
import sys
import tempfile

sys.path.insert(0, "tests/merge")
import score  # noqa: E402


def side(source):
    return "a" if "-a." in (source or "") else "b"


def main():
    evgraph, sets = sys.argv[1], sys.argv[2:]
    total = collections.Counter()
    sets_of = collections.defaultdict(set)

    def count(kind, name, n=1):
        total[kind] += n
        sets_of[kind].add(name)

    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            gold = json.load(open(f"tests/merge/gold_{name}.json"))[name]
            for pair in sorted(gold, key=lambda p: int(p[4:])):
                events = score.merged_pair(evgraph, pair, tmp)

                def happening(citation):
                    return score.happening_of(gold[pair], citation)

                by_quote = collections.defaultdict(list)
                for eid, cites in events.items():
                    for quote, source in cites:
                        by_quote[(side(source), quote)].append((eid, source))
                for (sd, quote), parts in by_quote.items():
                    if len(parts) < 2:
                        continue
                    told = collections.defaultdict(set)
                    for eid, source in parts:
                        told[happening((quote, source))].add(eid)
                    for h, eids in told.items():
                        if isinstance(h, int) and len(eids) >= 2:
                            other = any(side(s) != sd for e in eids
                                        for _, s in events[e])
                            kind = "DUP-P" if other else "DUP-P-alone"
                            count(kind, name, len(eids) - 1)
                            print(f"{name} {pair} {kind} {h} ({sd}) {quote}")
                    for eid, source in parts:
                        h = happening((quote, source))
                        for q2, s2 in events[eid]:
                            h2 = happening((q2, s2))
                            if side(s2) != sd and h2 != h and any(
                                    happening((quote, s3)) == h2
                                    for e3, s3 in parts if e3 != eid):
                                count("WRONG-P", name)
                                print(f"{name} {pair} WRONG-P ({sd}) {quote}"
                                      f" || {q2}")
                        if len(events[eid]) != 1:
                            continue
                        for e2, _ in parts:
                            others = [c for c in events[e2]
                                      if side(c[1]) != sd]
                            if e2 == eid or not others:
                                continue
                            right = all(happening(c) == h for c in others)
                            kind = "CAND right" if right else "CAND wrong"
                            count(kind, name)
                            print(f"{name} {pair} {kind} ({sd}) {quote}"
                                  f" || {others[0][0]}")
    for kind in sorted(total):
        print(f"TOTAL {kind}: {total[kind]} in {len(sets_of[kind])} sets")


if __name__ == "__main__":
    main()
