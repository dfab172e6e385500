"""The graph layout on a slide, and --highlight in both layouts.

- The article's graph fits a 1920x1080 slide in every theme, with its text
  at the legibility floor (headlines 24 px, other text 18 px, as a browser
  draws the SVG: font-size times the drawn scale), every event drawn once,
  no two boxes overlapping, all inside; the same bytes twice.
- A generated graph too large for the floor is scaled to the slide and a
  warning gives the count and the options that help; --size changes the
  slide.
- Headless Chromium (Debian's chromium) at 1920x1080 measures the same:
  the SVG's size, each text's rendered font size and its box inside the
  viewport (SKIP without chromium).
- --highlight: with and without it, every event box is at the same place
  in the SVG, in both layouts; the chosen events and the relations among
  them are emphasised, the rest faded.
Usage: python3 tests/graphsize.py EVGRAPH.  Prints PASS/FAIL/SKIP lines."""
import json, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

EVG = sys.argv[1]
SVG = "{http://www.w3.org/2000/svg}"
ARTICLE = "data/deepseek-2025.events"
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)[:400]))
    failures += 0 if ok else 1


def run(*args):
    return subprocess.run([EVG, *args], capture_output=True, text=True)


def svg_of(*args):
    r = run("render", *args, "-t", "svg", "-o", "-")
    return r, (ET.fromstring(r.stdout.encode()) if r.returncode == 0 else None)


def drawn_scale(root):
    """CSS px per SVG user unit inside the drawing: width (pt, 4/3 px each)
    over the viewBox, times the drawing group's own scale."""
    width_pt = float(root.get("width").rstrip("pt"))
    vb = [float(v) for v in root.get("viewBox").split()]
    m = re.search(r"scale\(([\d.]+)", root.find(SVG + "g").get("transform"))
    return width_pt * 4 / 3 / vb[2] * float(m.group(1))


def texts(root):
    """(is a headline, font size in user units) of every text: headlines are
    the bold lines of the event boxes."""
    out = []
    for g in root.iter(SVG + "g"):
        event = "event" in (g.get("class") or "").split()
        if not event and (g.get("class") or "") not in ("graph", "cluster"):
            continue
        for t in g.findall(SVG + "text"):
            out.append((event and t.get("font-weight") == "bold", float(t.get("font-size"))))
    return out


def event_boxes(root):
    """Each event box as (left, top, right, bottom) in SVG user units."""
    out = {}
    for g in root.iter(SVG + "g"):
        if "event" not in (g.get("class") or "").split():
            continue
        shape = next(e for e in g.iter() if e.tag in (SVG + "path", SVG + "polygon"))
        nums = [float(v) for v in re.findall(r"-?\d+\.?\d*", shape.get("d") or shape.get("points"))]
        xs, ys = nums[0::2], nums[1::2]
        out[g.get("id")] = (min(xs), min(ys), max(xs), max(ys))
    return out


def overlapping(boxes):
    items = sorted(boxes.items(), key=lambda kv: kv[1][0])
    bad, active = [], []
    for name, b in items:  # sweep by left edge
        active = [(n, a) for n, a in active if a[2] > b[0] + 0.5]
        bad += [(n, name) for n, a in active if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5]
        active.append((name, b))
    return bad


def slide_checks(name, root, slide_px, events):
    w, h = (float(root.get(d).rstrip("pt")) * 4 / 3 for d in ("width", "height"))
    check(f"graphsize.{name}.fits-slide", w <= slide_px[0] + 0.5 and h <= slide_px[1] + 0.5, (w, h))
    boxes = event_boxes(root)
    check(f"graphsize.{name}.every-event", len(boxes) == events, (len(boxes), events))
    bad = overlapping(boxes)
    check(f"graphsize.{name}.no-overlap", not bad, bad[:5])
    vb = [float(v) for v in root.get("viewBox").split()]
    m = re.search(r"scale\(([\d.]+) [\d.]+\).*translate\(([-\d.]+) ([-\d.]+)\)", root.find(SVG + "g").get("transform"))
    s, tx, ty = (float(v) for v in m.groups())
    outside = [n for n, b in boxes.items() if (b[0] + tx) * s < -0.5 or (b[2] + tx) * s > vb[2] + 0.5
               or (b[1] + ty) * s < -0.5 or (b[3] + ty) * s > vb[3] + 0.5]
    check(f"graphsize.{name}.inside", not outside, outside[:5])


def floor_checks(name, root):
    scale = drawn_scale(root)
    sizes = texts(root)
    heads = [px * scale for bold, px in sizes if bold]
    others = [px * scale for bold, px in sizes if not bold]
    check(f"graphsize.{name}.headline-floor", heads and min(heads) >= 24 - 0.01, min(heads or [0]))
    check(f"graphsize.{name}.text-floor", others and min(others) >= 18 - 0.01, min(others or [0]))


events = len(re.findall(r"^event ", open(ARTICLE, encoding="utf-8").read(), re.M))
for theme in ("light", "dark", "print"):
    r, root = svg_of(ARTICLE, "--theme", theme)
    check(f"graphsize.article.{theme}.exit", r.returncode == 0, r.stderr)
    check(f"graphsize.article.{theme}.no-warning", "warning" not in r.stderr, r.stderr)
    if root is not None:
        slide_checks(f"article.{theme}", root, (1920, 1080), events)
        floor_checks(f"article.{theme}", root)
a, _ = svg_of(ARTICLE)
b, _ = svg_of(ARTICLE)
check("graphsize.article.deterministic", a.stdout == b.stdout and len(a.stdout) > 1000)

tmp = tempfile.mkdtemp()
# too many events for one slide at the floor: scaled to the slide, warned
big = f"{tmp}/gen300.events"
with open(big, "w") as f:
    subprocess.run(["/usr/bin/python3", "tests/gen_events.py", "300", "7"], stdout=f, check=True)
r, root = svg_of(big)
check("graphsize.300.exit", r.returncode == 0, r.stderr)
warning = re.search(r"warning: 300 events do not fit a 1920x1080 slide .* headlines ([\d.]+) px", r.stderr)
check("graphsize.300.warns", warning and all(o in r.stderr for o in ("--from/--to", "--focus", "--deck")), r.stderr)
if root is not None:
    slide_checks("300", root, (1920, 1080), 300)
    scale = drawn_scale(root)
    heads = [px * scale for bold, px in texts(root) if bold]
    # the warning tells the size the headlines are drawn at
    check("graphsize.300.warning-tells-size", warning and abs(min(heads) - float(warning.group(1))) < 0.1,
          (min(heads), warning and warning.group(1)))
# one warning for the three pictures of one run
r = run("render", big, "-t", "svg,png,pdf", "-o", f"{tmp}/three")
check("graphsize.300.one-warning", r.returncode == 0 and r.stderr.count("do not fit") == 1, r.stderr)
# yEd and GEXF take the layout's geometry: no slide, no warning
r = run("render", big, "-t", "yed,gexf", "-o", f"{tmp}/yed")
check("graphsize.300.no-warning-for-yed", r.returncode == 0 and "do not fit" not in r.stderr, r.stderr)

# another slide: the canvas follows --size; fits at the floor or says so
for size in ("1280x720", "3840x2160"):
    wpx, hpx = (int(v) for v in size.split("x"))
    r, root = svg_of(ARTICLE, "--size", size)
    check(f"graphsize.size-{size}.exit", r.returncode == 0, r.stderr)
    if root is not None:
        slide_checks(f"size-{size}", root, (wpx, hpx), events)
        if "do not fit" in r.stderr:
            check(f"graphsize.size-{size}.warning-names-size", f"a {size} slide" in r.stderr, r.stderr)
        else:
            floor_checks(f"size-{size}", root)
r, root = svg_of(ARTICLE, "--size", "1280x720")
check("graphsize.size-1280x720.warns", "32 events do not fit a 1280x720 slide" in r.stderr, r.stderr)
r, root = svg_of(ARTICLE, "--size", "3840x2160")
check("graphsize.size-3840x2160.fits", r.returncode == 0 and "warning" not in r.stderr, r.stderr)

# in a browser: headless Chromium at 1920x1080
MEASURE = """<script><![CDATA[
const out = {texts: []};
const svg = document.documentElement, box = svg.getBoundingClientRect();
out.width = box.width; out.height = box.height;
for (const t of document.querySelectorAll('text')) {
  const g = t.closest('g.event'), r = t.getBoundingClientRect();
  out.texts.push({headline: !!g && t.getAttribute('font-weight') === 'bold',
    px: parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a,
    left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: t.textContent});
}
const d = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
d.setAttribute('id', 'measured'); d.textContent = JSON.stringify(out); svg.appendChild(d);
]]></script></svg>"""


def in_chromium(svg_path):
    text = open(svg_path, encoding="utf-8").read()
    probe = svg_path + ".probe.svg"
    open(probe, "w", encoding="utf-8").write(text[:text.rindex("</svg>")] + MEASURE)
    profile = tempfile.mkdtemp()
    r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1920,1080",
                        "--dump-dom", "file://" + os.path.abspath(probe)],
                       capture_output=True, text=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    m = re.search(r'<desc id="measured">(.*?)</desc>', r.stdout, re.S)
    if not m:
        return None
    return json.loads(m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))


if not shutil.which("chromium"):
    print("SKIP graphsize.chromium: no chromium (Debian's chromium package; .ci/deps test installs it)")
else:
    r = run("render", ARTICLE, "-t", "svg", "-o", f"{tmp}/article")
    seen = in_chromium(f"{tmp}/article/deepseek-2025.svg")
    check("graphsize.chromium.article.measured", seen is not None)
    if seen:
        heads = [t["px"] for t in seen["texts"] if t["headline"]]
        others = [t["px"] for t in seen["texts"] if not t["headline"]]
        check("graphsize.chromium.article.fits-viewport", seen["width"] <= 1920.5 and seen["height"] <= 1080.5,
              (seen["width"], seen["height"]))
        check("graphsize.chromium.article.headlines", len(heads) >= events and min(heads) >= 24 - 0.01, min(heads or [0]))
        check("graphsize.chromium.article.other-text", others and min(others) >= 18 - 0.01, min(others or [0]))
        # every text inside the viewport (the window's viewport: 1920x1080)
        out = [t["text"] for t in seen["texts"] if t["left"] < -0.5 or t["top"] < -0.5
               or t["right"] > 1920.5 or t["bottom"] > 1080.5]
        check("graphsize.chromium.article.text-inside", not out, out[:5])
    r = run("render", big, "-t", "svg", "-o", f"{tmp}/big")
    seen = in_chromium(f"{tmp}/big/gen300.svg")
    if seen:
        heads = [t["px"] for t in seen["texts"] if t["headline"]]
        check("graphsize.chromium.300.fits-viewport", seen["width"] <= 1920.5 and seen["height"] <= 1080.5,
              (seen["width"], seen["height"]))
        check("graphsize.chromium.300.below-floor-as-warned", warning and abs(min(heads) - float(warning.group(1))) < 0.1,
              (min(heads or [0]), warning and warning.group(1)))

# --highlight: same places, chosen emphasised, the rest faded
chosen = ["deepseek-r1-release", "nvidia-market-value-drop", "tech-selloff"]
rel = run("render", ARTICLE, "-t", "graphml", "-o", "-").stdout
check("graphsize.highlight.ids-exist", all(f'<node id="{c}"' in rel for c in chosen), chosen)
flags = [a for c in chosen for a in ("--highlight", c)]


def places(root):
    """Every event box's outline and every text position of its label."""
    out = {}
    for g in root.iter(SVG + "g"):
        if "event" in (g.get("class") or "").split():
            shape = next(e for e in g.iter() if e.tag in (SVG + "path", SVG + "polygon"))
            out[g.get("id")] = (shape.get("d") or shape.get("points"),
                                [(t.get("x"), t.get("y")) for t in g.iter(SVG + "text")])
    return out


for layout in ("graph", "timeline"):
    for theme in ("light", "dark", "print"):
        name = f"graphsize.highlight.{layout}.{theme}"
        plain_r, plain = svg_of(ARTICLE, "--layout", layout, "--theme", theme)
        lit_r, lit = svg_of(ARTICLE, "--layout", layout, "--theme", theme, *flags)
        check(f"{name}.exit", plain_r.returncode == 0 and lit_r.returncode == 0, lit_r.stderr)
        if plain is None or lit is None:
            continue
        a, b = places(plain), places(lit)
        moved = [k for k in a if a[k] != b.get(k)]
        check(f"{name}.same-places", len(a) == events and a.keys() == b.keys() and not moved, moved[:5])
        classes = {g.get("id"): (g.get("class") or "").split() for g in lit.iter(SVG + "g") if g.get("id", "").startswith("event-")}
        emphasised = {k[len("event-"):] for k, c in classes.items() if "emphasised" in c}
        faded = {k for k, c in classes.items() if "faded" in c}
        check(f"{name}.emphasised", emphasised == set(chosen), emphasised)
        check(f"{name}.faded", len(faded) == events - len(chosen), len(faded))
        plain_classes = " ".join(g.get("class") or "" for g in plain.iter(SVG + "g"))
        check(f"{name}.plain-has-none", "faded" not in plain_classes and "emphasised" not in plain_classes)
        # relations: among the chosen emphasised, every other one faded
        edges = [(g.find(SVG + "title").text, (g.get("class") or "").split()) for g in lit.iter(SVG + "g")
                 if "edge" in (g.get("class") or "").split()]
        titles = {g.find(SVG + "title").text: g.get("id")[len("event-"):] for g in lit.iter(SVG + "g")
                  if g.get("id", "").startswith("event-")}
        wrong = []
        for title, cls in edges:
            a_end, b_end = (titles.get(n) for n in title.split("->"))
            inside = a_end in chosen and b_end in chosen
            if ("emphasised" in cls) != inside or ("faded" in cls) == inside:
                wrong.append(title)
        check(f"{name}.relations", edges and not wrong and any("emphasised" in c for _, c in edges), wrong[:5])
        # the chosen boxes are filled and bordered in the theme's emphasis
        fills = {g.get("id"): next(e for e in g.iter() if e.tag in (SVG + "path", SVG + "polygon")).get("fill")
                 for g in lit.iter(SVG + "g") if g.get("id", "").startswith("event-")}
        check(f"{name}.tinted", len({fills["event-" + c] for c in chosen}) == 1
              and fills["event-" + chosen[0]] not in {fills[k] for k in faded}, fills["event-" + chosen[0]])

r = run("render", ARTICLE, "-t", "png,pdf", "-o", f"{tmp}/lit", *flags)
check("graphsize.highlight.png-pdf", r.returncode == 0 and os.path.getsize(f"{tmp}/lit/deepseek-2025.png") > 1000, r.stderr)

shutil.rmtree(tmp, ignore_errors=True)
sys.exit(1 if failures else 0)
