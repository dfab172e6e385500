"""Checks of the TimelineJS import and export, as other tools read them.

  timelinejs.py model GRAPHML      the sheet's model, loaded by NetworkX
  timelinejs.py formats DIR        every format of berlin.csv, by its reader
  timelinejs.py export JSON        -t timelinejs's file: TimelineJS's shape
  timelinejs.py same A.graphml B.graphml   equal but for positions
  timelinejs.py sheet JSON CSV     TimelineJS JSON as the template's sheet
  timelinejs.py page JSON DIST     an HTML page that loads JSON in the
                                   TimelineJS viewer of DIST (its dist/)
Warnings are errors; exits 1 with a message on the first failed check.
"""
import csv
import json
import sys
import warnings
import xml.etree.ElementTree as ET

warnings.simplefilter("error")
import networkx as nx  # noqa: E402


def need(cond, what):
    if not cond:
        sys.exit("FAILED: " + what)


def model(path):
    g = nx.read_graphml(path)
    events = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "event"}
    need(sorted(events) == sorted([
        "border-closed", "border-closed-2", "kennedy-ich-bin-ein-berliner",
        "reagan-tear-down-this-wall", "the-wall-falls", "reunification",
        "ides-of-march"]), "event ids: %s" % sorted(events))
    need(g.graph.get("title") == "The Berlin Wall", "title %r" % g.graph)
    need(g.graph.get("source_text", g.graph.get("source"))
         == "From the first barbed wire to the fall, 1961\u20131989.",
         "title slide text as the source: %r" % g.graph)
    e = events["kennedy-ich-bin-ein-berliner"]
    need(e["label"] == 'Kennedy: "Ich bin ein Berliner"', "quoted label %r" % e)
    need(e["date"] == "1963-06-26" and e["precision"] == "day", "day %r" % e)
    need(e["tags"] == "Visits", "Group as tag %r" % e)
    e = events["border-closed"]
    need(e["description"] == "East Germany seals the border overnight.\n"
         "Barbed wire goes up in Berlin.", "<br> as a line break %r" % e)
    need(events["the-wall-falls"]["date"] == "1989-11-09/1989-11-10",
         "End date as an interval")
    need(events["reunification"]["date"] == "1990-10"
         and events["reunification"]["precision"] == "month", "month")
    need(events["ides-of-march"]["date"] == "-0044-03-15", "BCE year")
    need(events["ides-of-march"]["line"] == 11, "row line %r"
         % events["ides-of-march"])
    need(events["border-closed"]["line"] == 3
         and events["border-closed"]["column"] == 17,
         "provenance: the Headline cell %r" % events["border-closed"])
    periods = {n: d for n, d in g.nodes(data=True) if d.get("kind") == "period"}
    need(list(periods) == ["divided-city"], "era as period %r" % periods)
    need(periods["divided-city"]["date"] == "1961/1989", "era span %r" % periods)


def formats(folder):
    import igraph
    base = folder + "/berlin"
    g = nx.read_graphml(base + ".graphml")
    need(len(g) == 8, "graphml nodes %d" % len(g))
    ig = igraph.Graph.Read_GraphML(base + ".graphml")
    need(ig.vcount() == 8, "igraph nodes")
    with open(base + ".json") as f:
        nl = nx.node_link_graph(json.load(f))  # NetworkX 2.8: links
    need(sorted(nl.nodes) == sorted(g.nodes), "node-link nodes")
    with open(base + ".graphology.json") as f:
        gy = json.load(f)
    need(sorted(n["key"] for n in gy["nodes"]) == sorted(g.nodes), "graphology")
    gx = nx.read_gexf(base + ".gexf")
    need(sorted(gx.nodes) == sorted(g.nodes), "gexf nodes")
    yed = ET.parse(base + ".yed.graphml").getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    need(len(yed.findall(".//%snode" % ns)) == 8, "yed nodes")
    svg = ET.parse(base + ".svg").getroot()
    titles = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")}
    need("the-wall-falls" in titles, "svg node titles %r" % titles)
    with open(base + ".png", "rb") as f:
        need(f.read(8) == b"\x89PNG\r\n\x1a\n", "png")
    with open(base + ".pdf", "rb") as f:
        need(f.read(5) == b"%PDF-", "pdf")
    export(base + ".timeline.json")


def export(path):
    with open(path) as f:
        t = json.load(f)
    need(set(t) == {"title", "events", "eras"}, "top keys %r" % set(t))
    need(t["title"]["text"]["headline"] == "The Berlin Wall", "title slide")
    ids = [e["unique_id"] for e in t["events"]]
    need(len(ids) == 7 and len(set(ids)) == 7, "unique ids %r" % ids)
    for e in t["events"]:
        need(isinstance(e["start_date"]["year"], int), "year is a number")
        need(set(e) <= {"unique_id", "start_date", "end_date", "text", "media",
                        "group", "display_date", "background"}, "keys %r" % e)
    by = {e["unique_id"]: e for e in t["events"]}
    need(by["the-wall-falls"]["end_date"] == {"year": 1989, "month": 11,
                                              "day": 10}, "end_date")
    need(by["reunification"]["start_date"] == {"year": 1990, "month": 10},
         "month precision")
    need(by["border-closed-2"]["start_date"]["hour"] == 6, "time")
    need(by["reagan-tear-down-this-wall"]["start_date"]["hour"] == 14, "PM")
    need(by["reagan-tear-down-this-wall"]["display_date"] == "June 12, 1987",
         "display date")
    m = by["border-closed"]["media"]
    need(m == {"url": "https://example.org/wire.jpg", "credit": "Bundesarchiv",
               "caption": "Barbed wire at Bernauer Stra\u00dfe",
               "thumbnail": "https://example.org/wire-small.jpg"}, "media %r" % m)
    need(by["border-closed"]["background"] == {"color": "#444444"}, "bg")
    need(by["border-closed"]["group"] == "Construction", "group")
    need(t["eras"] == [{"start_date": {"year": 1961}, "end_date": {"year": 1989},
                        "text": {"headline": "Divided city"}}], "eras %r"
         % t["eras"])


def same(a, b):
    """Two GraphML files with the same model: equal but for where each
    element came from (file, line, column)."""
    def strip(path):
        g = nx.read_graphml(path)
        for _, d in g.nodes(data=True):
            for k in ("file", "line", "column"):
                d.pop(k, None)
        edges = []
        for u, v, d in g.edges(data=True):
            d = {k: x for k, x in d.items() if not k.startswith("edge_")
                 and k not in ("file", "line", "column", "id")}
            edges.append((u, v, sorted(d.items())))
        return dict(g.nodes(data=True)), sorted(edges), g.graph
    na, ea, ga = strip(a)
    nb, eb, gb = strip(b)
    need(na == nb, "nodes differ: %r\n%r" % (na, nb))
    need(ea == eb, "edges differ")
    need(ga == gb, "graph differs %r %r" % (ga, gb))


COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
           "End Time", "Display Date", "Headline", "Text", "Media",
           "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
           "Background"]


def sheet(json_path, csv_path):
    """A TimelineJS JSON copied into the template's sheet, cell by cell
    (what TimelineJS's own keys hold; keys of evgraph's own are left out,
    as the sheet has no column for them), saved as CSV."""
    with open(json_path) as f:
        t = json.load(f)

    def date_cells(d):
        d = d or {}
        clock = ""
        if "hour" in d:
            clock = "%02d:%02d" % (d["hour"], d.get("minute", 0))
            if "second" in d:
                clock += ":%02d" % d["second"]
        return [str(d.get(k, "")) for k in ("year", "month", "day")] + [clock]

    def row(slide, kind):
        words = slide.get("text", {})
        media = slide.get("media", {})
        bg = slide.get("background", {})
        return (date_cells(slide.get("start_date"))
                + date_cells(slide.get("end_date"))
                + [slide.get("display_date", ""), words.get("headline", ""),
                   words.get("text", ""), media.get("url", ""),
                   media.get("credit", ""), media.get("caption", ""),
                   media.get("thumbnail", ""), kind, slide.get("group", ""),
                   bg.get("color", bg.get("url", ""))])

    with open(csv_path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(COLUMNS)
        if "title" in t:
            w.writerow(row(t["title"], "title"))
        for slide in t["events"]:
            w.writerow(row(slide, ""))
        for slide in t.get("eras", []):
            w.writerow(row(slide, "era"))


def page(json_path, dist):
    """The page prints, in its <pre id="log">, every error and console
    error or warning, then LOADED and the viewer's slide count and its own
    error and warning messages."""
    with open(json_path) as f:
        data = f.read()
    print("""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://%(dist)s/css/timeline.css">
<script src="file://%(dist)s/js/timeline.js"></script></head>
<body><div id="timeline" style="width:1000px;height:600px"></div>
<pre id="log"></pre><script>
function say(line) {
  var log = document.getElementById('log');
  log.textContent += line + '\\n';
}
window.onerror = function(message) { say('ERROR ' + message); };
['error', 'warn'].forEach(function(kind) {
  console[kind] = function() {
    say('console.' + kind + ' ' + Array.prototype.join.call(arguments, ' '));
  };
});
try {
  var tl = new TL.Timeline('timeline', %(data)s, {language: 'en',
    script_path: 'file://%(dist)s/js/'});
  tl.on('loaded', function() {
    say('LOADED slides=' + tl.config.events.length + ' eras=' +
        (tl.config.eras || []).length + ' messages=' +
        JSON.stringify(tl.config.messages));
  });
} catch (e) { say('ERROR ' + e); }
</script></body></html>""" % {"dist": dist, "data": data})


if __name__ == "__main__":
    {"model": model, "formats": formats, "export": export,
     "same": same, "sheet": sheet, "page": page}[sys.argv[1]](*sys.argv[2:])
