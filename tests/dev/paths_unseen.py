#!/usr/bin/env python3
"""Which ways to an actor are wrong on text the code never saw (README "Ways
to an actor on unseen text").

    paths_unseen.py [--first-sight DIR] [--sets S1,S2,...] [--union DRIVER]
                    [--min-gain 0.5] [--min-wrong 3] [--combine W1,W2,...]
                    [--show WAY]

For each set named (default: every events_testN with a driver under DIR,
/tmp/first-sight-paths, built by tests/dev/first_sight_paths.sh), runs that
set's own first-sight actor-paths driver on that set only and pairs its
proposals with the gold as tests/actor_paths.py and score.py do (paired core
events, score.match_actors).  Prints per set the driver's actor P/R, per way
the pooled fires, right, wrong, precision and the number of sets in which
the way is wrong, and then counterfactuals: pooled precision and recall
with each way, or each restriction of a way, left out (the remaining names
paired again), ranked by precision gained where it beats the recall lost.
--union DRIVER does the same for today's driver on the tuning union (the
blind set left out as score_all.py does), and its columns go next to the
first-sight ones.

A restriction is a way narrowed by what the word before the name (past a
determiner) or before the preposition says; the classes are read from the
event's text, not from the extractor, so they are proxies:
  WAY[KIND]            the way for one proposed kind (person, organization, ...)
  PREP@noun|verb|name|quantity  a preposition way by the word before the
                       preposition: a lower-case noun ("the signing of",
                       any word after a determiner), a verb ("-ed", "-ing",
                       a form of "be"/"have"), a capitalised word, a number
                       or quantifier ("one of", "most of"); @unplaced:
                       the name is not found after its preposition in the
                       span (a name the finder trimmed or widened)
  possessive[non-person], object-after-and-or[non-person], ...  (via KIND)
  WAY+pronoun-led      the proposal's sentence has a pronoun subject ("He",
                       "She", "It", "They" first, or first after an opening
                       phrase closed by a comma): a pronoun's or left-out
                       subject's person is then named only in an earlier
                       sentence (pronouns45); any+pronoun-led: whatever way
  WAY+far              the name's first place in the proposal's span is 15
                       words or more into it (a wide span's far clause);
                       any+far: such a name whatever its way
Restrictions with fewer than --min-wrong wrong actors at first sight are
not printed.  --combine lists the figures with several left out at once.
--show WAY lists that way's (or restriction's) actors with their sentence.
The drivers' outputs are kept under $TMPDIR/paths_unseen/."""
import argparse
import collections
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "events_gold"))
import score as S  # noqa: E402
import score_all  # noqa: E402

DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my"}
PREPOSITIONS = {"of", "in", "at", "to", "from", "with", "by", "for", "against", "on", "into", "over",
                "between", "among", "under", "after", "before", "during", "through", "toward",
                "towards", "across", "near", "without", "within", "upon", "about", "as", "like", "than",
                "including", "via", "behind", "beyond", "around", "onto", "amid", "despite", "since",
                "until", "off", "per"}
QUANTITIES = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some",
              "most", "many", "all", "each", "both", "none", "several", "few", "any", "much", "half",
              "part", "rest", "majority", "members", "member", "thousands", "hundreds", "millions",
              "dozens", "either", "neither", "number"}
BE_HAVE = {"is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "am", "'s"}
FAR = 15  # words before the name in the proposal's span for WAY+far
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|[0-9][0-9,.]*")


def events_of(driver, text):
    # kept under $TMPDIR per driver (its path and time) and text: the
    # counterfactual runs read the same outputs again
    st = os.stat(driver)
    key = hashlib.sha1(("%s %d %d" % (os.path.abspath(driver), st.st_mtime_ns, st.st_size)).encode()).hexdigest()
    cache = os.path.join(tempfile.gettempdir(), "paths_unseen", key[:16], text.replace("/", "_") + ".jsonl")
    if os.path.exists(cache):
        out = open(cache, "rb").read()
    else:
        out = subprocess.run([driver, text], stdout=subprocess.PIPE, check=True).stdout
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(cache + ".tmp", "wb") as f:
            f.write(out)
        os.replace(cache + ".tmp", cache)
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def words_before(body, at, n=3):
    """The last n words of body[:at] (a str), each with its start."""
    found = [(m.group(0), m.start()) for m in WORD.finditer(body, max(0, at - 200), at)]
    return found[-n:]


def word_class(word, before):
    """noun, verb, name, quantity for the word before a preposition."""
    low = word.lower()
    if word[0].isdigit() or low in QUANTITIES:
        return "quantity"
    if before is not None and before.lower() in DETERMINERS:
        return "noun"
    if word[0].isupper():
        return "name"
    if low in BE_HAVE or low.endswith("ed") or low.endswith("ing") or low.endswith("en"):
        return "verb"
    return "noun"


SUBJECT_PRONOUNS = {"he", "she", "it", "they"}


def pronoun_led(sentence):
    """Whether the sentence's subject is a pronoun: its first word, or the
    first after an opening phrase closed by a comma within eight words."""
    words = WORD.findall(sentence[:200])
    if words and words[0].lower() in SUBJECT_PRONOUNS:
        return True
    comma = sentence.find(", ")
    if 0 <= comma and len(WORD.findall(sentence[:comma])) <= 8:
        after = WORD.findall(sentence[comma:comma + 40])
        return bool(after) and after[0] in ("he", "she", "it", "they")
    return False


def restrictions(way, kind, span, name, sentence=""):
    """The restrictions an actor falls under (its way included)."""
    out = [way, "%s[%s]" % (way, kind)]
    if pronoun_led(sentence):
        out += ["%s+pronoun-led" % way, "any+pronoun-led"]
    if kind != "person":
        out.append("%s[non-person]" % way)
    first = span.find(name)
    if first >= 0 and len(WORD.findall(span[:first])) >= FAR:
        out += ["%s+far" % way, "any+far"]
    if way not in PREPOSITIONS:
        return out
    # the name's place in the span: the occurrence after the way's preposition
    cls = None
    for m in re.finditer(re.escape(name), span):
        ws = words_before(span, m.start(), 4)
        while ws and ws[-1][0].lower() in DETERMINERS:
            ws.pop()
        if ws and ws[-1][0].lower() == way:
            if len(ws) >= 2:
                cls = word_class(ws[-2][0], ws[-3][0] if len(ws) >= 3 else None)
            else:
                cls = "start"
            break
    out.append("%s@%s" % (way, cls or "unplaced"))
    return out


def collect(job):
    """Paired core events of one text: (gold file, event id, gold actors
    wanted, [(name, kind, restrictions)], gold clause, the text's gold actors)."""
    driver, text, gold_path = job
    proposed = events_of(driver, text)
    gold = S.read_gold(gold_path)
    gold_actors = {a["id"]: a for a in gold["actors"]}
    body = open(text, encoding="utf-8").read().encode()
    rows = []
    for g in gold["events"]:
        if not g["core"]:
            continue
        p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["start"], p["end"]))
        if p is None:
            continue
        span = body[p["start"]:p["end"]].decode(errors="replace")
        cut = max(body.rfind(b". ", 0, p["start"]), body.rfind(b"\n", 0, p["start"]))
        sentence = body[cut + 1 if cut >= 0 else 0:p["end"]].decode(errors="replace").lstrip()
        wanted = [gold_actors[w] for w in g["actors"]]
        actors = [(a["name"], a["kind"], restrictions(a["path"], a["kind"], span, a["name"], sentence))
                  for a in p["actors"]]
        gs, ge = g["span"]
        rows.append((gold_path, g["id"], wanted, actors,
                     body[gs:ge].decode(errors="replace")[:200].replace("\n", " "), gold["actors"]))
    return rows


def run(driver, items, jobs):
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return [r for rows in pool.map(collect, [(driver, t, g) for _, t, g in items]) for r in rows]


def figures(rows, drop=None):
    """right, proposed, gold with the actors under restriction `drop` (or
    any of a set of them) left out."""
    drop = {drop} if isinstance(drop, str) else set(drop or ())
    right = proposed = gold = 0
    for _, _, wanted, actors, _, _ in rows:
        names = [a[0] for a in actors if not drop & set(a[2])]
        gold += len(wanted)
        proposed += len(names)
        right += sum(h is not None for h in S.match_actors(names, wanted))
    return right, proposed, gold


def per_way(rows):
    """fires, right, and wrong names that are a gold actor of another event
    of the text, per restriction (the pairing with every actor in)."""
    fires, right, elsewhere = collections.Counter(), collections.Counter(), collections.Counter()
    texts = collections.defaultdict(set)
    for path, _, wanted, actors, _, text_actors in rows:
        for a, hit in zip(actors, S.match_actors([a[0] for a in actors], wanted)):
            other = hit is None and S.match_actors([a[0]], text_actors)[0] is not None
            for r in a[2]:
                fires[r] += 1
                right[r] += hit is not None
                elsewhere[r] += other
                if hit is None:
                    texts[r].add(path)
    return fires, right, elsewhere, {r: len(t) for r, t in texts.items()}


def readme_rows():
    """set -> (actor P cell, actor R cell) of README's first-scored table."""
    rows = {}
    for line in open("README.md", encoding="utf-8"):
        cells = [c.strip(" `") for c in line.split("|")]
        if len(cells) > 6 and re.fullmatch(r"events_test\d+", cells[1]):
            rows[cells[1]] = (cells[5], cells[6])
    return rows


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first-sight", default=os.environ.get("FIRST_SIGHT_PATHS", "/tmp/first-sight-paths"))
    ap.add_argument("--sets", default="")
    ap.add_argument("--union")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min-gain", type=float, default=0.5)
    ap.add_argument("--min-wrong", type=int, default=3)
    ap.add_argument("--show", default="")
    ap.add_argument("--combine", action="append", default=[], metavar="W1,W2,...",
                    help="also the figures with all of these left out at once")
    args = ap.parse_args()
    blind = score_all.blind_set()
    sets = [s for s in args.sets.split(",") if s] or sorted(
        (os.path.basename(os.path.dirname(d)) for d in glob.glob(os.path.join(args.first_sight, "*", "actor_paths"))),
        key=lambda s: int(re.sub(r"\D", "", s) or 0))
    sets = [s for s in sets if s != blind]
    pooled, wrong_sets = [], collections.Counter()
    readme = readme_rows()
    print("%-14s %16s %16s   %s" % ("set", "actor P", "actor R", "README's first-scored row (P, R)"))
    for s in sets:
        driver = os.path.join(args.first_sight, s, "actor_paths")
        rows = run(driver, score_all.texts([s], [blind] if blind else []), args.jobs)
        r, p, g = figures(rows)
        print("%-14s %5.1f (%3d/%3d) %5.1f (%3d/%3d)   %s" % (s, pct(r, p), r, p, pct(r, g), r, g,
                                                           ", ".join(readme.get(s, ("-", "-")))))
        fires, right, _, _ = per_way(rows)
        for w in fires:
            if fires[w] > right[w]:
                wrong_sets[w] += 1
        pooled += rows
    union = run(args.union, score_all.texts([], [blind] if blind else []), args.jobs) if args.union else []
    if args.show:
        for path, gid, wanted, actors, sentence, _ in pooled + union:
            hits = S.match_actors([a[0] for a in actors], wanted)
            for a, hit in zip(actors, hits):
                if args.show in a[2]:
                    print("%s %s %s: %s\n    %s (%s) %s" % ("RIGHT" if hit else "WRONG", path, gid, sentence,
                          a[0], a[1], " ".join(a[2][1:])))
        return
    base = figures(pooled)
    ubase = figures(union) if union else None
    print("%-14s %5.1f (%3d/%3d) %5.1f (%3d/%3d)" % ("pooled", pct(base[0], base[1]), base[0], base[1],
                                                      pct(base[0], base[2]), base[0], base[2]))
    if union:
        print("%-14s %5.1f (%3d/%3d) %5.1f (%3d/%3d)   (today's driver, %s)" % (
            "union", pct(ubase[0], ubase[1]), ubase[0], ubase[1], pct(ubase[0], ubase[2]), ubase[0], ubase[2],
            args.union))
    fires, right, elsewhere, wrong_texts = per_way(pooled)
    ufires, uright, _, _ = per_way(union) if union else (collections.Counter(),) * 4
    def row(w):
        r, p, g = figures(pooled, w)
        dp, dr = pct(r, p) - pct(base[0], base[1]), pct(r, g) - pct(base[0], base[2])
        line = "%-34s %5d %5d %5d %5d %5.1f %4d %5d | %+5.2f %+5.2f" % (
            w, fires[w], right[w], fires[w] - right[w], elsewhere[w], pct(right[w], fires[w]), wrong_sets[w],
            wrong_texts.get(w, 0), dp, dr)
        udp = udr = 0.0
        if union:
            ur, up, ug = figures(union, w)
            udp, udr = pct(ur, up) - pct(ubase[0], ubase[1]), pct(ur, ug) - pct(ubase[0], ubase[2])
            line += " | %5d %5d %5d %5.1f %+5.2f %+5.2f" % (ufires[w], uright[w], ufires[w] - uright[w],
                                                          pct(uright[w], ufires[w]), udp, udr)
        print(line)
        if dp >= args.min_gain and -dr < dp:
            ranked.append((dp + dr, dp, dr, w, wrong_sets[w], wrong_texts.get(w, 0), udp, udr))

    names = sorted(set(fires) | set(ufires), key=lambda w: (-fires[w], -ufires[w], w))
    head = ("%-34s fires right wrong elsew  prec sets texts |    dP    dR |" +
            " union: fires right wrong prec    dP    dR")
    ranked = []
    print("\nfirst sight pooled (elsew: wrong names that are a gold actor of another event of the text;"
          " sets, texts: in how many sets and texts the way is wrong; dP, dR: the pooled change"
          " without it) | today's driver on the union\n" + head % "way")
    for w in names:
        if not re.search(r"[\[@+]", w):
            row(w)
    print("\n" + head % ("restriction (%d+ wrong)" % args.min_wrong))
    for w in names:
        if re.search(r"[\[@+]", w) and fires[w] - right[w] >= args.min_wrong:
            row(w)
    for combo in args.combine:
        ws = combo.split(",")
        r, p, g = figures(pooled, ws)
        line = "left out together: %s: first sight dP %+5.2f dR %+5.2f" % (
            combo, pct(r, p) - pct(base[0], base[1]), pct(r, g) - pct(base[0], base[2]))
        if union:
            ur, up, ug = figures(union, ws)
            line += " | union dP %+5.2f dR %+5.2f" % (pct(ur, up) - pct(ubase[0], ubase[1]),
                                                      pct(ur, ug) - pct(ubase[0], ubase[2]))
        print(line)
    print("\nranked (first-sight dP >= %.1f and recall lost < precision gained; by dP + dR):" % args.min_gain)
    for net, dp, dr, w, ns, nt, udp, udr in sorted(ranked, reverse=True):
        print("  %-34s dP %+5.2f dR %+5.2f net %+5.2f wrong in %2d sets, %2d texts | union dP %+5.2f dR %+5.2f" % (
            w, dp, dr, net, ns, nt, udp, udr))


if __name__ == "__main__":
    main()
