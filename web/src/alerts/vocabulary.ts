/**
 * The values the queue's filters offer. The API accepts free text for each filter; these lists are what the
 * screening and custody capabilities emit (labels come from the i18n catalogue, unknown values show raw).
 */
/** Screening verdicts that raise an alert (src/screening: controlled, structural analog, watch list). */
export const VERDICTS = ['controlled', 'analog', 'watch'] as const;
/** Diversion finding kinds: the server's own list (src/shared/findings.ts), so the two cannot drift. */
export { FINDING_KINDS } from '../../../src/shared/findings.ts';
export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;

/** An alert's score read as a severity band: the screening capability's own bands, which the API filters by. */
export { ALERT_SEVERITIES, severityOfScore } from '../../../src/shared/severity.ts';
export const STATUSES = ['open', 'acknowledged', 'assigned', 'escalated', 'dismissed'] as const;
/** The sea ports Centinela watches (UN/LOCODE), with their position for the map. */
export const PORTS = [
  { locode: 'MXZLO', name: 'Manzanillo', lat: 19.0522, lon: -104.3158 },
  { locode: 'MXLZC', name: 'Lázaro Cárdenas', lat: 17.9399, lon: -102.1722 },
  { locode: 'MXVER', name: 'Veracruz', lat: 19.2006, lon: -96.1342 },
  { locode: 'MXATM', name: 'Altamira', lat: 22.4829, lon: -97.8645 },
  { locode: 'MXESE', name: 'Ensenada', lat: 31.8561, lon: -116.6217 },
] as const;
