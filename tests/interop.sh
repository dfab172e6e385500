#!/bin/bash
# Interop: the outputs as other tools read them.  GraphML against the
# GraphML 1.1 schema (xmllint, when ../shared is there) and loaded by
# NetworkX and igraph; GEXF against the GEXF 1.2draft schema and loaded by
# NetworkX; DOT read back by Graphviz's dot; SVG well-formed with a node for
# every event; JSON loaded by NetworkX (node-link); and graphology with its
# GraphML and GEXF readers (installed from npm into build/npm when node and
# npm are there; skipped otherwise).  Prints PASS/FAIL/SKIP lines.
set -u
source "$(dirname "$0")/lib.sh"

inputs="data/deepseek-2025.events tests/golden/small.events tests/golden/dates.events
  tests/golden/periods.events"
for input in $inputs; do
  name=$(basename "$input" .events)
  check "interop.$name.render" $EVG render "$input" -t dot,svg,graphml,json,graphology,gexf -o "$tmp"
done
# a generated file of 10,000 events: JSON and GEXF against GraphML at some
# size; above the layout cap the GEXF is written without positions, and
# said so
$PY tests/gen_events.py 10000 >"$tmp/gen-10000.events"
check "interop.gen-10000.render" $EVG render "$tmp/gen-10000.events" -t graphml,json,graphology,gexf -o "$tmp"
cp "$tmp/log" "$tmp/big.log"
check "interop.big.gexf-warning" grep -q "warning: GEXF: 10000 events: more than 2000 to lay out; written without positions" "$tmp/big.log"
json_names="deepseek-2025 small dates periods gen-10000"

# text that must not break the XML: markup in the file, invalid UTF-8 and a
# control character in the title given on the command line
printf '%s\n' 'title: A & B <c> "d"' 'event x' '  date: 2025-01-27' \
  '  label: </TD></TR> & \N ]]> <!--' '  description: tab	here' \
  'actor p' '  name: <b>Bold</b> & 梁' >"$tmp/hostile.events"
check "interop.hostile.render" $EVG render "$tmp/hostile.events" -t gexf,graphml \
  --title "$(printf 'bad \303\050 \001 <b>&')" -o "$tmp"

xsd=../shared/graphml-xsd/graphml.xsd
for input in $inputs; do
  name=$(basename "$input" .events)
  if [ -f "$xsd" ]; then
    check "interop.$name.graphml-schema" xmllint --noout --nonet --schema "$xsd" "$tmp/$name.graphml"
  else
    echo "SKIP interop.$name.graphml-schema: ../shared/graphml-xsd is absent"
  fi
  check "interop.$name.dot-canon" dot -Tcanon -o "$tmp/$name.canon" "$tmp/$name.dot"
  check "interop.$name.dot-svg" dot -Tsvg -o "$tmp/$name.dot.svg" "$tmp/$name.dot"
  check "interop.$name.svg-well-formed" xmllint --noout --nonet "$tmp/$name.svg"
done
gexf_xsd=../shared/gexf-xsd/1.2draft/gexf.xsd
for name in deepseek-2025 small dates periods hostile gen-10000; do
  if [ -f "$gexf_xsd" ]; then
    check "interop.$name.gexf-schema" xmllint --noout --nonet --schema "$gexf_xsd" "$tmp/$name.gexf"
  else
    echo "SKIP interop.$name.gexf-schema: ../shared/gexf-xsd is absent"
  fi
done
# The GEXF schema has teeth: it rejects viz elements in the viz namespace
# (see README, GEXF) and a position without z.
if [ -f "$gexf_xsd" ]; then
  sed 's|<color |<viz:color xmlns:viz="http://www.gexf.net/1.2draft/viz" |' "$tmp/small.gexf" >"$tmp/bad-viz.gexf"
  sed 's| z="0"||' "$tmp/small.gexf" >"$tmp/bad-z.gexf"
  for bad in bad-viz bad-z; do
    check "interop.gexf-schema-rejects.$bad" bash -c "! cmp -s '$tmp/$bad.gexf' '$tmp/small.gexf' && ! xmllint --noout --nonet --schema '$gexf_xsd' '$tmp/$bad.gexf'"
  done
fi

# The schema really rejects what it must (so the check above can fail).
if [ -d ../shared/graphml-xsd/must-fail ]; then
  for bad in ../shared/graphml-xsd/must-fail/*; do
    [ -f "$bad" ] || continue
    check "interop.schema-rejects.$(basename "$bad")" bash -c "! xmllint --noout --nonet --schema '$xsd' '$bad'"
  done
fi

status=0
$PY tests/interop.py "$tmp" || status=1
$PY tests/interop_json.py "$tmp" $json_names || status=1

# graphology and its readers, pinned by tests/graphology/package-lock.json
if modules=$(tests/npm_modules.sh); then
  NODE_PATH="$modules" node tests/graphology/check.js "$tmp" $json_names || status=1
  NODE_PATH="$modules" node tests/graphology/formats.js "$tmp" $json_names || status=1
  NODE_PATH="$modules" node tests/graphology/gexf.js "$tmp" || status=1
else
  echo "SKIP interop.graphology: $modules"
fi
exit $status
