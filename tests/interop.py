"""Loads evgraph's outputs the way analysts and other tools do.

Usage: python3 tests/interop.py DIR   (DIR holds NAME.graphml/.gexf/.svg/.dot
rendered by tests/interop.sh).  Prints PASS/FAIL lines.
"""
import math
import re
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

out = sys.argv[1]
failures = 0
# A loader warning is a failure: users see them as data being dropped.
warnings.simplefilter("error")


def check(name, condition, detail=""):
    global failures
    if condition:
        print(f"PASS {name}")
    else:
        failures += 1
        print(f"FAIL {name}: {detail}")


def events_in(path):
    with open(path, encoding="utf-8") as f:
        return [m.group(1) for m in re.finditer(r"^event (\S+)", f.read(), re.M)]


# ---- the article's graph in NetworkX ----
name = "deepseek-2025"
g = nx.read_graphml(f"{out}/{name}.graphml")
ids = events_in(f"data/{name}.events")
events = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "event"}
actors = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "actor"}
check("networkx.events", sorted(events) == sorted(ids), f"{len(events)} vs {len(ids)}")
check("networkx.at-least-25-events", len(events) >= 25, len(events))
check("networkx.actors", len(actors) >= 15, len(actors))
check("networkx.graph-title", bool(g.graph.get("title")), g.graph)
check("networkx.graph-anchor", g.graph.get("anchor") == "2025-02-03", g.graph)

headline = {
    "us-ban-chinese-telecom-2018": ("2018-04", "2018-04-01", "2018-04-30"),
    "deepseek-v3-release": ("2024-12", "2024-12-01", "2024-12-31"),
    "deepseek-r1-release": ("2025-01-20", "2025-01-20", "2025-01-20"),
    "export-rules-jan-2025": ("2025-01-13", "2025-01-13", "2025-01-13"),
    "nvidia-market-value-drop": ("2025-01-27", "2025-01-27", "2025-01-27"),
    "alibaba-model-release": ("2025-01-29", "2025-01-29", "2025-01-29"),
    "trump-inauguration": ("2025-01-20", "2025-01-20", "2025-01-20"),
}
for event, (date, start, end) in headline.items():
    d = events.get(event, {})
    check(f"networkx.date.{event}", (d.get("date"), d.get("start"), d.get("end")) == (date, start, end),
          (d.get("date"), d.get("start"), d.get("end")))
check("networkx.relative-kept",
      events["export-rules-jan-2025"].get("date_written") == "@trump-inauguration - 7 days",
      events["export-rules-jan-2025"])

d = events["nvidia-market-value-drop"]
check("networkx.type.year", isinstance(d["year"], int) and d["year"] == 2025, repr(d.get("year")))
check("networkx.type.rank", isinstance(d["rank"], int), repr(d.get("rank")))
check("networkx.type.line", isinstance(d["line"], int) and d["line"] > 0, repr(d.get("line")))
check("networkx.type.bool", d["approximate"] is False and d["uncertain"] is False,
      (d.get("approximate"), d.get("uncertain")))
check("networkx.label", "Nvidia" in d["label"], d["label"])
check("networkx.precision", d["precision"] == "day", d["precision"])
check("networkx.utf8", any("梁文锋" in a.get("label", "") for a in actors.values()),
      [a.get("label") for a in actors.values()])

relations = {(u, v, d["relation"]) for u, v, d in g.edges(data=True)}
check("networkx.causes-edge",
      ("deepseek-r1-release", "nvidia-market-value-drop", "causes") in relations
      or ("deepseek-r1-release", "tech-selloff", "causes") in relations, "R1 causes the sell-off")
kinds = {d["relation"] for _, _, d in g.edges(data=True)}
for kind in ("causes", "responds-to", "precedes", "part-of", "involves", "next"):
    check(f"networkx.relation.{kind}", kind in kinds, kinds)
nexts = [(u, v) for u, v, d in g.edges(data=True) if d["relation"] == "next"]
check("networkx.next-chain", len(nexts) == len(events) - 1, len(nexts))
ranks = sorted(d["rank"] for d in events.values())
check("networkx.ranks", ranks == list(range(len(events))), ranks[:5])
# the next chain follows the ranks
by_rank = {d["rank"]: n for n, d in events.items()}
check("networkx.next-follows-rank",
      all(events[v]["rank"] == events[u]["rank"] + 1 for u, v in nexts))
starts = [events[by_rank[r]].get("start") or events[by_rank[r]].get("end") for r in range(len(events))]
check("networkx.chronological", starts == sorted(starts), starts)

# ---- the same file in igraph ----
ig = igraph.Graph.Read_GraphML(f"{out}/{name}.graphml")
check("igraph.vertices", ig.vcount() == len(g.nodes), (ig.vcount(), len(g.nodes)))
check("igraph.edges", ig.ecount() == len(g.edges), (ig.ecount(), len(g.edges)))
v = ig.vs.find(id="nvidia-market-value-drop")
check("igraph.label", "Nvidia" in v["label"], v["label"])
check("igraph.date", v["date"] == "2025-01-27", v["date"])
check("igraph.year-numeric", isinstance(v["year"], (int, float)) and v["year"] == 2025, repr(v["year"]))
check("igraph.bool", v["approximate"] is False, repr(v["approximate"]))
actor = ig.vs.find(id="nvidia")
check("igraph.actor-kind", actor["kind"] == "actor" and actor["actor_kind"] == "company", actor.attributes())
check("igraph.missing-int", actor["year"] is None or math.isnan(actor["year"]), repr(actor["year"]))
edge_relations = set(ig.es["relation"])
check("igraph.relations", {"causes", "next", "involves"} <= edge_relations, edge_relations)
check("igraph.directed", ig.is_directed())
check("igraph.graph-title", ig["title"] == g.graph["title"], ig.attributes())

# ---- provenance on every node and edge, typed, in both readers ----
for u, v, d in g.edges(data=True):
    if not (isinstance(d.get("line"), int) and isinstance(d.get("column"), int) and d.get("file")):
        check("networkx.edge-provenance", False, (u, v, d))
        break
else:
    check("networkx.edge-provenance", True)
check("networkx.node-provenance",
      all(isinstance(d.get("line"), int) and d.get("file") for _, d in g.nodes(data=True)))
check("igraph.edge-provenance",
      all(e["file"] and e["line"] >= 1 and e["column"] >= 1 for e in ig.es),
      ig.es[0].attributes())
check("igraph.node-provenance", all(v["file"] and v["line"] >= 1 for v in ig.vs))
documented = {"kind", "label", "date", "date_label", "date_written", "start", "end", "precision",
              "year", "approximate", "uncertain", "rank", "actors", "tags", "description",
              "quote", "source", "actor_kind", "file", "line", "column"}
check("igraph.node-attributes", documented <= set(ig.vs.attributes()),
      documented - set(ig.vs.attributes()))
check("igraph.edge-attributes", {"relation", "file", "line", "column"} <= set(ig.es.attributes()),
      ig.es.attributes())

# ---- a generated 10,000-event graph loads whole, without a warning ----
big_nx = nx.read_graphml(f"{out}/gen-10000.graphml")
big_ig = igraph.Graph.Read_GraphML(f"{out}/gen-10000.graphml")
big_events = [n for n, d in big_nx.nodes(data=True) if d["kind"] == "event"]
check("networkx.big.events", len(big_events) == 10000, len(big_events))
check("networkx.big.edges-typed",
      all(isinstance(d["line"], int) for _, _, d in big_nx.edges(data=True)))
check("igraph.big.same-graph",
      (big_ig.vcount(), big_ig.ecount()) == (big_nx.number_of_nodes(), big_nx.number_of_edges()),
      ((big_ig.vcount(), big_ig.ecount()), (big_nx.number_of_nodes(), big_nx.number_of_edges())))
check("igraph.big.edge-provenance", all(line >= 1 for line in big_ig.es["line"]))

# ---- every date form survives the trip (NetworkX) ----
dates = nx.read_graphml(f"{out}/dates.graphml")
want = {  # date (EDTF), date_iso (events-file spelling), start, end, precision
    "day": ("2025-01-27", "2025-01-27", "2025-01-27", "2025-01-27", "day"),
    "week": ("2025-01-27/2025-02-02", "2025-W05", "2025-01-27", "2025-02-02", "week"),
    "week-year-end": ("2020-12-28/2021-01-03", "2020-W53", "2020-12-28", "2021-01-03", "week"),
    "quarter": ("2025-33", "2025-Q1", "2025-01-01", "2025-03-31", "quarter"),
    "quarter-edtf": ("2025-34", "2025-Q2", "2025-04-01", "2025-06-30", "quarter"),
    "half": ("2025-41", "2025-H2", "2025-07-01", "2025-12-31", "half"),
    "decade": ("199X", "199X", "1990-01-01", "1999-12-31", "decade"),
    "century": ("19XX", "19XX", "1900-01-01", "1999-12-31", "century"),
    "range": ("2021/2024", "2021/2024", "2021-01-01", "2024-12-31", "year"),
    "on-or-before": ("../2025-01-13", "../2025-01-13", None, "2025-01-13", "day"),
    "on-or-after": ("2025-01-13/..", "2025-01-13/..", "2025-01-13", None, "day"),
    "circa": ("2018~", "2018~", "2018-01-01", "2018-12-31", "year"),
    "bce": ("-0500", "-0500", "-0500-01-01", "-0500-12-31", "year"),
    "bce-word": ("-0043", "-0043", "-0043-01-01", "-0043-12-31", "year"),
    "leap": ("2024-02-29", "2024-02-29", "2024-02-29", "2024-02-29", "day"),
    "anchor-month": ("2025-01", "2025-01", "2025-01-01", "2025-01-31", "month"),
    "anchor-week": ("2025-01-27/2025-02-02", "2025-W05", "2025-01-27", "2025-02-02", "week"),
    "event-relative": ("2025-01-24", "2025-01-24", "2025-01-24", "2025-01-24", "day"),
    "chain": ("2025-02", "2025-02", "2025-02-01", "2025-02-28", "month"),
    "start-circa": ("1984~/2004", "1984~/2004", "1984-01-01", "2004-12-31", "year"),
    "end-circa": ("2021/2024~", "2021/2024~", "2021-01-01", "2024-12-31", "year"),
    "open-circa": ("2025-03~/..", "2025-03~/..", "2025-03-01", None, "month"),
    "unknown-start": ("/2025", "/2025", None, "2025-12-31", "year"),
    "unknown-end": ("1985-04-12/", "1985-04-12/", "1985-04-12", None, "day"),
    "unspecified-month": ("2004-XX", "2004-XX", "2004-01-01", "2004-12-31", "year"),
    "unspecified-day": ("1985-04-XX", "1985-04-XX", "1985-04-01", "1985-04-30", "month"),
    "unspecified-decade-day": ("156X-12-25", "156X-12-25", "1560-12-25", "1569-12-25", "decade"),
    "millennium": ("1XXX", "1XXX", "1000-01-01", "1999-12-31", "century"),
    "season": ("2001-21", "2001-21", "2001-01-01", "2001-03-31", "quarter"),
    "quadrimester": ("2001-38", "2001-38", "2001-05-01", "2001-08-31", "half"),
    "long-year": ("Y-170000", "Y-170000", "-170000-01-01", "-170000-12-31", "year"),
    "exponent": ("Y170000", "Y170000", "+170000-01-01", "+170000-12-31", "year"),
    "significant": ("1950S2", "1950S2", "1900-01-01", "1999-12-31", "century"),
    "after-open-start": ("../2025-01-14", "../2025-01-14", None, "2025-01-14", "day"),
    "after-open-end": ("2025-01-14/..", "2025-01-14/..", "2025-01-14", None, "day"),
}
for node, expected in want.items():
    d = dates.nodes[node]
    got = (d.get("date"), d.get("date_iso"), d.get("start"), d.get("end"), d.get("precision"))
    check(f"networkx.dates.{node}", got == expected, f"{got} != {expected}")
check("networkx.dates.start-circa-flags",
      dates.nodes["start-circa"]["approximate"] is True and dates.nodes["start-circa"]["uncertain"] is False)
check("networkx.dates.circa-flag", dates.nodes["circa"]["approximate"] is True)
check("networkx.dates.both-flags",
      dates.nodes["both"]["approximate"] is True and dates.nodes["both"]["uncertain"] is True)
check("networkx.dates.bce-label", dates.nodes["bce-word"]["date_label"] == "44 BCE",
      dates.nodes["bce-word"]["date_label"])
check("networkx.dates.bce-year", dates.nodes["bce"]["year"] == -500, dates.nodes["bce"]["year"])

# ---- the GEXF in NetworkX: the GraphML's graph, typed, with time spans ----
def same_data(graphml_data, gexf_data, skip=("label",)):
    """Every GraphML value is in the GEXF with the same value and type;
    empty values are left out of the GEXF."""
    for key, value in graphml_data.items():
        if key in skip:
            continue
        if value == "":
            if key in gexf_data:
                return f"{key} should be absent, is {gexf_data[key]!r}"
        elif key not in gexf_data or gexf_data[key] != value or type(gexf_data[key]) is not type(value):
            return f"{key}: {value!r} vs {gexf_data.get(key)!r}"
    return None


def edge_rows(graph):
    return sorted((u, v, d["relation"], d["file"], d["line"], d["column"])
                  for u, v, d in graph.edges(data=True))


gx = nx.read_gexf(f"{out}/{name}.gexf")
check("gexf.networkx.nodes", sorted(gx.nodes) == sorted(g.nodes), (len(gx), len(g)))
check("gexf.networkx.edges", edge_rows(gx) == edge_rows(g), (gx.number_of_edges(), g.number_of_edges()))
check("gexf.networkx.directed", gx.is_directed())
check("gexf.networkx.dynamic", gx.graph.get("mode") == "dynamic", gx.graph)
differences = [(n, same_data(d, gx.nodes[n])) for n, d in g.nodes(data=True) if same_data(d, gx.nodes[n])]
check("gexf.networkx.node-attributes", not differences, differences[:3])
check("gexf.networkx.labels", all(gx.nodes[n]["label"] == d["label"] for n, d in g.nodes(data=True)))
check("gexf.networkx.typed", isinstance(gx.nodes["nvidia-market-value-drop"]["year"], int)
      and gx.nodes["nvidia-market-value-drop"]["approximate"] is False
      and isinstance(gx.nodes["nvidia"]["line"], int))
# events span their bounds; open ends are left out
spans = [(n, gx.nodes[n].get("start"), gx.nodes[n].get("end"), d.get("start"), d.get("end"))
         for n, d in events.items()]
check("gexf.networkx.event-spans", all(a == c and b == d for _, a, b, c, d in spans),
      [s for s in spans if s[1] != s[3] or s[2] != s[4]][:3])
# an actor spans its events, from the first one's start to the last one's end
involved = {}
for u, v, d in g.edges(data=True):
    if d["relation"] == "involves":
        involved.setdefault(v, []).append(events[u])
def actor_span(evs):
    # ISO days of years 1000-9999 sort as text; an open bound stays open
    starts, ends = [e.get("start") for e in evs], [e.get("end") for e in evs]
    return (None if None in starts else min(starts), None if None in ends else max(ends))


wrong = [(a, (gx.nodes[a].get("start"), gx.nodes[a].get("end")), actor_span(evs))
         for a, evs in involved.items()
         if (gx.nodes[a].get("start"), gx.nodes[a].get("end")) != actor_span(evs)]
check("gexf.networkx.actor-spans", not wrong, wrong[:3])
check("gexf.networkx.actor-spans-some-closed",
      sum(1 for evs in involved.values() if None not in actor_span(evs)) >= 5)
# an edge lasts as long as its later event (an involves edge, its event)
wrong = []
for u, v, d in gx.edges(data=True):
    later = u if d["relation"] == "involves" or events[u]["rank"] > events[v]["rank"] else v
    if (d.get("start"), d.get("end")) != (events[later].get("start"), events[later].get("end")):
        wrong.append((u, v, d["relation"], d.get("start"), d.get("end")))
check("gexf.networkx.edge-spans", not wrong, wrong[:3])
check("gexf.networkx.cause-shows-with-its-effect",
      any(d["relation"] == "causes" and d["start"] == "2025-01-27"
          for u, v, d in gx.edges("deepseek-r1-release", data=True)))

# The drawing: NetworkX reads viz elements only in the viz namespace, but the
# 1.2draft schema declares them in the GEXF one, where Gephi and graphology
# read them by local name; so read them here as Gephi does.
GEXF = "{http://www.gexf.net/1.2draft}"
root = ET.parse(f"{out}/{name}.gexf").getroot()
viz = {}
for node in root.iter(f"{GEXF}node"):
    position, size, color = (node.find(f"{GEXF}{k}") for k in ("position", "size", "color"))
    if position is not None and size is not None and color is not None:
        viz[node.get("id")] = (float(position.get("x")), float(position.get("y")), float(size.get("value")))
check("gexf.viz.every-node", len(viz) == len(g), (len(viz), len(g)))
event_y = [viz[n][1] for n in events]
check("gexf.viz.y-up", all(viz[a][1] < min(event_y) for a in actors),
      "the actors' row is under the drawing, as in the SVG")
first, last = by_rank[0], by_rank[len(events) - 1]
check("gexf.viz.time-left-to-right", viz[first][0] < viz[last][0], (viz[first], viz[last]))
check("gexf.viz.sizes", all(v[2] > 0 for v in viz.values()))
check("gexf.edge-colours", all(e.find(f"{GEXF}color") is not None for e in root.iter(f"{GEXF}edge")))

gx_dates = nx.read_gexf(f"{out}/dates.gexf")
check("gexf.networkx.dates.bce", (gx_dates.nodes["bce"]["start"], gx_dates.nodes["bce"]["end"])
      == ("-0500-01-01", "-0500-12-31"), gx_dates.nodes["bce"])
check("gexf.networkx.dates.open-start", "start" not in gx_dates.nodes["on-or-before"]
      and gx_dates.nodes["on-or-before"]["end"] == "2025-01-13", gx_dates.nodes["on-or-before"])
check("gexf.networkx.dates.open-end", "end" not in gx_dates.nodes["on-or-after"],
      gx_dates.nodes["on-or-after"])

hostile = nx.read_gexf(f"{out}/hostile.gexf")
check("gexf.networkx.hostile", hostile.nodes["x"]["label"] == "</TD></TR> & \\N ]]> <!--"
      and hostile.nodes["x"]["description"] == "tab\there", hostile.nodes["x"])

big_gx = nx.read_gexf(f"{out}/gen-10000.gexf")
check("gexf.networkx.big.same-graph",
      (big_gx.number_of_nodes(), big_gx.number_of_edges()) == (big_nx.number_of_nodes(), big_nx.number_of_edges()),
      (big_gx.number_of_nodes(), big_gx.number_of_edges()))
with open(f"{out}/gen-10000.gexf", encoding="utf-8") as f:
    check("gexf.big.no-positions", "<position" not in f.read())

# ---- periods: a node of kind "period" with its bounds, in every reader ----
def periods_in(path):
    with open(path, encoding="utf-8") as f:
        return [m.group(1) for m in re.finditer(r"^period (\S+)", f.read(), re.M)]


periods = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "period"}
check("networkx.periods", sorted(periods) == sorted(periods_in(f"data/{name}.events")) and len(periods) >= 3,
      sorted(periods))
biden = periods.get("biden-term", {})
check("networkx.period.biden", (biden.get("label"), biden.get("date"), biden.get("start"), biden.get("end"))
      == ("Biden administration", "2021-01-20/2025-01-20", "2021-01-20", "2025-01-20"), biden)
second = periods.get("trump-second-term", {})
check("networkx.period.open", second.get("date") == "2025-01-20/.." and "end" not in second
      and second.get("start") == "2025-01-20", second)
check("networkx.period.provenance", isinstance(biden.get("line"), int) and biden.get("file"), biden)
check("networkx.period.no-edges", all(g.degree(p) == 0 for p in periods), [g.degree(p) for p in periods])
v = ig.vs.find(id="biden-term")
check("igraph.period", (v["kind"], v["date"], v["end"]) == ("period", "2021-01-20/2025-01-20", "2025-01-20"),
      v.attributes())
gp = gx.nodes.get("biden-term", {})
check("gexf.networkx.period", (gp.get("kind"), gp.get("start"), gp.get("end"), gp.get("label"))
      == ("period", "2021-01-20", "2025-01-20", "Biden administration"), gp)
check("gexf.networkx.period-open", "end" not in gx.nodes.get("trump-second-term", {"end": 1}),
      gx.nodes.get("trump-second-term"))
# the golden file's periods: a colour given, markup in a label
pg = nx.read_graphml(f"{out}/periods.graphml")
check("networkx.period.color", pg.nodes["biden-term"].get("color") == "#4477aa", pg.nodes["biden-term"])
check("networkx.period.no-color", "color" not in pg.nodes["trump-second-term"], pg.nodes["trump-second-term"])
check("networkx.period.markup-is-text",
      pg.nodes["trump-second-term"]["label"] == "Trump's second term & <after>", pg.nodes["trump-second-term"])
pgx = nx.read_gexf(f"{out}/periods.gexf")
check("gexf.networkx.period.color", pgx.nodes["biden-term"].get("color") == "#4477aa", pgx.nodes["biden-term"])

# ---- the SVG has a node for every event, with its date and headline ----
for svg_name in ("deepseek-2025", "small", "dates"):
    tree = ET.parse(f"{out}/{svg_name}.svg")
    ns = {"svg": "http://www.w3.org/2000/svg"}
    groups = {g.get("id"): g for g in tree.iterfind(".//svg:g", ns)}
    source = "data" if svg_name == "deepseek-2025" else "tests/golden"
    expected = events_in(f"{source}/{svg_name}.events")
    missing = [e for e in expected if f"event-{e}" not in groups]
    check(f"svg.{svg_name}.node-per-event", not missing, missing)
    texts = " ".join(t.text or "" for t in tree.iterfind(".//svg:text", ns))
    check(f"svg.{svg_name}.has-text", len(texts) > 0)
svg_text = " ".join(t.text or "" for t in ET.parse(f"{out}/deepseek-2025.svg").iterfind(
    ".//{http://www.w3.org/2000/svg}text"))
check("svg.deepseek.date-shown", "27 Jan 2025" in svg_text, "27 Jan 2025")
check("svg.deepseek.year-box", "2018" in svg_text)
check("svg.deepseek.legend", "causes" in svg_text and "responds-to" in svg_text)
check("svg.deepseek.cjk", "梁文锋" in svg_text)

sys.exit(1 if failures else 0)
