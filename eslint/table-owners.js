// @ts-check
/**
 * One owner per table (docs/ARCHITECTURE.md): a table belongs to the folder whose `migrations/` creates it, and
 * only that folder's code names it in SQL; another capability reads it through the owner's face (a read function,
 * or a relation fragment the owner exports, such as `LINES` of src/declarations). As a lint rule
 * (`centinela/table-owner`) over the string and template literals of src/, and as a list for
 * `node eslint/import-graph.js` and the ratchet test.
 *
 * Not governed: the kernel's tables (src/store/migrations: nations, agencies, users, credentials, derivation keys,
 * which every marking and actor names), tests and the harnesses that build worlds (src/testing, src/sharing,
 * src/demo), and the migrations themselves (SQL: triggers and policies span tables by design).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { folderOf, ROOT, sources } from './files.js';
import { KNOWN_TABLE_READS } from './known-violations.js';

const SRC = path.join(ROOT, 'src');
const KERNEL_TABLES_OWNER = 'store';

const HARNESSES = ['testing', 'sharing', 'demo'];

/** table -> folder that creates it, read from every `src/<folder>/migrations/*.sql`. */
export function tableOwners() {
  const owners = new Map();
  for (const folder of readdirSync(SRC)) {
    let files;
    try {
      files = readdirSync(path.join(SRC, folder, 'migrations'));
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.sql'))) {
      const sql = readFileSync(path.join(SRC, folder, 'migrations', file), 'utf8');
      const creates =
        /\bcreate\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?(?:public\.)?([a-z_][a-z0-9_]*)/gi;
      for (const match of sql.matchAll(creates)) owners.set(match[1].toLowerCase(), folder);
    }
  }
  return owners;
}

let owners;
let reference;

/** The tables an SQL text reads or writes: names after from, join, into, update, table, truncate. */
export function tablesNamedIn(text) {
  owners ??= tableOwners();
  reference ??= new RegExp(
    `\\b(?:from|join|into|update|table|truncate)\\s+(?:only\\s+)?(?:public\\.)?(${[...owners.keys()].join('|')})\\b`,
    'gi',
  );
  return [...text.matchAll(reference)].map((m) => m[1].toLowerCase());
}

/** Whether the rule governs the file at this absolute path (production code of a non-harness folder). */
function governed(file) {
  const folder = folderOf(file);
  if (folder === null || HARNESSES.includes(folder)) return false;
  return !/\.test\.tsx?$/.test(file);
}

/**
 * Why `file` may not name `table`, as a key `<folder> -> <table>` (the form of KNOWN_TABLE_READS), or null
 * when it may: its own table, a kernel table, a table no migration creates.
 */
export function foreignTable(file, table) {
  owners ??= tableOwners();
  const folder = folderOf(file);
  const owner = owners.get(table);
  if (!governed(file) || owner === undefined || owner === folder || owner === KERNEL_TABLES_OWNER)
    return null;
  return { key: `${folder} -> ${table}`, owner };
}

/** The text of a string or template literal node ('' for other nodes); a template's holes read as a space. */
function literalText(node) {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ');
  return '';
}

/** Every reference today to another folder's table: key -> count (for the ratchet and the printout). */
export function currentTableReads() {
  const counts = new Map();
  for (const file of sources(SRC).filter(governed)) {
    const text = readFileSync(file, 'utf8');
    if (tablesNamedIn(text).length === 0) continue; // most files name no table: parse only those that may
    const { ast } = tseslint.parser.parseForESLint(text, { range: false, loc: false });
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      for (const table of tablesNamedIn(literalText(node))) {
        const found = foreignTable(file, table);
        if (found) counts.set(found.key, (counts.get(found.key) ?? 0) + 1);
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === 'parent') continue;
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(ast);
  }
  return counts;
}

/** @type {import('eslint').Rule.RuleModule} */
export const tableOwnerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'only the folder whose migrations create a table names it in SQL' },
    messages: {
      foreign:
        '{{key}}: {{table}} belongs to src/{{owner}} (its migrations create it); read it through ' +
        'src/{{owner}}/index.ts (docs/ARCHITECTURE.md, "One owner per table")',
    },
    schema: [],
  },
  create(context) {
    if (!governed(context.filename)) return {};
    const check = (node) => {
      for (const table of tablesNamedIn(literalText(node))) {
        const found = foreignTable(context.filename, table);
        if (found && !KNOWN_TABLE_READS.has(found.key))
          context.report({ node, messageId: 'foreign', data: { ...found, table } });
      }
    };
    return { Literal: check, TemplateLiteral: check };
  },
};
