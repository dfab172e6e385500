"""The yEd files (-t yed) as far as they can be checked without yEd.

Usage: /usr/bin/python3 tests/yed.py DIR   (DIR holds NAME.yed.graphml and
NAME.graphml rendered by tests/yed.sh).  Prints PASS/FAIL lines.

Every node has one y:ShapeNode with its y:Geometry in the drawing, event
boxes do not overlap, labels carry the date and the headline and fit their
boxes, every edge is a y:PolyLineEdge in its relation's style, and the data
are those of the plain GraphML, in the file and in NetworkX and igraph.
"""
import math
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

out = sys.argv[1]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"
GRAPHICS = ("node_graphics", "edge_graphics")
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


# The relations' styles as the README describes them (light theme): colour,
# yEd line type, width, arrow at the target.
STYLE = {
    "causes": ("#C0392B", "line", 2.4, "standard"),
    "responds-to": ("#1F5FAD", "dashed", 1.8, "standard"),
    "precedes": ("#5F6B73", "dotted", 1.8, "plain"),
    "part-of": ("#2E7D32", "line", 1.6, "white_diamond"),
    "involves": ("#B0B7BD", "line", 0.8, "none"),
    "next": ("#9AA3AA", "dotted", 1.0, "standard"),
}


def squash(text):
    """Text without its white space: wrapping may cut inside a word."""
    return "".join(text.split())


def plain_data(element):
    return [(d.get("key"), d.text or "") for d in element.findall(GRAPHML + "data")
            if d.get("key") not in GRAPHICS]


def graphics(element, key, kind):
    """The one yFiles element of a node or an edge, or None."""
    datas = [d for d in element.findall(GRAPHML + "data") if d.get("key") == key]
    if len(datas) != 1 or len(list(datas[0])) != 1 or datas[0][0].tag != Y + kind:
        return None
    return datas[0][0]


def overlapping(boxes):
    """A pair of overlapping boxes (x, y, w, h: top left), or None; a sweep
    over the boxes sorted by their left side."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    active = []
    for i in order:
        x, y, w, h = boxes[i]
        active = [j for j in active if boxes[j][0] + boxes[j][2] > x + 0.01]
        for j in active:
            _, yj, _, hj = boxes[j]
            if y < yj + hj - 0.01 and yj < y + h - 0.01:
                return (i, j)
        active.append(i)
    return None


def check_file(name, plain_name=None):
    """Structure checks on NAME.yed.graphml; returns {node id: (box, data,
    font)} for further checks."""
    root = ET.parse(f"{out}/{name}.yed.graphml").getroot()
    keys = {k.get("id"): k for k in root.findall(GRAPHML + "key")}
    check(f"yed.{name}.keys",
          keys.get("node_graphics") is not None
          and keys["node_graphics"].get("yfiles.type") == "nodegraphics"
          and keys["node_graphics"].get("for") == "node"
          and keys.get("edge_graphics") is not None
          and keys["edge_graphics"].get("yfiles.type") == "edgegraphics"
          and keys["edge_graphics"].get("for") == "edge", list(keys))
    graph = root.find(GRAPHML + "graph")
    nodes = graph.findall(GRAPHML + "node")
    edges = graph.findall(GRAPHML + "edge")
    placed = {}
    problems = []
    for node in nodes:
        ident = node.get("id")
        shape_node = graphics(node, "node_graphics", "ShapeNode")
        if shape_node is None:
            problems.append(f"{ident}: not one y:ShapeNode")
            continue
        first = node.find(GRAPHML + "data")
        if first.get("key") != "node_graphics":
            problems.append(f"{ident}: graphics not first (NetworkX would read the"
                            " yEd label as the label)")
        parts = {child.tag[len(Y):]: child for child in shape_node}
        if sorted(parts) != ["BorderStyle", "Fill", "Geometry", "NodeLabel", "Shape"]:
            problems.append(f"{ident}: {sorted(parts)}")
            continue
        g = parts["Geometry"]
        box = tuple(float(g.get(a)) for a in ("x", "y", "width", "height"))
        if box[0] < 0 or box[1] < 0 or box[2] <= 0 or box[3] <= 0:
            problems.append(f"{ident}: outside the drawing {box}")
        data = dict(plain_data(node))
        label = parts["NodeLabel"]
        text = label.text or ""
        font = int(label.get("fontSize"))
        lines = text.split("\n")
        if data["kind"] == "event":
            if lines[0] != data["date_label"] or squash(" ".join(lines[1:])) != squash(data["label"]):
                problems.append(f"{ident}: label {text!r} is not date and headline")
            if parts["Shape"].get("type") != "roundrectangle":
                problems.append(f"{ident}: event shape {parts['Shape'].get('type')}")
            dashed = data["approximate"] == "true" or data["uncertain"] == "true"
            if (parts["BorderStyle"].get("type") == "dashed") != dashed:
                problems.append(f"{ident}: border {parts['BorderStyle'].get('type')}")
        elif text != data["label"]:
            problems.append(f"{ident}: actor label {text!r}")
        # yEd's line is about 1.2 em: the label must fit its box
        if len(lines) * font * 1.2 > box[3] + 0.01:
            problems.append(f"{ident}: {len(lines)} lines at {font} pt in {box[3]} pt")
        placed[ident] = (box, data, font, parts)
    check(f"yed.{name}.nodes", not problems and len(placed) == len(nodes), problems[:5])

    events = [i for i, (_, d, _, _) in placed.items() if d["kind"] == "event"]
    actors = [i for i, (_, d, _, _) in placed.items() if d["kind"] == "actor"]
    clash = overlapping([placed[i][0] for i in events])
    check(f"yed.{name}.events-apart", clash is None,
          clash and [events[k] for k in clash])
    clash = overlapping([placed[i][0] for i in events + actors])
    check(f"yed.{name}.nodes-apart", clash is None,
          clash and [(events + actors)[k] for k in clash])
    if events and actors:
        lowest = max(placed[i][0][1] + placed[i][0][3] for i in events)
        check(f"yed.{name}.actors-below", all(placed[a][0][1] > lowest for a in actors))
    # periods: a row of their own under everything else, none on another
    periods = [i for i, (_, d, _, _) in placed.items() if d["kind"] == "period"]
    if periods:
        lowest = max(placed[i][0][1] + placed[i][0][3] for i in events + actors)
        check(f"yed.{name}.periods-below", all(placed[p][0][1] > lowest for p in periods))
        clash = overlapping([placed[i][0] for i in periods])
        check(f"yed.{name}.periods-apart", clash is None, clash and [periods[k] for k in clash])
    # fill and shape by kind: one of each per actor kind (two kinds may
    # share a fill, not also a shape), and events unlike any actor
    looks = {}
    for box, data, _, parts in placed.values():
        kind = data.get("actor_kind", data["kind"])
        looks.setdefault(kind, set()).add((parts["Fill"].get("color"),
                                           parts["Shape"].get("type")))
    check(f"yed.{name}.look-by-kind",
          all(len(look) == 1 for look in looks.values())
          and len({next(iter(look)) for look in looks.values()}) == len(looks), looks)
    problems = []
    for edge in edges:
        polyline = graphics(edge, "edge_graphics", "PolyLineEdge")
        relation = dict(plain_data(edge)).get("relation")
        if polyline is None:
            problems.append(f"{edge.get('id')}: not one y:PolyLineEdge")
            continue
        line = polyline.find(Y + "LineStyle")
        arrows = polyline.find(Y + "Arrows")
        got = (line.get("color"), line.get("type"), float(line.get("width")),
               arrows.get("target"))
        if got != STYLE[relation] or arrows.get("source") != "none":
            problems.append(f"{edge.get('id')} {relation}: {got}")
    check(f"yed.{name}.edges-styled", not problems and edges, problems[:5])

    if plain_name:
        plain = ET.parse(f"{out}/{plain_name}.graphml").getroot()
        plain_keys = [k.attrib for k in plain.findall(GRAPHML + "key")]
        yed_keys = [k.attrib for k in root.findall(GRAPHML + "key")
                    if k.get("id") not in GRAPHICS]
        check(f"yed.{name}.same-keys-as-graphml", yed_keys == plain_keys)
        plain_graph = plain.find(GRAPHML + "graph")
        same = plain_data(plain_graph) == plain_data(graph)
        for a, b in zip(plain_graph.findall(GRAPHML + "node"), nodes):
            same &= a.get("id") == b.get("id") and plain_data(a) == plain_data(b)
        for a, b in zip(plain_graph.findall(GRAPHML + "edge"), edges):
            same &= a.attrib == b.attrib and plain_data(a) == plain_data(b)
        same &= len(plain_graph) == len(graph)
        check(f"yed.{name}.same-data-as-graphml", same)
    return placed


def same_in_readers(name):
    """NetworkX and igraph read the plain data of the yEd file as they read
    the plain GraphML; NetworkX adds x, y and shape_type from the drawing,
    igraph a blank string for each graphics key."""
    yed = nx.read_graphml(f"{out}/{name}.yed.graphml")
    plain = nx.read_graphml(f"{out}/{name}.graphml")
    drawn = {"x", "y", "shape_type"}
    check(f"networkx.yed.{name}.nodes",
          list(yed.nodes) == list(plain.nodes)
          and all({k: v for k, v in yed.nodes[n].items() if k not in drawn} == plain.nodes[n]
                  for n in plain.nodes))
    check(f"networkx.yed.{name}.drawn",
          all(drawn <= set(yed.nodes[n]) for n in yed.nodes))
    check(f"networkx.yed.{name}.edges",
          list(yed.edges(data=True)) == list(plain.edges(data=True)))
    yig = igraph.Graph.Read_GraphML(f"{out}/{name}.yed.graphml")
    pig = igraph.Graph.Read_GraphML(f"{out}/{name}.graphml")
    check(f"igraph.yed.{name}.size",
          (yig.vcount(), yig.ecount()) == (pig.vcount(), pig.ecount()))

    def same_value(a, b):
        return a == b or (isinstance(a, float) and isinstance(b, float)
                          and math.isnan(a) and math.isnan(b))

    attributes = set(pig.vs.attributes())
    check(f"igraph.yed.{name}.node-attributes",
          set(yig.vs.attributes()) == attributes | {"node_graphics"}
          and all(same_value(yig.vs[i][a], pig.vs[i][a])
                  for i in range(pig.vcount()) for a in attributes))
    check(f"igraph.yed.{name}.edge-attributes",
          set(yig.es.attributes()) == set(pig.es.attributes()) | {"edge_graphics"}
          and all(yig.es[i].attributes() | {"edge_graphics": ""} ==
                  pig.es[i].attributes() | {"edge_graphics": ""}
                  for i in range(pig.ecount()))
          and yig.get_edgelist() == pig.get_edgelist())
    # igraph keeps the white space around the y: elements as the value
    check(f"igraph.yed.{name}.graphics-blank",
          all(not v.strip() for v in yig.vs["node_graphics"] + yig.es["edge_graphics"]),
          (set(yig.vs["node_graphics"]), set(yig.es["edge_graphics"])))


# ---- the article, laid out as the graph picture ----
article = check_file("deepseek-2025", "deepseek-2025")
same_in_readers("deepseek-2025")
relations = set()
for e in ET.parse(f"{out}/deepseek-2025.yed.graphml").getroot().iter(GRAPHML + "edge"):
    relations |= {d.text for d in e.findall(GRAPHML + "data") if d.get("key") == "relation"}
check("yed.deepseek-2025.every-relation", relations == set(STYLE), relations)
fonts = {font for _, _, font, _ in article.values()}
check("yed.deepseek-2025.labels-at-12pt", fonts == {12}, fonts)
nvidia = article["nvidia-market-value-drop"]
check("yed.deepseek-2025.label-text",
      nvidia[3]["NodeLabel"].text.startswith("27 Jan 2025\nNvidia "), nvidia[3]["NodeLabel"].text)
check("yed.deepseek-2025.cjk", any("梁文锋" in (p["NodeLabel"].text or "")
                                   for _, _, _, p in article.values()))

# ---- the article on the timeline: another drawing, labels still readable ----
timeline = check_file("timeline")
moved = sum(1 for n in timeline if timeline[n][0][:2] != article[n][0][:2])
check("yed.timeline.other-layout", moved > len(timeline) // 2, moved)
fonts = [font for _, _, font, _ in timeline.values()]
check("yed.timeline.labels-readable", min(fonts) >= 10, sorted(set(fonts)))
# time runs left to right: an event of 2018 lies left of one of 2025
check("yed.timeline.time-axis",
      timeline["us-ban-chinese-telecom-2018"][0][0] < timeline["nvidia-market-value-drop"][0][0])

for name in ("small", "dates"):
    check_file(name, name)
    same_in_readers(name)

# ---- hostile text: markup stays text, in the label and in the data ----
hostile = check_file("hostile", "hostile")
same_in_readers("hostile")
label = hostile["markup"][3]["NodeLabel"].text
check("yed.hostile.markup-is-text",
      squash(label) == squash('27 Jan 2025 </y:NodeLabel><y:Shape type="x"/> & '
                              '<![CDATA[ \\N C:\\new ]]>'), repr(label))
check("yed.hostile.actor", hostile["liang"][3]["NodeLabel"].text == "梁文锋 <b>&</b>",
      hostile["liang"][3]["NodeLabel"].text)
check("yed.hostile.approximate-dashed",
      hostile["long-word"][3]["BorderStyle"].get("type") == "dashed")

# ---- 10,000 events: above the cap, a grid in time order ----
big = check_file("big", "big")
same_in_readers("big")
by_rank = sorted((int(d["rank"]), box) for box, d, _, _ in big.values() if d["kind"] == "event")
centres = [(box[1] + box[3] / 2, box[0] + box[2] / 2) for _, box in by_rank]
# rows share a centre line; the reading order is the time order
rows = [round(c[0], 2) for c in centres]
check("yed.big.grid-in-time-order",
      len(by_rank) == 10000
      and all((rows[k], centres[k][1]) < (rows[k + 1], centres[k + 1][1])
              for k in range(len(centres) - 1)))
width = max(b[0] + b[2] for b, _, _, _ in big.values())
height = max(b[1] + b[3] for b, _, _, _ in big.values())
check("yed.big.about-16-9", 1.0 < width / height < 3.0, (width, height))

sys.exit(1 if failures else 0)
