/**
 * The values the queue's filters offer. The API accepts free text for each filter; these lists are what the
 * screening and custody capabilities emit (labels come from the i18n catalogue, unknown values show raw).
 */
/** Screening verdicts that raise an alert (src/screening: controlled, structural analog, watch list). */
export const VERDICTS = ['controlled', 'analog', 'watch'] as const;
/** Diversion finding kinds (src/custody/model.ts FINDING_KINDS). */
export const FINDING_KINDS = [
  'quantity_loss',
  'unlicensed_receiver',
  'route_deviation',
  'dwell',
  'tracking_gap',
  'split',
  'transshipment',
  'no_permit',
  'permit_quota_exceeded',
  'permit_expired',
] as const;
export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;

/** An alert's score (0–1) read as a severity band, so the queue can be scanned by colour and word. */
export function severityOfScore(score: number | null | undefined): 'critical' | 'high' | 'medium' | 'low' {
  const s = score ?? 0;
  if (s >= 0.85) return 'critical';
  if (s >= 0.65) return 'high';
  if (s >= 0.45) return 'medium';
  return 'low';
}
export const STATUSES = ['open', 'acknowledged', 'assigned', 'escalated', 'dismissed'] as const;
export const PORTS = [
  { locode: 'MXZLO', name: 'Manzanillo' },
  { locode: 'MXLZC', name: 'Lázaro Cárdenas' },
  { locode: 'MXVER', name: 'Veracruz' },
  { locode: 'MXATM', name: 'Altamira' },
  { locode: 'MXESE', name: 'Ensenada' },
] as const;
