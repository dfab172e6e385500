#!/usr/bin/python3
"""TempEval-3 style scorer for temporal expressions found by `evgraph extract`.

Usage:
  score.py [GOLD...] [--evgraph PATH] [--errors N] [--json] [--per-doc]
           [--min-value-f1 X] [--gold-type attr|infer] [--nested outer|all]
  score.py --self-test [GOLD...]       checks the scorer itself; PASS/FAIL lines
  score.py --stats [--lint] [GOLD...]  gold counts only (the tagger is not run)

GOLD is a file or a folder (its *.tml and *.xml files; default: the news/
folder beside this script).  A gold file is either TimeML (inline <TIMEX3>
inside <TEXT>, the document date in <DCT><TIMEX3 value=...>) or an ACE-style
inline TIMEX2 key (<TIMEX2 val=.. mod=..> inside <TEXT>, the document date in
<DATETIME>).  For each gold file the plain text of TEXT (tags stripped,
entities decoded, XML line ends) is written to a temporary file and

  EVGRAPH extract --format timeml --anchor YYYY-MM-DD FILE

is run on it, with the date part of the gold document date as the anchor.  Its
TimeML output is read the same way; the text it carries must be the input text
unchanged, or the run fails (exit 2) naming the first differing offset.

Metrics, micro-averaged over all documents (TempEval-3, UzZaman et al. 2013):
  strict   a system TIMEX matches a gold TIMEX with the identical span;
           P = matches / system TIMEX, R = matches / gold TIMEX, F1 = 2PR/(P+R)
  relaxed  spans overlap by at least one character, paired one to one (a
           maximum matching: identical spans first, then the largest overlap)
  value    over the relaxed pairs: accuracy = pairs with the same value / pairs;
           value P = correct / system TIMEX, R = correct / gold TIMEX, and
           value F1 = 2PR/(P+R) (= relaxed F1 x value accuracy).  Gold TIMEX
           without a comparable value (no value, "null", or a form outside the
           TIMEX2/TIMEX3 value grammar) count for the span metrics only: they
           and the system TIMEX paired with them leave the value counts, and
           the number skipped is printed.
  type     the same over the pairs whose gold type is known.
Values are compared after a light canonicalisation (upper case; `199X` = `199`,
`19XX` = `19`; astronomical `-0489` = TIMEX2 `BC0490`; `T14:30:00` = `T14:30`);
--exact-values compares the strings as written.

Exit status: 0 success; 1 value F1 under --min-value-f1, a failed self-test or
a --lint problem; 2 usage error, unreadable gold, a tagger failure, or a
tagger output whose text differs from the input.
"""

import argparse
import bisect
import concurrent.futures
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- reading

TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<\?.*?\?>"
    r"|<![A-Za-z][^>]*>"
    r"|<(?P<close>/?)(?P<name>[A-Za-z_][\w.:-]*)"
    r"(?P<attrs>(?:\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)"
    r"\s*(?P<empty>/?)>",
    re.S,
)
ATTR = re.compile(r"([^\s=/>]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?")
ENTITY = re.compile(r"&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);")
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
TIMEX_TAGS = ("TIMEX3", "TIMEX2")
DCT_CONTAINERS = ("DCT", "DATETIME", "DATE_TIME")


class GoldError(Exception):
    """A file that cannot be read as TimeML or an inline TIMEX2 key."""


class Timex:
    __slots__ = ("start", "end", "tag", "attrs", "value", "vkey", "type",
                 "line")

    def __init__(self, start, end, tag, attrs, line):
        self.start, self.end, self.tag, self.attrs = start, end, tag, attrs
        self.line = line
        self.value = None   # the value as written (None when absent)
        self.vkey = None    # the canonical value, None when not comparable
        self.type = None    # DATE, TIME, DURATION, SET or None (unknown)

    def __repr__(self):
        return f"Timex({self.start},{self.end},{self.type},{self.value!r})"


class Doc:
    def __init__(self, name, fmt, text, timexes, dct, notes):
        self.name, self.fmt, self.text = name, fmt, text
        self.timexes = timexes   # sorted by (start, -end)
        self.dct = dct           # the document date as written, or None
        self.notes = notes       # counters: nested_dropped, unknown_entity, ...


def unescape(s, notes=None):
    def one(m):
        e = m.group(1)
        try:
            if e[0] == "#":
                return chr(int(e[2:], 16) if e[1] in "xX" else int(e[1:]))
        except (ValueError, OverflowError):
            pass
        if e in NAMED:
            return NAMED[e]
        if notes is not None:
            notes["unknown_entity"] = notes.get("unknown_entity", 0) + 1
        return m.group(0)
    return ENTITY.sub(one, s) if "&" in s else s


def parse_attrs(s):
    out = {}
    for m in ATTR.finditer(s):
        v = m.group(2) if m.group(2) is not None else (
            m.group(3) if m.group(3) is not None else m.group(4))
        out[m.group(1)] = unescape(v or "")
    return out


def read_source(path):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise GoldError(f"{path}: cannot read: {e.strerror}")
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: invalid UTF-8 at byte {e.start}")
    return s


def parse_doc(src, name, nested="outer", gold_type="attr", exact=False):
    """Recovers TEXT's plain text and its TIMEX spans (character offsets)."""
    if src.startswith("\ufeff"):
        src = src[1:]
    # XML end-of-line handling: CRLF and lone CR read as LF.
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    notes = {}
    parts = []          # text pieces inside TEXT
    pos = 0             # offset in the plain text
    in_text = False
    text_seen = False
    stack = []          # open elements inside TEXT: (name, Timex or None)
    outer_stack = []    # open elements outside TEXT (for the DCT)
    found = []
    dct = None
    dct_text = []
    creation_time = None

    def line_of(i):
        return src.count("\n", 0, i) + 1

    def chars(s):
        nonlocal pos
        if s:
            parts.append(s)
            pos += len(s)

    last = 0
    for m in TOKEN.finditer(src):
        between = src[last:m.start()]
        last = m.end()
        if in_text:
            chars(unescape(between, notes))
            if m.group("cdata") is not None:
                chars(m.group("cdata"))
        elif between.strip() and outer_stack and outer_stack[-1] in DCT_CONTAINERS + TIMEX_TAGS:
            dct_text.append(unescape(between))
        tag = m.group("name")
        if tag is None:
            continue
        up = tag.upper()
        closing = m.group("close") == "/"
        empty = m.group("empty") == "/"
        if not in_text:
            if up == "TEXT" and not closing:
                if text_seen:
                    raise GoldError(f"{name}:{line_of(m.start())}: a second <TEXT>")
                in_text = text_seen = True
                if empty:
                    in_text = False
                continue
            if closing:
                if up in outer_stack:
                    while outer_stack.pop() != up:
                        pass
                continue
            attrs = parse_attrs(m.group("attrs"))
            if up in TIMEX_TAGS:
                v = attrs.get("value", attrs.get("val"))
                if any(c in DCT_CONTAINERS for c in outer_stack) and dct is None:
                    dct = v
                if attrs.get("functionInDocument") == "CREATION_TIME" and creation_time is None:
                    creation_time = v
            if not empty:
                outer_stack.append(up)
            continue
        # inside TEXT
        if up == "TEXT":
            if not closing:
                raise GoldError(f"{name}:{line_of(m.start())}: <TEXT> inside <TEXT>")
            if stack:
                raise GoldError(f"{name}:{line_of(m.start())}: </TEXT> while <{stack[-1][0]}> is open")
            in_text = False
            continue
        if closing:
            if not stack or stack[-1][0] != up:
                want = f"</{stack[-1][0]}>" if stack else "no end tag"
                raise GoldError(f"{name}:{line_of(m.start())}: </{tag}> where {want} was expected")
            _, t = stack.pop()
            if t is not None:
                t.end = pos
                found.append(t)
            continue
        if up in TIMEX_TAGS and not empty:
            t = Timex(pos, None, up, parse_attrs(m.group("attrs")), line_of(m.start()))
            stack.append((up, t))
        elif not empty:
            stack.append((up, None))
    if in_text:
        raise GoldError(f"{name}: <TEXT> is not closed")
    if not text_seen:
        raise GoldError(f"{name}: no <TEXT> element")
    text = "".join(parts)

    if dct is None:
        dct = creation_time
    if dct is None and dct_text:
        dct = dct_text[0].strip()

    tags = {t.tag for t in found}
    fmt = "timex2" if tags == {"TIMEX2"} else "timex3"
    kept = []
    dropped_empty = 0
    for t in found:
        if t.end <= t.start:
            dropped_empty += 1
            continue
        kept.append(t)
    if dropped_empty:
        notes["empty_dropped"] = dropped_empty
    kept.sort(key=lambda t: (t.start, -t.end))
    if nested == "outer":
        outer, reach = [], -1
        for t in kept:
            if t.start < reach:
                notes["nested_dropped"] = notes.get("nested_dropped", 0) + 1
                continue
            outer.append(t)
            reach = t.end
        kept = outer
    for t in kept:
        t.value = t.attrs.get("value", t.attrs.get("val"))
        t.vkey = canon_value(t.value, exact)
        t.type = timex_type(t, gold_type)
    return Doc(name, fmt, text, kept, dct, notes)


# ---------------------------------------------------------------- values

VALUE_DATE = re.compile(
    r"^(?:BC)?[0-9X]{1,4}"
    r"(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)"
    r"(?:-(?:[0-9X]{2}|WE|[1-7X]))?)?"
    r"(?:T(?:MO|MI|AF|EV|NI|DT|[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2}(?:\.[0-9]+)?)?)?)"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$")
VALUE_DURATION = re.compile(
    r"^P(?=[0-9X.]|T[0-9X.])(?:[0-9X.]+(?:DE|CE|ML|Y|Q|M|W|D|H))*"
    r"(?:T(?:[0-9X.]+[HMS])+)?$")
VALUE_REF = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def canon_value(v, exact=False):
    """The comparable form of a TIMEX value, or None when not comparable."""
    if v is None:
        return None
    v = v.strip()
    if not v or v.lower() == "null":
        return None
    if exact:
        return v
    v = v.upper()
    m = re.match(r"^-(\d{4})(.*)$", v)          # astronomical year -> BC
    if m:
        v = "BC%04d%s" % (int(m.group(1)) + 1, m.group(2))
    m = re.match(r"^(BC)?(\d{3})X$", v)         # 199X -> 199 (decade)
    if m:
        v = (m.group(1) or "") + m.group(2)
    m = re.match(r"^(BC)?(\d{2})XX$", v)        # 19XX -> 19 (century)
    if m:
        v = (m.group(1) or "") + m.group(2)
    v = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", v)  # T14:30:00 -> T14:30
    if v in VALUE_REF or VALUE_DATE.match(v) or VALUE_DURATION.match(v):
        return v
    return None


def type_from_value(v, is_set=False):
    if is_set:
        return "SET"
    if v is None:
        return None
    v = v.strip().upper()
    if not v or v == "NULL":
        return None
    if v.startswith("P") and not v.endswith("_REF"):
        return "DURATION"
    if "T" in v and not v.endswith("_REF"):
        return "TIME"
    return "DATE"


def timex_type(t, mode):
    if mode == "attr" and t.tag == "TIMEX3":
        ty = t.attrs.get("type", "").strip().upper()
        return ty or None
    is_set = t.attrs.get("set", "").upper() == "YES" or \
        t.attrs.get("type", "").upper() == "SET"
    return type_from_value(t.value, is_set)


# ---------------------------------------------------------------- writing

def xml_escape(s, attr=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if attr else s


def write_timeml(text, timexes, dct):
    """TempEval-3-like TimeML (the format `evgraph extract` writes)."""
    opens, closes = {}, {}
    for i, t in enumerate(sorted(timexes, key=lambda t: (t.start, -t.end))):
        opens.setdefault(t.start, []).append((i, t))
        closes.setdefault(t.end, []).append((i, t))
    out = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if dct is not None:
        d = xml_escape(dct, True)
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{d}" '
                   f'functionInDocument="CREATION_TIME">{xml_escape(dct)}</TIMEX3></DCT>\n')
    out.append("<TEXT>")
    stack = []
    cuts = sorted(set(opens) | set(closes) | {0, len(text)})
    prev = 0
    for c in cuts:
        out.append(xml_escape(text[prev:c]))
        prev = c
        for i, t in sorted(closes.get(c, []), key=lambda x: x[1].start, reverse=True):
            if not stack or stack[-1] is not t:
                raise ValueError(f"crossing TIMEX spans at offset {c}")
            stack.pop()
            out.append("</TIMEX3>")
        for i, t in opens.get(c, []):
            a = [f'tid="t{i + 1}"']
            if t.type:
                a.append(f'type="{xml_escape(t.type, True)}"')
            if t.value is not None:
                a.append(f'value="{xml_escape(t.value, True)}"')
            out.append(f"<TIMEX3 {' '.join(a)}>")
            stack.append(t)
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)


def first_difference(a, b):
    n = min(len(a), len(b))
    lo = 0
    # blockwise, then by character: fast on long equal prefixes
    step = 4096
    while lo + step <= n and a[lo:lo + step] == b[lo:lo + step]:
        lo += step
    while lo < n and a[lo] == b[lo]:
        lo += 1
    return None if lo == n and len(a) == len(b) else lo


def line_col(text, off):
    line = text.count("\n", 0, off) + 1
    return line, off - (text.rfind("\n", 0, off) + 1) + 1


# ---------------------------------------------------------------- matching

def pair_relaxed(gold, system):
    """One-to-one pairs of overlapping spans: a maximum matching that takes
    identical spans first, then the largest overlap (greedy, then augmenting
    paths so that no pairing with more pairs exists)."""
    sys_sorted = sorted(range(len(system)), key=lambda j: system[j].start)
    starts = [system[j].start for j in sys_sorted]
    prefix_end, reach = [], -1
    for j in sys_sorted:
        reach = max(reach, system[j].end)
        prefix_end.append(reach)
    adj = [[] for _ in gold]
    cands = []
    for i, g in enumerate(gold):
        hi = bisect.bisect_left(starts, g.end)
        lo = bisect.bisect_right(prefix_end, g.start)
        for k in range(lo, hi):
            j = sys_sorted[k]
            s = system[j]
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                adj[i].append(j)
                exact = s.start == g.start and s.end == g.end
                cands.append((0 if exact else 1, -ov,
                              abs(s.start - g.start) + abs(s.end - g.end), i, j))
    cands.sort()
    g2s, s2g = {}, {}
    for _, _, _, i, j in cands:
        if i not in g2s and j not in s2g:
            g2s[i], s2g[j] = j, i
    for i in range(len(gold)):
        if i in g2s or not adj[i]:
            continue
        # iterative augmenting-path search (Kuhn) from gold i
        seen = set()
        parent = {}
        frontier = [i]
        end_j = None
        while frontier and end_j is None:
            nxt = []
            for gi in frontier:
                for j in adj[gi]:
                    if j in seen:
                        continue
                    seen.add(j)
                    parent[j] = gi
                    if j not in s2g:
                        end_j = j
                        break
                    nxt.append(s2g[j])
                if end_j is not None:
                    break
            frontier = nxt
        j = end_j
        while j is not None:
            gi = parent[j]
            prev = g2s.get(gi)
            g2s[gi], s2g[j] = j, gi
            j = prev
    return sorted(g2s.items())


COUNT_KEYS = ("docs", "gold", "system", "strict", "relaxed", "value_gold",
              "value_system", "value_correct", "value_pairs", "value_skipped",
              "value_skipped_absent", "value_skipped_form", "type_pairs",
              "type_correct", "type_gold_unknown")


def score_doc(gold, system):
    """Counts for one document, and the list of mismatches."""
    c = dict.fromkeys(COUNT_KEYS, 0)
    c["docs"] = 1
    G, S = gold.timexes, system.timexes
    c["gold"], c["system"] = len(G), len(S)
    gs = {}
    for t in G:
        gs[(t.start, t.end)] = gs.get((t.start, t.end), 0) + 1
    ss = {}
    for t in S:
        ss[(t.start, t.end)] = ss.get((t.start, t.end), 0) + 1
    c["strict"] = sum(min(n, ss.get(k, 0)) for k, n in gs.items())
    pairs = pair_relaxed(G, S)
    c["relaxed"] = len(pairs)
    paired_g = {i for i, _ in pairs}
    paired_s = {j for _, j in pairs}
    errors = []
    for i, g in enumerate(G):
        if g.vkey is None:
            c["value_skipped"] += 1
            if g.value is None or not g.value.strip() or g.value.strip().lower() == "null":
                c["value_skipped_absent"] += 1
            else:
                c["value_skipped_form"] += 1
        else:
            c["value_gold"] += 1
        if g.type is None:
            c["type_gold_unknown"] += 1
        if i not in paired_g:
            errors.append(("missed", g, None))
    c["value_system"] = len(S)
    for i, j in pairs:
        g, s = G[i], S[j]
        if (g.start, g.end) != (s.start, s.end):
            errors.append(("span", g, s))
        if g.vkey is None:
            c["value_system"] -= 1
        else:
            c["value_pairs"] += 1
            if s.vkey == g.vkey:
                c["value_correct"] += 1
            else:
                errors.append(("value", g, s))
        if g.type is not None:
            c["type_pairs"] += 1
            if s.type == g.type:
                c["type_correct"] += 1
            else:
                errors.append(("type", g, s))
    for j, s in enumerate(S):
        if j not in paired_s:
            errors.append(("spurious", None, s))
    return c, errors


def add_counts(total, c):
    for k in COUNT_KEYS:
        total[k] = total.get(k, 0) + c[k]


def prf(correct, nsys, ngold):
    p = correct / nsys if nsys else (1.0 if ngold == 0 else 0.0)
    r = correct / ngold if ngold else (1.0 if nsys == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def metrics(c):
    sp, sr, sf = prf(c["strict"], c["system"], c["gold"])
    rp, rr, rf = prf(c["relaxed"], c["system"], c["gold"])
    vp, vr, vf = prf(c["value_correct"], c["value_system"], c["value_gold"])
    tsys = c["system"] - (c["relaxed"] - c["type_pairs"])
    tp, tr, tf = prf(c["type_correct"], tsys, c["gold"] - c["type_gold_unknown"])
    va = c["value_correct"] / c["value_pairs"] if c["value_pairs"] else None
    ta = c["type_correct"] / c["type_pairs"] if c["type_pairs"] else None
    return {
        "documents": c["docs"], "gold": c["gold"], "system": c["system"],
        "strict": {"matched": c["strict"], "precision": sp, "recall": sr, "f1": sf},
        "relaxed": {"matched": c["relaxed"], "precision": rp, "recall": rr, "f1": rf},
        "value": {"correct": c["value_correct"], "pairs": c["value_pairs"],
                  "accuracy": va, "gold": c["value_gold"], "system": c["value_system"],
                  "precision": vp, "recall": vr, "f1": vf,
                  "skipped_gold": c["value_skipped"],
                  "skipped_no_value": c["value_skipped_absent"],
                  "skipped_unreadable": c["value_skipped_form"]},
        "type": {"correct": c["type_correct"], "pairs": c["type_pairs"],
                 "accuracy": ta, "precision": tp, "recall": tr, "f1": tf,
                 "gold_unknown": c["type_gold_unknown"]},
    }


# ---------------------------------------------------------------- gold files

def gold_files(paths, exclude):
    out = []
    for p in paths:
        if os.path.isdir(p):
            names = sorted(n for n in os.listdir(p)
                           if n.endswith((".tml", ".xml")) and not n.startswith("."))
            out.extend(os.path.join(p, n) for n in names)
        elif os.path.exists(p):
            out.append(p)
        else:
            raise GoldError(f"{p}: no such file or folder")
    out = [p for p in out
           if not any(fnmatch.fnmatch(os.path.basename(p), g) for g in exclude)]
    if not out:
        raise GoldError("no gold files (*.tml, *.xml) found in " + ", ".join(paths))
    return out


def load_gold(path, args):
    doc = parse_doc(read_source(path), path, args.nested, args.gold_type,
                    args.exact_values)
    if args.dct:
        doc.dct = args.dct
    return doc


def anchor_of(doc):
    d = (doc.dct or "").strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", d)
    if m:
        return m.group(1)
    found = f"found {d!r}" if d else "none found"
    raise GoldError(f"{doc.name}: no usable document date ({found}); give --dct YYYY-MM-DD")


def stem(path):
    b = os.path.basename(path)
    for ext in (".key.xml", ".tml", ".xml"):
        if b.endswith(ext):
            return b[: -len(ext)]
    return b


class TaggerError(Exception):
    pass


def run_tagger(evgraph, doc, workdir, timeout):
    anchor = anchor_of(doc)
    path = os.path.join(workdir, stem(doc.name) + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(doc.text)
    cmd = [evgraph, "extract", "--format", "timeml", "--anchor", anchor, path]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except FileNotFoundError:
        raise TaggerError(f"{evgraph}: not found (give --evgraph PATH)")
    except PermissionError:
        raise TaggerError(f"{evgraph}: not executable")
    except subprocess.TimeoutExpired:
        raise TaggerError(f"{doc.name}: `{' '.join(cmd)}` took more than {timeout} s")
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode != 0:
        raise TaggerError(f"{doc.name}: `{' '.join(cmd)}` exited with {p.returncode}"
                          + (":\n" + indent(err) if err else " (no message)"))
    try:
        out = p.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        raise TaggerError(f"{doc.name}: the tagger's output is not UTF-8 (byte {e.start})")
    return out, err


def indent(s, n=4):
    return "\n".join(" " * n + line for line in s.splitlines())


def check_text(gold, system_text, label):
    """None when equal, else a message naming the first differing offset."""
    off = first_difference(gold.text, system_text)
    if off is None:
        return None
    ln, col = line_col(gold.text, off)
    return (f"{label}: the text differs from the gold text at offset {off} "
            f"(line {ln}, column {col}; gold {len(gold.text)} chars, system {len(system_text)}):\n"
            f"    gold:   {show(gold.text[max(0, off - 30):off + 30])}\n"
            f"    system: {show(system_text[max(0, off - 30):off + 30])}\n"
            f"            {' ' * len(show(gold.text[max(0, off - 30):off]))}^")


def show(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def context(text, t, width=40):
    a, b = t.start, t.end
    left = show(text[max(0, a - width):a])
    right = show(text[b:b + width])
    return f"...{left}[{show(text[a:b])}]{right}..."


def describe(t):
    return f"{t.type or '?'} {t.value if t.value is not None else '-'}"


# ---------------------------------------------------------------- scoring

def score_main(args, files):
    golds = []
    for p in files:
        golds.append(load_gold(p, args))
    outputs = {}
    problems = []
    if args.system_dir:
        for g in golds:
            cand = [os.path.join(args.system_dir, stem(g.name) + ".tml"),
                    os.path.join(args.system_dir, os.path.basename(g.name))]
            p = next((c for c in cand if os.path.exists(c)), None)
            if p is None:
                problems.append(f"{g.name}: no system output in {args.system_dir}")
                continue
            outputs[g.name] = (read_source(p), "", p)
    else:
        exe = shutil.which(args.evgraph) if os.sep not in args.evgraph else args.evgraph
        if not exe or not os.path.isfile(exe) or not os.access(exe, os.X_OK):
            print(f"score.py: error: {args.evgraph}: not found or not executable "
                  "(give --evgraph PATH)", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix="timex-score-") as work:
            jobs = max(1, args.jobs)
            with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
                futs = {ex.submit(run_tagger, args.evgraph, g, work, args.timeout): g
                        for g in golds}
                for fut in concurrent.futures.as_completed(futs):
                    g = futs[fut]
                    try:
                        out, err = fut.result()
                        outputs[g.name] = (out, err, f"{args.evgraph} output for {g.name}")
                    except (TaggerError, GoldError) as e:
                        problems.append(str(e))
    if args.save_system:
        os.makedirs(args.save_system, exist_ok=True)
        for g in golds:
            if g.name in outputs:
                with open(os.path.join(args.save_system, stem(g.name) + ".tml"), "w",
                          encoding="utf-8") as f:
                    f.write(outputs[g.name][0])
    total = {}
    per_doc = []
    all_errors = []
    warnings = []
    for g in golds:
        if g.name not in outputs:
            continue
        out, err, label = outputs[g.name]
        try:
            s = parse_doc(out, label, args.nested, "attr", args.exact_values)
        except GoldError as e:
            problems.append(f"{g.name}: the tagger's output is not readable TimeML: {e}")
            continue
        msg = check_text(g, s.text, label)
        if msg:
            problems.append(msg)
            continue
        if not args.system_dir:
            want = anchor_of(g)
            if s.dct is not None and canon_value(s.dct) != canon_value(want):
                warnings.append(f"{g.name}: the output's DCT is {s.dct}, the anchor given was {want}")
        if s.notes.get("nested_dropped"):
            warnings.append(f"{g.name}: {s.notes['nested_dropped']} nested system TIMEX3 ignored")
        c, errs = score_doc(g, s)
        add_counts(total, c)
        per_doc.append((g, c))
        all_errors.extend((g, e) for e in errs)
    if problems:
        for p in problems:
            print("score.py: error: " + p, file=sys.stderr)
        print(f"score.py: FAILED: {len(problems)} of {len(golds)} documents could not be scored",
              file=sys.stderr)
        return 2
    for w in warnings:
        print("score.py: warning: " + w, file=sys.stderr)
    m = metrics(total)
    notes = gold_notes(golds)
    if args.json:
        m["per_document"] = [dict(name=g.name, **metrics(c)) for g, c in per_doc]
        m["notes"] = notes
        m["value_comparison"] = "exact" if args.exact_values else "canonical"
        print(json.dumps(m, indent=2, sort_keys=True))
    else:
        print_table(m, per_doc if args.per_doc else [], notes)
        if args.errors:
            print_errors(all_errors, args.errors)
    if args.min_value_f1 is not None:
        want = args.min_value_f1 / 100 if args.min_value_f1 > 1 else args.min_value_f1
        if m["value"]["f1"] + 1e-12 < want:
            print(f"score.py: value F1 {pct(m['value']['f1']).strip()} is under the minimum "
                  f"{pct(want).strip()}", file=sys.stderr)
            return 1
    return 0


def gold_notes(golds):
    notes = []
    nd = sum(g.notes.get("nested_dropped", 0) for g in golds)
    if nd:
        notes.append(f"{nd} nested gold TIMEX inside another ignored (outermost kept; --nested all keeps them)")
    ue = sum(g.notes.get("unknown_entity", 0) for g in golds)
    if ue:
        notes.append(f"{ue} unknown entity references kept as written")
    ed = sum(g.notes.get("empty_dropped", 0) for g in golds)
    if ed:
        notes.append(f"{ed} empty gold TIMEX ignored")
    typed = [t for g in golds if g.fmt == "timex3" for t in g.timexes]
    if typed and all(t.type == "DATE" for t in typed):
        odd = sum(1 for t in typed if type_from_value(t.value) not in (None, "DATE"))
        if odd:
            notes.append(f"every gold TIMEX3 is typed DATE, {odd} of them with a duration or time "
                         "value: gold types look unreliable (--gold-type infer derives them from values)")
    return notes


def pct(x):
    return "  n/a " if x is None else f"{100 * x:6.2f}"


def print_table(m, per_doc, notes):
    print(f"documents {m['documents']}   gold TIMEX {m['gold']}   system TIMEX {m['system']}")
    print(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}   counts")
    s, r, v, t = m["strict"], m["relaxed"], m["value"], m["type"]
    print(f"{'strict':10}{pct(s['precision']):>8}{pct(s['recall']):>8}{pct(s['f1']):>8}"
          f"   {s['matched']} identical spans")
    print(f"{'relaxed':10}{pct(r['precision']):>8}{pct(r['recall']):>8}{pct(r['f1']):>8}"
          f"   {r['matched']} overlapping pairs")
    print(f"{'value':10}{pct(v['precision']):>8}{pct(v['recall']):>8}{pct(v['f1']):>8}"
          f"   accuracy {pct(v['accuracy']).strip()} ({v['correct']} of {v['pairs']} pairs)")
    print(f"{'type':10}{pct(t['precision']):>8}{pct(t['recall']):>8}{pct(t['f1']):>8}"
          f"   accuracy {pct(t['accuracy']).strip()} ({t['correct']} of {t['pairs']} pairs)")
    if v["skipped_gold"]:
        print(f"value: {v['skipped_gold']} gold TIMEX skipped (span only): "
              f"{v['skipped_no_value']} without a value, {v['skipped_unreadable']} with a form "
              "that cannot be compared")
    if t["gold_unknown"]:
        print(f"type: {t['gold_unknown']} gold TIMEX without a known type skipped")
    for n in notes:
        print("note: " + n)
    if per_doc:
        print()
        print(f"{'document':34}{'gold':>6}{'sys':>6}{'strictF':>9}{'relaxF':>9}{'valueF':>9}{'valAcc':>9}")
        for g, c in per_doc:
            dm = metrics(c)
            print(f"{os.path.basename(g.name)[:33]:34}{c['gold']:>6}{c['system']:>6}"
                  f"{pct(dm['strict']['f1']):>9}{pct(dm['relaxed']['f1']):>9}"
                  f"{pct(dm['value']['f1']):>9}{pct(dm['value']['accuracy']):>9}")


def print_errors(errors, limit):
    order = [("missed", "gold TIMEX the tagger did not find"),
             ("spurious", "system TIMEX with no gold TIMEX"),
             ("value", "paired, wrong value"),
             ("span", "paired, different extent"),
             ("type", "paired, wrong type")]
    for kind, title in order:
        items = [(g, e) for g, e in errors if e[0] == kind]
        if not items:
            continue
        print()
        print(f"{kind.upper()}: {len(items)} {title}" +
              (f" (first {limit})" if len(items) > limit else ""))
        for doc, (_, gt, st) in items[:limit]:
            ref = gt or st
            ln, col = line_col(doc.text, ref.start)
            where = f"{os.path.basename(doc.name)}:{ln}:{col}"
            if kind == "missed":
                print(f"  {where}  gold {describe(gt)}  {context(doc.text, gt)}")
            elif kind == "spurious":
                print(f"  {where}  system {describe(st)}  {context(doc.text, st)}")
            elif kind == "span":
                print(f"  {where}  gold [{show(doc.text[gt.start:gt.end])}] system "
                      f"[{show(doc.text[st.start:st.end])}]  {context(doc.text, gt)}")
            elif kind == "value":
                print(f"  {where}  gold {gt.value} system {st.value if st.value is not None else '-'}"
                      f"  (DCT {doc.dct})  {context(doc.text, gt)}")
            else:
                print(f"  {where}  gold {gt.type} system {st.type or '-'} ({gt.value})"
                      f"  {context(doc.text, gt)}")


# ---------------------------------------------------------------- stats and lint

def lint_doc(doc):
    problems = []
    seen_tids = set()
    if not doc.dct or not re.match(r"^\d{4}-\d{2}-\d{2}$", doc.dct.strip()):
        problems.append(f"document date {doc.dct!r} is not YYYY-MM-DD")
    for t in doc.timexes:
        where = f"line {t.line} [{show(doc.text[t.start:t.end])}]"
        tid = t.attrs.get("tid")
        if not tid:
            problems.append(f"{where}: no tid")
        elif tid in seen_tids:
            problems.append(f"{where}: duplicate tid {tid}")
        seen_tids.add(tid)
        span = doc.text[t.start:t.end]
        if span != span.strip():
            problems.append(f"{where}: the span starts or ends with white space")
        if t.vkey is None:
            problems.append(f"{where}: value {t.value!r} is missing or not a TIMEX3 value")
            continue
        if t.type not in ("DATE", "TIME", "DURATION", "SET"):
            problems.append(f"{where}: type {t.type!r}")
            continue
        v = t.vkey
        dur = bool(VALUE_DURATION.match(v))
        if t.type == "DURATION" and not dur:
            problems.append(f"{where}: DURATION with value {v}")
        if t.type in ("DATE", "TIME") and dur:
            problems.append(f"{where}: {t.type} with duration value {v}")
        if t.type == "TIME" and "T" not in v:
            problems.append(f"{where}: TIME without a time part ({v})")
        if t.type == "DATE" and v not in VALUE_REF and "T" in v:
            problems.append(f"{where}: DATE with a time part ({v})")
        if t.type == "SET" and not (dur or "X" in v):
            problems.append(f"{where}: SET with value {v}")
        if t.tag != "TIMEX3":
            problems.append(f"{where}: {t.tag} in a TIMEX3 gold set")
    if doc.notes.get("nested_dropped"):
        problems.append(f"{doc.notes['nested_dropped']} nested TIMEX")
    return problems


def stats_main(args, files):
    golds = [load_gold(p, args) for p in files]
    by_type = {}
    words = 0
    bad = 0
    for g in golds:
        words += len(re.findall(r"\S+", g.text))
        for t in g.timexes:
            by_type[t.type or "?"] = by_type.get(t.type or "?", 0) + 1
    total = sum(by_type.values())
    skipped = sum(1 for g in golds for t in g.timexes if t.vkey is None)
    if args.json:
        print(json.dumps({"documents": len(golds), "words": words, "timex": total,
                          "by_type": by_type, "value_not_comparable": skipped,
                          "notes": gold_notes(golds)}, indent=2, sort_keys=True))
    else:
        print(f"documents {len(golds)}   words {words}   TIMEX {total}   "
              + "   ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
        if skipped:
            print(f"value: {skipped} TIMEX without a comparable value")
        for n in gold_notes(golds):
            print("note: " + n)
        if args.per_doc:
            for g in golds:
                bt = {}
                for t in g.timexes:
                    bt[t.type or "?"] = bt.get(t.type or "?", 0) + 1
                print(f"  {os.path.basename(g.name):36} DCT {g.dct}  words "
                      f"{len(re.findall(chr(92) + 'S+', g.text)):4}  TIMEX {len(g.timexes):3}  "
                      + " ".join(f"{k} {v}" for k, v in sorted(bt.items())))
    if args.lint:
        for g in golds:
            for p in lint_doc(g):
                bad += 1
                print(f"LINT {g.name}: {p}")
        print(f"lint: {bad} problems in {len(golds)} documents")
        return 1 if bad else 0
    return 0


# ---------------------------------------------------------------- self-test

class Checker:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok


FAKE_TAGGER = r'''#!/usr/bin/python3
import os, sys
a = sys.argv[1:]
if len(a) != 6 or a[:4] != ["extract", "--format", "timeml", "--anchor"]:
    sys.stderr.write("fake evgraph: unexpected arguments %r\n" % (a,))
    sys.exit(2)
with open(a[5], encoding="utf-8", newline="") as f:
    text = f.read()
with open(os.environ["FAKE_EXPECT_TEXT"], encoding="utf-8", newline="") as f:
    if f.read() != text:
        sys.stderr.write("fake evgraph: the input text is not the gold text\n")
        sys.exit(3)
if a[4] != os.environ["FAKE_EXPECT_ANCHOR"]:
    sys.stderr.write("fake evgraph: anchor %s\n" % a[4])
    sys.exit(4)
with open(os.environ["FAKE_OUTPUT"], "rb") as f:
    sys.stdout.buffer.write(f.read())
'''


def clone(t, **kw):
    n = Timex(t.start, t.end, t.tag, dict(t.attrs), t.line)
    n.value, n.vkey, n.type = t.value, t.vkey, t.type
    for k, v in kw.items():
        setattr(n, k, v)
    return n


def doc_from_tml(s, name="t"):
    return parse_doc(s, name)


def unit_tests(ck):
    # offsets, entities, other tags, CDATA, comments and line ends
    src = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-03">x</TIMEX3></DCT>\r\n'
           '<TEXT>AT&amp;T &#233;<EVENT eid="e1">said</EVENT> on <TIMEX3 tid="t1" type="DATE" '
           'value="2025-01-27">Monday</TIMEX3><!-- c -->,\r\n<![CDATA[<x>]]> '
           '<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3></TEXT></TimeML>')
    d = doc_from_tml(src)
    want_text = "AT&T \u00e9said on Monday,\n<x> three days"
    ck.check("unit.text-recovered", d.text == want_text, repr(d.text))
    spans = [(d.text[t.start:t.end], t.start, t.type, t.value) for t in d.timexes]
    ck.check("unit.offsets", spans == [("Monday", 14, "DATE", "2025-01-27"),
                                       ("three days", 26, "DURATION", "P3D")], spans)
    ck.check("unit.dct", d.dct == "2025-02-03", d.dct)
    # TIMEX2: nesting, DATETIME, inferred types, val-less
    src2 = ('<DOC><DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19</TIMEX2> </DATETIME>'
            '<TEXT>For <TIMEX2 val="P10M">the first ten months of <TIMEX2 val="1915">1915</TIMEX2>'
            '</TIMEX2> and <TIMEX2 val="P1D" set="YES">each day</TIMEX2> and <TIMEX2>a time</TIMEX2>'
            ' at <TIMEX2 val="1918-08-XXTNI">night</TIMEX2></TEXT></DOC>')
    d2 = parse_doc(src2, "t2")
    got = [(d2.text[t.start:t.end], t.type, t.vkey) for t in d2.timexes]
    ck.check("unit.timex2-outermost", got == [("the first ten months of 1915", "DURATION", "P10M"),
                                              ("each day", "SET", "P1D"), ("a time", None, None),
                                              ("night", "TIME", "1918-08-XXTNI")], got)
    ck.check("unit.timex2-nested-count", d2.notes.get("nested_dropped") == 1, d2.notes)
    ck.check("unit.timex2-dct", anchor_of(d2) == "2009-12-19", d2.dct)
    d2all = parse_doc(src2, "t2", nested="all")
    ck.check("unit.timex2-nested-all", len(d2all.timexes) == 5, len(d2all.timexes))
    # values
    cases = [("199X", "199"), ("19XX", "19"), ("-0489", "BC0490"), ("BC0490", "BC0490"),
             ("2025-01-27T14:30:00", "2025-01-27T14:30"), ("2025-w05", "2025-W05"),
             ("null", None), ("", None), (None, None), ("P1DE", "P1DE"), ("PXY", "PXY"),
             ("2025-H2", "2025-H2"), ("2025-SU", "2025-SU"), ("2025-W05-WE", "2025-W05-WE"),
             ("XXXX-WXX-1", "XXXX-WXX-1"), ("P.5CE", "P.5CE"), ("PT1H30M", "PT1H30M"),
             ("PAST_REF", "PAST_REF"), ("sometime", None), ("P", None), ("P1DT", None)]
    bad = [(v, canon_value(v), w) for v, w in cases if canon_value(v) != w]
    ck.check("unit.value-canonical", not bad, bad)
    ck.check("unit.value-exact", canon_value("199X", exact=True) == "199X")
    # one-to-one relaxed pairing and the maximum matching
    g = doc_from_tml('<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="2025">aa</TIMEX3> '
                     '<TIMEX3 tid="t2" type="DATE" value="2024">bb</TIMEX3> cc</TEXT></TimeML>')
    s = doc_from_tml('<TimeML><TEXT><TIMEX3 tid="t1" type="DATE" value="2025">aa b</TIMEX3>b'
                     ' <TIMEX3 tid="t2" type="DATE" value="X">cc</TIMEX3></TEXT></TimeML>')
    c, errs = score_doc(g, s)
    ck.check("unit.one-to-one", (c["strict"], c["relaxed"], c["value_correct"]) == (0, 1, 1), c)
    kinds = sorted(e[0] for e in errs)
    ck.check("unit.error-kinds", kinds == ["missed", "span", "spurious"], kinds)
    # greedy would pair gold 0 with the long system span; the matching re-pairs
    G = [Timex(0, 10, "TIMEX3", {}, 1), Timex(12, 14, "TIMEX3", {}, 1)]
    S = [Timex(0, 3, "TIMEX3", {}, 1), Timex(2, 13, "TIMEX3", {}, 1)]
    pairs = pair_relaxed(G, S)
    ck.check("unit.maximum-matching", len(pairs) == 2, pairs)
    G = [Timex(0, 4, "TIMEX3", {}, 1)]
    S = [Timex(0, 2, "TIMEX3", {}, 1), Timex(0, 4, "TIMEX3", {}, 1)]
    ck.check("unit.identical-first", pair_relaxed(G, S) == [(0, 1)], pair_relaxed(G, S))
    # metric formulas on known counts
    c = dict.fromkeys(COUNT_KEYS, 0)
    c.update(docs=1, gold=10, system=8, strict=6, relaxed=8, value_gold=10, value_system=8,
             value_correct=4, value_pairs=8)
    m = metrics(c)
    ok = (abs(m["strict"]["precision"] - 0.75) < 1e-12 and abs(m["strict"]["recall"] - 0.6) < 1e-12
          and abs(m["relaxed"]["f1"] - 16 / 18) < 1e-12 and abs(m["value"]["accuracy"] - 0.5) < 1e-12
          and abs(m["value"]["f1"] - m["relaxed"]["f1"] * 0.5) < 1e-12)
    ck.check("unit.metric-formulas", ok, m)
    # the text check names the first differing offset
    gd = doc_from_tml("<TimeML><TEXT>abc&amp;def</TEXT></TimeML>")
    msg = check_text(gd, "abc&dXf", "x")
    ck.check("unit.text-diff-offset", msg is not None and "offset 5 " in msg, msg)
    ck.check("unit.text-diff-short", "offset 7 " in (check_text(gd, "abc&def!", "x") or ""))
    ck.check("unit.text-same", check_text(gd, "abc&def", "x") is None)
    # malformed input is refused with a position
    for bad_src, what in (("<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>", "unclosed-timex"),
                          ("<TimeML><TEXT>a</TimeML>", "unclosed-text"),
                          ("<TimeML>a</TimeML>", "no-text")):
        try:
            doc_from_tml(bad_src)
            ck.check(f"unit.refuses-{what}", False, "accepted")
        except GoldError:
            ck.check(f"unit.refuses-{what}", True)


def self_test_file(ck, path, args, work, fake):
    name = os.path.basename(path)
    try:
        g = load_gold(path, args)
    except GoldError as e:
        ck.check(f"{name}.read", False, str(e))
        return
    n = len(g.timexes)
    k = sum(1 for t in g.timexes if t.vkey is not None)
    tk = sum(1 for t in g.timexes if t.type is not None)
    ck.check(f"{name}.read", True)
    try:
        anchor_of(g)
    except GoldError as e:
        print(f"NOTE {e}: the self-test uses 2000-01-01")
        g.dct = "2000-01-01"
    ck.check(f"{name}.spans-in-text",
             all(0 <= t.start < t.end <= len(g.text) for t in g.timexes))

    # identity, through the TimeML writer and reader
    out = write_timeml(g.text, g.timexes, g.dct)
    s = parse_doc(out, name + "(copy)", args.nested, "attr", args.exact_values)
    ck.check(f"{name}.round-trip-text", check_text(g, s.text, name) is None,
             check_text(g, s.text, name))
    same = [(t.start, t.end, t.vkey, t.type) for t in g.timexes] == \
        [(t.start, t.end, t.vkey, t.type) for t in s.timexes]
    ck.check(f"{name}.round-trip-spans", same)
    c, errs = score_doc(g, s)
    m = metrics(c)
    perfect = (c["strict"] == c["relaxed"] == n == c["system"] and c["value_correct"] == k
               and c["value_pairs"] == k and c["type_correct"] == tk and not errs
               and m["strict"]["f1"] == m["relaxed"]["f1"] == m["value"]["f1"] == 1.0)
    ck.check(f"{name}.identity-100% ({n} TIMEX, {k} with values)", perfect,
             json.dumps(m["strict"]) + json.dumps(m["value"]))

    # the perturbed copy: drop one, shift one, change one value
    if n < 3 or k < 1:
        print(f"SKIP {name}.perturbed: needs 3 TIMEX and one value ({n}, {k})")
        return
    iv = next(i for i, t in enumerate(g.timexes) if t.vkey is not None)
    idrop = next(i for i in range(n - 1, -1, -1) if i != iv)
    def alone(i):   # two characters or more, and no other span touches it
        t = g.timexes[i]
        return t.end - t.start >= 2 and not any(
            j != i and u.start < t.end and t.start < u.end for j, u in enumerate(g.timexes))
    order = list(range(n // 2, n)) + list(range(n // 2))
    ishift = next((i for i in order if i not in (iv, idrop) and alone(i)), None)
    if ishift is None:
        print(f"SKIP {name}.perturbed: no TIMEX of two characters to shift")
        return
    new_value = "0001-01-01" if g.timexes[iv].vkey != "0001-01-01" else "0002"
    pert = []
    for i, t in enumerate(g.timexes):
        if i == idrop:
            continue
        if i == ishift:
            pert.append(clone(t, end=t.end - 1))
        elif i == iv:
            pert.append(clone(t, value=new_value))
        else:
            pert.append(clone(t))
    out = write_timeml(g.text, pert, anchor_of(g))
    outfile = os.path.join(work, "out.tml")
    textfile = os.path.join(work, "expect.txt")
    with open(outfile, "w", encoding="utf-8") as f:
        f.write(out)
    with open(textfile, "w", encoding="utf-8", newline="") as f:
        f.write(g.text)
    os.environ.update(FAKE_OUTPUT=outfile, FAKE_EXPECT_TEXT=textfile,
                      FAKE_EXPECT_ANCHOR=anchor_of(g))
    try:
        got, _ = run_tagger(fake, g, work, 60)
    except TaggerError as e:
        ck.check(f"{name}.perturbed-run", False, str(e))
        return
    s = parse_doc(got, name + "(perturbed)", args.nested, "attr", args.exact_values)
    ck.check(f"{name}.perturbed-run", check_text(g, s.text, name) is None)
    c, errs = score_doc(g, s)
    dc = 1 if g.timexes[idrop].vkey is not None else 0
    dt = 1 if g.timexes[idrop].type is not None else 0
    want = {"gold": n, "system": n - 1, "strict": n - 2, "relaxed": n - 1,
            "value_gold": k, "value_system": k - dc, "value_correct": k - dc - 1,
            "value_pairs": k - dc, "type_pairs": tk - dt, "type_correct": tk - dt}
    got_c = {key: c[key] for key in want}
    ck.check(f"{name}.perturbed-counts", got_c == want, f"got {got_c}, want {want}")
    m = metrics(c)
    exp = {"strict": ((n - 2) / (n - 1), (n - 2) / n),
           "relaxed": (1.0, (n - 1) / n),
           "value": ((k - dc - 1) / (k - dc), (k - dc - 1) / k)}
    bad = []
    for key, (p, r) in exp.items():
        f = 2 * p * r / (p + r) if p + r else 0.0
        mm = m[key]
        if max(abs(mm["precision"] - p), abs(mm["recall"] - r), abs(mm["f1"] - f)) > 1e-12:
            bad.append((key, mm["precision"], mm["recall"], mm["f1"], p, r, f))
    acc = m["value"]["accuracy"]
    if abs(acc - (k - dc - 1) / (k - dc)) > 1e-12:
        bad.append(("value accuracy", acc))
    ck.check(f"{name}.perturbed-metrics (strict P {pct(exp['strict'][0]).strip()} "
             f"R {pct(exp['strict'][1]).strip()}, relaxed R {pct(exp['relaxed'][1]).strip()}, "
             f"value F1 {pct(m['value']['f1']).strip()})", not bad, bad)
    kinds = sorted(e[0] for e in errs)
    ck.check(f"{name}.perturbed-errors", kinds == ["missed", "span", "value"], kinds)

    # a tagger that changes one character is refused at that offset
    off = g.timexes[iv].start
    bad_text = g.text[:off] + ("#" if g.text[off] != "#" else "%") + g.text[off + 1:]
    msg = check_text(g, parse_doc(write_timeml(bad_text, [], None), "x").text, name)
    ck.check(f"{name}.text-change-detected", msg is not None and f"offset {off} " in msg, msg)
    # and one that fails is reported
    os.environ["FAKE_EXPECT_ANCHOR"] = "not-the-anchor"
    try:
        run_tagger(fake, g, work, 60)
        ck.check(f"{name}.tagger-failure-detected", False, "no error")
    except TaggerError as e:
        ck.check(f"{name}.tagger-failure-detected", "exited with 4" in str(e), str(e))


def self_test_main(args, files):
    ck = Checker()
    unit_tests(ck)
    with tempfile.TemporaryDirectory(prefix="timex-selftest-") as work:
        fake = os.path.join(work, "fake-evgraph")
        with open(fake, "w") as f:
            f.write(FAKE_TAGGER)
        os.chmod(fake, 0o755)
        for p in files:
            self_test_file(ck, p, args, work, fake)
    print(f"{ck.passed} passed, {ck.failed} failed")
    return 1 if ck.failed else 0


# ---------------------------------------------------------------- main

def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(
        prog="score.py", description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="See the module docstring (head of score.py) for the metric definitions.")
    ap.add_argument("gold", nargs="*", help="gold files or folders (default: news/ beside this script)")
    ap.add_argument("--evgraph", default="./evgraph", help="the tagger (default ./evgraph)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N mismatches of each kind with context")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--per-doc", action="store_true", help="a row per document")
    ap.add_argument("--min-value-f1", type=float, metavar="X",
                    help="exit 1 when value F1 < X (0..1, or a percentage over 1)")
    ap.add_argument("--gold-type", choices=("attr", "infer"), default="attr",
                    help="gold TIMEX3 types from the type attribute (default) or inferred "
                         "from the value (TIMEX2 types are always inferred)")
    ap.add_argument("--nested", choices=("outer", "all"), default="outer",
                    help="nested TIMEX: keep the outermost only (default) or all")
    ap.add_argument("--exact-values", action="store_true",
                    help="compare values as written (no canonicalisation)")
    ap.add_argument("--dct", metavar="YYYY-MM-DD", help="override every document's date")
    ap.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                    help="skip gold files whose name matches (e.g. 'heldout-*')")
    ap.add_argument("--system-dir", metavar="DIR",
                    help="score saved outputs DIR/NAME.tml instead of running the tagger")
    ap.add_argument("--save-system", metavar="DIR", help="also save the tagger's outputs in DIR")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                    help="taggers run at once (default: the number of cores)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per document (120)")
    ap.add_argument("--self-test", action="store_true",
                    help="test the scorer on the gold files; PASS/FAIL lines")
    ap.add_argument("--stats", action="store_true", help="count the gold TIMEX only")
    ap.add_argument("--lint", action="store_true",
                    help="with --stats: check the gold annotation (tids, values, types)")
    args = ap.parse_args(argv)
    if args.errors < 0:
        ap.error("--errors takes N >= 0")
    paths = args.gold or [os.path.join(here, "news")]
    try:
        files = gold_files(paths, args.exclude)
        if args.self_test:
            return self_test_main(args, files)
        if args.stats or args.lint:
            return stats_main(args, files)
        return score_main(args, files)
    except GoldError as e:
        print(f"score.py: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
