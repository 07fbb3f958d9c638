/**
 * An alert's score (0–1) read as a severity band, so a queue can be scanned and filtered by word and colour.
 * One definition: the API filters by these bands (as score ranges, so the score index serves them) and the
 * web app labels alerts with the same function.
 */
export const ALERT_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** The lowest score of each band; a band runs up to the next band's lowest score (exclusive). */
const BAND_FLOOR: Record<AlertSeverity, number> = { critical: 0.85, high: 0.65, medium: 0.45, low: 0 };

export function severityOfScore(score: number | null | undefined): AlertSeverity {
  const s = score ?? 0;
  return ALERT_SEVERITIES.find((band) => s >= BAND_FLOOR[band]) ?? 'low';
}

/** The score range [min, max) of a band; max is null for the top band. */
export function scoreRangeOf(severity: AlertSeverity): { min: number; max: number | null } {
  const index = ALERT_SEVERITIES.indexOf(severity);
  const above = index > 0 ? ALERT_SEVERITIES[index - 1] : undefined;
  return { min: BAND_FLOOR[severity], max: above ? BAND_FLOOR[above] : null };
}
