#!/usr/bin/env python3
"""Scores `evgraph merge` on the paired articles of tests/merge/.

For each pair: extracts both articles, merges the two extractions, and maps
every citation of every merged event to its happening through gold.json (a
quote holding a gold phrase tells that happening, if the citation's source
span, the clause the event was made of, overlaps the phrase: of a sentence
told as two events, each tells its own clause's happening; any other
citation tells one of its own).  Reports, per pair and in all:
  duplicates left  a happening told by both articles that is still split
                   over several merged events (one per extra event)
  wrong merges     a merged event that joins different happenings (one per
                   extra happening)
  joined           happenings told by both articles that came out as one
                   event with both sources
A happening is a list of two sides, a's and b's, each one phrase (a
string) or several phrases of that article (a list of strings: its lead
and its body's telling, mergegold44); a citation in any of them tells that
happening, so one article's two tellings left in two events count as a
duplicate like the two articles' tellings.  The merger never puts two
events of one article in one group, so of a happening that one article
tells in k extracted events, k - 1 duplicates are left whatever it pairs:
the lines say how many ("duplicates of one article's own tellings: N").
Usage: score.py EVGRAPH [--max-duplicates N --max-wrong N] [--gold FILE] [--set NAME]
--gold reads another gold file of the same shape (gold_test.json holds the
blind set "test"); --set scores only that set of it (default: every set).
Exit 1 when the counts exceed the given maxima."""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_events(text):
    """The merged events' citations, by event id (the events-file syntax):
    [quote, source] pairs, a source or quote opening a new pair when the
    last one has it already."""
    events, current = {}, None
    for line in text.splitlines():
        if line.startswith("event "):
            current = line[6:].strip()
            events[current] = []
        elif line[:1] in (" ", "\t") and current:
            key, _, value = line.strip().partition(":")
            if key in ("quote", "source"):
                slot = 0 if key == "quote" else 1
                cites = events[current]
                if not cites or cites[-1][slot] is not None:
                    cites.append([None, None])
                cites[-1][slot] = value.strip()
        elif line.strip() and not line.startswith("#"):
            current = None
    return {eid: [c for c in cites if c[0] is not None]
            for eid, cites in events.items()}


SPAN = re.compile(r"^(.*):(\d+):(\d+)-(\d+):(\d+)$")


def span_holds(source, phrase):
    """Whether the source span (file:line:col-line:col, 1-based columns in
    characters, the end one past the clause) overlaps the phrase in that
    file; True when the source names no readable span (the quote alone
    decides)."""
    match = SPAN.match(source or "")
    if not match or not os.path.isfile(match.group(1)):
        return True
    path, l1, c1, l2, c2 = match.groups()
    lines = open(path, encoding="utf-8").read().split("\n")
    start = sum(len(x) + 1 for x in lines[:int(l1) - 1]) + int(c1) - 1
    end = sum(len(x) + 1 for x in lines[:int(l2) - 1]) + int(c2) - 1
    text = "\n".join(lines)
    at = text.find(phrase)
    while at >= 0:
        if at < end and at + len(phrase) > start:
            return True
        at = text.find(phrase, at + 1)
    return False


def merged_pair(evgraph, pair, tmp):
    """Extracts pairN-a.txt and pairN-b.txt into tmp and merges them: the
    merged events, each with its citations (parse_events)."""
    files = []
    for side in "ab":
        out = os.path.join(tmp, f"{pair}-{side}.events")
        text = subprocess.run(
            [evgraph, "extract", os.path.join(HERE, f"{pair}-{side}.txt")],
            check=True, capture_output=True, text=True).stdout
        open(out, "w").write(text)
        files.append(out)
    merged = subprocess.run([evgraph, "merge", *files], check=True,
                            capture_output=True, text=True).stdout
    return parse_events(merged)


def side_phrases(side):
    """One side of a happening as a list of phrases: a string is one."""
    return [side] if isinstance(side, str) else list(side)


def phrases_of(happening):
    """Every phrase of a happening, a's then b's."""
    return [p for side in happening for p in side_phrases(side)]


def happening_of(phrases_of_pair, citation):
    """The index of the gold happening a citation tells (a phrase in its
    quote, inside its clause's span), or "own:" and its source when it
    tells none."""
    quote, source = citation
    for index, happening in enumerate(phrases_of_pair):
        if any(p in quote and span_holds(source, p) for p in phrases_of(happening)):
            return index
    return "own:" + (source or quote)


def counts(happenings, events):
    """joined, duplicates and wrong merges of one pair: happenings its
    gold list, events the merged events' citations (parse_events)."""
    where, wrong = {}, 0
    for eid, citations in events.items():
        told = {happening_of(happenings, c) for c in citations}
        wrong += len(told) - 1
        for h in told:
            where.setdefault(h, []).append(eid)
    duplicates = sum(len(where.get(i, [])) - 1 for i in range(len(happenings))
                     if len(where.get(i, [])) > 1)
    joined = sum(1 for i in range(len(happenings))
                 if len(where.get(i, [])) == 1 and len(events[where[i][0]]) >= 2)
    missing = [side_phrases(happenings[i][0])[0] for i in range(len(happenings))
               if i not in where]
    # a happening split over several events because one article's tellings
    # of it stand apart: the events holding that article's citations of it,
    # less one, the larger side counted (they fall when the tellings join)
    holders = {}
    for eid, citations in events.items():
        for citation in citations:
            h = happening_of(happenings, citation)
            if not str(h).startswith("own:"):
                key = (h, "a" if "-a." in (citation[1] or "") else "b")
                holders.setdefault(key, set()).add(eid)
    own = sum(max(len(holders.get((i, "a"), ())), len(holders.get((i, "b"), ()))) - 1
              for i in range(len(happenings)) if (i, "a") in holders or (i, "b") in holders)
    return joined, duplicates, wrong, missing, own


def main():
    evgraph = sys.argv[1]
    options = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    gold_path = options.pop("--gold", os.path.join(HERE, "gold.json"))
    only = options.pop("--set", None)
    limits = {k: int(v) for k, v in options.items()}
    gold = json.load(open(gold_path))
    parts = [only] if only else [k for k in gold if not k.startswith("_")]
    every = {"happenings": 0, "joined": 0, "duplicates": 0, "wrong": 0, "own": 0}
    with tempfile.TemporaryDirectory() as tmp:
      for part in parts:
        total = dict.fromkeys(every, 0)
        pairs = gold[part]
        for pair in sorted(pairs):
            events = merged_pair(evgraph, pair, tmp)
            joined, duplicates, wrong, missing, own = counts(pairs[pair], events)
            print(f"{pair}: {len(pairs[pair])} happenings told twice, "
                  f"{joined} joined, {duplicates} duplicates left, "
                  f"{wrong} wrong merges"
                  + (f" (duplicates of one article's own tellings: {own})" if own else "")
                  + (f" (not extracted: {missing})" if missing else ""))
            total["happenings"] += len(pairs[pair])
            total["joined"] += joined
            total["duplicates"] += duplicates
            total["wrong"] += wrong
            total["own"] += own
        print(f"{part}: {total['happenings']} happenings told twice, "
              f"{total['joined']} joined, {total['duplicates']} duplicates "
              f"left, {total['wrong']} wrong merges"
              + (f" (duplicates of one article's own tellings: {total['own']})" if total["own"] else ""))
        for k in every:
            every[k] += total[k]
    ok = (every["duplicates"] <= limits.get("--max-duplicates", 10**9)
          and every["wrong"] <= limits.get("--max-wrong", 10**9))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
