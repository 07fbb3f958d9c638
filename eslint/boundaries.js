// @ts-check
/**
 * The allowed arrows between the folders of `src/` and the web (docs/ARCHITECTURE.md), as a lint rule.
 *
 * Written here rather than taken from eslint-plugin-boundaries or dependency-cruiser: the whole rule is "which
 * folder, which file" over relative imports (the project has no path aliases), which is thirty lines of code
 * that needs no resolver and adds no time to `npm run lint`; the plugins bring a resolver of their own and a
 * second configuration language for the same table (docs/DECISIONS.md).
 */
import path from 'node:path';
import { folderOf, ROOT } from './files.js';
import { folderArrows } from './import-graph.js';
import { KNOWN_FOLDER_CYCLES, KNOWN_VIOLATIONS } from './known-violations.js';

/** Folders that only hold vocabulary and plumbing every capability may use; each lists what it may import. */
const KERNEL = {
  shared: [],
  errors: ['shared'],
  identifiers: ['shared', 'errors'],
  store: ['shared', 'errors'],
  csv: ['shared', 'errors', 'store'],
};

/**
 * The framework layers: the HTTP layer (authentication hook, error handling, input bounds, security headers, the
 * `App` a routes plugin sees) and the CLI's (`CliContext`, options, progress bars). Capabilities build on their
 * contract files; they import only the kernel, never a capability (the composition root wires those in).
 */
const FRAMEWORK = {
  http: ['shared', 'errors', 'store'],
  cli: ['shared', 'errors', 'store'],
};

/** Capabilities: each owns its tables and is used by others only through its `index.ts`. */
const CAPABILITIES = [
  'identity',
  'audit',
  'markings',
  'reports',
  'declarations',
  'screening',
  'epcis',
  'custody',
  'incidents',
  'leads',
  'cases',
  'resolution',
  'network',
  'scenario',
  'search',
  'dashboard',
  'federation',
];

/**
 * The composition root (`app`: the Fastify app and the commander program, each capability's routes plugin and
 * commands registered) and the harnesses (the demo, the noninterference test, test worlds): they may import any
 * folder; no capability imports them.
 */
const ROOTS = ['app', 'demo', 'sharing', 'testing'];

/**
 * What a folder offers to the others (its public face). `index.ts` is every folder's face; the kernel folders
 * and the roots' plugin contracts name theirs.
 */
const PUBLIC_FILES = {
  shared: '*',
  errors: ['app-error.ts', 'catalogue.ts', 'entry.ts'],
  identifiers: '*',
  csv: '*',
  store: [
    'database.ts',
    'added-since.ts',
    'bounds.ts',
    'conditions.ts',
    'derivation-keys.ts',
    'marked-at.ts',
    'statistics.ts',
    'text-search.ts',
    'types.ts',
  ],
  // the routes-plugin contract (the `App` type) and the CLI's (`CliContext`, options, progress bars); the
  // composition root uses the rest of the framework layers
  http: ['types.ts', 'paging.ts'],
  cli: ['context.ts', 'options.ts', 'progress.ts'],
};

/** A test builds its own world: it may import what it tests and the roots that serve it. */
function isTestSupport(relativePath) {
  return /\.test\.tsx?$/.test(relativePath) || relativePath.startsWith('src/testing/');
}

/**
 * Why an import from `fromFile` of `toFile` (absolute paths) crosses a boundary it may not, or null when the
 * arrow is allowed. The key names the arrow as it appears in KNOWN_VIOLATIONS: `<from folder> -> <target>`.
 */
export function violation(fromFile, toFile) {
  const from = folderOf(fromFile);
  const to = folderOf(toFile);
  if (from === null || to === null || from === to) return null;
  for (const folder of [from, to]) {
    if (
      folder !== 'web' &&
      !(folder in KERNEL) &&
      !(folder in FRAMEWORK) &&
      !CAPABILITIES.includes(folder) &&
      !ROOTS.includes(folder)
    ) {
      return {
        key: `${from} -> ${to}`,
        reason: `src/${folder} is a new folder: give it its place in eslint/boundaries.js`,
      };
    }
  }
  const fromRelative = path.relative(ROOT, fromFile);
  const target = path
    .relative(ROOT, toFile)
    .split(path.sep)
    .join('/')
    .replace(/^src\//, '');
  const key = `${from} -> ${target}`;
  if (from === 'web') {
    return to === 'shared' || isTestSupport(fromRelative)
      ? null
      : { key, reason: 'the web imports only src/shared' };
  }
  if (isTestSupport(fromRelative)) return null;
  if (to === 'web') return { key, reason: 'the server does not import the web' };
  if (ROOTS.includes(from)) return null;
  const file = target.slice(to.length + 1); // the path inside the target folder
  const face = PUBLIC_FILES[to];
  const isPublic = file === 'index.ts' || face === '*' || (Array.isArray(face) && face.includes(file));
  if (from in KERNEL || from in FRAMEWORK) {
    const allowed = KERNEL[from] ?? FRAMEWORK[from];
    if (allowed.includes(to) && isPublic) return null;
    return {
      key,
      reason: `src/${from} may import only ${allowed.map((f) => 'src/' + f).join(', ') || 'itself'}`,
    };
  }
  if (isPublic) return null;
  if (ROOTS.includes(to)) return { key, reason: `no capability imports src/${to}: it is a root` };
  if (to in FRAMEWORK) {
    return {
      key,
      reason: `a capability uses only the contract files of src/${to} (${[face].flat().join(', ')})`,
    };
  }
  return { key, reason: `another folder is used through its public face (src/${to}/index.ts)` };
}

/** The production arrows between folders as they are on disk, read once per lint run. */
let arrowsOnDisk;

/**
 * The folders by which `to` already reaches `from` (`[to, …, from]`), so that an arrow `from -> to` closes a cycle
 * between folders; null when it does not (or the cycle is a known one).
 */
export function cycleClosedBy(from, to) {
  arrowsOnDisk ??= folderArrows();
  const cameFrom = new Map([[to, null]]);
  const queue = [to];
  while (queue.length > 0) {
    const folder = queue.shift();
    if (folder === from) {
      const path = [];
      for (let f = from; f !== null; f = cameFrom.get(f)) path.unshift(f);
      const known = [...KNOWN_FOLDER_CYCLES].some((cycle) =>
        path.every((f) => cycle.split(' <-> ').includes(f)),
      );
      return known ? null : path;
    }
    for (const next of arrowsOnDisk.get(folder) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, folder);
        queue.push(next);
      }
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'the allowed arrows between folders (docs/ARCHITECTURE.md)' },
    messages: {
      crosses:
        '{{key}}: {{reason}} (docs/ARCHITECTURE.md; the known exceptions are eslint/known-violations.js)',
      cycle:
        '{{from}} -> {{to}} closes a cycle between folders ({{path}}): move the shared piece down a layer or ' +
        'let the composition root pass it (docs/ARCHITECTURE.md)',
    },
    schema: [],
  },
  create(context) {
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      const found = violation(context.filename, target);
      if (found && !KNOWN_VIOLATIONS.has(found.key)) {
        context.report({ node, messageId: 'crosses', data: found });
        return;
      }
      const from = folderOf(context.filename);
      const to = folderOf(target);
      if (from === null || to === null || from === to || from === 'web') return;
      if (isTestSupport(path.relative(ROOT, context.filename))) return;
      const cycle = cycleClosedBy(from, to);
      if (cycle) context.report({ node, messageId: 'cycle', data: { from, to, path: cycle.join(' -> ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { folders: rule } };
