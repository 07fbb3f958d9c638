/** SQL of the consignment list: bills of lading the caller can see through events or lines. */
import type { Tx } from '../store/database.ts';
import { lineSource } from './inputs.repository.ts';
import type { ConsignmentState } from './model.ts';

export interface ConsignmentSummary {
  billOfLading: string;
  eventCount: number;
  lastEventTime: string | null;
  state: ConsignmentState | null;
  findingKinds: string[];
  portLocode: string | null;
  /** Only with `includeTrack`: positions in time order as [lon, lat], and the findings' kinds and severities. */
  track?: [number, number][];
  findings?: ConsignmentFindingMark[];
}

export interface ConsignmentFindingMark {
  id: string;
  kind: string;
  severity: 'low' | 'medium' | 'high';
}

export interface ConsignmentFilter {
  state?: ConsignmentState | undefined;
  withFindings?: boolean | undefined;
  port?: string | undefined;
  includeTrack?: boolean | undefined;
  limit: number;
  offset: number;
}

/**
 * A track is the events of the bill of lading plus those that name only one of its containers, placed by their
 * own position or else by their registered place (as the consignment view assembles it: consignment.ts
 * withPositions); index lookups, done per row of the page inside one statement.
 */
const TRACK = `(select json_agg(json_build_array(t.lon, t.lat) order by t.event_time, t.event_id) from (
    select coalesce(e.lat, pl.lat) as lat, case when e.lat is null then pl.lon else e.lon end as lon,
      e.event_time, e.event_id
    from (
      select * from epcis_events e where e.bol = p.bol
      union all
      select * from epcis_events e where e.bol is null and e.container_no in (
        select l.container_no from declaration_lines l where l.bill_of_lading = p.bol and l.container_no is not null)
    ) e
    left join locations pl on e.lat is null and pl.location_id = coalesce(e.biz_location, e.read_point)
  ) t where t.lat is not null and t.lon is not null)::text`;
const FINDINGS = `(select json_agg(json_build_object('id', f.id, 'kind', f.kind, 'severity', f.severity)
    order by f.kind, f.id) from findings f where f.bill_of_lading = p.bol)::text`;

/**
 * One page of consignments in one statement: the visible bills of lading (through events or lines, under
 * the caller's row-level security), narrowed to a port's declarations first when asked — so a port's page
 * never aggregates the whole event table — and, with `includeTrack`, each row's track and findings.
 */
export async function listConsignments(tx: Tx, filter: ConsignmentFilter): Promise<ConsignmentSummary[]> {
  const source = await lineSource(tx);
  const port = filter.port ?? null;
  if (port !== null && !source) return [];
  const fromLines = source
    ? `union all select l.bill_of_lading as bol, 0, null from ${source.from} where $5::text is null or l.port_locode = $5`
    : '';
  // With a port, the events counted are only those of that port's bills of lading.
  const eventScope = source
    ? `where e.bol is not null and ($5::text is null or e.bol in (
         select l.bill_of_lading from ${source.from} where l.port_locode = $5))`
    : 'where e.bol is not null and $5::text is null';
  // Asked for a port, every row has a line declared there: say that port (a bill of lading split across ports
  // would otherwise name the alphabetically first one and be filtered out by a client).
  const portOf = source
    ? `coalesce($5::text, (select min(l.port_locode) from ${source.from} where l.bill_of_lading = p.bol))`
    : '$5::text';
  const { rows } = await tx.query<{
    bol: string;
    events: string;
    last_event: Date | null;
    state: ConsignmentState | null;
    kinds: string[] | null;
    port: string | null;
    track: string | null;
    findings: string | null;
  }>(
    `with visible as (
       select e.bol, count(*) as events, max(e.event_time) as last_event from epcis_events e ${eventScope} group by e.bol
       ${fromLines}
     ), merged as (
       select bol, sum(events) as events, max(last_event) as last_event from visible group by bol
     ), p as (
       select m.bol, m.events, m.last_event, a.state
       from merged m left join consignment_analyses a on a.bill_of_lading = m.bol
       where ($1::text is null or a.state = $1)
         and (not $2::boolean or exists (select 1 from findings f where f.bill_of_lading = m.bol))
       order by m.last_event desc nulls last, m.bol limit $3 offset $4
     )
     select p.bol, p.events, p.last_event, p.state, ${portOf} as port,
       (select array_agg(distinct f.kind order by f.kind) from findings f where f.bill_of_lading = p.bol) as kinds,
       case when $6::boolean then ${TRACK} end as track,
       case when $6::boolean then ${FINDINGS} end as findings
     from p order by p.last_event desc nulls last, p.bol`,
    [
      filter.state ?? null,
      filter.withFindings ?? false,
      filter.limit,
      filter.offset,
      port,
      filter.includeTrack ?? false,
    ],
  );
  return rows.map((r) => ({
    billOfLading: r.bol,
    eventCount: Number(r.events),
    lastEventTime: r.last_event ? new Date(r.last_event).toISOString() : null,
    state: r.state,
    findingKinds: r.kinds ?? [],
    portLocode: r.port,
    ...(filter.includeTrack
      ? {
          track: r.track ? (JSON.parse(r.track) as [number, number][]) : [],
          findings: r.findings ? (JSON.parse(r.findings) as ConsignmentFindingMark[]) : [],
        }
      : {}),
  }));
}

/** What screening said of a declaration line, and who is named on it (for the consignment view). */
export interface LineScreening {
  declarationId: string;
  lineNo: number;
  verdict: string;
  substance: string | null;
  reasons: unknown[];
  importerName: string;
  consigneeName: string;
}

/** Screening verdicts and party names of the bill of lading's lines the caller can see (row-level security). */
export async function lineScreenings(tx: Tx, bol: string): Promise<LineScreening[]> {
  const { rows } = await tx.query<{ lines: string }>(
    `select coalesce(json_agg(json_build_object(
       'declarationId', declaration_id, 'lineNo', line_no, 'verdict', verdict, 'substance', substance_id,
       'reasons', reasons, 'importerName', importer_name, 'consigneeName', consignee_name)), '[]')::text as lines
     from declaration_lines where bill_of_lading = $1`,
    [bol],
  );
  return JSON.parse(rows[0]?.lines ?? '[]') as LineScreening[];
}
