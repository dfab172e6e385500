#!/usr/bin/env python3
"""List proposals that stand for two or more core gold events: each core gold
event paired (as score.py pairs them, best byte overlap) with a proposal that
another core gold event is also paired with.  Usage:
  tests/dev/shared_proposals.py EVGRAPH [set1,set2,...] [--exclude SET] [--counts]
Without sets: every tests/events_* folder but the blind one (dev_texts).
Each group prints the proposal's quote and, per gold event, its clause, gold
date, the proposal's date, and the proposed actors that are wrong for it; a
guessed shape of the text between the two gold clauses (coordination, a
when-/after-/as-clause, a that-clause, a which-clause, a participle, other)
heads the group.  --counts: only the totals by shape and by set."""
import collections
import re
import sys

sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S  # noqa: E402
import dev_texts  # noqa: E402

SHAPES = [
    ("when/after/as/before/until", r"\b(when|whenever|after|as|before|until|while|once)\b"),
    ("that-clause", r"\b(that)\b"),
    ("which/who/where-clause", r"\b(which|who|whom|where)\b"),
    ("coordination", r"(,?\s+and\b|,?\s+but\b|;|,\s+then\b)"),
    ("participle", r",\s+\w+ing\b|,\s+\w+ed\b"),
]


def shape(body, first, second):
    """Guess the link between two gold clauses of one sentence from the
    bytes between them (or the second's opening when they overlap)."""
    a, b = sorted([first, second], key=lambda g: g["span"][0])
    gap = body[a["span"][1]:b["span"][0]].decode(errors="replace")
    opening = body[b["span"][0]:b["span"][0] + 12].decode(errors="replace")
    if re.search(r"[.!?]\s*$", gap.strip()[-1:] if gap.strip() else "") or "\n" in gap:
        return "separate sentences"
    for name, pattern in SHAPES:
        if re.search(pattern, gap + " " + opening, re.I):
            return name
    return "other"


def main(argv):
    counts = "--counts" in argv
    args = [a for a in argv[2:] if a != "--counts"]
    groups = collections.OrderedDict()
    for gold_path, gold, g, p, actors, body in dev_texts.paired_core_events(argv[1], args):
        key = (gold_path, p["id"])
        groups.setdefault(key, [gold, p, actors, body, []])[4].append(g)
    by_shape = collections.Counter()
    sets_of = collections.defaultdict(set)
    wrong_of = collections.Counter()
    total = 0
    for (gold_path, _), (gold, p, actors, body, events) in groups.items():
        if len(events) < 2:
            continue
        link = shape(body, events[0], events[1])
        set_name = gold_path.split("/")[1]
        gold_actors = {a["id"]: a for a in gold["actors"]}
        names = [actors[a].get("name", a) for a in p.get("actors", [])]
        wrong_total = 0
        lines = []
        for g in events:
            hits = S.match_actors(names, [gold_actors[a] for a in g["actors"]])
            wrong = [n for n, h in zip(names, hits) if h is None]
            wrong_total += len(wrong)
            lines.append("    %s %s (gold %s, proposed %s) wrong: %s" % (
                g["id"], g["clause"][:110], g["date"], p.get("date"), ", ".join(wrong) or "-"))
        by_shape[link] += len(events) - 1
        sets_of[link].add(set_name)
        wrong_of[link] += wrong_total
        total += len(events) - 1
        if not counts:
            print("%s %s [%s] %s" % (gold_path, p["id"], link, (p.get("quote") or "")[:140]))
            print("\n".join(lines))
    print("extra gold events on a shared proposal: %d" % total)
    for link, n in by_shape.most_common():
        print("  %-28s %3d in %2d sets, wrong actors on them %d: %s" % (
            link, n, len(sets_of[link]), wrong_of[link], ",".join(sorted(sets_of[link]))))


if __name__ == "__main__":
    main(sys.argv)
