/**
 * Test files in order of cost, the longest first. Vitest orders files by their last run's duration when its cache
 * holds one and otherwise (a fresh clone: CI) by size, largest first; the noninterference check is a small file that
 * runs for many minutes, so on CI it started late and ran alone at the end while the other worker idled. The files
 * measured as the longest (docs/PERFORMANCE.md "Test suite time") start first, in this order; the rest follow as
 * vitest orders them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Path suffixes, longest first: measured on both engines at load 12–17 on 2 cores (2026-12-07, docs/PERFORMANCE.md):
 * command-center 706 s, route-fuzz 486 s, the fixed worlds on PGlite 383 s, authorization 336 s, resolution's
 * noninterference 276 s, derived-property 273 s, federation sync 180 s; the other noninterference files estimated.
 */
const LONGEST = [
  'e2e/command-center.test.ts',
  'src/http/route-fuzz.test.ts',
  'src/sharing/noninterference.test.ts',
  'src/http/authorization.test.ts',
  'e2e/admin.test.ts',
  'src/sharing/noninterference-random-pglite.test.ts',
  'src/resolution/noninterference.test.ts',
  'src/markings/derived-property.test.ts',
  'src/sharing/noninterference-fixed-postgres.test.ts',
  'src/federation/sync.test.ts',
  'src/sharing/noninterference-random-postgres.test.ts',
];

const rank = (file: TestSpecification) => {
  const index = LONGEST.findIndex((suffix) => file.moduleId.endsWith(suffix));
  return index === -1 ? LONGEST.length : index;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b)); // stable: the rest keep vitest's order
  }
}
