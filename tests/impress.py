"""A slide imported into LibreOffice Impress (issue 9, item 7): does it stay
vector, with its text?  Not part of `make test` (LibreOffice is large):
run tests/impress.sh.

For slides 1 and 2 of the article's deck and for the graph layout's SVG:
1. import it as a user does (soffice --infilter=impress_svg_Import,
   --convert-to odp) and read the .odp (zipfile + ElementTree): what the
   page holds, and whether its picture is SVG or a bitmap;
2. export that .odp to PDF with soffice: pdftotext must find every text
   line of the SVG, pdfimages no bitmap, pdffonts DejaVu embedded (no
   substituted font);
3. break the picture into Impress shapes (Shape > Break, .uno:Break through
   python3-uno) and read the .odp again: polygons and paths, and every text
   line of the SVG as the text of a shape (its text runs joined), every
   event headline whole.
Usage: python3 tests/impress.py EVGRAPH.  Prints PASS/FAIL/SKIP and INFO
lines."""
import collections, os, re, shutil, subprocess, sys, tempfile, time, zipfile
import xml.etree.ElementTree as ET

EVG = sys.argv[1]
failures = 0
tmp = tempfile.mkdtemp()
profile = "file://" + os.path.join(tmp, "profile")  # never the user's own
SVG = "{http://www.w3.org/2000/svg}"
ODF = {
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def check(name, ok, detail=""):
    global failures
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)[:600]))
    failures += 0 if ok else 1


def info(name, text):
    print(f"INFO {name}: {text}")


def squeeze(text):
    """Text without any white space (NBSP included): line breaks and runs
    differ between the SVG, Impress and pdftotext."""
    return "".join(text.split())


def svg_texts(path):
    """The SVG's text lines, and each event's headline as its lines."""
    root = ET.parse(path).getroot()
    lines = [t.text for t in root.iter(SVG + "text") if t.text and t.text.strip()]
    headlines = {}
    for g in root.iter(SVG + "g"):
        if g.get("id", "").startswith("event-"):
            headlines[g.get("id")[6:]] = [t.text for t in g.iter(SVG + "text")
                                          if t.get("font-weight") == "bold" and t.text]
    return lines, headlines


def soffice(*args):
    return subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                           "--norestore", *args], capture_output=True, text=True, timeout=300)


def page_shapes(odp):
    """The first page's shapes: (kind, joined text, picture media types)."""
    with zipfile.ZipFile(odp) as z:
        content = ET.fromstring(z.read("content.xml"))
        manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
    media = {e.get(f"{{{ODF['manifest']}}}full-path"): e.get(f"{{{ODF['manifest']}}}media-type")
             for e in manifest}
    page = next(content.iter(f"{{{ODF['draw']}}}page"))
    shapes = []
    for shape in page:
        kind = shape.tag.split("}")[1]
        if kind == "frame" and shape.find(f"draw:text-box", ODF) is not None:
            kind = "text-box"
        elif kind == "frame" and shape.find("draw:image", ODF) is not None:
            kind = "image"
        paragraphs = ["".join(p.itertext()) for p in shape.iter(f"{{{ODF['text']}}}p")]
        pictures = [media.get(i.get(f"{{{ODF['xlink']}}}href"), "?") for i in shape.iter(f"{{{ODF['draw']}}}image")]
        shapes.append((kind, " ".join(paragraphs), pictures))
    fonts = sorted({v for e in content.iter() for k, v in e.attrib.items()
                    if k == f"{{{ODF['style']}}}font-name"})
    return shapes, fonts


def found(lines, haystack):
    return [l for l in lines if squeeze(l) not in haystack]


def headlines_found(headlines, contains):
    return [e for e, parts in headlines.items() if not all(contains(squeeze(p)) for p in parts)]


def break_into_shapes(svg, odp):
    """Opens the SVG in Impress as a user does, breaks its picture into
    shapes (Shape > Break) and saves the presentation.  Returns the shape
    counts before and after, or None without python3-uno."""
    try:
        import uno
        from com.sun.star.beans import PropertyValue
    except ImportError:
        return None

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    pipe = f"evgraph-impress-{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={profile}", "--headless",
                               "--norestore", "--invisible", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(300):  # up to a minute for LibreOffice to start
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        if ctx is None:
            return None
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(svg)), "_blank", 0,
                                           (prop("Hidden", True), prop("FilterName", "impress_svg_Import")))
        page = doc.DrawPages.getByIndex(0)
        before = page.Count
        controller = doc.CurrentController
        controller.select(page.getByIndex(0))
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        dispatcher.executeDispatch(controller.Frame, ".uno:Break", "", 0, ())
        after = page.Count
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(odp)), (prop("FilterName", "impress8"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
        office.wait(timeout=60)
        return before, after
    finally:
        if office.poll() is None:
            office.kill()
            office.wait()


def impress_checks(name, svg, must_break=True):
    lines, headlines = svg_texts(svg)
    out = os.path.join(tmp, "impress-" + name)
    os.makedirs(out)
    info(name, f"{len(lines)} text lines, {len(headlines)} event headlines in the SVG")
    # 1. the import a user does
    r = soffice("--infilter=impress_svg_Import", "--convert-to", "odp:impress8", "--outdir", out, svg)
    odp = os.path.join(out, os.path.basename(svg)[:-4] + ".odp")
    check(f"impress.{name}.import", r.returncode == 0 and os.path.exists(odp), r.stdout + r.stderr)
    if not os.path.exists(odp):
        return
    shapes, _ = page_shapes(odp)
    kinds = collections.Counter(k for k, _, _ in shapes)
    pictures = [p for _, _, ps in shapes for p in ps]
    info(name, f"imported: {dict(kinds)}, pictures {pictures}")
    check(f"impress.{name}.import-vector", "image/svg+xml" in pictures, pictures)
    # 2. its PDF: vector, with the text selectable, in the slide's fonts
    r = soffice("--convert-to", "pdf", "--outdir", out, odp)
    pdf = odp[:-4] + ".pdf"
    check(f"impress.{name}.pdf", r.returncode == 0 and os.path.exists(pdf), r.stdout + r.stderr)
    if os.path.exists(pdf):
        text = squeeze(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
        missing = found(lines, text)
        lost = headlines_found(headlines, lambda part: part in text)
        info(name, f"PDF text: {len(lines) - len(missing)} of {len(lines)} lines, "
                   f"{len(headlines) - len(lost)} of {len(headlines)} headlines")
        check(f"impress.{name}.pdf-text", not missing and not lost, (missing[:5], lost[:5]))
        images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
        check(f"impress.{name}.pdf-no-bitmap", not images, images[:3])
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
        names = sorted({re.sub(r"^[A-Z]{6}\+", "", f.split()[0]) for f in fonts})
        info(name, f"PDF fonts: {', '.join(names)}")
        # the SVG's own families: DejaVu Sans, WenQuanYi Micro Hei for CJK
        check(f"impress.{name}.pdf-fonts",
              names and all(n.startswith(("DejaVuSans", "WenQuanYiMicroHei")) for n in names)
              and all(f.split()[-5] == "yes" for f in fonts), fonts)
    # 3. broken into Impress shapes
    broken = os.path.join(out, "broken.odp")
    counts = break_into_shapes(svg, broken)
    if counts is None:
        print(f"SKIP impress.{name}.break: python3-uno is not installed (.ci/deps impress installs it)")
        return
    shapes, fonts = page_shapes(broken)
    kinds = collections.Counter(k for k, _, _ in shapes)
    if counts[1] == counts[0] and not must_break:
        # sd asks through a progress dialog before breaking a picture of
        # more than 5,000 drawing actions (MIN_ACTIONS_FOR_DIALOG), which
        # headless LibreOffice does not run: the picture stays whole
        print(f"SKIP impress.{name}.break: headless Impress left the picture whole ({dict(kinds)}); "
              "a picture this large is broken only through Impress's progress dialog")
        return
    info(name, f"broken into {counts[1]} shapes: {dict(kinds)}; fonts {', '.join(fonts)}")
    check(f"impress.{name}.shapes", kinds["polygon"] + kinds["path"] + kinds["polyline"] > 0
          and kinds["text-box"] > 0 and not kinds["image"], dict(kinds))
    texts = [squeeze(t) for _, t, _ in shapes if t.strip()]
    missing = [l for l in lines if not any(squeeze(l) in t for t in texts)]
    lost = headlines_found(headlines, lambda part: any(part in t for t in texts))
    info(name, f"shapes' text: {len(lines) - len(missing)} of {len(lines)} lines, "
               f"{len(headlines) - len(lost)} of {len(headlines)} headlines")
    check(f"impress.{name}.headlines-as-text", not missing and not lost, (missing[:5], lost[:5]))
    check(f"impress.{name}.fonts", fonts and all(f.startswith(("DejaVu Sans", "WenQuanYi Micro Hei")) for f in fonts),
          fonts)


if not shutil.which("soffice"):
    print("SKIP impress: soffice is not installed (.ci/deps impress installs libreoffice-impress)")
    sys.exit(0)
article = "data/deepseek-2025.events"
deck = os.path.join(tmp, "deck")
r = subprocess.run([EVG, "render", article, "--layout", "timeline", "--deck", "-t", "svg", "-o", deck],
                   capture_output=True, text=True)
check("impress.deck-rendered", r.returncode == 0, r.stderr)
graph = os.path.join(tmp, "graph")
r = subprocess.run([EVG, "render", article, "-t", "svg", "-o", graph], capture_output=True, text=True)
check("impress.graph-rendered", r.returncode == 0, r.stderr)
for name, svg, must_break in (("slide01", f"{deck}/deepseek-2025-slide01.svg", True),
                              ("slide02", f"{deck}/deepseek-2025-slide02.svg", True),
                              ("graph", f"{graph}/deepseek-2025.svg", False)):
    if os.path.exists(svg):
        impress_checks(name, svg, must_break)
shutil.rmtree(tmp, ignore_errors=True)
sys.exit(1 if failures else 0)
