/**
 * dwell: on its inland leg a container stays at one place (same place id, or positions within the jitter
 * radius) longer than that kind of place is expected to hold it. Time at a stop runs from the first to the
 * last event observed there: a single event followed by silence is a tracking gap, not a dwell.
 * Expected stays (thresholds): any length at the seaport (customs inspection, congestion; once the container
 * departed from the port, a stop at an unregistered place near it is on the road) and at licensed
 * kinds of place or a permit's site; `facilityDwellHours` at other registered places (customs checkpoints,
 * border posts), plus `weekendDwellHours` when the stop spans a Saturday or Sunday; `dwellHours` at a
 * place the registry does not know, or `nightRestHours` when the stop covers the local night (a driver's rest).
 * Kinds of place are read by class, whatever the registry's words (place-kinds.ts). Ignored: events before discharge (origin port, voyage, anchorage) and
 * abroad (trans-shipment).
 */
import { hoursBetween, localDay, samePlace } from '../consignment.ts';
import type { CustodyEvent } from '../model.ts';
import { finding, hours, placeName, type Detector } from './common.ts';
import { isAbroad, outOfPort, tracksOf } from './journey.ts';
import { holdsGoods } from './place-kinds.ts';

/** Whether the stop covers some of the local night (21:00–06:00), when a driver rests. */
function spansNight(from: string, to: string, offsetHours: number): boolean {
  const start = Date.parse(from);
  const end = Date.parse(to);
  for (let t = start; t <= end; t += 1_800_000) {
    const hour = new Date(t + offsetHours * 3_600_000).getUTCHours();
    if (hour >= 21 || hour < 6) return true;
  }
  return false;
}

function spansWeekend(from: string, to: string, offsetHours: number): boolean {
  for (let t = Date.parse(from); t <= Date.parse(to); t += 6 * 3_600_000) {
    const weekday = new Date(`${localDay(new Date(t).toISOString(), offsetHours)}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) return true;
  }
  return false;
}

export const detectDwell: Detector = (facts, thresholds) => {
  const permittedSites = new Set(facts.permits.map((p) => p.siteId).filter((s): s is string => s !== null));
  /** How long a stop at this place may last, in hours, before it is a dwell. */
  const expected = (e: CustodyEvent, atPort: boolean, from: string, to: string): number => {
    if (atPort) return Infinity;
    const place = e.placeId ? facts.places.get(e.placeId) : undefined;
    if (e.placeId && permittedSites.has(e.placeId)) return Infinity;
    if (place && holdsGoods(place.kind, thresholds.licensedPlaceKinds)) return Infinity;
    const weekend = spansWeekend(from, to, thresholds.localUtcOffsetHours) ? thresholds.weekendDwellHours : 0;
    if (place) return thresholds.facilityDwellHours + weekend;
    return spansNight(from, to, thresholds.localUtcOffsetHours)
      ? Math.max(thresholds.dwellHours, thresholds.nightRestHours)
      : thresholds.dwellHours;
  };
  const findings = [];
  for (const track of tracksOf(facts)) {
    const onRoad = outOfPort(track, facts);
    const inland = track.inland.map((e, i) => ({ e, atPort: !onRoad(e, i) }));
    const kept = inland.filter(({ e }) => isAbroad(e, facts) === null);
    const events = kept.map(({ e }) => e);
    let start = 0;
    while (start < events.length) {
      let end = start + 1;
      while (end < events.length && samePlace(events[start]!, events[end]!, thresholds)) end++;
      const first = events[start]!;
      const lastThere = events[end - 1]!;
      if (end - start >= 2) {
        const stopped = hoursBetween(first.eventTime, lastThere.eventTime);
        const allowed = expected(first, kept[start]!.atPort, first.eventTime, lastThere.eventTime);
        if (stopped > allowed) {
          findings.push(
            finding(
              facts,
              'dwell',
              stopped > allowed * 3 ? 'high' : 'medium',
              events.slice(start, end).map((e) => e.eventId),
              `Stopped ${hours(stopped)} at ${placeName(first, facts, 'en')}, where a stop of more than ${hours(allowed)} is not expected.`,
              `Detenido ${hours(stopped)} en ${placeName(first, facts, 'es')}, donde no se espera una parada de más de ${hours(allowed)}.`,
            ),
          );
        }
      }
      start = end;
    }
  }
  return findings;
};
