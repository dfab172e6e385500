// Loads evgraph's GEXF with graphology-gexf (npm), as web tools such as
// sigma.js do.  Usage: node tests/graphology/gexf.js DIR (DIR holds the
// .gexf files rendered by tests/interop.sh).  Prints PASS/FAIL lines.
// A message on the console or a process warning is a failure.
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const dir = process.argv[2];
let failures = 0;
const messages = [];
for (const level of ['log', 'info', 'warn', 'error']) {
  console[level] = (...args) => messages.push(args.join(' '));
}
process.on('warning', (warning) => messages.push(String(warning)));

function check(name, ok, detail) {
  if (ok) {
    process.stdout.write(`PASS ${name}\n`);
  } else {
    failures++;
    process.stdout.write(`FAIL ${name}: ${JSON.stringify(detail)}\n`);
  }
}

function load(name) {
  const text = fs.readFileSync(`${dir}/${name}.gexf`, 'utf8');
  messages.length = 0;
  const graph = gexf.parse(Graph, text);
  check(`graphology.${name}.no-messages`, messages.length === 0, messages);
  // the file's own elements, counted as text, not through a DOM
  check(`graphology.${name}.edges`, graph.size === text.split('<edge ').length - 1,
        graph.size);
  return graph;
}

const source = fs.readFileSync('data/deepseek-2025.events', 'utf8');
const events = (source.match(/^event /gm) || []).length;
const actors = (source.match(/^actor /gm) || []).length;
const periods = (source.match(/^period /gm) || []).length;
const g = load('deepseek-2025');
check('graphology.nodes', g.order === events + actors + periods,
      [g.order, events, actors, periods]);
const biden = g.hasNode('biden-term') && g.getNodeAttributes('biden-term');
check('graphology.period', periods >= 3 && biden && biden.kind === 'period' &&
      biden.start === '2021-01-20' && biden.end === '2021-01-20'.replace('2021', '2025'),
      biden);
check('graphology.directed', g.type === 'directed', g.type);
check('graphology.title', g.getAttribute('description') ===
      "DeepSeek's R1 shock and the US-China chip contest", g.getAttributes());

const nvidia = g.getNodeAttributes('nvidia-market-value-drop');
check('graphology.label', nvidia.label.includes('Nvidia'), nvidia.label);
check('graphology.typed', nvidia.year === 2025 && nvidia.rank >= 0 &&
      nvidia.approximate === false && nvidia.line > 0, nvidia);
check('graphology.bounds', nvidia.start === '2025-01-27' && nvidia.end === '2025-01-27',
      nvidia);
const documented = ['kind', 'date', 'date_label', 'start', 'end', 'precision', 'year',
                    'approximate', 'uncertain', 'rank', 'actors', 'file', 'line', 'column'];
check('graphology.event-attributes', documented.every((k) => k in nvidia),
      documented.filter((k) => !(k in nvidia)));
const drawn = g.nodes().filter((n) => {
  const a = g.getNodeAttributes(n);
  return Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0 &&
         /^rgb\(\d+,\d+,\d+\)$/.test(a.color);
});
check('graphology.positions', drawn.length === g.order, g.order - drawn.length);
const actor = g.getNodeAttributes('nvidia');
check('graphology.actor', actor.kind === 'actor' && actor.actor_kind === 'company' &&
      actor.label === 'Nvidia', actor);
const relations = new Set(g.mapEdges((e, a) => a.relation));
check('graphology.relations', ['causes', 'responds-to', 'precedes', 'part-of', 'involves',
                               'next'].every((r) => relations.has(r)), [...relations]);
check('graphology.edge-provenance', g.everyEdge((e, a) => a.file && a.line > 0 &&
      a.column > 0 && a.color), null);
check('graphology.cjk', g.someNode((n, a) => a.label.includes('梁文锋')), null);

const hostile = load('hostile');
check('graphology.hostile.label',
      hostile.getNodeAttribute('x', 'label') === '</TD></TR> & \\N ]]> <!--',
      hostile.getNodeAttribute('x', 'label'));
check('graphology.hostile.title', hostile.getAttribute('description') ===
      'bad \uFFFD( \uFFFD <b>&', hostile.getAttribute('description'));

const big = load('gen-10000');
check('graphology.big.events', big.filterNodes((n, a) => a.kind === 'event').length === 10000,
      big.order);
check('graphology.big.no-positions', !big.someNode((n, a) => 'x' in a), null);

process.exit(failures ? 1 : 0);
