#!/bin/bash
# yEd (-t yed): the GraphML with the yFiles drawing, checked as far as can
# be without yEd: valid against GraphML 1.1 extended by the yFiles elements
# we write (tests/yed/), the same data as the plain GraphML in NetworkX and
# igraph, and the drawing's structure (tests/yed.py).  Prints PASS/FAIL/SKIP.
set -u
source "$(dirname "$0")/lib.sh"

# A file with text that must stay text: markup of GraphML and of yFiles,
# backslashes, quotes, CJK, a headline that wraps inside a long word.
cat >"$tmp/hostile.events" <<'END'
title: <graph id="x"> & "quotes" 'too'
event markup
  date: 2025-01-27
  label: </y:NodeLabel><y:Shape type="x"/> & <![CDATA[ \N C:\new ]]>
  actors: liang
event long-word
  date: 2025-01-28~
  label: Supercalifragilisticexpialidocious-artificial-intelligence 梁文锋 model
  causes: markup
actor liang
  name: 梁文锋 <b>&</b>
  kind: person
END
/usr/bin/python3 tests/gen_events.py 10000 7 >"$tmp/big.events"

# --- renders: both layouts, the golden inputs, hostile text, 10,000 events
check "yed.render.article" $EVG render data/deepseek-2025.events -t yed,graphml -o "$tmp"
check "yed.render.article-timeline" $EVG render data/deepseek-2025.events -t yed \
  --layout timeline -o "$tmp/timeline.yed.graphml"
for name in small dates hostile; do
  input=tests/golden/$name.events
  [ "$name" = hostile ] && input=$tmp/hostile.events
  check "yed.render.$name" $EVG render "$input" -t yed,graphml -o "$tmp"
done
$EVG render "$tmp/big.events" -t yed,graphml -o "$tmp" 2>"$tmp/big.err"
check "yed.render.big" [ $? -eq 0 ]
check "yed.big.warning" grep -qx "evgraph: warning: yEd: 10000 events: more than 2000 to lay out; placed in a grid in time order (yEd's Layout menu can lay them out)" "$tmp/big.err"
$EVG render data/deepseek-2025.events -t yed -o - 2>"$tmp/err" >"$tmp/stdout.yed.graphml"
check "yed.stdout" cmp -s "$tmp/stdout.yed.graphml" "$tmp/deepseek-2025.yed.graphml"
check "yed.no-warning-under-the-cap" [ ! -s "$tmp/err" ]
check "yed.out-fresh" cmp -s "$tmp/stdout.yed.graphml" out/deepseek-2025.yed.graphml

# --- the same bytes every time
$EVG render data/deepseek-2025.events -t yed --layout timeline -o "$tmp/again.yed.graphml" 2>/dev/null
check "yed.deterministic.timeline" cmp -s "$tmp/timeline.yed.graphml" "$tmp/again.yed.graphml"
$EVG render "$tmp/big.events" -t yed -o "$tmp/big-again.yed.graphml" 2>/dev/null
check "yed.deterministic.big" cmp -s "$tmp/big.yed.graphml" "$tmp/big-again.yed.graphml"

# --- file names: NAME.yed.graphml, -o FILE with that extension
check "yed.name" [ -s "$tmp/small.yed.graphml" ]
check "yed.output-file" [ -f "$tmp/timeline.yed.graphml" ]
mkdir -p "$tmp/single"
$EVG render tests/golden/small.events -t yed -o "$tmp/single/plain.graphml" 2>/dev/null
check "yed.output-file.graphml-is-a-file" bash -c "[ -f '$tmp/single/plain.graphml' ] && grep -q 'y:ShapeNode' '$tmp/single/plain.graphml'"
$EVG render tests/golden/small.events -t yed -o "$tmp/single/plain.svg" 2>/dev/null
check "yed.output-file.other-extension-is-a-folder" [ -f "$tmp/single/plain.svg/small.yed.graphml" ]
$EVG render tests/golden/small.events -t nope 2>"$tmp/err"
check "yed.usage-lists-yed" grep -q "expected dot, svg, graphml, png, pdf, json, graphology, gexf, yed, timelinejs or events" "$tmp/err"

# --- a layout that fails writes nothing: an unknown theme stops it first,
# and a failed run leaves an existing file as it was
echo keep >"$tmp/kept.yed.graphml"
$EVG render data/deepseek-2025.events -t yed --theme nope -o "$tmp/kept.yed.graphml" 2>/dev/null
check "yed.failed-run-keeps-file" grep -qx keep "$tmp/kept.yed.graphml"

# --- valid GraphML: the schema of ../shared, extended by the y: elements
xsd=tests/yed/graphml-yfiles.xsd
if [ -f ../shared/graphml-xsd/graphml.xsd ]; then
  for name in deepseek-2025 timeline small dates hostile big; do
    check "yed.schema.$name" xmllint --noout --nonet --huge --schema "$xsd" "$tmp/$name.yed.graphml"
  done
  # the plain schema has <data> hold text only: the y: elements need the
  # extension (so that the check above means something)
  check "yed.schema.plain-rejects-y" bash -c "! xmllint --noout --nonet --schema ../shared/graphml-xsd/graphml.xsd '$tmp/small.yed.graphml'"
  # and the extension still rejects what it must
  while IFS='|' read -r what from to; do
    sed "s|$from|$to|" "$tmp/small.yed.graphml" >"$tmp/bad.graphml"
    check "yed.schema.rejects.$what" bash -c "! cmp -s '$tmp/small.yed.graphml' '$tmp/bad.graphml' && ! xmllint --noout --nonet --schema '$xsd' '$tmp/bad.graphml'"
  done <<'END'
unknown-shape|type="roundrectangle"|type="roundrect"
unknown-arrow|target="standard"|target="normal"
unknown-line-type|type="dotted"|type="dots"
no-geometry|<y:Geometry [^>]*/>|
bad-colour|<y:Fill color="#[0-9A-F]*"|<y:Fill color="white"
unknown-data-key|<data key="kind">|<data key="kinds">
unknown-yfiles-type|yfiles.type="edgegraphics"|yfiles.type="edges"
END
else
  echo "SKIP yed.schema: ../shared/graphml-xsd is absent"
fi

$PY tests/yed.py "$tmp"
