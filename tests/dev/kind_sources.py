#!/usr/bin/env python3
"""Every kind at first sight, by the source that gave it (kinds27).
Usage: tests/dev/kind_sources.py TODAY_EVGRAPH [SET,SET,...] [--first DIR] [--rows]
For each held-out set events_testN (default: test10 ... test24) runs the set's
first-scoring binary (DIR/events_testN/evgraph, DIR default /tmp/first-sight)
and pairs the actors of paired core events with gold (as list_actors.py
--kinds).  Each right actor's kind source is found by running TODAY's binary:
  text-wide  the whole text gives another kind than its sentence alone (a cue
             or a fuller name elsewhere, a back-reference);
  context    the sentence alone gives another kind than the name alone in a
             neutral frame (a noun, an apposition, a verb around it);
  words:...  the name alone: its gazetteer entry, a suffix or first word of a
             body, a given name or a title, or a default by its word count.
Prints accuracy per source (with the sets it occurs in; "today": how many of
the same actors TODAY's binary kinds right, the texts since tuned on) and the
confusion of gold kind x given kind; --rows lists each actor."""
import collections
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S  # noqa: E402
import dev_texts  # noqa: E402

FRAME = "Officials said on Monday that %s approved the plan."


def gazetteer():
    names, suffixes, given = {}, {}, set()
    with open("data/gazetteer.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            kind, text = line.rstrip("\n").split("\t", 1)
            if kind == "given":
                given.add(text)
            elif kind.startswith("suffix-"):
                suffixes[text] = kind[7:]
            elif kind != "title":
                names[text] = kind
    return names, suffixes, given


GAZ_NAMES, GAZ_SUFFIXES, GAZ_GIVEN = gazetteer()


def run(evgraph, text, anchor=False):
    """The actors' kinds (normalised name -> kind) evgraph extracts from text
    (a sentence alone with an anchor date, else it has no dated event)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as t:
        t.write(text + "\n")
    try:
        out = subprocess.run([evgraph, "extract", "--format", "json"] +
                             (["--anchor", "2020-03-03"] if anchor else []) + [t.name],
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(t.name)
    kinds = {}
    import json
    for line in out.splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("type") == "actor":
            kinds[S.normalise(row["name"])] = row.get("kind")
    return kinds


def shape(name, kind):
    """The name's own words as the source of `kind` (today's, name alone)."""
    bare = name[4:] if name.lower().startswith("the ") else name
    words = bare.split()
    if kind is None:
        return "words: no actor alone"
    if bare in GAZ_NAMES:
        return "words: gazetteer name (%s)" % GAZ_NAMES[bare]
    for n in (2, 1):
        if len(words) > n - 1 and " ".join(words[-n:]) in GAZ_SUFFIXES:
            return "words: body's last word"
    if len(words) > 1 and (words[0] in GAZ_SUFFIXES or any(w in GAZ_NAMES for w in words)):
        return "words: body's or place's word inside"
    if words and words[0] in GAZ_GIVEN:
        return "words: given name"
    if len(words) == 1:
        return "words: one unknown word (%s)" % ("plural" if bare.endswith("s") else "singular")
    if len(words) <= 3 and kind == "person":
        return "words: default 2-3 words -> person"
    return "words: other shape (%s words)" % min(len(words), 4)


def main():
    args = [a for a in sys.argv[2:] if not a.startswith("--")]
    rows_wanted = "--rows" in sys.argv
    first = "/tmp/first-sight"
    if "--first" in sys.argv:
        first = sys.argv[sys.argv.index("--first") + 1]
        args.remove(first)
    today = sys.argv[1]
    sets = args[0].split(",") if args else ["events_test%d" % n for n in range(10, 25)]
    by_source = collections.defaultdict(lambda: [0, 0, set(), 0])
    confusion = collections.Counter()
    rows = []
    for st in sets:
        binary = os.path.join(first, st, "evgraph")
        text_cache = {}
        for gold_path, gold, g, p, actors, body in dev_texts.paired_core_events(binary, [st]):
            gold_actors = {a["id"]: a for a in gold["actors"]}
            wanted = [gold_actors[a] for a in g["actors"]]
            proposed = [actors[a] for a in p.get("actors", [])]
            hits = S.match_actors([a.get("name") for a in proposed], wanted)
            s, e = g["span"]
            sentence = " ".join(body[s:e].decode(errors="replace").split())
            if gold_path not in text_cache:
                text_cache[gold_path] = run(today, body.decode(errors="replace"))
            for a, h in zip(proposed, hits):
                if h is None:
                    continue
                key = S.normalise(a["name"])
                k_text = text_cache[gold_path].get(key)
                k_sent = run(today, sentence, True).get(key)
                k_alone = run(today, FRAME % a["name"], True).get(key)
                if k_text and k_sent and k_text != k_sent:
                    source = "text-wide"
                elif k_sent and k_alone != k_sent:
                    source = "context"
                else:
                    source = shape(a["name"], k_alone)
                right = a.get("kind") == h["kind"]
                b = by_source[source]
                b[0] += right
                b[1] += 1
                b[2].add(st.replace("events_test", ""))
                b[3] += k_text == h["kind"]
                confusion[(h["kind"], a.get("kind"))] += 1
                rows.append((st, a["name"], a.get("kind"), h["kind"], k_text, k_sent, k_alone, source, sentence[:110]))
    if rows_wanted:
        for r in rows:
            print("%s | %s | first %s gold %s | today text %s sent %s alone %s | %s | %s" % r)
    total = sum(b[1] for b in by_source.values())
    right = sum(b[0] for b in by_source.values())
    now = sum(b[3] for b in by_source.values())
    print("| source | right | of | % | today | sets |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for source, (r, n, sts, t) in sorted(by_source.items(), key=lambda kv: -kv[1][1]):
        print("| %s | %d | %d | %.1f | %d | %s |" % (source, r, n, 100.0 * r / n, t, ",".join(sorted(sts, key=int))))
    print("| all | %d | %d | %.1f | %d | |" % (right, total, 100.0 * right / max(total, 1), now))
    print()
    kinds = sorted({k for pair in confusion for k in pair if k})
    print("gold \\ given | " + " | ".join(kinds))
    for gk in kinds:
        print("%s | %s" % (gk, " | ".join(str(confusion[(gk, k)] or ".") for k in kinds)))


if __name__ == "__main__":
    main()
