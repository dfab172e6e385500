#!/usr/bin/env python3
"""Four faults of clauses and labels seen in own sentences (clauses41),
counted over the tuning texts and merge pairs, or at first sight:

  restrictive-date   a relative clause with no comma before it holds a date
                     and the main verb follows that date at once, with a
                     date of its own later in the sentence ("The pilot who
                     landed the jet on Sunday lost his licence on
                     Tuesday"): counted when the proposal that holds the
                     main verb is dated by the relative clause's date
  narrative-news     a text with a date of its own (a dateline or
                     --anchor) that the tagger reads as a narrative (story
                     time): no deictic word ("yesterday", "last week", "on
                     Monday"), or written years far from the paper's more
                     than four times the deictic words (timex.c's
                     is_narrative, redone here on words); counted per text
                     with its dateline, the figure the tagger's rule sees
  particle-lost      a label that ends on a verb whose particle the part
                     keeps before a preposition of time ("broke through at
                     eight in the morning" -> "The miners broke", "was
                     switched on in December 1983" -> "was switched")
  relative-headless  a label of a part that opens after a relative pronoun
                     ("..., who | had resigned on Friday") and has no
                     noun of its own: it opens with the clause's verb or
                     its pronoun ("Had resigned", "Who had resigned")

Runs a binary on every tuning text (tests/events_*/*.txt with gold, the
blind set left out) and the merge pairs of the tuning golds;
--first-sight runs each events_testN with its merge pairs by the binary
that first scored the set (/tmp/first-sight/SET/evgraph, built by
tests/dev/first_sight.sh).  Prints counts by shape and set, with --rows
each case.

Usage: clause_faults.py [--evgraph BIN] [--first-sight] [--rows]"""
import argparse
import collections
import html
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dev_texts  # noqa: E402
import garbled_labels  # noqa: E402

SHAPES = ["restrictive-date", "narrative-news", "particle-lost",
          "relative-headless"]
VERB_FORMS = garbled_labels.VERB_FORMS
RELATIVES = {"who", "which", "that", "whom", "whose"}
# particles a headline's dangling-word trim takes for prepositions
PARTICLES = {"through", "over", "on", "in", "around", "along", "about"}
TIME_OPENERS = {"at", "on", "in", "by", "shortly", "just", "soon", "about",
                "around", "before", "after", "until", "during", "early",
                "late"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec"}


def past_verb(w):
    w = w.lower()
    return (len(w) >= 5 and w.endswith("ed")) or w in VERB_FORMS


def run(binary, path, fmt):
    return subprocess.run([binary, "extract", "--format", fmt, path],
                          capture_output=True, text=True).stdout


def timexes(binary, path, body):
    """[(start, end, value)] in bytes of body, and the anchor or None."""
    xml = run(binary, path, "timeml")
    dct = re.search(r'<DCT><TIMEX3 [^>]*value="([^"]+)"', xml)
    m = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
    out = []
    if not m:
        return out, dct and dct.group(1)
    text, pos = m.group(1), 0
    plain = []
    for t in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", text, re.S):
        plain.append(html.unescape(text[pos:t.start()]))
        start = len("".join(plain).encode())
        inner = html.unescape(t.group(2))
        plain.append(inner)
        value = re.search(r'value="([^"]*)"', t.group(1))
        out.append((start, start + len(inner.encode()),
                    value.group(1) if value else ""))
        pos = t.end()
    return out, dct and dct.group(1)


def events(binary, path):
    for line in run(binary, path, "json").splitlines():
        e = json.loads(line)
        if e.get("type") == "event" and "start" in e:
            yield e


def sentences(body):
    """(start, end) byte ranges cut at ". " / a line break."""
    s = 0
    for m in re.finditer(rb"[.!?](?=\s)|\n", body):
        yield s, m.end()
        s = m.end()
    yield s, len(body)


def restrictive_date(body, tx, evs):
    """Cases: (main verb offset, date of the proposal holding it, relative
    date, main date)."""
    for a, b in sentences(body):
        inside = [t for t in tx if a <= t[0] and t[1] <= b]
        for k, (ts, te, tv) in enumerate(inside[:-1]):
            before = body[a:ts].decode("utf-8", "replace")
            m = re.search(r"\b([a-z]\w+) (who|that|which) ([^,;:.—]*?)\s*$",
                          before)
            if not m or not any(past_verb(w) for w in m.group(3).split()[:3]):
                continue
            after = body[te:inside[k + 1][0]].decode("utf-8", "replace")
            v = re.match(r"\s+([a-z]+)\b", after)
            if not v or not past_verb(v.group(1)):
                continue
            verb_at = te + len(after[:v.start(1)].encode())
            holder = [e for e in evs
                      if e["start"]["offset"] <= verb_at < e["end"]["offset"]]
            date = holder[0]["date"] if holder else None
            yield verb_at, date, tv, inside[k + 1][2]


def narrative_news(body, anchor):
    """Whether the tagger's narrative test (timex.c) holds for a text with
    an anchor, on words: deictic words against far years."""
    if not anchor:
        return None
    text = body.decode("utf-8", "replace")
    year = int(anchor[:4])
    words = re.findall(r"[\"“”]|[A-Za-z]+|\d+", text)
    deictic = quoted = far = 0
    quote = False
    for i, w in enumerate(words):
        if w in "\"“”":
            quote = not quote if w == "\"" else (w == "“")
            continue
        low = w.lower()
        hit = False
        if low in ("today", "yesterday", "tomorrow", "tonight", "ago"):
            hit = True
        elif low in ("last", "this", "next") and i + 1 < len(words) and \
                words[i + 1].lower() in ("week", "month", "year"):
            hit = True
        elif low in WEEKDAYS and w[0].isupper() and i > 0 and \
                words[i - 1].lower() == "on" and not any(
                    x.lower() in MONTHS or x.isdigit()
                    for x in words[i + 1:i + 3]):
            hit = True
        elif w.isdigit() and len(w) == 4 and 1000 <= int(w) <= 2999 and \
                abs(int(w) - year) > 2:
            far += 1
        if hit:
            if quote:
                quoted += 1
            else:
                deictic += 1
    d = deictic if deictic else (0 if far else quoted)
    return (d == 0 or far > 4 * d), deictic, far


CLOCK_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "eleven", "twelve", "noon", "midnight", "dawn",
               "dusk", "midday", "nightfall", "daybreak"}


def particle_lost(body, tx, evs):
    """Labels that end on a verb whose particle stands before a time in
    the part: the particle, then at most two words that open a time
    ("at", "shortly after"), then a date the tagger tagged or a clock told
    in words."""
    starts = {t[0] for t in tx}
    for e in evs:
        label = e.get("label", "")
        lw = re.findall(r"[\w'-]+", label)
        if not lw or not past_verb(lw[-1]):
            continue
        a, b = e["start"]["offset"], e["end"]["offset"]
        part = body[a:b]
        for m in re.finditer(rb"(?i)\b%s (%s)\b" % (
                re.escape(lw[-1].encode()), "|".join(PARTICLES).encode()),
                part):
            pos = a + m.end()
            for k in range(3):
                while pos < b and body[pos:pos + 1] == b" ":
                    pos += 1
                w = re.match(rb"[A-Za-z]+", body[pos:b])
                # a time right after the word: a preposition, no particle
                if k > 0 and (pos in starts or (
                        w and w.group().decode().lower() in CLOCK_WORDS)):
                    yield label, part.decode("utf-8", "replace")
                    break
                if not w or w.group().decode().lower() not in TIME_OPENERS:
                    break
                pos += w.end()
            else:
                continue
            break


def relative_headless(body, evs):
    for e in evs:
        label = e.get("label", "")
        words = label.split()
        if not words:
            continue
        before = body[max(0, e["start"]["offset"] - 12):
                      e["start"]["offset"]].decode("utf-8", "replace")
        part = body[e["start"]["offset"]:e["end"]["offset"]].decode(
            "utf-8", "replace")
        first = words[0].lower()
        second = words[1].lower() if len(words) > 1 else ""
        # "Who had resigned", "That had stood"; not "That swarm faded"
        opens_relative = part.lower().startswith(first) and (
            first in ("who", "which", "whom", "whose") or
            (first == "that" and (second in garbled_labels.AUX or
                                  garbled_labels.verb_form(second))))
        after_relative = re.search(r"\b(who|which|whom)\s*$", before) and \
            part.split() and part.split()[0].lower() == first
        if opens_relative or after_relative:
            yield label, part


def jobs(args):
    tuning = [(s, t) for s, t, _ in dev_texts.chosen_texts([])] + \
        garbled_labels.merge_texts()
    if not args.first_sight:
        return [(s, t, args.evgraph) for s, t in tuning]
    out = []
    for s, t in tuning:
        b = "/tmp/first-sight/%s/evgraph" % s
        if os.path.exists(b):
            out.append((s, t, b))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--evgraph", default="./evgraph")
    ap.add_argument("--first-sight", action="store_true")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    counts = collections.Counter()
    sets = collections.defaultdict(set)

    def note(shape, s, t, row):
        counts[shape] += 1
        sets[shape].add(s)
        if args.rows:
            print("%-17s %s %s\t%s" % (shape, s, os.path.basename(t), row))

    texts = 0
    for s, t, binary in jobs(args):
        body = open(t, "rb").read()
        evs = list(events(binary, t))
        tx, anchor = timexes(binary, t, body)
        texts += 1
        for verb_at, date, rel, main in restrictive_date(body, tx, evs):
            if date is not None and date == rel and rel != main:
                note("restrictive-date", s, t, "%s dated %s, its own %s: %r" % (
                    body[verb_at:verb_at + 20].decode("utf-8", "replace"),
                    date, main, body[max(0, verb_at - 80):verb_at + 30]
                    .decode("utf-8", "replace")))
        n = narrative_news(body, anchor)
        if n and n[0]:
            note("narrative-news", s, t, "deictic %d, far years %d" % n[1:])
        for label, part in particle_lost(body, tx, evs):
            note("particle-lost", s, t, "%r | %r" % (label, part[:120]))
        for label, part in relative_headless(body, evs):
            note("relative-headless", s, t, "%r | %r" % (label, part[:120]))
    print("texts %d" % texts)
    for k in SHAPES:
        print("  %-17s %3d in %2d sets: %s" % (
            k, counts[k], len(sets[k]), " ".join(sorted(sets[k]))))


if __name__ == "__main__":
    main()
