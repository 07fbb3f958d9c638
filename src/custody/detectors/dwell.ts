/**
 * dwell: the consignment stays at one place (same place id, or positions within the jitter radius)
 * longer than the threshold, and that place is not a licensed site (port, terminal, warehouse,
 * permitted site). Time at a stop runs from the first to the last event observed there: a single event followed by
 * silence is a tracking gap, not a dwell.
 */
import { hoursBetween, samePlace } from '../consignment.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, hours, type Detector } from './common.ts';

export const detectDwell: Detector = (facts, thresholds) => {
  const licensedKinds = new Set(thresholds.licensedPlaceKinds);
  const permittedSites = new Set(facts.permits.map((p) => p.siteId).filter((s): s is string => s !== null));
  const isLicensed = (e: CustodyEvent) => {
    if (!e.placeId) return false;
    const place = facts.places.get(e.placeId);
    return permittedSites.has(e.placeId) || (place !== undefined && licensedKinds.has(place.kind));
  };
  const findings = [];
  const events = facts.events;
  let start = 0;
  while (start < events.length) {
    let end = start + 1;
    while (end < events.length && samePlace(events[start]!, events[end]!, thresholds)) end++;
    const lastThere = events[end - 1]!;
    if (end - start >= 2 && !isLicensed(events[start]!)) {
      const stopped = hoursBetween(events[start]!.eventTime, lastThere.eventTime);
      if (stopped > thresholds.dwellHours) {
        findings.push(
          finding(
            facts,
            'dwell',
            stopped > thresholds.dwellHours * 3 ? 'high' : 'medium',
            events.slice(start, end).map((e) => e.eventId),
            `Stopped ${hours(stopped)} at ${describePlace(events[start]!)}, which is not a licensed site.`,
            `Detenido ${hours(stopped)} en ${describePlace(events[start]!)}, que no es un sitio autorizado.`,
          ),
        );
      }
    }
    start = end;
  }
  return findings;
};

function describePlace(e: CustodyEvent): string {
  return e.placeId ?? `${e.lat?.toFixed(4)},${e.lon?.toFixed(4)}`;
}
