/** SQL of the consignment list: bills of lading the caller can see through events or lines. */
import { prepared, type Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import { LINES, lineMarkingsOfBills } from '../declarations/index.ts';
import { EVENTS } from '../epcis/index.ts';
import type { ConsignmentState, Place } from './model.ts';
import { allPlaces } from './registry.repository.ts';
import { overviewTrack } from './track-simplify.ts';

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
  /** With `includeTrack`: Douglas–Peucker tolerance in metres for the overview map (0 or absent: every point). */
  simplifyM?: number | undefined;
  /** Only these bills of lading (the port map's consignments that have no stored track for the caller). */
  only?: readonly string[] | undefined;
  limit: number;
  offset: number;
}

/**
 * A track is the events of the bill of lading plus those that name only one of its containers, placed by their
 * own position or else by their registered place (as the consignment view assembles it: consignment.ts
 * withPositions); index lookups, done per row of the page inside one statement.
 */
/**
 * Each event as [lon, lat, place]: its own position, or else (lat null) the registered place it names, which
 * the caller resolves from the small place registry — per-row lookups of the locations table under row-level
 * security were planned as scans of every location and cost seconds per page.
 */
const TRACK = `(select json_agg(json_build_array(e.lon, e.lat,
      case when e.lat is null then coalesce(e.biz_location, e.read_point) end, e.event_id)
      order by e.event_time, e.event_id)
    from (
      select e.lat, e.lon, e.event_time, e.event_id, e.biz_location, e.read_point from ${EVENTS}
      where e.bol = p.bol
      union all
      select e.lat, e.lon, e.event_time, e.event_id, e.biz_location, e.read_point from ${EVENTS}
      where e.bol is null and e.container_no in (
        select l.container_no from ${LINES} where l.bill_of_lading = p.bol and l.container_no is not null)
    ) e
    where e.lat is not null or e.biz_location is not null or e.read_point is not null)::text`;

type TrackEvent = [number | null, number | null, string | null, string];

/**
 * Positions in time order as [lon, lat], events at a registered place placed there (consignment.ts
 * withPositions); and the indices of the positions of the events named in `evidence`.
 */
function positions(
  events: TrackEvent[],
  places: ReadonlyMap<string, { lat: number; lon: number }>,
  evidence: ReadonlySet<string>,
) {
  const track: [number, number][] = [];
  const named = new Set<number>();
  for (const [lon, lat, placeId, eventId] of events) {
    const place =
      lat !== null && lon !== null ? { lon, lat } : placeId === null ? undefined : places.get(placeId);
    if (!place) continue;
    if (evidence.has(eventId)) named.add(track.length);
    track.push([place.lon, place.lat]);
  }
  return { track, named };
}

/**
 * Every point as the detail view has it, or the overview map's simplified and rounded line, which still keeps
 * the points a finding's evidence names.
 */
function trackOf(
  events: TrackEvent[],
  places: ReadonlyMap<string, { lat: number; lon: number }>,
  evidence: readonly string[] | null,
  simplifyM: number | undefined,
): [number, number][] {
  const { track, named } = positions(events, places, new Set(simplifyM ? (evidence ?? []) : []));
  return simplifyM ? overviewTrack(track, simplifyM, named) : track;
}
const FINDINGS = `(select json_agg(json_build_object('id', f.id, 'kind', f.kind, 'severity', f.severity)
    order by f.kind, f.severity, f.evidence, f.explanation_en, f.owner_agency, f.id) from findings f where f.bill_of_lading = p.bol)::text`;
/** The events the bill of lading's findings name, kept when its track is simplified. */
const EVIDENCE = `(select array_agg(distinct named.event_id)
    from findings f cross join unnest(f.evidence) as named(event_id) where f.bill_of_lading = p.bol)`;

type ConsignmentRow = {
  bol: string;
  events: string;
  last_event: Date | null;
  state: ConsignmentState | null;
  kinds: string[] | null;
  port: string | null;
  track: string | null;
  findings: string | null;
  evidence: string[] | null;
};

/**
 * The analysed state of candidate `c.bol` as the caller's visibility class derived it: stored beside the
 * class's track, which only the class reads (docs/SHARING.md "Derived records: one derivation per view"). A
 * caller whose class has not been analysed yet (it just gained an input) gets no state, never another class's.
 */
const VISIBLE_STATE = `(select t.state from consignment_tracks t where t.bill_of_lading = c.bol limit 1)`;

/** Where a filter's values sit among a statement's parameters: the page and its count number them differently. */
interface FilterParams {
  state: string;
  withFindings: string;
  port: string;
  only: string;
}
const PAGE_PARAMS: FilterParams = { state: '$1', withFindings: '$2', port: '$5', only: '$8' };
const COUNT_PARAMS: FilterParams = { state: '$1', withFindings: '$2', port: '$3', only: '$4' };

/** Filters on a candidate `c.bol`. */
const stateAndFindings = (p: FilterParams) => `(${p.state}::text is null or ${VISIBLE_STATE} = ${p.state})
  and (not ${p.withFindings}::boolean or exists (select 1 from findings f where f.bill_of_lading = c.bol))
  and (${p.only}::text[] is null or c.bol = any(${p.only}))`;

/** Filters on a stored track `t` (the summary list's rows). */
const listedTracks = (p: FilterParams) => `t.listed
         and (${p.port}::text is null or exists (select 1 from ${LINES}
           where l.bill_of_lading = t.bill_of_lading and l.port_locode = ${p.port}))
         and (${p.state}::text is null or t.state = ${p.state})
         and (not ${p.withFindings}::boolean or exists (select 1 from findings f where f.bill_of_lading = t.bill_of_lading))
         and (${p.only}::text[] is null or t.bill_of_lading = any(${p.only}))`;

/** A port's bills of lading are those of its lines; only without a port do events add their own. */
function candidates(port: string | null, p: FilterParams): string {
  const lines = `select l.bill_of_lading as bol from ${LINES} where ${p.port}::text is null or l.port_locode = ${p.port}`;
  const events = port === null ? ` union all select e.bol from ${EVENTS} where e.bol is not null` : '';
  return `(select distinct bol from (${lines}${events}) candidate) c`;
}

/**
 * The list, newest activity first, paged over what the caller's visibility class stored with its track
 * (0620: the events carrying the bill of lading, their newest time, whether the class sees the consignment):
 * an index range read in order (`consignment_tracks_activity`), cut at the page, instead of an aggregate of
 * every visible event. A class reads only its own track, so the figures are those of the inputs the caller
 * sees; a consignment the caller's class has not been analysed for yet (it just gained an input) is listed
 * once the analysis has derived it.
 */
function byActivity(): string {
  return `with p as (
       select t.bill_of_lading as bol, t.event_count as events, t.last_event_time as last_event, t.state
       from consignment_tracks t
       where ${listedTracks(PAGE_PARAMS)}
       order by t.last_event_time desc nulls last, t.bill_of_lading limit $3 offset $4
     )
     select p.bol, p.events, p.last_event, p.state`;
}

/**
 * The map's pages (`includeTrack`), in bill-of-lading order: the page is cut from the port's bills of lading
 * alone and only its rows are counted, so each page costs its own rows — not an aggregate of every event of
 * the port (≈ 1.5 s per page on the medium world's Manzanillo, 24,000 consignments, before this).
 */
function byBillOfLading(port: string | null): string {
  return `with p as (
       select c.bol, ${VISIBLE_STATE} as state from ${candidates(port, PAGE_PARAMS)}
       where ${stateAndFindings(PAGE_PARAMS)}
       order by c.bol limit $3 offset $4
     )
     select p.bol, (select count(*) from ${EVENTS} where e.bol = p.bol) as events,
       (select max(e.event_time) from ${EVENTS} where e.bol = p.bol) as last_event, p.state`;
}

/** How many consignments the list has in all with the page's filters (the envelope's total). */
export async function countConsignments(tx: Tx, filter: ConsignmentFilter): Promise<number> {
  const port = filter.port ?? null;
  const sql = filter.includeTrack
    ? `select count(*) as n from ${candidates(port, COUNT_PARAMS)} where ${stateAndFindings(COUNT_PARAMS)}`
    : `select count(*) as n from consignment_tracks t where ${listedTracks(COUNT_PARAMS)}`;
  const { rows } = await tx.query<{ n: string }>(sql, [
    filter.state ?? null,
    filter.withFindings ?? false,
    port,
    filter.only ?? null,
  ]);
  return Number(rows[0]!.n);
}

/**
 * One page of consignments in one statement, under the caller's row-level security (visible through events
 * or lines), filtered by the declaration's port when asked; with `includeTrack`, each row's track and findings.
 */
export async function listConsignments(tx: Tx, filter: ConsignmentFilter): Promise<ConsignmentSummary[]> {
  const port = filter.port ?? null;
  // Asked for a port, every row has a line declared there: say that port (a bill of lading split across ports
  // would otherwise name the alphabetically first one and be filtered out by a client).
  const portOf = `coalesce($5::text, (select min(l.port_locode) from ${LINES} where l.bill_of_lading = p.bol))`;
  const head = filter.includeTrack ? byBillOfLading(port) : byActivity();
  const order = filter.includeTrack ? 'p.bol' : 'p.last_event desc nulls last, p.bol';
  // The read policy's agency is known only when the statement runs, so the planner guesses that 0.5 % of the
  // tracks are visible and reads every visible one through the viewers index to sort them (≈ 80 ms for the host
  // over 65,000 tracks); walking the activity index in order and stopping at the page is ≈ 1 ms. Transaction-local,
  // and put back after this statement.
  if (!filter.includeTrack) await tx.query('set local enable_bitmapscan = off');
  const { rows } = await tx.query<ConsignmentRow>(
    `${head}, ${portOf} as port,
       (select array_agg(distinct f.kind order by f.kind) from findings f where f.bill_of_lading = p.bol) as kinds,
       case when $6::boolean then ${TRACK} end as track,
       case when $6::boolean then ${FINDINGS} end as findings,
       case when $6::boolean and $7::boolean then ${EVIDENCE} end as evidence
     from p order by ${order}`,
    [
      filter.state ?? null,
      filter.withFindings ?? false,
      filter.limit,
      filter.offset,
      port,
      filter.includeTrack ?? false,
      (filter.simplifyM ?? 0) > 0,
      filter.only ?? null,
    ],
  );
  if (!filter.includeTrack) await tx.query('reset enable_bitmapscan');
  const places = filter.includeTrack ? await allPlaces(tx) : new Map<string, Place>();
  return rows.map((r) => ({
    billOfLading: r.bol,
    eventCount: Number(r.events),
    lastEventTime: r.last_event ? new Date(r.last_event).toISOString() : null,
    state: r.state,
    findingKinds: r.kinds ?? [],
    portLocode: r.port,
    ...(filter.includeTrack
      ? {
          track: r.track
            ? trackOf(JSON.parse(r.track) as TrackEvent[], places, r.evidence, filter.simplifyM)
            : [],
          findings: r.findings ? (JSON.parse(r.findings) as ConsignmentFindingMark[]) : [],
        }
      : {}),
  }));
}

// The events' markings come from the index on the bill of lading alone (0643: it holds them), not the events.
const READ_MARKINGS = prepared(`${lineMarkingsOfBills('$1')}
  union select bol, owner_agency, tlp, releasable_to, recipients, null::text[] from ${EVENTS}
   where bol = any ($1::text[])
  union select bill_of_lading, owner_agency, tlp, releasable_to, recipients, viewers from findings
   where bill_of_lading = any ($1::text[])
  union select bill_of_lading, owner_agency, tlp, releasable_to, recipients, viewers from consignment_tracks
   where bill_of_lading = any ($1::text[])`);

/**
 * What a consignment summary is computed from, as the caller sees it: the distinct markings of its lines,
 * events, findings and track per bill of lading, with the viewers of the derived ones (findings and track: the
 * summary's state and finding kinds are its class's), for the audit of a list read: the summary reads those rows.
 */
export async function consignmentReadMarkings(
  tx: Tx,
  billsOfLading: readonly string[],
): Promise<{ id: string; marking: Marking; viewers?: string[] }[]> {
  if (billsOfLading.length === 0) return [];
  const { rows } = await tx.query<MarkingRow & { bol: string; viewers: string[] | null }>(READ_MARKINGS, [
    [...billsOfLading],
  ]);
  return rows.map((r) => ({
    id: r.bol,
    marking: markingFromRow(r),
    ...(r.viewers === null ? {} : { viewers: r.viewers }),
  }));
}
