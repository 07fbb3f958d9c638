/**
 * Noninterference of the fixed worlds on PGlite (src/sharing/noninterference-suite.ts): the quick check after a
 * change to a route or a derived table, `NONINTERFERENCE_RUNS=0 npx vitest run src/sharing/noninterference.test.ts`.
 * The other engine and the random worlds are in the noninterference-*.test.ts files beside it.
 */
import { describeNoninterference } from './noninterference-suite.ts';

describeNoninterference('pglite', 'fixed');
