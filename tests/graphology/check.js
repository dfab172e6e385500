// The -t graphology output as graphology reads it: Graph.from(json) with no
// warning, against the node-link JSON of the same input (which
// tests/interop_json.py checks against the GraphML).
//
// Usage: node tests/graphology/check.js DIR NAME...   (DIR holds
// NAME.graphology.json and NAME.json).  Prints PASS/FAIL lines.
'use strict';
const fs = require('fs');
const assert = require('assert');
const {Graph} = require('graphology');

const warnings = [];
process.on('warning', (w) => warnings.push(String(w)));
const consoleWarn = console.warn;
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

function deepEqual(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch (e) {
    return false;
  }
}

const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  const read = (file) => JSON.parse(fs.readFileSync(`${dir}/${file}`, 'utf8'));
  let graph;
  try {
    graph = Graph.from(read(`${name}.graphology.json`));
  } catch (e) {
    check(`graphology.${name}.from`, false, e);
    continue;
  }
  check(`graphology.${name}.from`, true);
  const nodeLink = read(`${name}.json`);
  check(`graphology.${name}.type`, graph.type === 'directed' && graph.multi,
        `${graph.type} multi=${graph.multi}`);
  check(`graphology.${name}.graph-attributes`,
        deepEqual(graph.getAttributes(), nodeLink.graph),
        JSON.stringify(graph.getAttributes()));
  check(`graphology.${name}.order`, graph.order === nodeLink.nodes.length,
        `${graph.order} vs ${nodeLink.nodes.length}`);
  check(`graphology.${name}.size`, graph.size === nodeLink.links.length,
        `${graph.size} vs ${nodeLink.links.length}`);
  check(`graphology.${name}.node-order`,
        deepEqual(graph.nodes(), nodeLink.nodes.map((n) => n.id)));

  const problems = [];
  for (const {id, ...attributes} of nodeLink.nodes) {
    if (!graph.hasNode(id))
      problems.push(`${id}: missing`);
    else if (!deepEqual(graph.getNodeAttributes(id), attributes))
      problems.push(`${id}: ${JSON.stringify(graph.getNodeAttributes(id))}`);
  }
  check(`graphology.${name}.node-attributes`, problems.length === 0, problems.slice(0, 3));

  problems.length = 0;
  for (const {source, target, key, ...attributes} of nodeLink.links) {
    if (!graph.hasEdge(key))
      problems.push(`${key}: missing`);
    else if (graph.source(key) !== source || graph.target(key) !== target ||
             !graph.isDirected(key) ||
             !deepEqual(graph.getEdgeAttributes(key), attributes))
      problems.push(`${key}: ${graph.source(key)}->${graph.target(key)} ` +
                    JSON.stringify(graph.getEdgeAttributes(key)));
  }
  check(`graphology.${name}.edges`, problems.length === 0, problems.slice(0, 3));

  const typed = graph.filterNodes((n, a) => a.kind === 'event').every((n) => {
    const a = graph.getNodeAttributes(n);
    return Number.isInteger(a.year) && Number.isInteger(a.rank) &&
           Number.isInteger(a.line) && typeof a.approximate === 'boolean' &&
           typeof a.uncertain === 'boolean' && Array.isArray(a.actors) &&
           Array.isArray(a.tags);
  });
  check(`graphology.${name}.typed`, typed, 'an event with an untyped value');
  // periods arrive as nodes of their own, with their bounds and no edge
  const wanted = nodeLink.nodes.filter((n) => n.kind === 'period');
  const periods = graph.filterNodes((n, a) => a.kind === 'period');
  check(`graphology.${name}.periods`,
        periods.length === wanted.length &&
            periods.every((n) => graph.degree(n) === 0 &&
                                 typeof graph.getNodeAttribute(n, 'start') === 'string' &&
                                 /\//.test(graph.getNodeAttribute(n, 'date'))),
        periods);
  if (name === 'periods')
    check('graphology.periods.biden',
          graph.hasNode('biden-term') &&
              deepEqual([graph.getNodeAttribute('biden-term', 'date'),
                         graph.getNodeAttribute('biden-term', 'color')],
                        ['2021-01-20/2025-01-20', '#4477aa']),
          graph.hasNode('biden-term') && graph.getNodeAttributes('biden-term'));
}
console.warn = consoleWarn;
check('graphology.no-warnings', warnings.length === 0, warnings);
process.exit(failures ? 1 : 0);
