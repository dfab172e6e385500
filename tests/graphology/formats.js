// evgraph's GraphML (and GEXF, when written) as graphology's own readers
// take them: graphology-graphml and graphology-gexf, with no warning and
// no exception, the same nodes and edges as the node-link JSON, typed
// values and provenance on every node and edge.
//
// Usage: node tests/graphology/formats.js DIR NAME...   (DIR holds
// NAME.graphml, NAME.json and, when present, NAME.gexf).  Prints PASS/FAIL
// lines.
'use strict';
const fs = require('fs');
const {MultiDirectedGraph} = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');

const warnings = [];
process.on('warning', (w) => warnings.push(String(w)));
console.warn = (...args) => warnings.push(args.join(' '));

let failures = 0;
function check(name, condition, detail) {
  if (condition) {
    console.log(`PASS ${name}`);
  } else {
    failures++;
    console.log(`FAIL ${name}: ${String(detail).slice(0, 400)}`);
  }
}

const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  const nodeLink = JSON.parse(fs.readFileSync(`${dir}/${name}.json`, 'utf8'));
  const readers = [['graphml', graphml]];
  if (fs.existsSync(`${dir}/${name}.gexf`))
    readers.push(['gexf', gexf]);
  for (const [format, reader] of readers) {
    const label = `graphology-${format}.${name}`;
    let graph;
    try {
      const text = fs.readFileSync(`${dir}/${name}.${format}`, 'utf8');
      graph = reader.parse(MultiDirectedGraph, text);
    } catch (e) {
      check(`${label}.parse`, false, e);
      continue;
    }
    check(`${label}.parse`, true);
    check(`${label}.order`, graph.order === nodeLink.nodes.length,
          `${graph.order} vs ${nodeLink.nodes.length}`);
    check(`${label}.size`, graph.size === nodeLink.links.length,
          `${graph.size} vs ${nodeLink.links.length}`);
    const missing = nodeLink.nodes.filter((n) => !graph.hasNode(n.id));
    check(`${label}.node-ids`, missing.length === 0, missing.slice(0, 3).map((n) => n.id));
    const events = graph.filterNodes((n, a) => a.kind === 'event');
    const typed = events.every((n) => {
      const a = graph.getNodeAttributes(n);
      return Number.isInteger(a.year) && Number.isInteger(a.rank) &&
             Number.isInteger(a.line) && typeof a.approximate === 'boolean' &&
             typeof a.file === 'string' && typeof a.label === 'string';
    });
    check(`${label}.typed`, events.length > 0 && typed, 'an event with an untyped value');
    const sameValues = nodeLink.nodes.every((n) => {
      if (!graph.hasNode(n.id)) return false;
      const a = graph.getNodeAttributes(n.id);
      return a.kind === n.kind && a.label === n.label && a.date === n.date &&
             a.start === n.start && a.end === n.end && a.line === n.line;
    });
    check(`${label}.values`, sameValues, 'a node whose values differ from the JSON');
    const provenance = graph.everyEdge((e, a) =>
        typeof a.relation === 'string' && typeof a.file === 'string' &&
        Number.isInteger(a.line) && Number.isInteger(a.column));
    check(`${label}.edge-provenance`, provenance, 'an edge without file/line/column');
  }
}
check('graphology-readers.no-warnings', warnings.length === 0, warnings);
process.exit(failures ? 1 : 0);
