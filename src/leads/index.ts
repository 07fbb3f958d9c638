/**
 * The leads capability's public face: the pure fusion of evidence into ranked leads and its contract (the
 * scenario's backtest calls `fuseLeads` in memory with the generator's evidence).
 */
export { fuseLeads } from './fusion.ts';
export { LEAD_RESOLUTION, leadIdOf, type EvidenceInput, type FuseOptions, type Lead } from './model.ts';
// a host-led operation's outcome feeds its leads (src/cases)
export { recordOutcome } from './service.ts';
