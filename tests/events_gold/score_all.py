#!/usr/bin/env python3
"""Scores extraction on every event gold set at once, and compares two binaries text by text.

    score_all.py [--evgraph BIN] [--base BIN] [--sets SET,...] [--exclude SET,...]
                 [--include-blind] [--jobs N]

Runs `BIN extract --format json` on every NAME.txt that has a NAME.gold.json under
tests/events_*/ (or the sets named), scores each text with score.py's rules, and prints
the figures per set and for the union of all texts.  Without --sets or --exclude the blind
held-out set (the one tests/extract.sh excludes) is left out, so that a tuning run never
shows its figures; --include-blind scores it too.

With --base, the same texts are run through a second binary (the one before a change) and
every text whose counts moved is listed, with a summary per figure: how many texts got
better and how many worse.  That is how a rule is judged here: by the texts it fixes and
breaks across all sets, not by one set's total.  A rule that fixes a single text, or
breaks as many as it fixes, is tuning, not a rule.

The column "rel r/p" is relations right of proposed (precision), "rel f/g" gold relations
found of the gold's (recall: a gold relation is found when a proposed one is counted right
on it).

--min core_found=99 (one of score.py's figures: core_found, dates_exact, actor_precision,
actor_recall, kinds, headlines, relation_precision, relation_recall) exits 1 when the union's figure falls below the value;
tests/extract.sh uses it as a floor under every set at once.
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score as S  # noqa: E402

# What is compared per text: (name, count that should rise, or fall when negative).
MOVES = [("core found", lambda n: n["found"]),
         ("dates exact", lambda n: n["dates"]),
         ("actors right", lambda n: n["actors_right"]),
         ("wrong actors", lambda n: -(n["proposed_actors"] - n["actors_right"])),
         ("gold actors found", lambda n: n["actors_found"]),
         ("kinds right", lambda n: n["kinds_right"]),
         ("headlines failing", lambda n: -(n["headlines"] - n["headlines_ok"])),
         ("relations right", lambda n: n["relations_right"]),
         ("relations wrong", lambda n: -(n["relations"] - n["relations_right"])),
         ("gold relations found", lambda n: n["gold_relations_found"])]


def texts(sets, exclude):
    found = []
    for gold in sorted(glob.glob("tests/events_*/*.gold.json")):
        set_name = os.path.basename(os.path.dirname(gold))
        if (sets and set_name not in sets) or set_name in exclude:
            continue
        text = gold[: -len(".gold.json")] + ".txt"
        if os.path.exists(text):
            found.append((set_name, text, gold))
    return found


def run_one(binary, text, gold, workdir):
    out = os.path.join(workdir, text.replace("/", "_") + ".jsonl")
    with open(out, "wb") as f:
        done = subprocess.run([binary, "extract", "--format", "json", text], stdout=f,
                              stderr=subprocess.PIPE)
    if done.returncode != 0:
        sys.exit("%s extract %s failed: %s" % (binary, text, done.stderr.decode(errors="replace")))
    return S.score(S.read_extract(out), S.read_gold(gold))


def run_all(binary, items, jobs):
    with tempfile.TemporaryDirectory() as workdir, \
            concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run_one, binary, text, gold, workdir) for _, text, gold in items]
        return [f.result() for f in futures]


def add(total, n):
    for k, v in n.items():
        total[k] = total.get(k, 0) + v


def table(items, counts):
    """Prints the figures per set and for all texts; returns the union's counts."""
    sets = {}
    union = {}
    for (set_name, _, _), n in zip(items, counts):
        add(sets.setdefault(set_name, {}), n)
        add(union, n)
    rows = [(name, sets[name], sum(1 for s, _, _ in items if s == name)) for name in sorted(sets)]
    rows.append(("all", union, len(items)))
    print("%-14s %5s %6s %6s %6s %6s %6s %6s %8s %8s" % ("set", "texts", "core", "dates", "act P",
                                                         "act R", "kinds", "heads", "rel r/p",
                                                         "rel f/g"))
    for name, n, k in rows:
        f = S.figures(n)
        print("%-14s %5d %s  %s  %s  %s  %s  %s %4d/%-3d %4d/%-3d" % (
            name, k, S.show(f["core_found"]), S.show(f["dates_exact"]), S.show(f["actor_precision"]),
            S.show(f["actor_recall"]), S.show(f["kinds"]), S.show(f["headlines"]),
            n["relations_right"], n["relations"], n["gold_relations_found"], n["gold_relations"]))
    n = union
    print("all, counts: dates %d/%d, actors right %d of %d proposed, found %d of %d gold, kinds %d, "
          "headlines %d/%d, relations right %d of %d proposed, found %d of %d gold (%s%%)" % (
              n["dates"], n["found"], n["actors_right"], n["proposed_actors"], n["actors_found"],
              n["gold_actors"], n["kinds_right"], n["headlines_ok"], n["headlines"],
              n["relations_right"], n["relations"], n["gold_relations_found"], n["gold_relations"],
              S.show(S.figures(n)["relation_recall"]).strip()))
    print("all, relations per type (right/proposed, found/gold): " + ", ".join(
        "%s %d/%d, %d/%d" % (kind, n["relations_right_" + kind], n["relations_" + kind],
                             n["gold_relations_found_" + kind], n["gold_relations_" + kind])
        for kind in sorted(S.RELATIONS)))
    return union


def compare(items, base, now):
    print("\ntexts that moved (base -> now):")
    better = {m: 0 for m, _ in MOVES}
    worse = {m: 0 for m, _ in MOVES}
    for (set_name, text, _), b, n in zip(items, base, now):
        moved = []
        for name, value in MOVES:
            vb, vn = value(b), value(n)
            if vn > vb:
                better[name] += 1
            elif vn < vb:
                worse[name] += 1
            if vn != vb:
                moved.append("%s %d -> %d" % (name, abs(vb), abs(vn)))
        if moved:
            print("  %s: %s" % (text, "; ".join(moved)))
    print("\nper figure, texts better / worse:")
    for name, _ in MOVES:
        print("  %-20s %3d better %3d worse" % (name, better[name], worse[name]))


def blind_set():
    """The blind held-out set: the one tests/extract.sh keeps out of the union."""
    import re
    try:
        with open("tests/extract.sh", encoding="utf-8") as f:
            found = re.search(r"score_all\.py .*--exclude (events_\w+)", f.read())
    except OSError:
        return None
    return found.group(1) if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evgraph", default="./evgraph")
    parser.add_argument("--base")
    parser.add_argument("--sets", default="")
    parser.add_argument("--exclude", default=None)
    parser.add_argument("--include-blind", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--min", action="append", default=[], metavar="FIGURE=VALUE")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    exclude = [s for s in (args.exclude or "").split(",") if s]
    # the blind held-out set stays out unless named: a run meant for tuning
    # must not show its figures (tests/extract.sh names it with --exclude)
    if args.exclude is None and not sets and not args.include_blind:
        blind = blind_set()
        if blind:
            exclude = [blind]
            print("leaving out the blind set %s (tests/extract.sh's --exclude; "
                  "--include-blind or --sets to score it)" % blind, file=sys.stderr)
    items = texts(sets, exclude)
    if not items:
        sys.exit("score_all.py: no NAME.txt with NAME.gold.json under tests/events_*/")
    now = run_all(args.evgraph, items, args.jobs)
    # with --base, the base's table first, so that the last "all" lines a
    # reader sees (or `grep "^all"` keeps last) are the binary's under test
    base = run_all(args.base, items, args.jobs) if args.base else None
    if base:
        print("base: %s" % args.base)
        table(items, base)
        print()
    print("now: %s" % args.evgraph)
    union = table(items, now)
    failed = []
    for floor in args.min:
        name, _, value = floor.partition("=")
        got = S.figures(union).get(name)
        if got is None or not value:
            sys.exit("score_all.py: --min %s: expected FIGURE=VALUE with a figure of %s" %
                     (floor, ", ".join(sorted(S.figures(union)))))
        if got < float(value):
            failed.append("%s %.1f is under %s" % (name, got, value))
    if base:
        compare(items, base, now)
    if failed:
        sys.exit("score_all.py: all %d texts: %s" % (len(items), "; ".join(failed)))


if __name__ == "__main__":
    main()
