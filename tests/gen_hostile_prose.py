#!/usr/bin/python3
"""Writes a hostile text for `evgraph extract` to standard output.

    tests/gen_hostile_prose.py PATTERN BYTES

PATTERN is one of the names in PATTERNS below; BYTES the size wanted (the
text stops at the first piece that reaches it).  The same arguments give
the same bytes on every run (a seeded generator, no /dev/urandom), so a
slow or wrong run can be replayed.  `list` as PATTERN prints the names.
"""
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
NAMES = ["Alice Martin", "Bruno Keller", "Chen Wei", "Dmitri Orlov",
         "Elena Ruiz", "Farid Haddad", "Grace Okafor", "Hiro Tanaka",
         "Acme Corp", "Beta Ltd", "Gamma Group", "United Nations"]


def date_list(rng):
    """One sentence listing dates: "On January 1, 2020, January 2, ..."."""
    yield "On "
    while True:
        yield f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1900, 2100)}, "


def name_list(rng):
    """One sentence listing capitalised names (actor candidates)."""
    yield "On 3 May 2001 the meeting gathered "
    while True:
        yield f"{rng.choice(NAMES)} {rng.choice(MONTHS)} Smith-{rng.randint(1, 999)}, "


def huge_sentence(rng):
    """Words with dates and names but no sentence end at all."""
    words = ["the", "army", "marched", "on", "Paris", "and", "in", "1815",
             "while", "Napoleon", "said", "that", "tomorrow", "March",
             "Monday", "then", "last", "week", "5", "June", "2004"]
    while True:
        yield rng.choice(words) + " "


def name_run(rng):
    """One run of capitalised words with no comma, now and then joined on
    by "for the" after a document's word ("Convention for the Safety"):
    a name as long as the text (the titles' scan was quadratic in it)."""
    yield "On 3 May 2001 the International Convention "
    words = ["Safety", "Harbour", "Martin", "Keller", "Orlov", "Tanaka"]
    while True:
        yield ("Convention for the " if rng.random() < 0.001
               else f"{rng.choice(words)} ")


def relative_dates(rng):
    """One sentence of dates, each after a relative clause that tells no
    happening ("the plan which Ruiz liked on May 5, 2001 the plan ..."):
    no clause splits, and each date's "which" asked anew whether a verb
    of saying came before it, from the sentence's start."""
    while True:
        yield (f"the plan which {rng.choice(NAMES).split()[-1]} liked on "
               f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1900, 2100)} ")


def short_sentences(rng):
    """Many short dated sentences naming actors."""
    while True:
        yield (f"{rng.choice(NAMES)} met {rng.choice(NAMES)} on "
               f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1950, 2030)}.\n")


def invalid_utf8(rng):
    """Dated sentences cut by invalid UTF-8: stray continuation bytes,
    overlong forms, surrogates, code points past U+10FFFF, truncations."""
    bad = [b"\x80", b"\xbf\xbf", b"\xc0\xaf", b"\xed\xa0\x80",
           b"\xf4\x90\x80\x80", b"\xe2\x80", b"\xff\xfe", b"\xc3"]
    while True:
        yield (f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} "
               f"{rng.randint(1900, 2100)} ").encode()
        yield rng.choice(bad)
        yield f"{rng.choice(NAMES)} spoke".encode() + rng.choice(bad) + b". "


def clock_run(rng):
    """One sentence of clocks, each before a capitalised word, the words
    apart by tabs: the splitter asked at each "a.m." whether the clock
    opens its sentence by counting the words from the sentence's start."""
    yield "At\t5\ta.m.\tHarbour"
    while True:
        yield f"\t{rng.randint(1, 12)}\t{rng.choice(['a.m.', 'p.m.'])}\t{rng.choice(NAMES).split()[-1]}"


def binary(rng):
    """Random bytes, as from /dev/urandom, but replayable."""
    while True:
        yield rng.randbytes(4096)


def punctuation(rng):
    """Punctuation only: a token, and often a sentence, for every byte."""
    marks = "!?.,;:-()[]\"'/&*"
    while True:
        yield "".join(rng.choice(marks) for _ in range(4096))


def quotes(rng):
    """Deeply repeated quotes and brackets around dates, in one paragraph."""
    while True:
        depth = rng.randint(1, 40)
        yield ('"\u201c(' * depth + f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}"
               + ')\u201d"' * depth + " ")


def crlf(rng):
    """Dateline-like paragraphs with CRLF line ends."""
    while True:
        yield (f"Monday, {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
               f"{rng.randint(1950, 2030)}\r\nPARIS (Reuters) - "
               f"{rng.choice(NAMES)} resigned two days later.\r\n\r\n")


def lead_responses(rng):
    """A dateline's lead run on by "In response to the strike" sentences,
    then as many paragraphs of one: each such phrase asked for the lead,
    which read the lead's line to the phrase and split that paragraph
    into sentences again (review41: 2 MB 25 s, 4 MB over a minute)."""
    yield (f"ROTTERDAM, {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2025 \u2014 "
           "Dockworkers walked out on Monday.")
    for _ in range(10000):
        yield f" In response to the strike, {rng.choice(NAMES)} fell."
    yield "\n\n"
    while True:
        yield f"In response to the strike, {rng.choice(NAMES)} fell.\n\n"


def carried_paragraphs(rng):
    """News whose day before the paper's is told at the end of a long
    sentence (400 KB of numbers before "on Sunday night"), then carried
    into many short paragraphs: each paragraph's end read that sentence
    back from its day for a "had" (review41: 4 MB over a minute)."""
    yield ("GDANSK, Poland, October 10, 2029 \u2014 Tugs towed a crippled "
           "tanker into Gdansk on Tuesday.\n\nThe tanker drifted")
    for _ in range(200000):
        yield f" {rng.randint(1, 9)}"
    yield " on Sunday night.\n\n"
    while True:
        yield f"{rng.choice(NAMES)} waited.\n\n"


def month_after_spaces(rng):
    """News whose story stands at a month written after 400 KB of spaces,
    then one paragraph of many undated sentences: each sentence read the
    spaces back for a "since" before the month (review41: 4 MB over a
    minute)."""
    yield ("GDANSK, Poland, October 10, 2029 \u2014 Tugs towed a crippled "
           "tanker into Gdansk on Tuesday.\n\nThe board had met in")
    yield " " * 400000
    yield "March 2019."
    while True:
        yield f" {rng.choice(NAMES)} waited."



def relative_ahead(rng):
    """News: one sentence of many dates still to come after "that" and a
    present verb ("that gives the members a rise from January 5, 2030"),
    its past verb far before them: each date read the sentence again from
    its start for a past verb (review44: 1.1 MB 28 s)."""
    yield ("LONDON, March 10, 2025 - The company cut 300 jobs on Monday.\n"
           "The plan that gives the members a rise from January 5, 2030")
    for _ in range(40000):
        yield " and the members of the union"
    yield " cut"
    while True:
        yield (f" that gives the members a rise from {rng.choice(MONTHS)} "
               f"{rng.randint(1, 28)}, {rng.randint(2030, 2079)} and")

def after_days(rng):
    """One sentence of many days named after "after" in the possessive
    ("after Monday's strike, after Friday's ..."): each read the sentence
    back to its start for a word looking ahead (dates47's rule as merged:
    0.9 MB 12.8 s)."""
    yield "On May 5, 2024, the staff came back"
    while True:
        yield f" after {rng.choice(WEEKDAYS)}'s strike,"

def counted_after(rng):
    """News: one sentence of many counts after an undated clause, no comma
    ("acted eight months after the charity filed a petition and acted
    ..."): each count read the sentence to its end for a date of the phrase
    after "after" (review46: 1 MB 4.5 s, 4 MB 78 s)."""
    yield ("LONDON, March 10, 2025 - Police closed the road on Monday.\n\n"
           "The agency acted")
    while True:
        yield (f" {rng.choice(['two', 'eight', 'eleven'])} "
               f"{rng.choice(['days', 'weeks', 'months'])} after the charity "
               f"filed a petition and the agency acted")

def asked_days(rng):
    """One sentence of many days still to come after an order ("ordered
    them closed on May 5, ..."): each day after the paper's, dropped as
    the day asked for, read the sentence back to its last kept date for
    the asking and a modal (dates52's asked day as merged: 1 MB 12 s)."""
    yield "On 3 May 2031 the mayor spoke. The council met"
    while True:
        yield (f" and ordered them closed on {rng.choice(MONTHS)} "
               f"{rng.randint(1, 28)},")

def order_complement(rng):
    """One sentence of many days after an order, its object and a
    participle ("ordered them closed on May 5, ..."), no weekday in it:
    each read the sentence back to its start for the asking's weekday
    (dates52's order_complement_day as merged: 1 MB 3.5 s)."""
    yield "On 1 February 2025 the mayor spoke. The council met"
    while True:
        yield (f" and ordered them closed on {rng.choice(MONTHS)} "
               f"{rng.randint(1, 28)},")

def relative_segments(rng):
    """One sentence of many segments, a subject's "which" clause between
    commas in each ("the harbour trust, which had bought the pier in 2019,
    raised its fees and ..."): each segment kept after the dropped aside
    read the whole label built so far for a bracket and a relative pronoun
    (descriptor_then_name as merged: 1 MB 1.8-2.6 s, 4 MB 36 s)."""
    while True:
        yield ("On Monday the harbour trust, which had bought the pier in "
               "2019, raised its fees and ")

def told_chain(rng):
    """One sentence of tellings with no comma, each one's listener running
    into the next teller ("On Monday Alice Martin told the players at the
    ground Bruno Keller told the players ..."): the headline read each
    telling's content for a clause of its own, that content's again, to
    the sentence's end, each level up to three times (reported_core as at
    8fe8c81: 16 KB 3 s, 250 KB over 5 minutes)."""
    yield "On Monday "
    while True:
        yield (f"{rng.choice(NAMES)} told the players at the ground "
               f"on {rng.choice(WEEKDAYS)} ")

PATTERNS = {f.__name__.replace("_", "-"): f for f in
            (date_list, name_list, name_run, relative_dates, huge_sentence, short_sentences,
             clock_run, invalid_utf8, binary, punctuation, quotes, crlf, lead_responses,
             carried_paragraphs, month_after_spaces, relative_ahead, after_days,
             counted_after, asked_days,
             order_complement, relative_segments, told_chain)}


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "list":
        print("\n".join(PATTERNS))
        return 0
    if len(sys.argv) != 3 or sys.argv[1] not in PATTERNS or not sys.argv[2].isdigit():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    size = int(sys.argv[2])
    rng = random.Random(f"{sys.argv[1]}-20250203")
    out = bytearray()
    for piece in PATTERNS[sys.argv[1]](rng):
        out += piece.encode() if isinstance(piece, str) else piece
        if len(out) >= size:
            break
    # Every pattern ends its text the way a file usually does.
    sys.stdout.buffer.write(bytes(out) + b".\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
