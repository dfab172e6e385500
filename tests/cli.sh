#!/bin/bash
# Command-line tests: exact error texts, golden outputs, all-or-nothing
# writes, stdin/stdout, usage and exit codes.  Prints PASS/FAIL lines.
set -u
source "$(dirname "$0")/lib.sh"

# --- every error case: exact stderr (positions, messages, carets), exit 1, no stdout
# (TimelineJS sheets and JSON too: tests/errors/*.csv, *.json)
for input in tests/errors/*.events tests/errors/*.csv tests/errors/*.json; do
  name=$(basename "$input"); name=${name%.*}
  $EVG check "$input" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  check "error.$name.exit" [ $rc -eq 1 ]
  check "error.$name.stdout-empty" [ ! -s "$tmp/out" ]
  same_file "error.$name.message" "tests/errors/$name.err" "$tmp/err"
done

# --- golden outputs for small inputs
for input in tests/golden/*.events; do
  name=$(basename "$input" .events)
  for format in dot graphml json graphology; do
    ext=$format; [ $format = graphology ] && ext=graphology.json
    $EVG render "$input" -t $format -o - >"$tmp/$name.$ext" 2>"$tmp/err"
    check "golden.$name.$format.exit" [ $? -eq 0 ]
    same_file "golden.$name.$format" "tests/golden/$name.$ext" "$tmp/$name.$ext"
  done
done

# --- determinism: two runs, byte-identical DOT, GraphML and JSON
for format in dot graphml json graphology; do
  $EVG render data/deepseek-2025.events -t $format -o - >"$tmp/a.$format" 2>/dev/null
  $EVG render data/deepseek-2025.events -t $format -o - >"$tmp/b.$format" 2>/dev/null
  check "deterministic.$format" cmp -s "$tmp/a.$format" "$tmp/b.$format"
done

# --- out/ is what `make run` produces from data/
for format in dot graphml json graphology; do
  ext=$format; [ $format = graphology ] && ext=graphology.json
  check "out-fresh.deepseek-2025.$format" cmp -s "$tmp/a.$format" "out/deepseek-2025.$ext"
done
# -t json,graphology into a folder: NAME.json and NAME.graphology.json
$EVG render tests/golden/small.events -t json,graphology -o "$tmp/j" 2>/dev/null
check "render.json-names" [ "$(ls "$tmp/j" | tr '\n' ' ')" = "small.graphology.json small.json " ]

# --- render writes dot, svg and graphml into a folder, named after the input
$EVG render data/deepseek-2025.events -o "$tmp/r" 2>"$tmp/err"
check "render.default.exit" [ $? -eq 0 ]
for ext in dot svg graphml; do
  check "render.default.$ext" [ -s "$tmp/r/deepseek-2025.$ext" ]
done
check "render.default.no-temporaries" [ "$(ls -A "$tmp/r" | wc -l)" -eq 3 ]

# --- a failed run leaves the output folder exactly as it was
mkdir -p "$tmp/keep"
echo "old" >"$tmp/keep/impossible-date.dot"
cp tests/errors/impossible-date.events "$tmp/impossible-date.events"
$EVG render "$tmp/impossible-date.events" -o "$tmp/keep" 2>/dev/null
check "atomic.input-error.exit" [ $? -eq 1 ]
check "atomic.input-error.untouched" [ "$(cat "$tmp/keep/impossible-date.dot")" = old ]
check "atomic.input-error.nothing-new" [ "$(ls -A "$tmp/keep" | wc -l)" -eq 1 ]
# two inputs, one bad: neither is written
$EVG render data/deepseek-2025.events "$tmp/impossible-date.events" -o "$tmp/keep" 2>/dev/null
check "atomic.one-bad-of-two" [ "$(ls -A "$tmp/keep" | wc -l)" -eq 1 ]
# an unwritable target (a folder where the file should go) fails the run, leaves the rest
mkdir -p "$tmp/blocked/deepseek-2025.graphml"
$EVG render data/deepseek-2025.events -o "$tmp/blocked" 2>"$tmp/err"
check "atomic.unwritable.exit" [ $? -eq 2 ]
check "atomic.unwritable.no-partial" [ "$(ls -A "$tmp/blocked")" = deepseek-2025.graphml ]
check "atomic.unwritable.message" grep -q "deepseek-2025.graphml" "$tmp/err"

# --- stdin and stdout
$EVG render - -t graphml -o - <data/deepseek-2025.events >"$tmp/stdin.graphml" 2>/dev/null
grep -v -E '<data key="(edge_)?file">' "$tmp/stdin.graphml" >"$tmp/stdin.cut"
grep -v -E '<data key="(edge_)?file">' "$tmp/a.graphml" >"$tmp/a.cut"
check "stdin.render" cmp -s "$tmp/stdin.cut" "$tmp/a.cut"
check "stdin.file-name" grep -q '<data key="file">&lt;stdin&gt;</data>' "$tmp/stdin.graphml"
$EVG render - -o "$tmp/s" <data/deepseek-2025.events 2>/dev/null
check "stdin.named-stdin" [ -s "$tmp/s/stdin.dot" ]
printf 'event a\n  date: 2025-02-30\n  label: A\n' | $EVG check - 2>"$tmp/err"
check "stdin.error-name" grep -q '^<stdin>:2:17: error: ' "$tmp/err"
$EVG render data/deepseek-2025.events -t dot,svg -o - >/dev/null 2>"$tmp/err"
check "stdout.one-format" [ $? -eq 2 ]

# --- check writes nothing, exits 0 on a good file
$EVG check data/deepseek-2025.events >"$tmp/out" 2>&1
check "check.ok" [ $? -eq 0 ]
check "check.silent" [ ! -s "$tmp/out" ]

# --- usage, help, version
$EVG --help >"$tmp/out" 2>&1
check "help.exit" [ $? -eq 0 ]
check "help.text" grep -q '^Usage: evgraph render' "$tmp/out"
$EVG --version >"$tmp/out"
check "version" grep -qE '^evgraph [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out"
$EVG render --bogus data/deepseek-2025.events >/dev/null 2>"$tmp/err"
check "usage.unknown-option.exit" [ $? -eq 2 ]
check "usage.unknown-option.text" grep -q "^evgraph: unknown option '--bogus'" "$tmp/err"
$EVG frobnicate x >/dev/null 2>"$tmp/err"
check "usage.unknown-command" [ $? -eq 2 ]
$EVG render data/deepseek-2025.events -t dot,jpeg -o "$tmp/x" >/dev/null 2>"$tmp/err"
check "usage.unknown-format" [ $? -eq 2 ]
check "usage.unknown-format.lists-json" grep -q "expected dot, svg, graphml, png, pdf, json, graphology, gexf, yed, timelinejs or events" "$tmp/err"
$EVG render "$tmp/does-not-exist.events" >/dev/null 2>"$tmp/err"
check "usage.missing-file.exit" [ $? -eq 2 ]
check "usage.missing-file.text" grep -q "cannot read" "$tmp/err"
$EVG render >/dev/null 2>&1
check "usage.no-file" [ $? -eq 2 ]

# --- warnings do not fail the run
printf 'event a\n  date: 2025\n  label: A\n  causes: b\n\nevent b\n  date: 2020\n  label: B\n' >"$tmp/warn.events"
$EVG check "$tmp/warn.events" 2>"$tmp/err"
check "warning.exit" [ $? -eq 0 ]
check "warning.text" grep -q "warning: 'a' causes 'b', but 'b' (2020) is dated before 'a' (2025)" "$tmp/err"

# --- review findings, pinned
# a value ending in a backslash still gives DOT that dot reads
printf 'event a\n  date: 2025\n  label: x\n  description: C:\\dir\\\n' >"$tmp/bs.events"
$EVG render "$tmp/bs.events" -t dot -o - 2>/dev/null | dot -Tcanon >/dev/null 2>&1
check "review.dot-trailing-backslash" [ $? -eq 0 ]
# issue 11: each hostile text, as headline, description and header, in both
# layouts: the program succeeds, the SVG is well-formed (xmllint), the DOT
# reads back with dot, and the description arrives as the tooltip's text
long=$(printf 'x%.0s' $(seq 1 20000))
n=0
# (a lone U+FEFF: Graphviz's lexer skips it as a byte-order mark)
for text in 'ends\' ']]' ']' 'a ]]> b' '&#1; &#8238;' '\N \G \L' '"q\" <b>' "$long" $'\xef\xbb\xbf'; do
  n=$((n + 1))
  printf 'title: %s\nsource: %s\nevent a\n  date: 2025-01-02\n  label: %s\n  description: %s\n' \
    "$text" "$text" "$text" "$text" >"$tmp/h$n.events"
  for layout in graph timeline; do
    $EVG render "$tmp/h$n.events" -t svg,dot --layout $layout -o "$tmp/h$n-$layout" 2>"$tmp/err"
    check "hostile.$n.$layout.exit" [ $? -eq 0 ]
    check "hostile.$n.$layout.svg-well-formed" xmllint --noout "$tmp/h$n-$layout/h$n.svg"
  done
  check "hostile.$n.dot-reads-back" dot -Tcanon -o /dev/null "$tmp/h$n-graph/h$n.dot"
  tip=$(xmllint --xpath 'string(//*[@id="a_event-a"]/*/@*[local-name()="title"])' \
    "$tmp/h$n-timeline/h$n.svg" 2>/dev/null)
  check "hostile.$n.tooltip-is-text" [ "$tip" = "$text" ]
done
# citations: a lone quote, then a quote and its source, then a pair: the
# events file written from it reads back to the same pairs (the source
# once completed the lone quote before it; found by fuzz_events)
printf 'event a\n  date: 2025\n  label: A\n  quote: q1\n  quote: q2\n  source: s2\n  source: s3\n  quote: q3\n' >"$tmp/cite.events"
$EVG render "$tmp/cite.events" -t events -o - >"$tmp/cite1.events" 2>/dev/null
$EVG render "$tmp/cite1.events" -t events -o - >"$tmp/cite2.events" 2>/dev/null
check "events.citations-read-back" cmp "$tmp/cite1.events" "$tmp/cite2.events"
# invisible characters: a warning at their position, exit 0
printf 'event a\n  date: 2025\n  label: zero\xe2\x80\x8bwidth\n' >"$tmp/zw.events"
$EVG check "$tmp/zw.events" 2>"$tmp/err"
check "invisible.exit" [ $? -eq 0 ]
check "invisible.warning" grep -q "zw.events:3:14: warning: invisible character U+200B ZERO WIDTH SPACE" "$tmp/err"
# events named like the picture's helper nodes still appear in the SVG
printf 'event column0\n  date: 2025\n  label: A\nevent column1\n  date: 2026\n  label: B\n' >"$tmp/col.events"
$EVG render "$tmp/col.events" -t svg -o - 2>/dev/null >"$tmp/col.svg"
check "review.column-ids" grep -q 'id="event&#45;column0"' "$tmp/col.svg"
# a box of month events is headed by the month, not by its first day
{ for i in 0 1 2 3 4 5 6 7; do printf 'event jan%s\n  date: 2025-01\n  label: January %s\n' $i $i; done
  for i in 3 4 5 6 7 8 9 10; do printf 'event feb%s\n  date: 2025-02-%02d\n  label: February %s\n' $i $i $i; done
  for i in 3 4 5 6 7 8 9 10; do printf 'event mar%s\n  date: 2025-03-%02d\n  label: March %s\n' $i $i $i; done; } >"$tmp/boxes.events"
$EVG render "$tmp/boxes.events" -t svg -o - 2>/dev/null >"$tmp/boxes.svg"
check "review.box-heading-month" grep -q '>Jan 2025</text>' "$tmp/boxes.svg"
# days: the span of days its events cover ("3–6 Feb 2025", wherever a
# column breaks)
check "review.box-heading-days" grep -qE '>[0-9]+(&#8211;|–)[0-9]+ Feb 2025</text>' "$tmp/boxes.svg"
# -o FILE: one input, one format, a name ending in it: that file
mkdir -p "$tmp/single"
$EVG render tests/golden/small.events -t png -o "$tmp/single/slide.png" 2>/dev/null
check "cli.output-file.png" bash -c "head -c 8 '$tmp/single/slide.png' | od -An -tx1 | grep -q '89 50 4e 47'"
$EVG render tests/golden/small.events -t dot -o "$tmp/single/graph.dot" 2>/dev/null
check "cli.output-file.dot" cmp -s "$tmp/single/graph.dot" tests/golden/small.dot
$EVG render tests/golden/small.events -t svg -o "$tmp/single/other.png" 2>/dev/null
check "cli.output-file.other-format-is-a-folder" [ -f "$tmp/single/other.png/small.svg" ]
$EVG render tests/golden/small.events -t svg,dot -o "$tmp/single/two.svg" 2>/dev/null
check "cli.output-file.two-formats-is-a-folder" [ -f "$tmp/single/two.svg/small.dot" ]
# DOT alone frees each model while it writes (evg_render_dot_consume): the
# same bytes as DOT beside another format, for every input and on stdout
$EVG render tests/golden/small.events data/deepseek-2025.events -t dot -o "$tmp/dot-alone" 2>/dev/null
$EVG render tests/golden/small.events data/deepseek-2025.events -t dot,json -o "$tmp/dot-beside" 2>/dev/null
check "cli.dot-alone.same-as-beside-json" cmp "$tmp/dot-alone/deepseek-2025.dot" "$tmp/dot-beside/deepseek-2025.dot"
check "cli.dot-alone.same-for-the-first-input" cmp "$tmp/dot-alone/small.dot" "$tmp/dot-beside/small.dot"
$EVG render data/deepseek-2025.events -t dot -o - 2>/dev/null >"$tmp/dot-alone.stdout"
check "cli.dot-alone.stdout" cmp "$tmp/dot-alone.stdout" "$tmp/dot-beside/deepseek-2025.dot"
$EVG render tests/golden/small.events -t json -o "$tmp/single/graph.json" 2>/dev/null
check "cli.output-file.json" cmp -s "$tmp/single/graph.json" tests/golden/small.json
$EVG render tests/golden/small.events -t graphology -o "$tmp/single/g.json" 2>/dev/null
check "cli.output-file.graphology" cmp -s "$tmp/single/g.json" tests/golden/small.graphology.json
# GEXF: -t gexf, -o NAME.gexf, stdout; the same input gives the same bytes
$EVG render tests/golden/small.events -t gexf -o "$tmp/single/story.gexf" 2>/dev/null
check "cli.output-file.gexf" grep -q '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">' "$tmp/single/story.gexf"
$EVG render data/deepseek-2025.events -t gexf -o - >"$tmp/a.gexf" 2>/dev/null
$EVG render data/deepseek-2025.events -t gexf -o - >"$tmp/b.gexf" 2>/dev/null
check "cli.gexf.deterministic" bash -c "[ -s '$tmp/a.gexf' ] && cmp -s '$tmp/a.gexf' '$tmp/b.gexf'"
$EVG render tests/golden/small.events -o "$tmp/default" 2>/dev/null
check "cli.gexf.not-by-default" bash -c "[ -f '$tmp/default/small.graphml' ] && [ ! -e '$tmp/default/small.gexf' ]"
$EVG render tests/golden/small.events -t gexff -o "$tmp/x" 2>"$tmp/err"
check "cli.gexf.listed-in-formats" grep -q "unknown format 'gexff' (expected dot, svg, graphml, png, pdf, json, graphology, gexf, yed, timelinejs or events)" "$tmp/err"
# --- fonts: a character no installed font has is named in one warning per
# render (not once per picture format), in the diagnostic form, with the
# package that covers it; none for DOT and GraphML, none for Latin and CJK
printf 'title: Fonts\nevent plain\n  date: 2025-01-01\n  label: Plain\nevent pua\n  date: 2025-01-02\n  label: A \xee\x80\x80 mark\n' >"$tmp/pua.events"
$EVG render "$tmp/pua.events" -t svg,png,pdf -o "$tmp/fonts" 2>"$tmp/err"
check "fonts.pua.exit" [ $? -eq 0 ]
check "fonts.pua.written" test -s "$tmp/fonts/pua.svg" -a -s "$tmp/fonts/pua.png" -a -s "$tmp/fonts/pua.pdf"
check "fonts.pua.one-line" [ "$(wc -l <"$tmp/err")" -eq 1 ]
check "fonts.pua.warning" grep -q "^$tmp/pua.events:5:1: warning: no installed font has U+E000 (1 character, the first in event 'pua'): the pictures draw it as an empty box. U+E000 is for private use: no font package covers it$" "$tmp/err"
$EVG render "$tmp/pua.events" -t dot,graphml,json -o "$tmp/fonts-text" 2>"$tmp/err"
check "fonts.pua.not-for-text-formats" [ ! -s "$tmp/err" ]
printf 'event t\n  date: 2025-01-02\n  label: Tibetan \xe0\xbd\x80\n' >"$tmp/tibetan.events"
if fc-list ':charset=0f40' | grep -q .; then
  echo "SKIP fonts.tibetan: a font for U+0F40 is installed here"
else
  $EVG render "$tmp/tibetan.events" -t png -o "$tmp/fonts" 2>"$tmp/err"
  check "fonts.tibetan.package" grep -q "warning: no installed font has U+0F40 .*Debian's fonts-noto-core covers U+0F40$" "$tmp/err"
fi
printf 'title: DeepSeek \xe2\x80\x94 R1\nactor liang\n  name: 梁文锋 (Liang Wenfeng)\nevent r1\n  date: 2025-01-20\n  actors: liang\n  label: R1 发布, café 한국\n' >"$tmp/cjk.events"
$EVG render "$tmp/cjk.events" -t svg,png,pdf -o "$tmp/fonts" 2>"$tmp/err"
check "fonts.cjk.no-warning" [ ! -s "$tmp/err" ]
$EVG render data/deepseek-2025.events --layout timeline -t png -o "$tmp/fonts" 2>"$tmp/err"
# (the one warning: 32 events do not fit one slide at the legibility floor)
check "fonts.article.no-warning" [ -z "$(grep -v 'do not fit one 1920x1080 slide' "$tmp/err")" ]
# a machine without any font (fontconfig given an empty configuration): the
# Latin and CJK letters are named, with the packages make installs
if [[ "$EVG" == *valgrind* ]]; then
  # with no font at all, pango and cairo compute glyphs from uninitialised
  # data (valgrind reports it inside libpango, libcairo and libpng, not in
  # evgraph); make sanitize runs this case under ASan
  echo "SKIP fonts.none: pango and cairo read uninitialised glyph data when fontconfig has no font (outside evgraph)"
else
  printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$tmp/no-fonts.conf"
  FONTCONFIG_FILE="$tmp/no-fonts.conf" $EVG render "$tmp/cjk.events" -t png -o "$tmp/no-fonts" 2>"$tmp/err"
  check "fonts.none.exit" [ $? -eq 0 ]
  check "fonts.none.warning" grep -q "^$tmp/cjk.events: warning: no installed font has U+0044, U+0065, U+0070, U+0053, U+006B and .* more (.* characters, the first in the title): .*Debian's fonts-dejavu-core covers U+0044, .*fonts-noto-cjk covers U+53D1, " "$tmp/err"
  check "fonts.none.one-line" [ "$(wc -l <"$tmp/err")" -eq 1 ]
fi
# a --font family that is not installed is said, once for all pictures
$EVG render "$tmp/cjk.events" --font "No Such Family,DejaVu Sans" -t svg,png -o "$tmp/fonts" 2>"$tmp/err"
check "fonts.family.exit" [ $? -eq 0 ]
check "fonts.family.warning" [ "$(cat "$tmp/err")" = "evgraph: warning: no installed font is of the family 'No Such Family': the pictures are drawn with other fonts (\`fc-list : family\` lists the installed families)" ]
# the PDF carries its fonts: every font embedded, Latin and CJK among them
pdffonts "$tmp/fonts/cjk.pdf" >"$tmp/pdffonts" 2>&1
check "fonts.pdf.pdffonts" [ $? -eq 0 ]
# the columns: name type encoding emb sub uni object ID (after two header lines)
check "fonts.pdf.all-embedded" awk 'NR > 2 { n++; if ($(NF-4) != "yes") bad++ } END { exit !(n > 0 && bad == 0) }' "$tmp/pdffonts"
check "fonts.pdf.dejavu" grep -q 'DejaVuSans' "$tmp/pdffonts"
check "fonts.pdf.cjk" grep -q 'WenQuanYi' "$tmp/pdffonts"

# two inputs with one name: a usage error, nothing written
mkdir -p "$tmp/d1" "$tmp/d2" "$tmp/dupout"
cp tests/golden/small.events "$tmp/d1/x.events"; cp tests/golden/small.events "$tmp/d2/x.events"
$EVG render "$tmp/d1/x.events" "$tmp/d2/x.events" -o "$tmp/dupout" -t dot 2>"$tmp/err"
check "review.same-name.exit" [ $? -eq 2 ]
check "review.same-name.nothing" [ -z "$(ls -A "$tmp/dupout")" ]

# --- the README's example events file is valid input
/usr/bin/python3 -c "
import sys
s = open('README.md', encoding='utf-8').read()
a = s.index('\`\`\`\n# A header'); b = s.index('\`\`\`', a + 3)
open(sys.argv[1], 'w', encoding='utf-8').write(s[a + 4:b])" "$tmp/readme.events"
$EVG check "$tmp/readme.events" >"$tmp/out" 2>&1
check "readme.example-valid" [ $? -eq 0 ]

# --- filter and format usage
$EVG render data/deepseek-2025.events -t "" -o "$tmp/none" >/dev/null 2>&1
check "usage.empty-format" [ $? -eq 2 ]
$EVG check data/deepseek-2025.events --depth 3 >/dev/null 2>&1
check "usage.depth-without-focus" [ $? -eq 2 ]
$EVG check data/deepseek-2025.events --from 2030 2>"$tmp/err"
check "filter.keeps-nothing.exit" [ $? -eq 0 ]
check "filter.keeps-nothing.warning" grep -q "warning: the filters keep no event of the 32" "$tmp/err"

# --- --highlight: ids that are no events, or that the filters leave out,
# are errors in the CLI form (exit 1), and nothing is written
$EVG render data/deepseek-2025.events --highlight nope --highlight deepseek \
  -t svg -o "$tmp/lit" 2>"$tmp/err"
check "highlight.unknown.exit" [ $? -eq 1 ]
printf "evgraph: error: unknown event 'nope' (to highlight)\nevgraph: error: 'deepseek' is an actor, not an event: only events are highlighted\n" >"$tmp/want"
check "highlight.unknown.text" cmp -s "$tmp/want" "$tmp/err"
check "highlight.unknown.nothing-written" [ ! -e "$tmp/lit" ]
$EVG render data/deepseek-2025.events --from 2025 --highlight hong-kong-handover \
  -t svg -o "$tmp/lit" 2>"$tmp/err"
check "highlight.filtered-out.exit" [ $? -eq 1 ]
check "highlight.filtered-out.text" grep -qx "evgraph: error: event 'hong-kong-handover' (to highlight) is not among the 24 of 32 events that the filters keep" "$tmp/err"
$EVG render data/deepseek-2025.events --highlight deepseek-r1-release -t svg -o - 2>/dev/null >"$tmp/lit.svg"
check "highlight.known.svg" grep -q 'class="node event emphasised"' "$tmp/lit.svg"
