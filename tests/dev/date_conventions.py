#!/usr/bin/env python3
"""Tuning-gold events of the date questions the gold answered several ways
(gold45, issue 10), read from the gold and the texts only (no evgraph).

    date_conventions.py [--sets S1,S2,...] [--class C] [--summary] [--all]

Classes, each found by the text's shape:
  after-day   a history's event whose sentence and clause have no date expression of
              its own (no month, year, weekday, day or part-of-day word, no
              "later", "earlier", "ago", "next", "following", "soon",
              "afterwards", ...) when the nearest earlier sentence that has
              one gave a day (the last gold event of that sentence is a
              day); the reading compares the gold date with that day.
  perfect     a news event whose clause's own verb is "has/have (been) +
              participle" (not a relative clause's, "that has killed", nor
              a modal's, "could have passed") and which has no date
              expression of its own; the reading, prefixed by lead: (the
              dateline's paragraph) or body:, compares the gold date with
              the anchor.
  within      an event whose clause says "within days" or "within weeks"
              ("within a few days", "within two weeks", "within a week");
              the reading compares the gold date with the referent's, the
              nearest earlier gold event (text order) with another date.
  winter      an event whose clause names "the winter of YEAR" or "winter
              YEAR"; the reading is the form of the gold date.
  part-of     (gold46) an event whose clause names a part of a month or a
              year: "early", "late", "mid-", "the middle", "the end", "the
              beginning", "the start" of a month, "the month", a year or
              "the year" ("in late June 1869", "early in the month", "at
              the end of 1897", "by the end of the year"); the reading
              compares the gold date's bounds with the unit named (its
              year from the gold date when the text leaves it out); "by",
              "before" or "until" before it is read as an open start.
  after-month (gold46) as after-day, when the nearest earlier dated
              sentence's last gold event is a month ("In May the council
              voted. The mayor resigned."); the reading compares the gold
              date with that month.
Every tuning set is read (events_gold, events_dev, events_test ..), the
blind one, which tests/extract.sh excludes from the union, never.
For each: set, text, event, core, the reading, the gold date, the date it
is compared with and the clause; then the count of readings per class and
set (core events only, as score.py counts dates; --all counts every
event).  The output lists what the gold did; it does not choose."""
import collections
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# the sentence split pronoun_gold.py reads the gold's texts with
from pronoun_gold import sentences  # noqa: E402

MONTHS = ("January February March April May June July August September October "
          "November December").split()
MONTH_RE = r"(?:%s|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)" % "|".join(MONTHS)
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Any word that dates a sentence, absolutely or relative to another.
DATE_EXPR = re.compile(
    r"\b(?:%s|%s|1[0-9]{3}s?|20[0-9]{2}s?|today|yesterday|tomorrow|tonight|"
    r"overnight|mornings?|afternoons?|evenings?|nights?|dawn|dusk|noon|"
    r"midnight|midday|days?|weeks?|weekends?|months?|years?|decades?|"
    r"century|centuries|spring|summer|autumn|winter|season|hours?|minutes?|"
    r"later|earlier|ago|afterwards?|next|following|previous|soon|shortly|"
    r"meanwhile|now|recently|Christmas|Easter|New Year|sunrise|sunset|"
    r"daybreak|nightfall|fortnight|once|until|till|by then|since)\b(?!-)" % (MONTH_RE, WEEKDAYS),
    re.I)
PERFECT = re.compile(
    r"\b(?:has|have)(?:\s+(?:not|also|already|now|just|since|\w+ly))*\s+(?:been\s+)?"
    r"(?!been\b|a\b|an\b|the\b|to\b|no\b|its\b|their\b|his\b|her\b)"
    r"([a-z]+(?:ed|en|wn|ne|t|d|ung|un|on|ost|ound|ept|ade|ght|old|id|ck|ew|ut))\b")
# A relative clause's or a modal's perfect is not the clause's own verb.
RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom|where|to|could|would|should|might|"
                      r"must|may|will)\b[^,;]*$", re.I)
WITHIN = re.compile(
    r"\bwithin\s+(?:(?:a|one|two|three|four|five|six|a\s+few|several|some|a\s+couple\s+of)\s+)?"
    r"(days?|weeks?)\b", re.I)
WINTER = re.compile(r"\bwinter\s+(?:of\s+)?(1[0-9]{3}|20[0-9]{2})\b", re.I)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def char_offsets(raw, text):
    """Character offset of each byte offset of raw (text decoded)."""
    table = [0] * (len(raw) + 1)
    b = 0
    for i, ch in enumerate(text):
        for k in range(len(ch.encode("utf-8"))):
            table[b + k] = i
        b += len(ch.encode("utf-8"))
    table[len(raw)] = len(text)
    return table


def sentence_of(sents, at):
    lo, hi = 0, len(sents) - 1
    while lo < hi:  # last sentence starting at or before at
        mid = (lo + hi + 1) // 2
        if sents[mid][0] <= at:
            lo = mid
        else:
            hi = mid - 1
    return lo


def reading_after_day(date, day):
    if date == day:
        return "the-day"
    if date == day[:7]:
        return "its-month"
    if date == day[:4]:
        return "its-year"
    if date.startswith(day + "/"):
        return "interval-from-day"
    if date.startswith(day[:7] + "/"):
        return "interval-from-month"
    if date in ("../" + day,) or date.endswith("/" + day):
        return "up-to-day"
    if DAY.match(date):
        return "later-day" if date > day else "earlier-day"
    if MONTH.match(date):
        return "other-month"
    return "other"


def reading_perfect(date, anchor, body_days):
    if date == anchor:
        return "anchor"
    if DAY.match(date):
        return "day-the-body-names" if date in body_days else "other-day"
    if re.match(r"^\d{4}-W\d{2}$", date):
        return "week"
    if date == "../" + anchor:
        return "open-to-anchor"
    if date.endswith("/" + anchor):
        return "interval-to-anchor"
    if date.startswith(".."):
        return "open-other"
    if MONTH.match(date):
        return "month"
    return "other"


def reading_within(date, ref):
    if ref is None:
        return "no-referent"
    if date == ref:
        return "referent's-date"
    if date.startswith(ref + "/"):
        return "interval-from-referent"
    if "/" in date and not date.startswith(".."):
        return "interval-other"
    if DAY.match(ref) and date == ref[:7]:
        return "referent's-month"
    if DAY.match(date) and DAY.match(ref) and date > ref:
        return "later-day"
    return "other"


def reading_winter(date, year):
    if date == "%s-24" % year:
        return "season-code-YEAR-24"
    if "/" in date:
        return "interval"
    if re.match(r"^\d{4}-24$", date):
        return "season-code-other-year"
    if date == year:
        return "year"
    return "other"


def reading_after_month(date, month):
    if date == month:
        return "the-month"
    if date == month[:4]:
        return "its-year"
    if DAY.match(date) and date.startswith(month):
        return "a-day-in-it"
    if date.startswith(month + "/"):
        return "interval-from-month"
    if date == "../" + month:
        return "up-to-month"
    if MONTH.match(date) or DAY.match(date):
        return "later-date" if date > month else "earlier-date"
    return "other"


# A part of a month or of a year: "late June 1869", "early in the month",
# "the end of 1897", "mid-September".
PART_OF = re.compile(
    r"\b(?:(by|before|until|till)\s+(?:the\s+)?)?"
    r"(early|late|mid|middle|end|beginning|start)(?:-|\s+in\s+|\s+of\s+(?:the\s+)?|\s+)"
    r"(?:the\s+)?(%s|month|year|1[0-9]{3}|20[0-9]{2})\b(?:,?\s+(1[0-9]{3}|20[0-9]{2})\b)?"
    % MONTH_RE, re.I)


def reading_part_of(date, unit, year, word):
    """The gold date against the month or year a part of it was named;
    word is "by", "before", "until" or "till" before the part, or None."""
    if not year:
        return "other"
    if unit.lower() == "year" or re.match(r"^\d{4}$", unit):
        named = year
    elif unit.lower() == "month":
        m = re.match(r"^(?:\.\./)?(\d{4}-\d{2})", date)
        if not m:
            return "other"
        named = m.group(1)
    else:
        month = [i for i, n in enumerate(MONTHS) if n[:3].lower() == unit[:3].lower()]
        named = "%s-%02d" % (year, month[0] + 1)
    word = (word or "").lower()
    prefix = "until:" if word in ("until", "till") else "by:" if word else ""
    if prefix == "by:" and not date.startswith("../"):
        # another happening's date: the telling of a deadline ("told ... on
        # Thursday to fit cameras by the end of November")
        return prefix + "another-date"
    bare = date[3:] if date.startswith("../") else date
    if bare == named:
        return prefix + "the-" + ("year" if len(named) == 4 else "month")
    if (len(named) == 4 and bare in (named + "-12", named + "-12-31")) or (
            len(named) == 7 and DAY.match(bare) and bare.startswith(named) and int(bare[8:]) >= 28):
        return prefix + "the-" + ("year" if len(named) == 4 else "month") + "-by-its-last-day"
    if "/" in bare and bare.startswith(named):
        return prefix + "a-part-as-interval"
    if "/" in bare and bare.endswith(named + "-31") or bare.endswith(named + "-30"):
        return prefix + "interval-to-its-end"
    if DAY.match(bare) and bare.startswith(named):
        return prefix + "a-day-in-it"
    return prefix + "another-date"


# A sentence split after an initial or "St." ("Robert F. Wagner", "St.
# John's") is one sentence.
INITIAL_END = re.compile(r"(?:^|[\s(])(?:[A-Z]|St|Mr|Mrs|Dr)\.\s*$")


def joined_at_initials(text, sents):
    out = []
    for a, b in sents:
        if out and INITIAL_END.search(text[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def rows_of(set_name, gold_path):
    raw = open(gold_path.replace(".gold.json", ".txt"), "rb").read()
    text = raw.decode("utf-8")
    gold = json.load(open(gold_path, encoding="utf-8"))
    to_char = char_offsets(raw, text)
    sents = joined_at_initials(text, sentences(text))
    dated = [bool(DATE_EXPR.search(text[a:b])) for a, b in sents]
    name = os.path.basename(gold_path).replace(".gold.json", "")
    anchor = gold["anchor"]
    events = sorted(gold["events"], key=lambda e: e["span"][0])
    sent_of = {e["id"]: sentence_of(sents, to_char[e["span"][0]]) for e in events}
    # The lead: the dateline's paragraph.
    lead_end = -1
    if anchor:
        m = re.search(r"^[A-Z][^\n]* — ", text, re.M)
        if m:
            nl = text.find("\n\n", m.start())
            lead_end = len(text) if nl < 0 else nl
    body_days = {e["date"] for e in events if DAY.match(e["date"]) and e["date"] != anchor}
    out = []

    def row(cls, ev, reading, against):
        clause = text[to_char[ev["span"][0]]:to_char[ev["span"][1]]].replace("\n", " ")
        out.append({"class": cls, "set": set_name, "text": name, "id": ev["id"],
                    "core": ev.get("core", False), "reading": reading, "date": ev["date"],
                    "against": against or "-", "clause": clause})

    for i, ev in enumerate(events):
        s, e = to_char[ev["span"][0]], to_char[ev["span"][1]]
        clause = text[s:e]
        si = sent_of[ev["id"]]
        # after-day: a history's undated sentence after one that gave a day.
        if anchor is None and not dated[si] and not DATE_EXPR.search(clause):
            prev = next((j for j in range(si - 1, -1, -1) if dated[j]), None)
            if prev is not None:
                in_prev = [x for x in events if sent_of[x["id"]] == prev]
                if in_prev and DAY.match(in_prev[-1]["date"]):
                    day = in_prev[-1]["date"]
                    row("after-day", ev, reading_after_day(ev["date"], day), day)
                elif in_prev and MONTH.match(in_prev[-1]["date"]):
                    month = in_prev[-1]["date"]
                    row("after-month", ev, reading_after_month(ev["date"], month), month)
        # a part of a month or a year, named in the event's clause
        m = PART_OF.search(clause)
        if m:
            year = m.group(4) or (m.group(3) if re.match(r"^\d{4}$", m.group(3)) else None)
            if not year:  # the year the gold gives, when the text leaves it out
                y = re.match(r"^(?:\.\./)?(\d{4})", ev["date"])
                year = y.group(1) if y else None
            row("part-of", ev, reading_part_of(ev["date"], m.group(3), year, m.group(1)),
                m.group(0))
        # perfect: a news lead's present perfect with no date of its own.
        own = [m for m in PERFECT.finditer(clause) if not RELATIVE.search(clause[:m.start()])]
        if anchor and own and not DATE_EXPR.search(clause):
            reading = reading_perfect(ev["date"], anchor, body_days)
            row("perfect", ev, ("lead:" if s < lead_end else "body:") + reading, anchor)
        # within days / weeks: against the nearest earlier event of another date.
        if WITHIN.search(clause):
            ref = next((x["date"] for x in reversed(events[:i]) if x["date"] != ev["date"]), None)
            if ref is None and i > 0:
                ref = events[i - 1]["date"]
            row("within", ev, reading_within(ev["date"], ref), ref)
        # the winter of YEAR
        m = WINTER.search(clause)
        if m:
            row("winter", ev, reading_winter(ev["date"], m.group(1)), m.group(1))
    return out


def blind_set():
    """The blind held-out set, the one tests/extract.sh keeps out of the
    union (score_all.py's blind_set); events_test37 when it cannot tell."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "events_gold"))
    import score_all
    return score_all.blind_set() or "events_test37"


def tuning_sets():
    blind = blind_set()
    n = sorted(int(m.group(1)) for d in glob.glob("tests/events_test*")
               for m in [re.match(r".*events_test(\d+)$", d)] if m)
    return [s for s in ["events_gold", "events_dev", "events_test"] + ["events_test%d" % i for i in n]
            if s != blind]


def report(rows_of, classes, tail):
    """The command line both convention counters share: read the tuning
    sets (or --sets), list each row of rows_of (or --class's) with the
    columns tail(row) gives after its reading, then count the readings per
    class and per set (core events, or --all)."""
    args = sys.argv[1:]
    sets = tuning_sets()
    if "--sets" in args:
        sets = args[args.index("--sets") + 1].split(",")
    blind = blind_set()
    if any(s.rstrip("/").endswith(blind) for s in sets):
        sys.exit("%s is blind: never read" % blind)
    only = args[args.index("--class") + 1] if "--class" in args else None
    rows = []
    for st in sets:
        for g in sorted(glob.glob("tests/%s/*.gold.json" % st)):
            rows.extend(r for r in rows_of(st, g) if only in (None, r["class"]))
    if "--summary" not in args:
        for r in rows:
            print("\t".join(["%s" % r["class"], "%s %s %s" % (r["set"], r["text"], r["id"]),
                             "core" if r["core"] else "-", "%s" % r["reading"]] + tail(r)))
    counted = [r for r in rows if r["core"] or "--all" in args]
    print("\n# readings per class (%s events): total, then per set" % ("all" if "--all" in args else "core"))
    for cls in classes:
        c = collections.Counter(r["reading"] for r in counted if r["class"] == cls)
        if not c:
            continue
        print("# %s: %s" % (cls, ", ".join("%s %d" % kv for kv in c.most_common())))
        per = collections.defaultdict(collections.Counter)
        for r in counted:
            if r["class"] == cls:
                per[r["set"]][r["reading"]] += 1
        for st in sets:
            if per[st]:
                print("#   %s: %s" % (st, ", ".join("%s %d" % kv for kv in sorted(per[st].items()))))


def main():
    report(rows_of, ("after-day", "perfect", "within", "winter", "part-of", "after-month"),
           lambda r: ["%s" % r["date"], "%s" % r["against"], "%s" % r["clause"]])

if __name__ == "__main__":
    main()
