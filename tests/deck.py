"""Decks (--deck) and the legibility floor, measured as a presenter sees
them: every slide of the article's deck and of generated 100- and
1,000-event decks is opened in headless Chromium at 1920x1080, and every
<text> is measured (rendered size = font-size times the drawn scale,
getScreenCTM): headlines at least 24 px, every other text at least 18 px;
every event on exactly one slide and inside it, no two boxes overlapping;
the PDF has one page per slide with its fonts embedded.  A single timeline
that does not fit warns; one that fits meets the floor.
Usage: python3 tests/deck.py EVGRAPH.  Prints PASS/FAIL/SKIP lines."""
import glob, json, os, re, shutil, subprocess, sys, tempfile, time

EVG = sys.argv[1]
failures = 0
tmp = tempfile.mkdtemp()


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)[:600]))
    failures += 0 if ok else 1


def run(*args):
    return subprocess.run([EVG, *args], capture_output=True, text=True)


def event_ids(path):
    return re.findall(r"^event (\S+)", open(path, encoding="utf-8").read(), re.M)


# For each inline SVG: the smallest rendered headline and other text (px),
# the event boxes' rectangles and the slide's.
MEASURE = r"""
const out = [];
for (const svg of document.querySelectorAll('body > div > svg')) {
  const r = svg.getBoundingClientRect();
  const slide = {file: svg.parentNode.dataset.file, rect: [r.left, r.top, r.right, r.bottom],
                 headline: 1e9, text: 1e9, smallest: '', events: {}};
  slide.outside = [];
  for (const t of svg.querySelectorAll('text')) {
    if (!t.textContent.trim()) continue;
    const b = t.getBoundingClientRect();
    if (b.left < r.left - 0.5 || b.top < r.top - 0.5 || b.right > r.right + 0.5 || b.bottom > r.bottom + 0.5)
      slide.outside.push(t.textContent);
    const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    const node = t.closest('g.node');
    const isHeadline = node && node.id.startsWith('event-') && t.getAttribute('font-weight') === 'bold';
    if (isHeadline) slide.headline = Math.min(slide.headline, px);
    else if (px < slide.text) { slide.text = px; slide.smallest = t.textContent; }
  }
  for (const g of svg.querySelectorAll('g.node')) {
    if (!g.id.startsWith('event-')) continue;
    const shape = g.querySelector('path, polygon');
    const b = shape.getBoundingClientRect();
    slide.events[g.id.slice(6)] = [b.left, b.top, b.right, b.bottom];
  }
  out.push(slide);
}
document.getElementById('result').textContent = JSON.stringify(out);
"""


def measure(svgs):
    """Opens the SVGs inline in one page in headless Chromium, 1920x1080."""
    page = os.path.join(tmp, "measure.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{margin:0}"
                "div{width:1920px;height:1080px;overflow:hidden}</style></head><body>")
        for path in svgs:
            text = open(path, encoding="utf-8").read()
            text = text[text.index("<svg"):]
            f.write(f"<div data-file='{os.path.basename(path)}'>{text}</div>")
        f.write(f"<pre id='result'></pre><script>{MEASURE}</script></body></html>")
    profile = tempfile.mkdtemp()
    r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", f"--user-data-dir={profile}", "--window-size=1920,1080",
                        "--dump-dom", "file://" + page], capture_output=True, text=True, timeout=600)
    shutil.rmtree(profile, ignore_errors=True)
    m = re.search(r"<pre id=\"result\">(.*?)</pre>", r.stdout, re.S)
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")) if m and m.group(1) else None


def overlaps(boxes):
    items = sorted(boxes.items(), key=lambda kv: kv[1][0])
    bad, active = [], []
    for name, b in items:
        active = [(n, a) for n, a in active if a[2] > b[0] + 0.5]
        bad += [(n, name) for n, a in active if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5]
        active.append((name, b))
    return bad


def floor_checks(name, slides):
    low_head = [(s["file"], round(s["headline"], 2)) for s in slides if s["headline"] < 24 - 0.01]
    low_text = [(s["file"], round(s["text"], 2), s["smallest"]) for s in slides if s["text"] < 18 - 0.01]
    check(f"deck.{name}.headlines-24px", not low_head, low_head[:5])
    check(f"deck.{name}.text-18px", not low_text, low_text[:5])


def deck_checks(name, events_file, formats, pdf_fonts=False):
    out = f"{tmp}/{name}"
    r = run("render", events_file, "--layout", "timeline", "--deck", "-t", formats, "-o", out)
    check(f"deck.{name}.exit", r.returncode == 0, r.stderr)
    check(f"deck.{name}.no-floor-warning", "floor" not in r.stderr, r.stderr)
    if r.returncode:
        return
    stem = os.path.basename(events_file)[:-len(".events")]
    svgs = sorted(glob.glob(f"{out}/{stem}-slide*.svg"))
    width = max(2, len(str(len(svgs))))
    check(f"deck.{name}.names", [os.path.basename(p) for p in svgs] ==
          [f"{stem}-slide{k:0{width}d}.svg" for k in range(1, len(svgs) + 1)], svgs[:3])
    print(f"  {name}: {len(svgs)} slides", file=sys.stderr)
    slides = measure(svgs)
    check(f"deck.{name}.measured", slides is not None and len(slides) == len(svgs))
    if not slides:
        return
    floor_checks(name, slides)
    seen = [e for s in slides for e in s["events"]]
    wanted = event_ids(events_file)
    check(f"deck.{name}.every-event-once", sorted(seen) == sorted(wanted) and len(seen) == len(set(seen)),
          (len(seen), len(wanted), sorted(set(wanted) - set(seen))[:5]))
    check(f"deck.{name}.overview-first", not slides[0]["events"] and all(s["events"] for s in slides[1:]))
    outside = [(s["file"], e) for s in slides for e, b in s["events"].items()
               if b[0] < s["rect"][0] - 0.5 or b[1] < s["rect"][1] - 0.5 or b[2] > s["rect"][2] + 0.5 or b[3] > s["rect"][3] + 0.5]
    check(f"deck.{name}.inside-slides", not outside, outside[:5])
    bad = [(s["file"], o) for s in slides for o in overlaps(s["events"])]
    check(f"deck.{name}.no-overlap", not bad, bad[:5])
    # every slide, the overview too, fills 1920x1080 exactly: nothing past
    # the canvas widens the drawing (a tick label at the left edge once made
    # the 1,000-event overview 1077 px tall)
    wrong = [(s["file"], s["rect"]) for s in slides
             if abs(s["rect"][2] - s["rect"][0] - 1920) > 0.5 or abs(s["rect"][3] - s["rect"][1] - 1080) > 0.5]
    check(f"deck.{name}.slide-size", not wrong, wrong[:3])
    texts_out = [(s["file"], s["outside"][:3]) for s in slides if s["outside"]]
    check(f"deck.{name}.texts-inside", not texts_out, texts_out[:3])
    if "pdf" in formats:
        pdf = f"{out}/{stem}-deck.pdf"
        if shutil.which("pdfinfo"):
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = re.search(r"Pages:\s+(\d+)", info)
            check(f"deck.{name}.pdf-one-page-per-slide", pages and int(pages.group(1)) == len(svgs), (info[-300:], len(svgs)))
            size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
            check(f"deck.{name}.pdf-page-size", size and size.groups() == ("1440", "810"), size and size.groups())
        if pdf_fonts and shutil.which("pdffonts"):
            lines = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            check(f"deck.{name}.pdf-fonts-embedded", lines and all(l.split()[-5] == "yes" for l in lines), lines)
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            check(f"deck.{name}.pdf-is-text", "DeepSeek" in text or "events" in text, text[:200])


if not shutil.which("chromium"):
    print("SKIP deck: chromium is not installed (.ci/deps test installs it)")
    sys.exit(0)

article = "data/deepseek-2025.events"
deck_checks("article", article, "svg,pdf,png", pdf_fonts=True)
out = f"{tmp}/article"
pngs = sorted(glob.glob(f"{out}/deepseek-2025-slide*.png"))
check("deck.article.png-per-slide", len(pngs) == len(glob.glob(f"{out}/deepseek-2025-slide*.svg")), len(pngs))
# stubs: a relation to an event on another slide is named in the box
texts = " ".join(open(p, encoding="utf-8").read() for p in glob.glob(f"{out}/*.svg"))
check("deck.article.stubs", ">→</text>" in texts and re.search(r"> [^<]*: [^<]*\(slide \d+\)</text>", texts) is not None)
check("deck.article.subtitle-period", "Trump&#39;s second term" in texts or "Trump's second term" in texts)
for n in (100, 1000):
    path = f"{tmp}/gen{n}.events"
    with open(path, "w") as f:
        subprocess.run(["/usr/bin/python3", "tests/gen_events.py", str(n), "7"], stdout=f, check=True)
    deck_checks(f"generated-{n}", path, "svg,pdf")

# determinism of the deck, SVG and PDF
a, b = f"{tmp}/same-a", f"{tmp}/same-b"
for d in (a, b):
    time.sleep(1.1)  # a creation time in the PDF would differ
    run("render", article, "--layout", "timeline", "--deck", "-t", "svg,pdf", "-o", d)
same = all(open(p, "rb").read() == open(p.replace(a, b), "rb").read() for p in glob.glob(f"{a}/*"))
check("deck.deterministic", same and len(glob.glob(f"{a}/*")) > 2)

# the single timeline: crowded warns, with the count and the options
r = run("render", article, "--layout", "timeline", "-t", "svg", "-o", f"{tmp}/single")
check("floor.crowded-warns", r.returncode == 0 and re.search(
    r"warning: timeline: 32 events do not fit one 1920x1080 slide at a legible size: headlines are drawn at [\d.]+ px, "
    r"under the 24 px floor; --deck splits them into slides, --from/--to or --focus keep fewer", r.stderr), r.stderr)
# a timeline that fits is drawn at the floor, without a warning
few = f"{tmp}/few.events"
with open(few, "w", encoding="utf-8") as f:
    f.write("title: A few events\n" + "".join(f"event e{k}\n  date: 2025-01-{10 + 3 * k}\n  label: Event {k} happened\n"
                                              + (f"  causes: e{k + 1}\n" if k < 3 else "") for k in range(4)))
r = run("render", few, "--layout", "timeline", "-t", "svg", "-o", f"{tmp}/few")
check("floor.fits.no-warning", r.returncode == 0 and "floor" not in r.stderr, r.stderr)
slides = measure([f"{tmp}/few/few.svg"])
if slides:
    floor_checks("single-fits", slides)
    check("floor.fits.events", len(slides[0]["events"]) == 4, slides[0]["events"].keys())
# usage errors
check("deck.needs-timeline", run("render", article, "--deck", "-t", "svg", "-o", f"{tmp}/x").returncode == 2)
check("deck.needs-folder", run("render", article, "--layout", "timeline", "--deck", "-t", "svg", "-o", "-").returncode == 2)
shutil.rmtree(tmp, ignore_errors=True)
sys.exit(1 if failures else 0)
