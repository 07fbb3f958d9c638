/**
 * The audit capability's public face: what a use case records in the same transaction as its work — the entry
 * for a write (`recordAudit`) and the read entries for the marked rows it returns (`recordReads`, `recordReadsOf`).
 */
export { recordAudit, recordReads, recordReadsOf, type ReadRow } from './audit.ts';
