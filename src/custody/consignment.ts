/**
 * A consignment: the declaration lines of one bill of lading, the permits they name and the events
 * that carry its bill of lading or container numbers, in time order. Pure assembly; the
 * repository gathers the inputs.
 */
import type { FindingThresholds } from './config.ts';
import { haversineKm, PORT_COORDINATES, type Point } from './geo.ts';
import type { ConsignmentState, CustodyEvent, DeclarationLine, Permit, Place } from './model.ts';

export interface ConsignmentFacts {
  billOfLading: string;
  lines: DeclarationLine[];
  /** Deduplicated by event id, in time order, positions resolved from the locations registry. */
  events: CustodyEvent[];
  places: ReadonlyMap<string, Place>;
  /** Permits in the registry for the substances of the lines, and those the lines name. */
  permits: readonly Permit[];
  /** Per permit id, the kilograms earlier consignments used in the same calendar year. */
  quotaUsedBeforeKg: ReadonlyMap<string, number>;
  port: Point | null;
  destination: Point | null;
  /** The analysis clock: the newest event time known (never the wall clock, so results replay). */
  asOf: string;
  /** Whether importing this substance on this local day needs a permit. */
  requiresPermit: (cas: string, day: string) => boolean;
}

/** The local calendar day (YYYY-MM-DD) of an instant. */
export function localDay(iso: string, offsetHours: number): string {
  return new Date(Date.parse(iso) + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

export const RECEIVING_STEPS = new Set(['receiving', 'accepting']);
const LEAVING_STEPS = new Set(['departing', 'shipping', 'loading', 'consigning', 'transporting']);
const LOSS_DISPOSITIONS = new Set(['stolen', 'destroyed', 'unknown', 'disposed']);
const PORT_KINDS = new Set(['port', 'terminal']);
const PORT_RADIUS_KM = 15;

/**
 * Orders events by time (then id, so re-sent or shuffled files give one order) and drops repeats: the same
 * eventID from the same agency. An eventID is the capturing agency's (two agencies may use one), so
 * another agency's event of that id is another event, never hidden behind the first.
 */
export function timeline(events: readonly CustodyEvent[]): CustodyEvent[] {
  const byId = new Map<string, CustodyEvent>();
  for (const event of events) {
    const key = `${event.reportedBy}\u0000${event.eventId}`;
    if (!byId.has(key)) byId.set(key, event);
  }
  return [...byId.values()].sort(
    (a, b) =>
      Date.parse(a.eventTime) - Date.parse(b.eventTime) ||
      a.eventId.localeCompare(b.eventId) ||
      a.reportedBy.localeCompare(b.reportedBy),
  );
}

/** Fills lat/lon from the locations registry for events that name a registered place. */
export function withPositions(event: CustodyEvent, places: ReadonlyMap<string, Place>): CustodyEvent {
  if (event.lat !== null || !event.placeId) return event;
  const place = places.get(event.placeId);
  return place ? { ...event, lat: place.lat, lon: place.lon } : event;
}

export function hoursBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 3_600_000;
}

export function pointOf(event: CustodyEvent): Point | null {
  return event.lat !== null && event.lon !== null ? { lat: event.lat, lon: event.lon } : null;
}

/** At a place the registry lists as a port or terminal (a position near one is not enough). */
export function isRegisteredPort(event: CustodyEvent, facts: Pick<ConsignmentFacts, 'places'>): boolean {
  const place = event.placeId ? facts.places.get(event.placeId) : undefined;
  return place !== undefined && PORT_KINDS.has(place.kind);
}

export function isAtPort(event: CustodyEvent, facts: Pick<ConsignmentFacts, 'places' | 'port'>): boolean {
  const place = event.placeId ? facts.places.get(event.placeId) : undefined;
  if (place && PORT_KINDS.has(place.kind)) return true;
  const point = pointOf(event);
  return point !== null && facts.port !== null && haversineKm(point, facts.port) <= PORT_RADIUS_KM;
}

/** Two events are at the same place when they name it, or their positions are within the jitter radius. */
export function samePlace(a: CustodyEvent, b: CustodyEvent, thresholds: FindingThresholds): boolean {
  // Two registered places are different places even when they are neighbours (two bodegas in one park).
  if (a.placeId && b.placeId && !a.placeId.startsWith('geo:') && !b.placeId.startsWith('geo:')) {
    return a.placeId === b.placeId;
  }
  const pa = pointOf(a);
  const pb = pointOf(b);
  return pa !== null && pb !== null && haversineKm(pa, pb) <= thresholds.samePlaceKm;
}

/** The port whose registered places portPoint searches: the lines' port when its coordinates are not built in. */
export function portToSearch(lines: readonly DeclarationLine[]): { locode: string; kinds: string[] } | null {
  const locode = lines[0]?.portLocode;
  return locode && !PORT_COORDINATES[locode] ? { locode, kinds: [...PORT_KINDS] } : null;
}

export function portPoint(
  lines: readonly DeclarationLine[],
  places: ReadonlyMap<string, Place>,
): Point | null {
  const locode = lines[0]?.portLocode;
  if (!locode) return null;
  const known = PORT_COORDINATES[locode];
  if (known) return known;
  for (const place of places.values()) {
    if (PORT_KINDS.has(place.kind) && place.locationId.toUpperCase().includes(locode)) return place;
  }
  return null;
}

export function consignmentState(facts: ConsignmentFacts, thresholds: FindingThresholds): ConsignmentState {
  const events = facts.events;
  const last = events.at(-1);
  if (!last) return 'at_port';
  if (events.some((e) => e.disposition !== null && LOSS_DISPOSITIONS.has(e.disposition))) return 'lost';
  if (events.some((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep))) return 'received';
  if (isAtPort(last, facts)) {
    return last.bizStep !== null && LEAVING_STEPS.has(last.bizStep) ? 'released' : 'at_port';
  }
  return hoursBetween(last.eventTime, facts.asOf) > thresholds.neverReceivedHours ? 'lost' : 'in_transit';
}

export interface TimelineEntry {
  eventId: string;
  eventTime: string;
  bizStep: string | null;
  disposition: string | null;
  /** Name and kind from the locations registry (null for a bare position or a place not visible). */
  place: {
    id: string | null;
    name: string | null;
    kind: string | null;
    lat: number | null;
    lon: number | null;
  };
  quantityKg: number | null;
  reportedBy: string;
}

export function timelineEntries(facts: ConsignmentFacts): TimelineEntry[] {
  return facts.events.map((e) => {
    const registered = e.placeId ? facts.places.get(e.placeId) : undefined;
    return {
      eventId: e.eventId,
      eventTime: e.eventTime,
      bizStep: e.bizStep,
      disposition: e.disposition,
      place: {
        id: e.placeId,
        name: registered?.name || null,
        kind: registered?.kind ?? null,
        lat: e.lat,
        lon: e.lon,
      },
      quantityKg: e.quantityKg,
      reportedBy: e.reportedBy,
    };
  });
}

/** The track for the map: positions in time order as [lon, lat] (GeoJSON order). */
export function track(facts: ConsignmentFacts): [number, number][] {
  return facts.events.flatMap((e) =>
    e.lat !== null && e.lon !== null ? [[e.lon, e.lat] as [number, number]] : [],
  );
}

/**
 * The port a consignment is filed under (the alphabetically first of its lines' ports, so a bill of lading
 * declared at two ports has one) and its declared date (its earliest line's; ISO strings sort as dates).
 */
export function filedUnder(facts: ConsignmentFacts): {
  portLocode: string | null;
  declaredAt: string | null;
} {
  return {
    portLocode: facts.lines.map((l) => l.portLocode).sort()[0] || null,
    declaredAt: facts.lines.map((l) => l.declaredAt).sort()[0] ?? null,
  };
}
