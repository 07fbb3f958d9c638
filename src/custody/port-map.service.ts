/**
 * A port's consignments for the overview map. Stored tracks (derived at analysis, marked never wider
 * than their inputs) are read as they are; a consignment whose stored track the caller may not see,
 * or that has none yet, is drawn live from the lines and events the caller can see.
 */
import { recordReads } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import type { Database } from '../store/database.ts';
import { listConsignments, type ConsignmentFindingMark } from './consignments.repository.ts';
import type { LonLat } from './track-simplify.ts';
import { OVERVIEW_TOLERANCE_M } from './tracks.ts';
import { portConsignments } from './tracks.repository.ts';

export interface PortMapItem {
  billOfLading: string;
  track: LonLat[];
  findings: ConsignmentFindingMark[];
  /** The stored track's marking; null when the track was drawn live from what the caller can see. */
  marking: Marking | null;
  source: 'stored' | 'live';
}

export async function portMap(db: Database, actor: Actor, port: string): Promise<PortMapItem[]> {
  return db.asUser(actor, async (tx) => {
    const listed = await portConsignments(tx, port);
    const missing = listed.filter((c) => c.track === null).map((c) => c.billOfLading);
    const drawn =
      missing.length === 0
        ? []
        : await listConsignments(tx, {
            port,
            includeTrack: true,
            simplifyM: OVERVIEW_TOLERANCE_M,
            only: missing,
            limit: missing.length,
            offset: 0,
          });
    const liveTracks = new Map(drawn.map((c) => [c.billOfLading, c.track ?? []]));
    const items = listed.map((c): PortMapItem =>
      c.track !== null && c.trackMarking !== null
        ? {
            billOfLading: c.billOfLading,
            track: c.track,
            findings: c.findings,
            marking: c.trackMarking,
            source: 'stored',
          }
        : {
            billOfLading: c.billOfLading,
            track: liveTracks.get(c.billOfLading) ?? [],
            findings: c.findings,
            marking: null,
            source: 'live',
          },
    );
    await recordReads(
      tx,
      actor,
      'consignment_tracks',
      items.flatMap((i) => (i.marking ? [{ id: i.billOfLading, marking: i.marking }] : [])),
    );
    return items;
  });
}
