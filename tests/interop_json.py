"""The JSON output (-t json, node-link) as NetworkX reads it, against the
GraphML of the same input.

Usage: /usr/bin/python3 tests/interop_json.py DIR NAME...   (DIR holds
NAME.json and NAME.graphml).  Prints PASS/FAIL lines.

Debian 12's NetworkX 2.8 loads the file with its defaults,
node_link_graph(json.load(f)); every warning is an error.  Each node, edge
and graph attribute must equal GraphML's, with its JSON type: integers,
booleans, and lists where GraphML has comma-joined text.
"""
import json
import sys
import warnings

import networkx as nx

warnings.simplefilter("error")

out, names = sys.argv[1], sys.argv[2:]
failures = 0

INTEGERS = {"year", "rank", "line", "column"}
BOOLEANS = {"approximate", "uncertain"}
LISTS = {"actors", "tags"}  # comma-joined text in GraphML


def check(name, condition, detail=""):
    global failures
    if condition:
        print(f"PASS {name}")
    else:
        failures += 1
        print(f"FAIL {name}: {str(detail)[:400]}")


def type_ok(key, value):
    if key in INTEGERS:
        return type(value) is int
    if key in BOOLEANS:
        return type(value) is bool
    if key in LISTS:
        return type(value) is list and all(type(v) is str and v for v in value)
    return type(value) is str and value != ""


def as_graphml(key, value):
    """The JSON value as GraphML writes it (an empty list: "")."""
    return ", ".join(value) if key in LISTS else value


def compare(what, json_attrs, graphml_attrs):
    """Problems between one element's attributes in the two files."""
    problems = []
    # GraphML writes an empty list as "", which NetworkX drops
    graphml_attrs = dict(graphml_attrs)
    for key in LISTS & set(json_attrs):
        graphml_attrs.setdefault(key, "")
    for key, value in json_attrs.items():
        if not type_ok(key, value):
            problems.append(f"{key}={value!r} has the wrong type")
    if set(json_attrs) != set(graphml_attrs):
        problems.append(f"keys {sorted(set(json_attrs) ^ set(graphml_attrs))} in one file only")
    for key in set(json_attrs) & set(graphml_attrs):
        if as_graphml(key, json_attrs[key]) != graphml_attrs[key]:
            problems.append(f"{key}: {json_attrs[key]!r} vs {graphml_attrs[key]!r}")
    return [f"{what}: {p}" for p in problems]


for name in names:
    with open(f"{out}/{name}.json", encoding="utf-8") as f:
        data = json.load(f)
    try:
        g = nx.node_link_graph(data)
    except Exception as error:  # a warning turned error, or a bad shape
        check(f"json.{name}.loads", False, repr(error))
        continue
    check(f"json.{name}.loads", True)
    h = nx.read_graphml(f"{out}/{name}.graphml")
    check(f"json.{name}.directed-multigraph", g.is_directed() and g.is_multigraph(),
          type(g).__name__)
    check(f"json.{name}.node-count", g.number_of_nodes() == h.number_of_nodes(),
          (g.number_of_nodes(), h.number_of_nodes()))
    check(f"json.{name}.edge-count", g.number_of_edges() == h.number_of_edges(),
          (g.number_of_edges(), h.number_of_edges()))
    graphml_graph = {k: v for k, v in h.graph.items() if k not in ("node_default", "edge_default")}
    check(f"json.{name}.graph", g.graph == graphml_graph, (g.graph, graphml_graph))
    # the node order is GraphML's (chronological, then the actors)
    check(f"json.{name}.node-order", list(g.nodes) == list(h.nodes))

    problems = []
    for node, attrs in g.nodes(data=True):
        if node not in h.nodes:
            problems.append(f"{node}: not in the GraphML")
            continue
        problems += compare(node, attrs, h.nodes[node])
    check(f"json.{name}.node-attributes", not problems, problems[:5])

    # edges by key: the same source, target and attributes
    # (read_graphml makes a MultiDiGraph only when it sees parallel edges;
    # otherwise the edge id is an "id" attribute)
    if h.is_multigraph():
        graphml_edges = {k: (u, v, d) for u, v, k, d in h.edges(keys=True, data=True)}
    else:
        graphml_edges = {d["id"]: (u, v, {a: x for a, x in d.items() if a != "id"})
                         for u, v, d in h.edges(data=True)}
    problems = []
    for u, v, k, attrs in g.edges(keys=True, data=True):
        if k not in graphml_edges:
            problems.append(f"{k}: not in the GraphML")
            continue
        hu, hv, hattrs = graphml_edges[k]
        if (u, v) != (hu, hv):
            problems.append(f"{k}: {u}->{v} vs {hu}->{hv}")
        problems += compare(k, attrs, hattrs)
    check(f"json.{name}.edge-attributes", not problems, problems[:5])
    check(f"json.{name}.edge-keys", len({k for _, _, k in g.edges(keys=True)}) == g.number_of_edges())

    events = [a for _, a in g.nodes(data=True) if a["kind"] == "event"]
    actors = [a for _, a in g.nodes(data=True) if a["kind"] == "actor"]
    # every event has every field that is not optional; absent ones are absent
    always = {"kind", "label", "date", "date_label", "precision", "year", "approximate",
              "uncertain", "rank", "actors", "tags", "file", "line", "column"}
    check(f"json.{name}.event-fields", all(always <= set(a) for a in events),
          [sorted(always - set(a)) for a in events if not always <= set(a)][:3])
    check(f"json.{name}.actor-fields",
          all(set(a) == {"kind", "label", "actor_kind", "file", "line", "column"} for a in actors),
          [sorted(a) for a in actors][:3])
    check(f"json.{name}.no-empty-strings",
          all(v != "" for a in events + actors for v in a.values()))

# The article: parallel edges (a relation and the next chain between one
# pair) stay apart, as the multigraph keeps them.
if "deepseek-2025" in names:
    with open(f"{out}/deepseek-2025.json", encoding="utf-8") as f:
        g = nx.node_link_graph(json.load(f))
    parallel = [(u, v) for u, v in set(g.edges()) if g.number_of_edges(u, v) > 1]
    check("json.deepseek-2025.parallel-edges", parallel, "no pair with two edges")
    d = g.nodes["nvidia-market-value-drop"]
    check("json.deepseek-2025.typed-values",
          d["year"] == 2025 and d["approximate"] is False and d["date"] == "2025-01-27"
          and isinstance(d["actors"], list), d)
    check("json.deepseek-2025.cjk",
          any("梁文锋" in a["label"] for _, a in g.nodes(data=True)))

sys.exit(1 if failures else 0)
