// @ts-check
/**
 * The project's relative imports between folders, read from the sources (not from ESLint, so the ratchet test
 * and `node eslint/import-graph.js` take a second, not a type-checked lint run). Prints the arrows that cross a
 * boundary and the cycles between folders: `node eslint/import-graph.js`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { violation } from './boundaries.js';
import { folderOf, ROOT, sources } from './files.js';
import { currentTableReads } from './table-owners.js';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(?:type\s)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of src/ and web/src/: [from file, to file] (absolute). */
function relativeImports() {
  const edges = [];
  for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'web/src'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier?.startsWith('.')) edges.push([file, path.resolve(path.dirname(file), specifier)]);
    }
  }
  return edges;
}

/** The imports that leave their folder. */
function crossFolderImports() {
  return relativeImports().filter(([from, to]) => folderOf(from) !== folderOf(to));
}

/** The arrow keys that cross a boundary today, each with how many imports take it. */
export function currentViolations() {
  const counts = new Map();
  for (const [from, to] of crossFolderImports()) {
    const found = violation(from, to);
    if (found) counts.set(found.key, (counts.get(found.key) ?? 0) + 1);
  }
  return counts;
}

const isTest = (file) =>
  /\.test\.tsx?$/.test(file) || file.includes(`${path.sep}src${path.sep}testing${path.sep}`);

/** Strongly connected components of more than one node of a graph given as node -> successors. */
function cycles(arrows) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of arrows.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of arrows.keys()) if (!index.has(v)) visit(v);
  return components;
}

function graph(edges, node) {
  const arrows = new Map();
  for (const [from, to] of edges) {
    const a = node(from);
    const b = node(to);
    if (a === null || b === null || a === b) continue;
    if (!arrows.has(a)) arrows.set(a, new Set());
    arrows.get(a).add(b);
  }
  return arrows;
}

/** The arrows between folders of the production files (tests and src/testing left out): folder -> folders. */
export function folderArrows() {
  return graph(
    relativeImports().filter(([from]) => !isTest(from)),
    folderOf,
  );
}

/**
 * Cycles, tests left out: pairs of folders that import each other (through any files), cycles between folders
 * of any length (each a strongly connected set of folders, `a <-> b <-> c`), and cycles of modules that span more
 * than one folder (file A imports B imports ... imports A, across folders).
 */
export function importCycles() {
  const production = relativeImports().filter(([from]) => !isTest(from));
  const folders = graph(production, folderOf);
  const pairs = [];
  for (const [a, targets] of folders)
    for (const b of targets) if (a < b && folders.get(b)?.has(a)) pairs.push(`${a} <-> ${b}`);
  const relative = (file) => path.relative(path.join(ROOT, 'src'), file).split(path.sep).join('/');
  const modules = cycles(graph(production, (file) => (folderOf(file) === null ? null : relative(file))));
  const crossFolder = modules.filter((component) => new Set(component.map((m) => m.split('/')[0])).size > 1);
  const folderCycles = cycles(folders).map((component) => component.join(' <-> '));
  return { pairs: pairs.sort(), folderCycles: folderCycles.sort(), moduleCycles: crossFolder };
}

if (process.argv[1] === import.meta.filename) {
  const violations = currentViolations();
  const imports = [...violations.values()].reduce((a, b) => a + b, 0);
  for (const [key, count] of [...violations].sort()) console.log(`${String(count).padStart(3)}  ${key}`);
  const { pairs, folderCycles, moduleCycles } = importCycles();
  console.log(`\n${violations.size} arrows (${imports} imports) cross a boundary`);
  console.log(`${pairs.length} pairs of folders import each other: ${pairs.join(', ')}`);
  console.log(`${folderCycles.length} cycles between folders: ${folderCycles.join(', ')}`);
  console.log(`${moduleCycles.length} module cycles span folders:`);
  for (const component of moduleCycles) console.log(`  ${component.join(' ')}`);
  const tableReads = currentTableReads();
  console.log(`${tableReads.size} tables named in SQL outside their owner (eslint/table-owners.js):`);
  for (const [key, count] of [...tableReads].sort()) console.log(`${String(count).padStart(3)}  ${key}`);
}
