#!/usr/bin/env python3
"""Labels that are word salad (labels40): the headline checker of score.py
passes them, a reader does not.  Runs a binary on every tuning text (the
union's events_* texts, the blind set left out) and every merge pair text
(tests/merge/pairN-a/b.txt of the gold files' sets, the blind set's pairs
left out) and flags each label by the first test that fits:

  one-word        a label of one word ("Broke")
  no-verb         no verb form at all ("The second", "Of the Pike River
                  disaster"), a noun phrase with no clause of its own
  relative-only   a noun phrase and its "who/which/that" clause, no main
                  verb after it ("The ships that had been loading")
  relative-cut    a "who/which/that" dropped between a subject and its
                  clause's verb, so two verbs follow one subject ("One of
                  the two workers were badly burned was still")
  two-verbs       two verb groups with no word that joins clauses between
                  them, the second a past form after the first's object
                  ("Eleven freight wagons rolled more smashed")
  dangling-end    the last word is one a headline does not end with: an
                  auxiliary, a determiner, a comparative or quantity, an
                  adverb of degree or time ("was still", "a bad name long",
                  "fined more", "were all")
  date-debris     the label opens with a word that qualified a dropped
                  date ("Late a rescuer rode it down")

The verb test is the extractor's (extract_verb_form: a lowercase word in
-ed of five letters or more, a four-letter past like "died", or a form of
src/extract_headlines.c's verb_forms, read from the source).  Counts are
per flag and per set (a merge pair counted in the set its gold names).

Usage: garbled_labels.py [--evgraph BIN] [--first-sight] [--show FLAG] [--rows]
--first-sight: each events_testN with its merge pairs run by the binary
that first scored the set (/tmp/first-sight/events_testN/evgraph, built by
tests/dev/first_sight.sh); the other sets are left out.  --show FLAG prints
that flag's labels with their quotes; --rows prints every flagged label;
--all prints every label (file, label), for diffing two binaries' labels."""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__))))
import dev_texts  # noqa: E402

FLAGS = ["one-word", "no-verb", "relative-only", "relative-cut", "two-verbs",
         "dangling-end", "date-debris"]


def listed_verb_forms():
    src = open("src/extract_headlines.c", encoding="utf-8").read()
    body = re.search(r"verb_forms\[\] = \{(.*?)NULL\}", src, re.S).group(1)
    return set(re.findall(r'"([a-z]+)"', body))


VERB_FORMS = listed_verb_forms()
AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
       "can", "could", "may", "might", "must", "shall", "should", "did",
       "does", "do"}
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this",
               "that", "these", "those", "my", "your", "every", "each", "no"}
# words that join two clauses or open one: two verbs across one are fine
JOINERS = {"and", "or", "but", "who", "which", "that", "whom", "whose",
           "when", "where", "while", "as", "after", "before", "because",
           "if", "until", "since", "though", "although", "than", "to", "so",
           "then", "nor", "once", "whether", "how", "what", "why"}
ADVERBS = {"not", "also", "never", "already", "still", "just", "then",
           "later", "again", "first", "finally", "only", "even", "all",
           "both", "each", "once", "soon", "now", "back", "up", "down", "out",
           "off", "away", "over"}
# not "again", "first", "later", "once", "more" after a verb ("tried
# again", "left first", "agreed to pay more"): a headline may end so
DANGLING = AUX | DETERMINERS | {
    "be", "been", "being", "still", "all", "less", "fewer", "most", "long",
    "than", "also", "just", "even", "very", "too", "only", "already", "some",
    "much", "many", "few", "both", "not", "never", "almost", "nearly",
    "about", "around", "such", "so", "yet", "ever", "rather", "quite",
    "shortly", "immediately", "whole", "rest", "half", "other", "another",
    "same", "mid", "early", "last", "next", "previous", "following", "every"}
# words that qualify a date and are left when it goes ("Late on October 12")
DATE_QUALIFIERS = {"late", "early", "mid", "shortly", "just", "soon",
                   "sometime", "around", "about", "until", "since", "by",
                   "before", "after", "on", "in", "at", "during"}


def bare(w):
    return re.sub(r"^[^\w]+|[^\w]+$", "", w)


def verb_form(w):
    b = bare(w)
    if not b or b[0].isupper():
        return False
    if len(b) >= 5 and b.endswith("ed"):
        return True
    if len(b) == 4 and b.endswith("ed") and b[1] in "aiouwy":
        return True
    return b in VERB_FORMS


def verb_at(words, i):
    """verb_at of extract_headlines.c: not a -d word after a determiner."""
    b = bare(words[i])
    return verb_form(words[i]) and not (
        i > 0 and bare(words[i - 1]).lower() in DETERMINERS and b.endswith("d"))


def verb_groups(words):
    """[(first, last)] runs of verb forms, adverbs of a verb group between."""
    groups = []
    i = 0
    while i < len(words):
        if verb_at(words, i):
            j = i
            while j + 1 < len(words) and (
                    verb_at(words, j + 1) or
                    (bare(words[j + 1]).lower() in ADVERBS or bare(words[j + 1]).endswith("ly"))
                    and j + 2 < len(words) and verb_at(words, j + 2)):
                j += 1
            groups.append((i, j))
            i = j + 1
        else:
            i += 1
    return groups


def flag(label):
    words = label.split()
    # the label's capital is the headline's, not a name's: "Rolled more
    # than ..." opens with its verb
    if words and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()
    low = [bare(w).lower() for w in words]
    if len(words) == 1:
        return "one-word"
    groups = verb_groups(words)
    if not groups:
        return "no-verb"
    rel = [k for k, w in enumerate(low) if w in ("who", "which", "that") and k > 0]
    if rel and not any(g[0] < rel[0] for g in groups):
        after = [g for g in groups if g[0] > rel[0]]
        if len(after) <= 1:
            return "relative-only"
    for (a0, a1), (b0, b1) in zip(groups, groups[1:]):
        between = words[a1 + 1:b0]
        joined = any(bare(w).lower() in JOINERS or w.endswith((",", ";", ":")) or
                     w.startswith(("\"", "\u201c")) for w in [words[a1]] + between)
        if joined:
            continue
        second = low[b0]
        # "workers were badly burned was still": a finite auxiliary after a
        # verb group with its subject's relative pronoun gone
        if second in AUX and a0 > 0 and low[a0] in AUX | {"were", "was"}:
            return "relative-cut"
        # "rolled more smashed", "Released money brought": a past form after
        # the first verb's object, nothing joining them; not a participle
        # before "by"/"with" ("loaded with timber broke") nor a verb's
        # complement ("let ... twist" has none of these), nor an infinitive
        first = low[a1]
        if first in ("let", "made", "make", "saw", "heard", "helped", "had", "have", "has"):
            continue
        if a0 > 0 and (low[a1 + 1:a1 + 2] and low[a1 + 1] in ("by", "with", "in", "at", "from", "for", "on", "to", "into")):
            continue
        if b0 > 0 and low[b0 - 1] in DETERMINERS:
            continue
        return "two-verbs"
    # "more" ends a label when its "than" and measure went ("fined for
    # safety breaches more"), not after a verb ("agreed to pay more")
    if low[-1] == "more" and len(low) > 1 and not verb_at(words, len(words) - 2) \
            and low[-2] not in ("pay", "spend", "do", "ask", "want"):
        return "dangling-end"
    if low[-1] in DANGLING and not (len(low) > 1 and low[-2] in ("the", "a")
                                    and low[-1] in ("rest", "same", "first", "second", "last", "other", "whole")):
        return "dangling-end"
    if low[0] in {"late", "early", "mid", "shortly", "sometime"}:
        return "date-debris"
    return None


def merge_texts():
    """(set, path) of each merge pair text, by the gold file naming it."""
    blind = dev_texts.score_all.blind_set() or ""
    blind_key = blind.replace("events_", "")
    out = []
    for g in sorted(glob.glob("tests/merge/gold*.json")):
        d = json.load(open(g, encoding="utf-8"))
        for key, pairs in d.items():
            if key.startswith("_") or key == blind_key:
                continue
            for pair in pairs:
                for side in ("a", "b"):
                    p = "tests/merge/%s-%s.txt" % (pair, side)
                    if os.path.exists(p):
                        out.append(("events_" + key if key.startswith("test") else key, p))
    return out


def labels(binary, path):
    done = subprocess.run([binary, "extract", "--format", "json", path],
                          capture_output=True, text=True)
    for line in done.stdout.splitlines():
        o = json.loads(line)
        if o.get("type") == "event":
            yield o["label"], o.get("quote", "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--evgraph", default="./evgraph")
    ap.add_argument("--first-sight", action="store_true")
    ap.add_argument("--show")
    ap.add_argument("--rows", action="store_true")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    jobs = [(s, t) for s, t, _ in dev_texts.chosen_texts([])] + merge_texts()
    if args.first_sight:
        keep = []
        for s, t in jobs:
            b = "/tmp/first-sight/%s/evgraph" % s
            if os.path.exists(b):
                keep.append((s, t, b))
        jobs = keep
    else:
        jobs = [(s, t, args.evgraph) for s, t in jobs]
    per_flag = collections.Counter()
    per_flag_sets = collections.defaultdict(collections.Counter)
    total = 0
    for s, t, binary in jobs:
        for label, quote in labels(binary, t):
            total += 1
            if args.all:
                print("%s\t%s" % (t, label))
                continue
            f = flag(label)
            if not f:
                continue
            per_flag[f] += 1
            per_flag_sets[f][s] += 1
            if args.rows or args.show == f:
                print("%-13s %s %s | %s" % (f, t, label, quote[:160]))
                if args.show:
                    print()
    print("labels %d, flagged %d" % (total, sum(per_flag.values())))
    for f in FLAGS:
        sets = per_flag_sets[f]
        print("  %-13s %4d in %2d sets: %s" % (
            f, per_flag[f], len(sets),
            " ".join("%s:%d" % (k.replace("events_", ""), v) for k, v in sorted(sets.items()))))


if __name__ == "__main__":
    main()
