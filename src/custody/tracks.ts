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
  eventCount: number;
  lastEventTime: string | null;
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
    eventCount: facts.events.length,
    lastEventTime: facts.events.at(-1)?.eventTime ?? null,
  };
}
