/**
 * The audit capability's public face, as far as other folders need it today: the read entries a request
 * records. Other imports of audit.ts predate this face (eslint/known-violations.js).
 */
export { recordReadsOf } from './audit.ts';
