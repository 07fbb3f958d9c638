// Whether dist/ (scripts/compile-server.ts, part of `npm run build`) is newer than every source it compiled:
// the bin runs it only then, so that a source edited after a build is never shadowed by the older dist/.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
/** What the build leaves out (tsconfig.build.json): tests and the test harnesses. */
const NOT_COMPILED = /\.test\.ts$|^(testing|sharing)\//;

export function compiledIsCurrent() {
  let built;
  try {
    built = statSync(join(root, 'dist', '.built')).mtimeMs;
  } catch {
    return false;
  }
  const src = join(root, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!NOT_COMPILED.test(relative(src, path)) && statSync(path).mtimeMs > built) return false;
  }
  return true;
}
