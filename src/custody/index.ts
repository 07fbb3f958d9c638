/**
 * The custody capability's public face: the analysis of consignments into findings (capture-then-analyse and
 * a marking change call it), the findings a class reads, and the global search over its registries (permits,
 * places).
 */
export { analyseConsignments, type AnalysisSummary } from './findings.service.ts';
export { listFindings } from './findings.repository.ts';
export { searchPermits, searchPlaces } from './search.repository.ts';
