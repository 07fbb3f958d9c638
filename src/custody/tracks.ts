/**
 * The overview track of a consignment, derived when it is analysed and stored marked
 * (consignment_tracks): its positioned events in time order, simplified for the national map.
 */
import { filedUnder, type ConsignmentFacts } from './consignment.ts';
import { overviewTrack, type LonLat } from './track-simplify.ts';

/**
 * A kilometre is under a pixel at the national zoom and cuts a port's points several-fold; the
 * consignment's own view still draws every point.
 */
export const OVERVIEW_TOLERANCE_M = 1000;

export interface OverviewTrack {
  billOfLading: string;
  portLocode: string | null;
  track: LonLat[];
}

/**
 * What the consignment list shows of a class's consignment and orders by, stored beside its track so that a
 * page is an index range instead of an aggregate of every visible event (docs/PERFORMANCE.md): the events that
 * carry its bill of lading (events that name only a container are the track's, not the list's), their newest
 * time, and whether the class sees the consignment through a line or such an event at all (a class that sees
 * only container events has a track but no list row, as the list was before it was stored).
 */
export interface ListedSummary {
  listed: boolean;
  eventCount: number;
  lastEventTime: string | null;
}

/** The list's summary of one class's consignment, from the class's own lines and events only. */
export function listedSummary(
  billOfLading: string,
  lines: readonly unknown[],
  events: readonly { bol: string | null; eventTime: string }[],
): ListedSummary {
  let eventCount = 0;
  let last: number | null = null;
  for (const event of events) {
    if (event.bol !== billOfLading) continue;
    eventCount += 1;
    const time = Date.parse(event.eventTime);
    if (last === null || time > last) last = time;
  }
  return {
    listed: lines.length > 0 || eventCount > 0,
    eventCount,
    lastEventTime: last === null ? null : new Date(last).toISOString(),
  };
}

/**
 * The track of the consignment's events that have a position (their own or their registered
 * place's), keeping the points a finding's evidence names so findings sit on the line.
 */
export function overviewOf(facts: ConsignmentFacts, evidence: ReadonlySet<string>): OverviewTrack {
  const points: LonLat[] = [];
  const named = new Set<number>();
  for (const event of facts.events) {
    if (event.lat === null || event.lon === null) continue;
    if (evidence.has(event.eventId)) named.add(points.length);
    points.push([event.lon, event.lat]);
  }
  return {
    billOfLading: facts.billOfLading,
    portLocode: filedUnder(facts).portLocode,
    track: overviewTrack(points, OVERVIEW_TOLERANCE_M, named),
  };
}
