/**
 * What the leads read of custody (one statement, under the caller's row-level security): each consignment the
 * caller's class sees as lost or with a high-severity finding, at its last known position (the last point of
 * the class's stored track, at its newest event), with the open findings of the class on it. Tracks and findings
 * are derived per visibility class, so a caller reads only what its class derived from the inputs it sees.
 */
import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { FindingKind } from '../shared/findings.ts';

export interface ConsignmentEvidenceRow {
  /** The stored track's viewers (for the audit of reads). */
  viewers: string[];
  billOfLading: string;
  status: 'diverted' | 'lost';
  lat: number;
  lon: number;
  lastSeenAt: Date;
  marking: Marking;
  /** Open (not dismissed) findings of the class on it, one per kind (the most severe). */
  findings: { id: string; kind: FindingKind; severity: string; viewers: string[]; marking: Marking }[];
}

type Row = MarkingRow & {
  viewers: string[];
  bill_of_lading: string;
  state: string | null;
  last_point: [number, number];
  last_event_time: Date;
  findings: string;
};

/** Consignments last seen at or before `asOf` (every one when null), ordered by bill of lading. */
export async function consignmentEvidence(tx: Tx, asOf: Date | null): Promise<ConsignmentEvidenceRow[]> {
  const { rows } = await tx.query<Row>(
    `select t.viewers, t.bill_of_lading, t.state, t.last_event_time, t.owner_agency, t.tlp, t.releasable_to,
       t.recipients, (t.track::jsonb -> -1) as last_point,
       coalesce((select json_agg(json_build_object('id', f.id, 'kind', f.kind, 'severity', f.severity,
           'viewers', f.viewers, 'owner_agency', f.owner_agency, 'tlp', f.tlp, 'releasable_to', f.releasable_to,
           'recipients', f.recipients) order by f.kind,
           case f.severity when 'high' then 0 when 'medium' then 1 else 2 end, f.id)
         from findings f where f.bill_of_lading = t.bill_of_lading and f.status <> 'dismissed'), '[]')::text
         as findings
     from consignment_tracks t
     where t.point_count > 0 and t.last_event_time is not null
       and ($1::timestamptz is null or t.last_event_time <= $1)
       and (t.state = 'lost' or exists (select 1 from findings f where f.bill_of_lading = t.bill_of_lading
         and f.status <> 'dismissed' and f.severity = 'high'))
     order by t.bill_of_lading, t.id`,
    [asOf],
  );
  return rows.map((r) => {
    const findings = (
      JSON.parse(r.findings) as (MarkingRow & {
        id: string;
        kind: FindingKind;
        severity: string;
        viewers: string[];
      })[]
    )
      .filter((f, i, all) => all.findIndex((g) => g.kind === f.kind) === i)
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        viewers: f.viewers,
        marking: markingFromRow(f),
      }));
    return {
      viewers: r.viewers,
      billOfLading: r.bill_of_lading,
      status: findings.some((f) => f.severity === 'high') ? 'diverted' : 'lost',
      lon: r.last_point[0],
      lat: r.last_point[1],
      lastSeenAt: new Date(r.last_event_time),
      marking: markingFromRow(r),
      findings,
    };
  });
}
