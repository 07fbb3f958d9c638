/**
 * Places as the consignment view names them (pure). A declaration names its destination by a registry id
 * (`urn:epc:id:sgln:…`), coordinates or a city; an analyst needs the registered place behind the id — its
 * name, its kind and whether a permit licenses it — with the id kept beside it for lookup. Only places and
 * permits the caller may see are passed in, so an invisible place stays a bare id.
 */
import type { TimelineEntry } from './consignment.ts';
import type { Point } from './geo.ts';
import type { Permit, Place } from './model.ts';

export interface SiteLicence {
  /** At least one permit licensing the site is valid on the day of the declaration. */
  licensed: boolean;
  /** The permits valid that day: which substances the site may receive. */
  permits: { permitId: string; substanceCas: string; validTo: string }[];
}

export interface DeclaredDestination {
  /** What the declaration says, verbatim. */
  text: string;
  /** The registered place the text names, when the caller may see it. */
  place: ({ id: string; name: string; kind: string } & SiteLicence) | null;
  /** Where the destination is (registered place, coordinates or city), when known. */
  point: Point | null;
}

/** Permits licensing a site on a (local) day: site permits and its operator's site-less permits. */
export function licenceOn(place: Place, permits: readonly Permit[], day: string): SiteLicence {
  const valid = permits.filter(
    (p) =>
      (p.siteId ? p.siteId === place.locationId : p.holderRfc === place.operatorRfc) &&
      p.validFrom <= day &&
      day <= p.validTo,
  );
  return {
    licensed: valid.length > 0,
    permits: valid.map((p) => ({ permitId: p.permitId, substanceCas: p.substanceCas, validTo: p.validTo })),
  };
}

export function declaredDestination(
  text: string | null,
  place: Place | undefined,
  permits: readonly Permit[],
  day: string,
  point: Point | null,
): DeclaredDestination | null {
  if (!text) return null;
  return {
    text,
    place: place
      ? { id: place.locationId, name: place.name, kind: place.kind, ...licenceOn(place, permits, day) }
      : null,
    point,
  };
}

/**
 * Where a finding happened: the last of its evidence events that has a position (the receipt of a short
 * delivery, the last point off route). Evidence that names no positioned event gives no place.
 */
export function findingPosition(evidence: unknown, timeline: readonly TimelineEntry[]): Point | null {
  if (!Array.isArray(evidence)) return null;
  const cited = new Set(evidence.filter((e): e is string => typeof e === 'string'));
  for (let i = timeline.length - 1; i >= 0; i--) {
    const entry = timeline[i]!;
    if (cited.has(entry.eventId) && entry.place.lat !== null && entry.place.lon !== null)
      return { lat: entry.place.lat, lon: entry.place.lon };
  }
  return null;
}
