#!/usr/bin/env python3
"""Counts two date conventions of the gold (dates34): an undated happening
told between two dated ones, dated by both bounds ("between"), and a night
told without the day that names it, both days of the night ("night").

Usage: python3 tests/dev/span_conventions.py EVGRAPH [SET,...] [--first-sight] [-v]
For each paired core gold event whose sentence has no date of its own (no
time expression of the tagger, EVGRAPH's --format timeml) it asks which
dated gold events come before and after it in the text:
  between-span  the gold is an interval from the one before to the one after
  between-carry the gold is the date of the one before, though the one after
                is later (the other way to date the same form)
and for each event whose sentence names a night or midnight:
  night-both    the gold is the two days of the night
  night-one     the gold is one day
Each with how many evgraph dates exactly (with --first-sight, the binary the
set was first scored at, /tmp/first-sight/SET/evgraph, is used per set)."""
import datetime
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, "tests/events_gold")
sys.path.insert(0, "tests/dev")
import score as S  # noqa: E402
import dev_texts  # noqa: E402

NIGHT = re.compile(r"\b(midnight|overnight|night|nightfall)\b", re.I)


def timex_spans(evgraph, text):
    """Byte spans of the tagger's time expressions (DATE and TIME) in text."""
    out = subprocess.run([evgraph, "extract", "--format", "timeml", text],
                         capture_output=True, text=True).stdout
    body = out.split("<TEXT>", 1)[1].rsplit("</TEXT>", 1)[0]
    spans, pos, plain = [], 0, []
    for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>|<[^>]+>|[^<]+", body, re.S):
        if m.group(1) is not None:
            inner = m.group(2)
            n = len(inner.encode())
            typ = re.search(r'type="(\w+)"', m.group(1)).group(1)
            val = re.search(r'value="([^"]*)"', m.group(1))
            if typ in ("DATE", "TIME") and val and val.group(1) != "PRESENT_REF":
                spans.append((pos, pos + n))
            pos += n
        elif m.group(0).startswith("<"):
            continue
        else:
            s = (m.group(0).replace("&lt;", "<").replace("&gt;", ">")
                 .replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&"))
            pos += len(s.encode())
    return spans


def sentence(body, s, e):
    a = s
    while a > 0 and not (body[a - 1:a] in (b".", b"!", b"?", b"\n") and (a >= len(body) or body[a:a + 1] in (b" ", b"\n"))):
        a -= 1
    b = e
    while b < len(body) and body[b:b + 1] not in (b"\n",) and not (body[b:b + 1] in (b".", b"!", b"?") and body[b + 1:b + 2] in (b" ", b"\n", b"")):
        b += 1
    return a, b + 1


def days_apart(lo, hi):
    try:
        return (datetime.date(*hi) - datetime.date(*lo)).days
    except (TypeError, ValueError):
        return None


def main():
    args = [a for a in sys.argv[2:] if not a.startswith("-")]
    first = "--first-sight" in sys.argv
    verbose = "-v" in sys.argv
    counts = {}
    for set_name, text, gold_path in dev_texts.chosen_texts(args):
        evgraph = sys.argv[1]
        if first:
            fs = "/tmp/first-sight/%s/evgraph" % set_name
            if not os.path.exists(fs):
                continue
            evgraph = fs
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as f:
            subprocess.run([evgraph, "extract", "--format", "json", text], stdout=f,
                           stderr=subprocess.DEVNULL, check=True)
            _, proposed = S.read_extract(f.name)
        tx = timex_spans(sys.argv[1], text)
        gold = S.read_gold(gold_path)
        body = open(text, "rb").read()
        events = sorted(gold["events"], key=lambda g: g["span"][0])
        dated = []  # (index, bounds) of events whose sentence holds a time
        for i, g in enumerate(events):
            a, b = sentence(body, *g["span"])
            g["_sent"] = (a, b)
            g["_timed"] = any(s < b and e > a for s, e in tx)
            g["_bounds"] = S.date_bounds(g["date"])
        for i, g in enumerate(events):
            if not g["core"]:
                continue
            p = S.best_overlap(g["span"][0], g["span"][1], proposed, lambda p: (p["_start"], p["_end"]))
            right = p is not None and g["_bounds"] is not None and S.date_bounds(p.get("date")) == g["_bounds"]
            a, b = g["_sent"]
            sent = body[a:b].decode(errors="replace")
            kinds = []
            gb = g["_bounds"]
            if NIGHT.search(sent):
                apart = days_apart(*gb) if gb and gb[0] and gb[1] else None
                kinds.append("night-both" if apart == 1 else "night-one" if apart == 0 else "night-other")
            if not g["_timed"] and gb:
                before = next((x for x in reversed(events[:i]) if x["_timed"] and x["_bounds"]), None)
                after = next((x for x in events[i + 1:] if x["_timed"] and x["_bounds"]), None)
                def para(x):
                    return body.count(b"\n\n", 0, x["span"][0])
                g["_nb"] = ("%s%s" % (before["date"], "=" if para(before) == para(g) else "") if before else None,
                            "%s%s" % (after["date"], "=" if para(after) == para(g) else "") if after else None)
                if before and after and before["_bounds"][0] and after["_bounds"][1] and \
                        before["_bounds"][1] and after["_bounds"][1] > before["_bounds"][1]:
                    if gb[0] == before["_bounds"][0] and gb[1] == after["_bounds"][1]:
                        kinds.append("between-span")
                    elif gb == before["_bounds"]:
                        kinds.append("between-carry")
                    elif "/" in g["date"]:
                        kinds.append("between-other-span")
                    else:
                        kinds.append("between-other")
            for k in kinds:
                c = counts.setdefault(k, [0, 0])
                c[0] += 1
                c[1] += right
                if verbose:
                    print("%-18s %-5s %s %s: [%s | %s] gold %s got %s: %s" % (
                        k, "ok" if right else "MISS", gold_path, g["id"], *g.get("_nb", (None, None)), g["date"],
                        p.get("date") if p else None,
                        body[g["span"][0]:g["span"][1]].decode(errors="replace")[:110]))
    for k in sorted(counts):
        print("%-20s gold %4d  evgraph right %4d" % (k, counts[k][0], counts[k][1]))


main()
