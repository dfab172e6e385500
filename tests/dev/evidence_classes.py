#!/usr/bin/env python3
"""Every proposed actor of a paired core event, right or wrong, with the
evidence class its event's sentence gives it, pooled per class.

    evidence_classes.py [--first-sight] [--sets S1,S2] [--evgraph BIN] [--show CLASS] [--rows]

--first-sight: each set from events_test10 on that README's first-scored
table names, but the blind one, run by the binary that first scored it
(/tmp/first-sight/SET/evgraph, tests/dev/first_sight.sh), against today's
gold (--sets narrows the list);
otherwise --evgraph on --sets (default: the tuning sets, blind left out).
The class is read from the text, not from the binary (the first-sight
binaries predate src/extract_actor_paths.c): where the name (or a word of
it, a short form) stands in the proposed event's part, in the manner of
extract_actor_path, with finer cuts: "by" after a verb form (a passive's
agent) or after a noun; the prepositions by name; a name right before
another capitalised word (a title or a modifier of a name); one after
"who", "which", "that", "whose" or a verb of saying with "that" in the
part (a relative or reported clause); a name only elsewhere in the
sentence, or in none of it (a pronoun, an earlier sentence).  --rows
prints one line per actor (set, text, class, kind, right) for other
poolings; --show CLASS lists that class's actors with their part."""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "events_gold"))
import score as S  # noqa: E402
import score_all  # noqa: E402

ROOT = os.path.join(HERE, "..", "..")
def first_sight_sets():
    """README's first-scored rows from events_test10 on, the blind set left out."""
    with open("README.md", encoding="utf-8") as f:
        sets = re.findall(r"^\| `(events_test(\d+))` \| [0-9a-f]{7,40} \|", f.read(), re.M)
    blind = score_all.blind_set()
    return [s for s, n in sets if int(n) >= 10 and s != blind]


def listed_verb_forms():
    src = open(os.path.join(ROOT, "src", "extract_headlines.c"), encoding="utf-8").read()
    m = re.search(r"verb_forms\[\]\s*=\s*\{(.*?)NULL\}", src, re.S)
    return set(re.findall(r'"([^"]+)"', m.group(1)))


VERBS = listed_verb_forms()
SAYING = {"said", "says", "told", "tells", "announced", "added", "wrote", "confirmed", "warned",
          "reported", "noted", "argued", "revealed", "claimed", "stated", "insisted", "admitted",
          "acknowledged", "disclosed", "explained", "predicted", "declared", "concluded",
          "suggested"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my"}
PREPOSITIONS = {"of", "in", "at", "to", "from", "with", "by", "for", "against", "on", "into",
                "over", "between", "among", "under", "after", "before", "during", "through",
                "toward", "towards", "across", "near", "without", "within", "upon", "about",
                "as", "like", "than", "including", "via", "behind", "beyond", "around", "onto",
                "amid", "despite", "since", "until", "off", "per", "aboard"}
# the admission policy (extract_path_admits, src/extract_actor_paths.c):
# an "other" after one of these is not admitted, but "the city of X", "the wreck of X"
CIRCUMSTANCE = {"of", "in", "at", "on", "into", "onto", "near", "over", "behind", "beyond",
                "across", "through", "around", "within", "off", "after", "before", "during",
                "since", "until", "toward", "towards", "via", "amid", "about"}
# noun_standing_for_name: extract_named_place_noun, extract_body_noun and a craft's remains
STANDING_NOUNS = set("""city town village villages fortress island islands port capital region
district province township peninsula republic state canton county kingdom duchy principality
agency agencies government army armies navy parliament ministry police troops forces court courts
regulator regulators authority authorities council senate congress cabinet embassy military fleet
bank department officials prosecutors legislature diplomats campaign lawyers
wreck remains hull band group""".split())


def policy_drops(row):
    """Whether the admission policy would not admit this proposed actor."""
    cls = row["cls"]
    if row["kind"] != "other" or not cls.startswith("prep-") or cls[5:] not in CIRCUMSTANCE:
        return False
    if cls == "prep-of":
        m = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", row["part"][:row["at"]])
        return not (m and m.group(1).lower() in STANDING_NOUNS)
    return True


def verb_form(w):
    """extract_verb_form: a lower-case word in -ed (five letters or more),
    a four-letter past of a verb in -e, or a listed form."""
    if not w or w[0].isupper():
        return False
    if len(w) >= 5 and w.endswith("ed"):
        return True
    if len(w) == 4 and w[2:] == "ed" and w[1] in "aiouwy":
        return True
    return w[0].islower() and w in VERBS


WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’\-]+")


def words_in(text):
    return [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]


def find_mention(part, name):
    """Start and end of the name's mention in the part: the full name, else
    its longest word of three letters or more found (a short form)."""
    low = part.lower()
    i = low.find(name.lower())
    if i >= 0:
        return i, i + len(name)
    forms = sorted((w for w in re.split(r"[\s\-]+", name) if len(w) >= 3 and w[0].isupper()),
                   key=len, reverse=True)
    for f in forms:
        for m in re.finditer(r"\b" + re.escape(f) + r"\b", part):
            return m.start(), m.end()
    return None


def sentence_of(text, s, e):
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s))
    b = [x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0]
    return text[a + 1 if a >= 0 else 0:min(b) + 1 if b else len(text)]


def classify(part, ns, ne):
    """The class of the mention part[ns:ne] in the part."""
    after = part[ne:ne + 3]
    if after.startswith("'") or after.startswith("’"):
        return "possessive"
    before = part[:ns]
    ws = words_in(before)
    # a verb form before the name: object side
    has_verb = any(verb_form(w) for _, _, w in ws)
    # relative or reported clause opened in the part before the name
    lows = [w.lower() for _, _, w in ws]
    clause = False
    for k, w in enumerate(lows):
        if w in ("who", "which", "whose", "whom"):
            clause = True
        if w == "that" and k > 0 and (lows[k - 1] in SAYING or verb_form(ws[k - 1][2])):
            clause = True
    # the word before, past determiners and quotes
    at = len(before)
    k = len(ws)
    while k > 0 and ws[k - 1][2].lower() in DETERMINERS and before[ws[k - 1][1]:].strip(' "“') == "":
        at = ws[k - 1][0]
        k -= 1
        before = part[:at]
    tail = before.rstrip(' "“')
    nxt = re.match(r"\s+([A-Z][a-z]+)", part[ne:])
    if clause:
        return "in-relative-or-reported"
    if tail.endswith("("):
        return "in-brackets"
    if tail.endswith(","):
        return "object-after-comma" if has_verb else "subject-after-comma"
    if k > 0 and ws[k - 1][1] == len(tail):
        prev = ws[k - 1][2].lower()
    else:
        prev = ""
    if prev in ("and", "or"):
        return "object-after-and-or" if has_verb else "subject-after-and-or"
    if prev == "by":
        w2 = ws[k - 2][2] if k > 1 else ""
        return "by-passive-agent" if verb_form(w2) else "by-after-noun"
    if prev in PREPOSITIONS:
        return "prep-" + prev
    if nxt and not verb_form(nxt.group(1)):
        return ("object" if has_verb else "subject") + "-before-name"
    return "object" if has_verb else "subject"


def run(binary, text):
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as f:
        subprocess.run([binary, "extract", "--format", "json", text], stdout=f,
                       stderr=subprocess.DEVNULL, check=True)
        return S.read_extract(f.name)


def rows_of(binary, set_name, text, gold_path):
    actors, proposed = run(binary, text)
    gold = S.read_gold(gold_path)
    gold_actors = {a["id"]: a for a in gold["actors"]}
    body = open(text, encoding="utf-8").read().encode()
    for g in gold["events"]:
        if not g["core"]:
            continue
        p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["_start"], p["_end"]))
        if p is None:
            continue
        wanted = [gold_actors[a] for a in g["actors"]]
        ids = p.get("actors", [])
        names = [actors[a].get("name", a) if a in actors else a for a in ids]
        hits = S.match_actors(names, wanted)
        part = body[p["_start"]:p["_end"]].decode(errors="replace")
        full = body.decode(errors="replace")
        # offsets are bytes; the sentence is read on the decoded prefix
        ps = len(body[:p["_start"]].decode(errors="replace"))
        sentence = sentence_of(full, ps, ps + len(part))
        for a, name, hit in zip(ids, names, hits):
            kind = actors.get(a, {}).get("kind", "?")
            m = find_mention(part, name)
            at = m[0] if m else 0
            if m:
                cls = classify(part, m[0], m[1])
            elif find_mention(sentence, name):
                cls = "elsewhere-in-sentence"
            else:
                cls = "pronoun-or-earlier"
            yield dict(set=set_name, text=os.path.basename(text), cls=cls, kind=kind,
                       right=hit is not None, name=name, part=part, at=at)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--first-sight", action="store_true")
    ap.add_argument("--sets", default="")
    ap.add_argument("--evgraph", default="./evgraph")
    ap.add_argument("--show", default="")
    ap.add_argument("--rows", action="store_true")
    ap.add_argument("--by-kind", action="store_true")
    ap.add_argument("--policy", action="store_true",
                    help="per set: right and wrong actors the admission policy would remove")
    args = ap.parse_args()
    jobs = []
    if args.first_sight:
        wanted = [s for s in args.sets.split(",") if s]
        for s in first_sight_sets():
            if wanted and s not in wanted:
                continue
            binary = "/tmp/first-sight/%s/evgraph" % s
            for _, text, gold_path in score_all.texts([s], []):
                jobs.append((binary, s, text, gold_path))
    else:
        sets = [s for s in args.sets.split(",") if s]
        blind = score_all.blind_set()
        for set_name, text, gold_path in score_all.texts(sets, [blind] if blind else []):
            jobs.append((args.evgraph, set_name, text, gold_path))
    right, wrong = collections.Counter(), collections.Counter()
    sets_of = collections.defaultdict(set)
    dropped = collections.defaultdict(lambda: [0, 0])
    for binary, s, text, gold_path in jobs:
        for r in rows_of(binary, s, text, gold_path):
            key = (r["cls"], r["kind"]) if args.by_kind else r["cls"]
            (right if r["right"] else wrong)[key] += 1
            sets_of[key].add(s)
            if args.policy and policy_drops(r):
                dropped[s][0 if r["right"] else 1] += 1
                print("DROP %s %s %s: %s (%s)" % ("RIGHT" if r["right"] else "WRONG", s, r["text"],
                                                 r["name"], r["cls"]))
            if args.rows:
                print("%s\t%s\t%s\t%s\t%d\t%s" % (s, r["text"], r["cls"], r["kind"], r["right"], r["name"]))
            if args.show and r["cls"] == args.show:
                print("%s %s %s: %s\n    %s (%s)" % ("RIGHT" if r["right"] else "WRONG", s, r["text"],
                      r["part"][:200].replace("\n", " "), r["name"], r["kind"]))
    if args.policy:
        for s in sorted(dropped):
            print("%-16s policy removes %d right, %d wrong" % (s, dropped[s][0], dropped[s][1]))
        print("%-16s policy removes %d right, %d wrong" % ("all", sum(d[0] for d in dropped.values()),
                                                          sum(d[1] for d in dropped.values())))
    keys = sorted(set(right) | set(wrong), key=lambda k: -(right[k] + wrong[k]))
    print("%-34s %5s %5s %5s %6s %4s" % ("class", "fires", "right", "wrong", "prec", "sets"))
    for k in keys:
        n = right[k] + wrong[k]
        label = "/".join(k) if isinstance(k, tuple) else k
        print("%-34s %5d %5d %5d %6.1f %4d" % (label, n, right[k], wrong[k], 100.0 * right[k] / n,
                                               len(sets_of[k])))
    n = sum(right.values()) + sum(wrong.values())
    print("%-34s %5d %5d %5d %6.1f" % ("all", n, sum(right.values()), sum(wrong.values()),
                                       100.0 * sum(right.values()) / max(n, 1)))


if __name__ == "__main__":
    main()
