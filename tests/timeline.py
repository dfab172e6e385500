"""The timeline layout as a presenter uses it: no two event boxes overlap,
everything lies inside the canvas, every event is drawn, in every theme,
for the article and for generated timelines of 10, 100 and 1,000 events;
the output is deterministic; filters keep exactly the expected events.
Usage: python3 tests/timeline.py EVGRAPH.  Prints PASS/FAIL lines."""
import os, re, subprocess, sys, tempfile, time
import xml.etree.ElementTree as ET
import networkx as nx

EVG = sys.argv[1]
SVG = "{http://www.w3.org/2000/svg}"
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)))
    failures += 0 if ok else 1


def run(*args):
    return subprocess.run([EVG, *args], capture_output=True, text=True)


def boxes(svg_path):
    root = ET.parse(svg_path).getroot()
    vb = [float(v) for v in root.get("viewBox").split()]
    # the drawing's own transform (scale, translate) applies to the shapes
    graph = root.find(SVG + "g")
    m = re.search(r"scale\(([\d.]+) ([\d.]+)\).*translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform"))
    sx, sy, tx, ty = (float(v) for v in m.groups())
    out = {}
    for g in graph.iter(SVG + "g"):
        gid = g.get("id") or ""
        if not gid.startswith("event") or "node" not in (g.get("class") or ""):
            continue
        shape = next(iter(g.iter(SVG + "path")), None)
        if shape is None:
            shape = next(iter(g.iter(SVG + "polygon")), None)
        nums = [float(v) for v in re.findall(r"-?\d+\.?\d*", shape.get("d") or shape.get("points"))]
        xs, ys = nums[0::2], nums[1::2]
        out[gid] = ((min(xs) + tx) * sx, (min(ys) + ty) * sy, (max(xs) + tx) * sx, (max(ys) + ty) * sy)
    return out, vb


def overlaps(bs):
    items = sorted(bs.items(), key=lambda kv: kv[1][0])
    bad, active = [], []
    for name, b in items:  # sweep by left edge
        active = [(n, a) for n, a in active if a[2] > b[0] + 0.5]
        for n, a in active:
            if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                bad.append((n, name))
        active.append((name, b))
    return bad


def geometry_checks(name, svg, count):
    bs, vb = boxes(svg)
    check(f"timeline.{name}.every-event", len(bs) == count, f"{len(bs)} of {count}")
    bad = overlaps(bs)
    check(f"timeline.{name}.no-overlap", not bad, bad[:5])
    outside = [n for n, b in bs.items() if b[0] < vb[0] - 0.5 or b[1] < vb[1] - 0.5 or b[2] > vb[0] + vb[2] + 0.5 or b[3] > vb[1] + vb[3] + 0.5]
    check(f"timeline.{name}.inside-canvas", not outside, outside[:5])
    check(f"timeline.{name}.canvas-16x9", abs(vb[2] / vb[3] - 16 / 9) < 0.02, vb)


tmp = tempfile.mkdtemp()
article = "data/deepseek-2025.events"
events = len(re.findall(r"^event ", open(article, encoding="utf-8").read(), re.M))
for theme in ("light", "dark", "print"):
    out = f"{tmp}/{theme}"
    r = run("render", article, "--layout", "timeline", "--theme", theme, "-t", "svg,png,pdf", "-o", out)
    check(f"timeline.article.{theme}.exit", r.returncode == 0, r.stderr)
    if r.returncode == 0:
        geometry_checks(f"article.{theme}", f"{out}/deepseek-2025.svg", events)
        png = open(f"{out}/deepseek-2025.png", "rb").read(32)
        w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        check(f"timeline.article.{theme}.png-size", w <= 1922 and h <= 1082, (w, h))
        check(f"timeline.article.{theme}.pdf", open(f"{out}/deepseek-2025.pdf", "rb").read(4) == b"%PDF")

for n in (10, 100, 1000):
    path = f"{tmp}/gen{n}.events"
    with open(path, "w") as f:
        subprocess.run(["/usr/bin/python3", "tests/gen_events.py", str(n), "7"], stdout=f, check=True)
    t0 = time.time()
    r = run("render", path, "--layout", "timeline", "-t", "svg", "-o", f"{tmp}/g{n}")
    check(f"timeline.generated-{n}.exit", r.returncode == 0, r.stderr)
    if r.returncode == 0:
        geometry_checks(f"generated-{n}", f"{tmp}/g{n}/gen{n}.svg", n)
    print(f"  timeline of {n} events: {time.time() - t0:.2f} s", file=sys.stderr)

# other canvases and lanes
for extra, tag in ((["--size", "1280x720"], "size-720p"), (["--lanes", "tag"], "lanes-tag"), (["--lanes", "none"], "lanes-none")):
    r = run("render", article, "--layout", "timeline", *extra, "-t", "svg", "-o", f"{tmp}/{tag}")
    check(f"timeline.{tag}.exit", r.returncode == 0, r.stderr)
    if r.returncode == 0:
        geometry_checks(tag, f"{tmp}/{tag}/deepseek-2025.svg", events)

# hard cases found in review: many clusters far apart (more stretches than
# the slide holds), a very long title, long lane names without spaces
hard = f"{tmp}/hard.events"
with open(hard, "w", encoding="utf-8") as f:
    f.write("actor " + "x" * 3 + "\n  name: " + "Averyveryverylongactornamewithoutanyspace" * 2 + "\n")
    f.write("actor cjk\n  name: " + "梁文锋" * 12 + "\n")
    k = 0
    for group in range(40):
        for j in range(3):
            k += 1
            f.write(f"event h{k}\n  date: {1500 + 2 * group}-01-0{j + 1}\n  label: Event {k}\n"
                    f"  actors: {'xxx' if k % 2 else 'cjk'}\n")
title = "A very long slide title " * 12
for extra, tag in (([], "hard"), (["--title", title], "long-title")):
    r = run("render", hard, "--layout", "timeline", *extra, "-t", "svg", "-o", f"{tmp}/{tag}")
    check(f"timeline.{tag}.exit", r.returncode == 0, r.stderr)
    if r.returncode == 0:
        geometry_checks(tag, f"{tmp}/{tag}/hard.svg", 120)
        root = ET.parse(f"{tmp}/{tag}/hard.svg").getroot()
        w, h = (float(root.get(d).rstrip("pt")) for d in ("width", "height"))
        check(f"timeline.{tag}.fits-slide", w <= 1440.5 and h <= 810.5, (w, h))

# periods: a band per period behind the events, over the time it spans,
# with its name; in the file's colour or the theme's
def bands(svg_path):
    root = ET.parse(svg_path).getroot()
    out, order = {}, []
    for g in root.iter(SVG + "g"):
        gid = g.get("id") or ""
        order.append(gid)
        if "period" in (g.get("class") or "").split() and gid.startswith("period-"):
            shape = g.find(SVG + "polygon")
            xs = [float(v) for v in re.findall(r"-?\d+\.?\d*", shape.get("points"))][0::2]
            out[gid[len("period-"):]] = (min(xs), max(xs), shape.get("stroke"), shape.get("fill-opacity"))
    return out, order


for theme in ("light", "dark"):
    r = run("render", article, "--layout", "timeline", "--theme", theme, "-t", "svg", "-o", f"{tmp}/p-{theme}")
    b, order = bands(f"{tmp}/p-{theme}/deepseek-2025.svg")
    check(f"timeline.periods.{theme}.bands", sorted(b) == ["biden-term", "trump-first-term", "trump-second-term"], b)
    if len(b) == 3:
        first, biden, second = b["trump-first-term"], b["biden-term"], b["trump-second-term"]
        # in time order, the Biden years between the two Trump terms, meeting
        # on inauguration day; translucent over the lanes
        check(f"timeline.periods.{theme}.in-order", first[1] <= biden[0] + 0.01 and abs(biden[1] - second[0]) < 0.01
              and first[0] < first[1] < biden[1] < second[1], b)
        check(f"timeline.periods.{theme}.translucent", all(v[3] and float(v[3]) < 0.5 for v in b.values()), b)
        check(f"timeline.periods.{theme}.behind-events",
              max(order.index("period-" + k) for k in b) < min(i for i, gid in enumerate(order) if gid.startswith("event-")))
    texts = " ".join(t.text or "" for t in ET.parse(f"{tmp}/p-{theme}/deepseek-2025.svg").getroot().iter(SVG + "text"))
    check(f"timeline.periods.{theme}.labels", "Biden administration" in texts and "Trump&#39;s" not in texts
          and "Trump's second term" in texts, texts[:200])
periods_file = "tests/golden/periods.events"
r = run("render", periods_file, "--layout", "timeline", "-t", "svg", "-o", f"{tmp}/p-golden")
b, _ = bands(f"{tmp}/p-golden/periods.svg")
check("timeline.periods.color", b.get("biden-term", (0, 0, ""))[2] == "#4477aa", b)
texts = " ".join(t.text or "" for t in ET.parse(f"{tmp}/p-golden/periods.svg").getroot().iter(SVG + "text"))
check("timeline.periods.markup-is-text", "Trump's second term & <after>" in texts, texts[:300])
# a window that keeps no event of a period leaves its band out
r = run("render", article, "--layout", "timeline", "--from", "2025-01-20", "-t", "svg", "-o", f"{tmp}/p-window")
b, _ = bands(f"{tmp}/p-window/deepseek-2025.svg")
check("timeline.periods.outside-window", "trump-first-term" not in b and "trump-second-term" in b, b)

# determinism
a = run("render", article, "--layout", "timeline", "-t", "svg", "-o", "-").stdout
b = run("render", article, "--layout", "timeline", "-t", "svg", "-o", "-").stdout
check("timeline.deterministic", a == b and len(a) > 1000)

# filters keep exactly the expected events, in every output
subprocess.run([EVG, "render", article, "-t", "graphml", "-o", tmp], check=True, capture_output=True)
g = nx.read_graphml(f"{tmp}/deepseek-2025.graphml")
ev = {n: d for n, d in g.nodes(data=True) if d["kind"] == "event"}


def kept(*args):
    r = run("render", article, *args, "-t", "graphml", "-o", "-")
    if r.returncode:
        return None
    path = f"{tmp}/kept.graphml"
    open(path, "w", encoding="utf-8").write(r.stdout)
    return {n for n, d in nx.read_graphml(path).nodes(data=True) if d["kind"] == "event"}


def overlap(d, lo, hi):
    start, end = d.get("start", "0000"), d.get("end", "9999")
    return end >= lo and start <= hi

check("filter.window", kept("--from", "2025-01-20", "--to", "2025-01-26") ==
      {n for n, d in ev.items() if overlap(d, "2025-01-20", "2025-01-26")})
check("filter.actor", kept("--actor", "nvidia") ==
      {n for n, d in ev.items() if "nvidia" in d.get("actors", "").split(", ")})
check("filter.tag", kept("--tag", "markets") ==
      {n for n, d in ev.items() if "markets" in d.get("tags", "").split(", ")})
rel = [(u, v) for u, v, d in g.edges(data=True) if d["relation"] in ("causes", "responds-to", "precedes", "part-of")]
near = {"deepseek-r1-release"} | {v for u, v in rel if u == "deepseek-r1-release"} | {u for u, v in rel if v == "deepseek-r1-release"}
check("filter.focus", kept("--focus", "deepseek-r1-release", "--depth", "1") == near)
r = run("render", article, "--focus", "deepseek-r1-release", "--layout", "timeline", "-t", "svg", "-o", f"{tmp}/focus")
check("filter.focus-timeline", r.returncode == 0 and len(boxes(f"{tmp}/focus/deepseek-2025.svg")[0]) == len(near), r.stderr)
check("filter.unknown-focus", run("check", article, "--focus", "nope").returncode == 1)

sys.exit(1 if failures else 0)
