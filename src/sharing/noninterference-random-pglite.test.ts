/** Noninterference of the random worlds on PGlite; src/sharing/noninterference-suite.ts. */
import { describeNoninterference } from './noninterference-suite.ts';

describeNoninterference('pglite', 'random');
