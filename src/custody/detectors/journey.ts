/**
 * The structure of a consignment's events that every physical detector reads (docs/FINDINGS.md "What the
 * detectors read"): one track per container of the bill of lading, each de-duplicated and in event-time
 * order, cut at its discharge at a Mexican seaport — what happened before (the exporter's loading abroad, the
 * voyage, waiting at anchorage) is another jurisdiction's leg and no evidence of diversion here.
 */
import { RECEIVING_STEPS, pointOf, type ConsignmentFacts } from '../consignment.ts';
import { haversineKm, type Point } from '../geo.ts';
import { isInMexico, neighbourCountry } from '../mexico.ts';
import type { CustodyEvent, Place } from '../model.ts';
import { placeClass } from './place-kinds.ts';

/**
 * The port area around where a container was discharged: its terminals, gates and yards lie within a few km.
 * Anchorage is farther out but comes before the discharge, which is where the inland leg starts.
 */
const PORT_AREA_KM = 5;
/** A UN/LOCODE appears as a token: `unlocode:USLAX`, `urn:…:GTPBR`, `…/USLAX`. */
const LOCODE_TOKEN = /(?:^|[:/#=.])([A-Z]{2})([A-Z2-9]{3})(?:$|[:/#?.])/;
const DISCHARGE_STEPS = new Set(['unloading', 'discharging']);

export interface Track {
  /** The container (ISO 6346), or `bill` when the events name none. */
  unit: string;
  /** Every event of the unit, de-duplicated, in event-time order. */
  events: CustodyEvent[];
  /** From the discharge at a Mexican seaport on (all events when none was seen). */
  inland: CustodyEvent[];
  /** Events of the inland leg abroad, at a border crossing or at a foreign port (trans-shipment). */
  abroad: CustodyEvent[];
  /** The unit's receipts. */
  receipts: CustodyEvent[];
}

export function locodeCountry(placeId: string | null): string | null {
  if (!placeId) return null;
  const match = LOCODE_TOKEN.exec(placeId);
  return match ? match[1]! : null;
}

export function placeOf(event: CustodyEvent, facts: Pick<ConsignmentFacts, 'places'>): Place | undefined {
  return event.placeId ? facts.places.get(event.placeId) : undefined;
}

export const isReceipt = (e: CustodyEvent): boolean => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep);

/** The goods were aggregated into another unit here (an AggregationEvent ADD: a transload into a trailer). */
export const isTransload = (e: CustodyEvent): boolean => e.action === 'ADD';

/**
 * At the Mexican seaport of discharge: named by a Mexican UN/LOCODE, or within the port area of the declared
 * port's position or of where a container of the bill was discharged (the port need not be one the code
 * knows: the discharge itself says where it is). Terminals are part of their port.
 */
export function isAtSeaport(event: CustodyEvent, facts: ConsignmentFacts): boolean {
  const point = pointOf(event);
  const country = locodeCountry(event.placeId) ?? locodeCountry(placeOf(event, facts)?.name ?? null);
  if (!point) return country === 'MX';
  if (country !== null && country !== 'MX') return false;
  return seaportsOf(facts).some((port) => haversineKm(point, port) <= PORT_AREA_KM);
}

/**
 * Where the container was discharged in Mexico (the start of its inland leg): its first event in Mexico at the
 * declared port, named by a Mexican UN/LOCODE or stepped as an unloading; else its first event in Mexico at a
 * registered place (arriving by sea, the first registered place in Mexico is the port); else its first
 * position in Mexico. Positions at sea and abroad before it are the voyage.
 */
function dischargeIndex(events: readonly CustodyEvent[], facts: ConsignmentFacts): number {
  const inMexico = (e: CustodyEvent) => {
    const p = pointOf(e);
    return isAbroad(e, facts) === null && (p ? isInMexico(p) : locodeCountry(e.placeId) === 'MX');
  };
  const port = facts.port;
  const atDeclaredPort = events.findIndex(
    (e) =>
      inMexico(e) &&
      (locodeCountry(e.placeId) === 'MX' ||
        (e.bizStep !== null && DISCHARGE_STEPS.has(e.bizStep)) ||
        (port !== null && pointOf(e) !== null && haversineKm(pointOf(e)!, port) <= PORT_AREA_KM)),
  );
  if (atDeclaredPort >= 0) return atDeclaredPort;
  const registered = events.findIndex((e) => inMexico(e) && placeOf(e, facts) !== undefined);
  if (registered >= 0) return registered;
  return events.findIndex((e) => pointOf(e) !== null && inMexico(e));
}

/** Outside Mexico: a foreign UN/LOCODE, a registered border crossing, or a position across a land border. */
export function isAbroad(event: CustodyEvent, facts: Pick<ConsignmentFacts, 'places'>): string | null {
  const place = placeOf(event, facts);
  const country = locodeCountry(event.placeId) ?? locodeCountry(place?.name ?? null);
  if (country && country !== 'MX') return country;
  if (place && placeClass(place.kind) === 'border') return 'border';
  const point = pointOf(event);
  return point ? neighbourCountry(point) : null;
}

/**
 * Re-sent events come back with another eventID (or none, then another content hash) or from another
 * agency: the same unit, instant, step, place and weight is the same event.
 */
function dedupe(events: readonly CustodyEvent[]): CustodyEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const where = e.placeId ?? `${e.lat?.toFixed(4)},${e.lon?.toFixed(4)}`;
    const key = [
      e.containerNo ?? '',
      Date.parse(e.eventTime),
      e.bizStep ?? '',
      where,
      e.quantityKg ?? '',
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Events that name no container (a trailer after a transload, a report by bill of lading only) belong to the
 * unit they continue: among the units that could have got there (transloaded, when any was; not already
 * received; at road speed from their latest event), the one seen last.
 */
const PLAUSIBLE_KMH = 130;

function assignUnits(events: readonly CustodyEvent[]): Map<string, CustodyEvent[]> {
  const units = new Set(events.map((e) => e.containerNo).filter((c): c is string => c !== null));
  if (units.size <= 1) return new Map([[[...units][0] ?? 'bill', [...events]]]);
  const tracks = new Map<string, CustodyEvent[]>([...units].map((k) => [k, []]));
  const transloaded = new Set<string>();
  // A transload names both: the trailer (parentID) that carries the container's goods from then on.
  const containerOfTrailer = new Map<string, string>();
  for (const e of events)
    if (isTransload(e) && e.containerNo && e.parentId) containerOfTrailer.set(e.parentId, e.containerNo);
  for (const e of events) {
    if (e.containerNo) {
      tracks.get(e.containerNo)!.push(e);
      if (isTransload(e)) transloaded.add(e.containerNo);
      continue;
    }
    const named = [...(e.epcs ?? []), ...(e.parentId ? [e.parentId] : [])]
      .map((epc) => containerOfTrailer.get(epc))
      .find((c) => c !== undefined);
    if (named) {
      tracks.get(named)!.push(e);
      continue;
    }
    const p = pointOf(e);
    let best: string | null = null;
    let bestScore = Infinity;
    for (const [unit, list] of tracks) {
      const last = list.at(-1);
      // Once some container was transloaded, events naming none are its trailer's.
      if (!last || (transloaded.size > 0 && !transloaded.has(unit))) continue;
      const q = pointOf(last);
      const km = p && q ? haversineKm(p, q) : 0;
      const hours = Math.max(0, Date.parse(e.eventTime) - Date.parse(last.eventTime)) / 3_600_000;
      const finished = isReceipt(last) && km > 1;
      const impossible = km > 5 && km > hours * PLAUSIBLE_KMH;
      const score = (finished ? 2e9 : 0) + (impossible ? 1e9 : 0) + hours;
      if (score < bestScore) {
        bestScore = score;
        best = unit;
      }
    }
    tracks.get(best ?? [...tracks.keys()][0]!)!.push(e);
  }
  return tracks;
}

const cache = new WeakMap<ConsignmentFacts, { tracks: Track[]; seaports: Point[] }>();

function analyse(facts: ConsignmentFacts): { tracks: Track[]; seaports: Point[] } {
  const cached = cache.get(facts);
  if (cached) return cached;
  const ordered = [...facts.events].sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
  const units = [...assignUnits(dedupe(ordered))].map(([unit, events]) => {
    const start = dischargeIndex(events, facts);
    return { unit, events, start };
  });
  const seaports: Point[] = [
    ...(facts.port ? [facts.port] : []),
    ...units.flatMap(({ events, start }) => {
      const p = start >= 0 ? pointOf(events[start]!) : null;
      return p ? [p] : [];
    }),
  ];
  const tracks = units.map(({ unit, events, start }): Track => {
    const inland = start < 0 ? events : events.slice(start);
    return {
      unit,
      events,
      inland,
      abroad: inland.filter((e) => isAbroad(e, facts) !== null),
      receipts: inland.filter(isReceipt),
    };
  });
  const result = { tracks, seaports };
  cache.set(facts, result);
  return result;
}

export function tracksOf(facts: ConsignmentFacts): Track[] {
  return analyse(facts).tracks;
}

/**
 * Whether an event of a track's inland leg is out of the port: away from the port area, or — once the
 * container departed from the port — at a position on the road, a receipt or the declared destination, however
 * near (a warehouse 3 km from the terminal ends a short haul; a truck parked 4 km out is on the road).
 * Registered places of the port area (yards, bonded warehouses) visited after a departure are still the port.
 */
export function outOfPort(track: Track, facts: ConsignmentFacts): (e: CustodyEvent, i: number) => boolean {
  const declared = new Set(facts.lines.map((l) => l.destination).filter((d): d is string => d !== null));
  const events = track.inland;
  const departed = events.findIndex((e) => e.bizStep === 'departing' && isAtSeaport(e, facts));
  return (e, i) =>
    !isAtSeaport(e, facts) ||
    (departed >= 0 &&
      i > departed &&
      (isReceipt(e) ||
        (e.placeId !== null && declared.has(e.placeId)) ||
        (!facts.places.has(e.placeId ?? '') && locodeCountry(e.placeId) === null)));
}

/** The declared port's position and where each container was discharged. */
function seaportsOf(facts: ConsignmentFacts): Point[] {
  return analyse(facts).seaports;
}

/** The inland events of every track, in event-time order. */
export function inlandEvents(facts: ConsignmentFacts): CustodyEvent[] {
  return tracksOf(facts)
    .flatMap((t) => t.inland)
    .sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
}
