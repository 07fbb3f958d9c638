/**
 * The custody capability's public face: the analysis of consignments into findings (capture-then-analyse and
 * a marking change call it), the findings a class reads, the global search over its registries (permits,
 * places), the columns of its registry files and the outline of Mexico its detectors know (the scenario writes
 * files in these formats and keeps its roads to the same Mexico), and the permit holders and place operators entity
 * resolution reads, and what the leads read (lost and diverted consignments at their last known position).
 */
export { LOCATION_COLUMNS, PERMIT_COLUMNS } from './file-formats.ts';
export { isInMexico, neighbourCountry } from './mexico.ts';
export { analyseConsignments, type AnalysisSummary } from './findings.service.ts';
export { FINDINGS_ADDED, findingsMarkedAt, listFindings } from './findings.repository.ts';
export { searchPermits, searchPlaces } from './search.repository.ts';
export { openFindingsOf } from './findings.repository.ts';
export { findingTallies, latestFindingDay, type FindingTallies } from './finding-tallies.repository.ts';
export {
  locationOperators,
  permitHolders,
  registrySources,
  type LocationOperatorRow,
  type RegistrySourceRow,
  type PermitHolderRow,
} from './party-sources.repository.ts';
export { placesNamed } from './registry.repository.ts';
export { resolveDestination } from './destination.ts';
export { consignmentEvidence, type ConsignmentEvidenceRow } from './lead-evidence.repository.ts';
