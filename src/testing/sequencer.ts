/**
 * Test files in order of cost, the longest first. Vitest orders files by their last run's duration when its cache
 * holds one and otherwise (a fresh clone: CI) by size, largest first; the noninterference check is a small file that
 * runs for many minutes, so on CI it started late and ran alone at the end while the other worker idled. The files
 * measured as the longest (docs/PERFORMANCE.md "Test suite time") start first, in this order; the rest follow as
 * vitest orders them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Path suffixes, longest first, as measured in `npm test` on both engines at load 3–7 on 2 cores (2026-12-07, second
 * pass, docs/PERFORMANCE.md): command-center 373 s, admin 123 s (`centinela setup` on an empty folder, then the admin
 * screens), operations 71 s, the fixed worlds on PGlite 70 s, markings/derived 67 s, incidents 61 s, one random world
 * on PGlite 61 s, search 54 s, data-dir-lock 48 s, cases 47 s, leads 47 s, import-markings 40 s, the fixed worlds on
 * PostgreSQL 38 s, resolution's noninterference 37 s, route-fuzz 34 s, a random world on PostgreSQL 28 s. The
 * browser suites after command-center start from the demo world it loads (e2e/harness.ts): admin, which needs none,
 * goes between them.
 */
const LONGEST = [
  'e2e/command-center.test.ts',
  'e2e/admin.test.ts',
  'e2e/operations.test.ts',
  'src/sharing/noninterference.test.ts',
  'src/markings/derived.test.ts',
  'e2e/incidents.test.ts',
  'src/sharing/noninterference-random-pglite.test.ts',
  'src/search/search.test.ts',
  'src/store/data-dir-lock.test.ts',
  'e2e/cases.test.ts',
  'e2e/leads.test.ts',
  'src/app/import-markings.test.ts',
  'src/sharing/noninterference-fixed-postgres.test.ts',
  'src/resolution/noninterference.test.ts',
  'src/http/route-fuzz.test.ts',
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
