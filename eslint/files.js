// @ts-check
/**
 * Where the folder rules look: the repository's root, the folder a file belongs to, and the TypeScript sources
 * under a directory. Shared by the boundaries rule, the import graph and the table-owner rule.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** 'custody' for src/custody/detectors/x.ts, 'web' for web/src/..., null for what the rules do not govern. */
export function folderOf(absolutePath) {
  const [top, second, third] = path.relative(ROOT, absolutePath).split(path.sep);
  if (top === 'web') return 'web';
  if (top === 'src' && second !== undefined && third !== undefined) return second;
  return null;
}

/** Every .ts / .tsx source under `dir` (no declaration files, nothing under node_modules or dist). */
export function sources(dir) {
  /** @type {string[]} */
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') found.push(...sources(full));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}
