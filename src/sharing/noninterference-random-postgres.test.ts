/** Noninterference of the random worlds on PostgreSQL (DATABASE_URL); src/sharing/noninterference-suite.ts. */
import { describeNoninterference } from './noninterference-suite.ts';

describeNoninterference('postgres', 'random');
