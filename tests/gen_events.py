#!/usr/bin/python3
"""Writes a realistic events file with N events to standard output.

Usage: /usr/bin/python3 tests/gen_events.py N [SEED]

For the benchmark (tests/bench.sh).  The same N and seed always give the
same bytes.  The file has a header with an anchor, about N/20 actors, and N
events in chronological order of declaration, with every date form of the
README (days, months, years, ISO weeks, quarters, half years, decades,
ranges, open ranges, the qualifiers ~ ? %, and relative dates against the
anchor or an earlier-declared event), headlines of about 40 characters
with some UTF-8, 0-3 actors, tags, descriptions and relations.

It is valid and warning-free by construction: every event has a "cursor"
day, non-decreasing in file order, and its date always contains that day.
So for any two events i < j in file order, end(j) >= cursor(j) >=
cursor(i) >= start(i): a relation that points forward in the file
(causes, precedes, part-of) or a responds-to that points back never
contradicts the dates, and no cycle can form since every temporal edge
goes from an earlier to a later declaration.  Relative dates refer only
to earlier-declared events, so they cannot loop.
"""
import datetime as dt
import random
import sys

ANCHOR = dt.date(2025, 2, 3)
FIRST = dt.date(1990, 1, 1)
LAST = dt.date(2030, 12, 31)

KINDS = ["person", "company", "government", "media", "organization",
         "institution", "country", "group", "other"]
FIRST_NAMES = ["Anna", "Louis-Vincent", "Chloé", "José", "Zoë", "Dario",
               "Mei", "Björn", "Amélie", "Kenji", "Priya", "Olusegun"]
LAST_NAMES = ["Müller", "Gave", "Dubois", "García", "Nakamura", "Amodei",
              "Okafor", "Lindqvist", "Roussel", "Sharma", "Novák", "Ito"]
CJK_NAMES = ["梁文锋", "李强", "王小明", "张伟", "陈静", "刘洋"]
ORGS = ["Nvidia", "Société Générale", "DeepSeek", "Alibaba", "Meta",
        "Deutsche Telekom", "Nestlé", "OpenAI", "Anthropic", "Huawei",
        "Banco Itaú", "Crédit Agricole", "阿里巴巴", "中国中央电视台",
        "Ministry of Commerce", "European Commission", "Reuters", "Gavekal"]

VERBS = ["announces", "releases", "bans", "approves", "delays", "cuts",
         "raises", "signs", "rejects", "launches", "acquires", "reports",
         "criticises", "débute", "responds to", "investigates", "restricts"]
OBJECTS = ["new chip export rules", "open-weight model", "a reasoning model",
           "quarterly earnings", "a data-centre deal", "tariffs on GPUs",
           "rules for AI safety", "a €2bn fund", "the Zürich office",
           "talks in São Paulo", "sanctions on suppliers", "a price war",
           "the 梁文锋 interview", "a café-chain partnership",
           "an antitrust probe", "its H20 shipments", "a naïve forecast",
           "a 5-year plan", "an open letter", "the budget"]
TAGS = ["ai-model", "release", "export-control", "markets", "policy",
        "chips", "china", "us", "europe", "earnings", "regulation",
        "energy", "cloud", "research", "opinion", "trade", "security",
        "funding", "talent", "hardware", "open-source", "media"]
WORDS = ["the", "market", "reacted", "with", "sharp", "losses", "after",
         "analysts", "questioned", "whether", "spending", "on", "compute",
         "would", "pay", "off", "régime", "officials", "said", "données",
         "rules", "apply", "from", "next", "quarter", "and", "cover", "GPUs"]


def slug(text):
    out = []
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    text = "".join(out).strip("-")[:24].strip("-")
    # ids start with a letter: a name in CJK script leaves digits only
    return text if text[:1].isalpha() else "x-" + text if text else "x"


def iso_day(d):
    return d.isoformat()


def quarter_of(d):
    return (d.month - 1) // 3 + 1


def month_index(d):
    return d.year * 12 + d.month - 1


# Where the events fall: like a news timeline, dense in the months around
# the anchor and sparse in the years before and after.  (fraction of the
# events, first day, last day) for each stretch.
STRETCHES = [(0.40, FIRST, dt.date(2023, 12, 31)),
             (0.50, dt.date(2024, 1, 1), dt.date(2025, 6, 30)),
             (0.10, dt.date(2025, 7, 1), LAST)]


def day_at(u):
    """The day at fraction u (0 <= u < 1) of the events."""
    for share, first, last in STRETCHES:
        if u < share:
            return first + dt.timedelta(days=int((last - first).days * u / share))
        u -= share
    return LAST


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.r = random.Random(seed)
        self.lines = []
        # earlier events with a day-precision point date: (id, day)
        self.day_events = []

    def out(self, line=""):
        self.lines.append(line)

    # ---- dates: each contains the cursor day c ----

    def qualifier(self):
        x = self.r.random()
        return "~" if x < 0.06 else "?" if x < 0.09 else "%" if x < 0.10 else ""

    def date_for(self, c):
        """A date text containing day c; and whether it is a point day
        (usable as the base of an @id + K days date)."""
        r = self.r
        x = r.random()
        if x < 0.30:
            q = self.qualifier()
            return iso_day(c) + q, True
        if x < 0.40:
            return f"{c.year:04d}-{c.month:02d}" + self.qualifier(), False
        if x < 0.43:
            return f"{c.year:04d}" + self.qualifier(), False
        if x < 0.51:
            year, week, _ = c.isocalendar()
            return f"{year:04d}-W{week:02d}", False
        if x < 0.55:
            return f"{c.year:04d}-Q{quarter_of(c)}", False
        if x < 0.57:
            return f"{c.year:04d}-{32 + quarter_of(c)}", False  # EDTF quarter
        if x < 0.59:
            return f"{c.year:04d}-H{1 if c.month <= 6 else 2}", False
        if x < 0.60:
            return f"{c.year // 10:03d}X", False  # the decade
        if x < 0.65:
            a = c - dt.timedelta(days=r.randint(0, 10))
            b = c + dt.timedelta(days=r.randint(1, 20))
            return f"{iso_day(a)}/{iso_day(b)}", False
        if x < 0.67:
            a, b = month_index(c) - r.randint(0, 2), month_index(c) + r.randint(1, 3)
            return f"{a // 12:04d}-{a % 12 + 1:02d}/{b // 12:04d}-{b % 12 + 1:02d}", False
        # Open ranges name the cursor day itself: evgraph takes their one
        # given point as both bounds when it compares the dates of a
        # relation, so any other day could draw a warning.
        if x < 0.68:
            return "../" + iso_day(c), False
        if x < 0.69:
            return iso_day(c) + "/..", False
        if x < 0.81:
            # as an article says it: "last Monday", "three months ago"
            k = (c - ANCHOR).days
            months = month_index(c) - month_index(ANCHOR)
            if x < 0.79 and abs(k) <= 400:
                return f"anchor {'+' if k >= 0 else '-'} {abs(k)} days", True
            if abs(months) <= 36:
                return f"anchor {'+' if months >= 0 else '-'} {abs(months)} months", False
            return iso_day(c), True
        if self.day_events:
            # a recent earlier event with a day date, so that chains form
            base_id, base_day = self.day_events[-r.randint(1, min(30, len(self.day_events)))]
            k = (c - base_day).days
            q = "~" if r.random() < 0.1 else ""
            return f"@{base_id} + {k} days{q}", not q
        return iso_day(c), True

    # ---- the file ----

    def header(self):
        self.out("# Generated by tests/gen_events.py for the benchmark; "
                 f"{self.n} events.")
        self.out(f"title: Synthetic timeline of {self.n} events — chips, AI and trade")
        self.out(f"anchor: {ANCHOR.isoformat()}")
        self.out("source: tests/gen_events.py (deterministic, seeded)")
        self.out()

    def actors(self):
        r = self.r
        count = max(1, self.n // 20)
        self.actor_ids = []
        self.out("# ---- actors ----")
        for i in range(count):
            kind = KINDS[i % len(KINDS)]
            if kind == "person":
                if r.random() < 0.25:
                    name = f"{r.choice(CJK_NAMES)} ({r.choice(LAST_NAMES)} {i})"
                else:
                    name = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)} {i}"
            else:
                name = f"{r.choice(ORGS)} {i}"
            aid = f"{slug(name)}-a{i}"
            self.actor_ids.append(aid)
            self.out(f"actor {aid}")
            self.out(f"  name: {name}")
            self.out(f"  kind: {kind}")
            self.out()

    def label(self):
        r = self.r
        subject = r.choice(ORGS + CJK_NAMES + LAST_NAMES)
        text = f"{subject} {r.choice(VERBS)} {r.choice(OBJECTS)}"
        while len(text) < 34:
            text += " " + r.choice(WORDS)
        return text[:48].rstrip()

    def events(self):
        r, n = self.r, self.n
        cursors = []
        last = FIRST
        for i in range(n):
            last = max(last, day_at((i + r.random()) / n))
            cursors.append(last)
        labels = [self.label() for _ in range(n)]
        ids = [f"{slug(label)}-{i}" for i, label in enumerate(labels)]
        year = None
        for i in range(n):
            c = cursors[i]
            if c.year != year:
                year = c.year
                self.out(f"# ---- {year} ----")
                self.out()
            self.out(f"event {ids[i]}")
            date, point_day = self.date_for(c)
            self.out(f"  date: {date}")
            self.out(f"  label: {labels[i]}")
            if r.random() < 0.3:
                self.out("  description: " + " ".join(r.choice(WORDS) for _ in range(16)))
            k = r.choice([0, 0, 1, 1, 1, 2, 2, 3])
            if k and self.actor_ids:
                chosen = r.sample(self.actor_ids, min(k, len(self.actor_ids)))
                self.out("  actors: " + ", ".join(chosen))
            t = r.choice([0, 1, 1, 2, 2, 3])
            if t:
                self.out("  tags: " + ", ".join(r.sample(TAGS, t)))
            # relations: forward for causes/precedes/part-of, back for
            # responds-to; one target at most once per relation.
            for rel, p, forward in (("causes", 0.35, True),
                                    ("precedes", 0.25, True),
                                    ("responds-to", 0.30, False),
                                    ("part-of", 0.10, True)):
                if r.random() >= p:
                    continue
                if forward:
                    lo, hi = i + 1, min(n - 1, i + 40)
                else:
                    lo, hi = max(0, i - 40), i - 1
                if lo > hi:
                    continue
                count = min(hi - lo + 1, r.choice([1, 1, 1, 2]))
                targets = r.sample(range(lo, hi + 1), count)
                self.out(f"  {rel}: " + ", ".join(ids[j] for j in targets))
            if r.random() < 0.05:
                self.out(f"  source: wire report, {iso_day(c)}")
            if point_day:
                self.day_events.append((ids[i], c))
            self.out()

    def text(self):
        self.header()
        self.actors()
        self.events()
        return "\n".join(self.lines)


def main():
    if len(sys.argv) not in (2, 3) or not sys.argv[1].isdigit():
        sys.stderr.write("usage: gen_events.py N [SEED]\n")
        return 2
    n = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) == 3 else 20250203
    sys.stdout.write(Generator(n, seed).text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
