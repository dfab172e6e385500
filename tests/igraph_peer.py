#!/usr/bin/python3
"""The python-igraph peer of the benchmark (tests/bench.sh).

Usage: /usr/bin/python3 tests/igraph_peer.py EVENTS OUT.graphml

Reads an events file written by tests/gen_events.py, builds the graph that
`evgraph render -t graphml` writes (the same nodes in the same order: events,
then actors; the same edges: relations in file order, then `involves`, then
the `next` chain; the same attribute names, provenance included) with
python-igraph, and writes it as GraphML.  Prints "READ BUILD WRITE" seconds.

What it does not do, so that it is no measure of correctness: it reads
the generated format with a plain line reader (no escapes, no errors, no
ids checked), and it does no date arithmetic.  The date fields hold the
date as written (date, date_label, date_iso, start and end alike), year is
its first four digits (X as 0; a relative date takes the year before it,
the generated file being in date order), precision is "day", and the `next` chain and rank
follow that year and then file order.  The peer so writes the same number
of values of about the same size as evgraph, and skips its calendar work.
"""
import re
import sys
import time

import igraph

RELATIONS = ("causes", "responds-to", "precedes", "part-of")
EVENT_KEYS = ("label", "date", "date_label", "date_written", "date_iso",
              "start", "end", "precision", "year", "approximate",
              "uncertain", "rank", "actors", "tags", "description", "quote",
              "source")
YEAR = re.compile(r"\d{4}")


def read(path):
    """Returns (events, actors): lists of dicts, in file order."""
    events, actors = [], []
    current = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("event "):
                current = {"id": line[6:], "line": number, "refs": []}
                events.append(current)
            elif line.startswith("actor "):
                current = {"id": line[6:], "line": number}
                actors.append(current)
            elif line.startswith("  ") and current is not None:
                key, _, value = line[2:].partition(": ")
                if key in RELATIONS or key == "actors":
                    start = len(key) + 4  # the two spaces and ": "
                    for target in value.split(", "):
                        current["refs"].append(
                            (key, target, number, start + 1))
                        start += len(target) + 2
                    if key == "actors":
                        current["actors"] = value
                else:
                    current[key] = value
            elif not line:
                current = None
    return events, actors


def build(path, events, actors):
    ids = [e["id"] for e in events] + [a["id"] for a in actors]
    index = {node_id: i for i, node_id in enumerate(ids)}
    edges, relation, lines, columns = [], [], [], []
    involves = []
    for i, e in enumerate(events):
        for key, target, line, column in e["refs"]:
            if key == "actors":
                involves.append((i, index[target]))
            else:
                edges.append((i, index[target]))
                relation.append(key)
                lines.append(line)
                columns.append(column)
    for i, target in involves:
        edges.append((i, target))
        relation.append("involves")
        lines.append(events[i]["line"])
        columns.append(1)
    years, year = [], 0
    for e in events:
        date = e["date"]
        if not date.startswith(("@", "anchor")):  # relative: the last year
            year = int(YEAR.search(date.replace("X", "0")).group())
        years.append(year)
    order = sorted(range(len(events)), key=lambda i: (years[i], i))
    for a, b in zip(order, order[1:]):
        edges.append((a, b))
        relation.append("next")
        lines.append(events[a]["line"])
        columns.append(1)
    rank = [0] * len(events)
    for r, i in enumerate(order):
        rank[i] = r

    g = igraph.Graph(n=len(ids), edges=edges, directed=True)
    g.vs["id"] = ids
    g.vs["kind"] = ["event"] * len(events) + ["actor"] * len(actors)
    for key in EVENT_KEYS:
        if key == "label":
            column = [e["label"] for e in events] + [a["name"] for a in actors]
        elif key in ("date", "date_label", "date_iso", "start", "end"):
            column = [e["date"] for e in events] + [""] * len(actors)
        elif key == "date_written":
            column = [e["date"] if e["date"][0] in "@a" else "" for e in events]
            column += [""] * len(actors)
        elif key == "precision":
            column = ["day"] * len(events) + [""] * len(actors)
        elif key == "year":
            column = years + [0] * len(actors)
        elif key in ("approximate", "uncertain"):
            mark = "~" if key == "approximate" else "?"
            column = [mark in e["date"] for e in events] + [False] * len(actors)
        elif key == "rank":
            column = rank + [0] * len(actors)
        else:
            column = [e.get(key, "") for e in events] + [""] * len(actors)
        g.vs[key] = column
    g.vs["actor_kind"] = [""] * len(events) + [a["kind"] for a in actors]
    g.vs["file"] = [path] * len(ids)
    g.vs["line"] = [e["line"] for e in events] + [a["line"] for a in actors]
    g.vs["column"] = [1] * len(ids)
    g.es["relation"] = relation
    g.es["file"] = [path] * len(edges)
    g.es["line"] = lines
    g.es["column"] = columns
    return g


def main():
    path, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    events, actors = read(path)
    read_done = time.perf_counter()
    g = build(path, events, actors)
    built = time.perf_counter()
    g.write_graphml(out)
    done = time.perf_counter()
    print("%.3f %.3f %.3f %d %d" % (read_done - start, built - read_done,
                                    done - built, g.vcount(), g.ecount()))


main()
