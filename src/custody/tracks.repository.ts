/** SQL of the stored overview tracks (consignment_tracks) and of a port's map. */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import { LINES } from '../declarations/index.ts';
import type { ConsignmentFindingMark } from './consignments.repository.ts';
import type { ListedSummary, OverviewTrack } from './tracks.ts';
import type { ConsignmentState } from './model.ts';
import type { LonLat } from './track-simplify.ts';

export interface MarkedTrack extends OverviewTrack, ListedSummary {
  marking: Marking;
  /** The agencies of the visibility class it was derived for: its only readers (sorted). */
  viewers: string[];
  /** The consignment's state as the class's inputs show it. */
  state: ConsignmentState;
}

/** Replaces the stored tracks of the given consignments (delete, then insert), as the analysis does. */
export async function replaceTracks(
  tx: Tx,
  bols: readonly string[],
  tracks: readonly MarkedTrack[],
): Promise<void> {
  await tx.query('delete from consignment_tracks where bill_of_lading = any($1)', [bols]);
  if (tracks.length === 0) return;
  const records = tracks.map((t) => ({
    bill_of_lading: t.billOfLading,
    owner_agency: t.marking.ownerAgency,
    tlp: t.marking.tlp,
    releasable_to: t.marking.releasableTo,
    recipients: t.marking.recipients,
    port_locode: t.portLocode,
    track: JSON.stringify(t.track),
    point_count: t.track.length,
    event_count: t.eventCount,
    last_event_time: t.lastEventTime,
    viewers: t.viewers,
    state: t.state,
    listed: t.listed,
  }));
  await tx.query(
    `insert into consignment_tracks (id, bill_of_lading, owner_agency, tlp, releasable_to, recipients, port_locode,
       track, point_count, event_count, last_event_time, viewers, state, listed, computed_at)
     select gen_random_uuid(), r.bill_of_lading, r.owner_agency, r.tlp::tlp, r.releasable_to, r.recipients,
       r.port_locode, r.track, r.point_count, r.event_count, r.last_event_time, r.viewers, r.state, r.listed, now()
     from jsonb_to_recordset($1::jsonb) as r(bill_of_lading text, owner_agency text, tlp text,
       releasable_to text[], recipients text[], port_locode text, track text, point_count integer,
       event_count integer, last_event_time timestamptz, viewers text[], state text, listed boolean)`,
    [JSON.stringify(records)],
  );
}

/** A consignment of a port on the map: its stored track, or none when the caller cannot see one. */
export interface PortConsignment {
  billOfLading: string;
  /** Null when no stored track is visible to the caller (not analysed yet, or drawn from inputs they lack). */
  track: LonLat[] | null;
  trackMarking: Marking | null;
  findings: ConsignmentFindingMark[];
}

type PortRow = Partial<MarkingRow> & {
  bol: string;
  track: string | null;
  findings: string | null;
};

/**
 * Every consignment the caller can see with a line declared at the port, with its stored track
 * where the caller may see it and its visible findings: one statement, an index read per row.
 */
export async function portConsignments(tx: Tx, port: string): Promise<PortConsignment[]> {
  const { rows } = await tx.query<PortRow>(
    `with at_port as (select distinct l.bill_of_lading as bol from ${LINES} where l.port_locode = $1)
     select p.bol, t.track, t.owner_agency, t.tlp, t.releasable_to, t.recipients,
       (select json_agg(json_build_object('id', f.id, 'kind', f.kind, 'severity', f.severity)
          order by f.kind, f.severity, f.evidence, f.explanation_en, f.owner_agency, f.id) from findings f where f.bill_of_lading = p.bol)::text as findings
     from at_port p left join consignment_tracks t on t.bill_of_lading = p.bol
     order by p.bol`,
    [port],
  );
  return rows.map((r) => ({
    billOfLading: r.bol,
    track: r.track === null ? null : (JSON.parse(r.track) as LonLat[]),
    trackMarking: r.track === null ? null : markingFromRow(r as MarkingRow),
    findings: r.findings ? (JSON.parse(r.findings) as ConsignmentFindingMark[]) : [],
  }));
}
