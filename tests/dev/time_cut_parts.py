#!/usr/bin/env python3
"""Parts a clause split cut at or inside a time expression (clauses40): an
event's part (its start/end offsets in the JSON output) that

  opens-time    opens with a number word or a time word ("Eight in a truck
                loaded with plastic crates", "Noon and ...") right after a
                word that sets a time ("before", "at", "just", "about")
  ends-cue      ends on such a word, its time left to the next part ("The
                fire broke out just", "The second | broke through at")
  bare-verb     a label of one lowercase verb of the text with nothing
                after it ("Broke")

Runs a binary on every tuning text (tests/events_*/*.txt with gold, the
blind set left out) and merge pair 1-97; --first-sight runs events_test21..30 each with the
binary that first scored it (/tmp/first-sight/SET/evgraph).  Prints counts
by shape and set, and with --rows each part.

Usage: time_cut_parts.py [--evgraph BIN] [--first-sight] [--rows]"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dev_texts  # noqa: E402

NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
           "nine", "ten", "eleven", "twelve", "noon", "midday", "midnight",
           "dawn", "dusk", "nightfall", "daybreak", "half", "quarter"}
CUES = {"just", "about", "around", "at", "before", "after", "until", "by",
        "shortly", "soon", "since", "till"}
# the blind set tests/extract.sh keeps out of the union (a name written
# here went stale when the next set was written)
BLIND = dev_texts.score_all.blind_set()


def parts(binary, path):
    body = open(path, "rb").read()
    out = subprocess.run([binary, "extract", "--format", "json", path],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        e = json.loads(line)
        if e.get("type") != "event" or "start" not in e:
            continue
        a, b = e["start"]["offset"], e["end"]["offset"]
        yield e, body[:a].decode("utf-8", "replace"), \
            body[a:b].decode("utf-8", "replace")


def shape(e, before, text):
    words = re.findall(r"[\w'-]+", text)
    prev = re.findall(r"[\w'-]+", before[-40:])
    if not words:
        return None
    if (words[0].lower() in NUMBERS and words[0][0].islower() and prev and
            prev[-1].lower() in CUES):
        return "opens-time"
    if words[-1].lower() in CUES and not re.search(r"[.;:!?]\s*$", text):
        return "ends-cue"
    label = e.get("label", "")
    if (len(label.split()) == 1 and label.lower() in text and
            label.lower() + " " in text and
            re.search(r"\b" + re.escape(label.lower()) + r"\b", text)):
        return "bare-verb"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--evgraph", default="./evgraph")
    ap.add_argument("--first-sight", action="store_true")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    runs = []
    if args.first_sight:
        for n in range(21, 31):
            s = "events_test%d" % n
            binary = "/tmp/first-sight/%s/evgraph" % s
            if os.path.exists(binary):
                runs += [(s, binary, t) for t in
                         sorted(glob.glob("tests/%s/*.txt" % s))]
    else:
        for gold in sorted(glob.glob("tests/events_*/*.gold.json")):
            s = gold.split("/")[1]
            if s == BLIND:
                continue
            runs.append((s, args.evgraph, gold[:-len(".gold.json")] + ".txt"))
        # the merge pairs of the tuning golds (98-100 are the blind set's)
        for t in sorted(glob.glob("tests/merge/pair*-[ab].txt")):
            n = int(re.search(r"pair(\d+)", t).group(1))
            if n < 98:
                runs.append(("pairs", args.evgraph, t))
    counts = collections.Counter()
    sets = collections.defaultdict(set)
    for s, binary, t in runs:
        if not os.path.exists(t):
            continue
        for e, before, text in parts(binary, t):
            k = shape(e, before, text)
            if k:
                counts[k] += 1
                sets[k].add(s)
                if args.rows:
                    print("%s\t%s\t%s\t%r" % (k, s, os.path.basename(t),
                                              e.get("label")))
    for k in ("opens-time", "ends-cue", "bare-verb"):
        print("%-11s %3d parts, %2d sets: %s" % (
            k, counts[k], len(sets[k]), " ".join(sorted(sets[k]))))


if __name__ == "__main__":
    main()
