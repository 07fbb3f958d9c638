/**
 * SQL that gathers a consignment's inputs: declaration lines (the declarations capability's, read through
 * its face: the `LINES` relation and its input columns), events, and the bookkeeping of which consignments need analysis. The analysis is a
 * system task that must see across agencies, so these run in `db.asOwner` transactions; what it
 * writes carries a marking no wider than what it read (findings.service.ts).
 */
import { prepared, type Tx } from '../store/database.ts';
import { LINES, LINE_INPUT_COLUMNS } from '../declarations/index.ts';
import { EVENTS } from '../epcis/index.ts';
import type { MarkingRow } from '../shared/marking.ts';
import type { CustodyEvent } from './model.ts';
import type { DescribedLine } from './substance.ts';

export interface MarkedLine extends DescribedLine {
  /** The row's id (declaration_lines.id): what derived records cite, never the declaration number. */
  rowId: string | null;
  marking: MarkingRow | null;
}
export interface MarkedEvent extends CustodyEvent {
  /** The row's id (epcis_events.id): what derived records cite, never the eventID. */
  rowId: string;
  bol: string | null;
  marking: MarkingRow;
}

interface LineDbRow {
  declaration_id: string;
  line_no: number;
  declared_at: string | null;
  port_locode: string;
  bill_of_lading: string;
  container_no: string | null;
  importer_rfc: string | null;
  consignee_rfc: string | null;
  importer_name: string | null;
  consignee_name: string | null;
  destination: string | null;
  cas_number: string | null;
  quantity_kg: number;
  permit_id: string | null;
  goods_description: string | null;
  hs_code: string | null;
  smiles: string | null;
  substance_id: string | null;
  verdict: string | null;
  row_id: string | null;
  owner_agency: string | null;
  tlp?: MarkingRow['tlp'];
  releasable_to?: string[];
  recipients?: string[];
}

const blankToNull = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

function lineFromRow(row: LineDbRow): MarkedLine {
  return {
    declarationId: row.declaration_id,
    lineNo: row.line_no,
    declaredAt: row.declared_at ? new Date(row.declared_at).toISOString() : '1970-01-01T00:00:00.000Z',
    portLocode: row.port_locode ?? '',
    billOfLading: row.bill_of_lading,
    containerNo: blankToNull(row.container_no),
    importerRfc: blankToNull(row.importer_rfc),
    consigneeRfc: blankToNull(row.consignee_rfc),
    importerName: blankToNull(row.importer_name),
    consigneeName: blankToNull(row.consignee_name),
    destination: blankToNull(row.destination),
    casNumber: blankToNull(row.cas_number),
    quantityKg: Number(row.quantity_kg) || 0,
    permitId: blankToNull(row.permit_id),
    goodsDescription: row.goods_description,
    hsCode: row.hs_code,
    smiles: blankToNull(row.smiles),
    screened: row.verdict ? { verdict: row.verdict, substanceId: row.substance_id } : null,
    rowId: row.row_id,
    marking: row.owner_agency
      ? {
          owner_agency: row.owner_agency,
          tlp: row.tlp!,
          releasable_to: row.releasable_to!,
          recipients: row.recipients!,
        }
      : null,
  };
}

export async function linesByBol(tx: Tx, bols: readonly string[]): Promise<MarkedLine[]> {
  if (bols.length === 0) return [];
  // In declaration order: views take a consignment's header facts from its first line.
  return linesAsJson(
    tx,
    `select ${LINE_INPUT_COLUMNS} from ${LINES} where l.bill_of_lading = any($1)
     order by l.declared_at, l.declaration_id, l.line_no, l.owner_agency`,
    [bols],
  );
}

/** Rows as one JSON array (several times faster to hand over than rows, on PGlite above all). */
async function linesAsJson(tx: Tx, select: string, params: unknown[]): Promise<MarkedLine[]> {
  // Prepared: `select` is one of this file's fixed statements.
  const { rows } = await tx.query<{ lines: string }>(
    prepared(`select coalesce(json_agg(t), '[]')::text as lines from (${select}) t`),
    params,
  );
  return (JSON.parse(rows[0]?.lines ?? '[]') as LineDbRow[]).map(lineFromRow);
}

/** Lines naming any of the permits: the quota use of the year, whatever the consignment. */
export async function linesByPermit(tx: Tx, permitIds: readonly string[]): Promise<MarkedLine[]> {
  if (permitIds.length === 0) return [];
  return linesAsJson(
    tx,
    `select ${LINE_INPUT_COLUMNS} from ${LINES} where l.permit_id = any($1)
     order by l.declared_at, l.declaration_id, l.line_no, l.owner_agency`,
    [permitIds],
  );
}

/** Bills of lading of lines that carry any of the containers. */
export async function bolsByContainer(tx: Tx, containers: readonly string[]): Promise<string[]> {
  if (containers.length === 0) return [];
  const { rows } = await tx.query<{ bill_of_lading: string }>(
    `select distinct l.bill_of_lading from ${LINES} where l.container_no = any($1)`,
    [containers],
  );
  return rows.map((r) => r.bill_of_lading);
}

/** The columns eventsFor reads, in the order of the JSON arrays it receives. */
type EventTuple = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
  string,
  MarkingRow['tlp'],
  string[],
  string[],
  string,
  string[] | null,
  string | null,
];
// In one order whatever the plan (event_id, then owner: two agencies may hold one eventID), so that
// everything derived from the same events is the same.
const EVENT_TUPLE = `coalesce(json_agg(json_build_array(event_id, event_time, biz_step, disposition, action, biz_location,
  read_point, lat, lon, quantity_kg, container_no, bol, owner_agency, tlp, releasable_to, recipients, id, epcs, parent_id)
  order by event_id, owner_agency, id), '[]')::text as events`;

const EVENTS_BY_BOL = prepared(`select ${EVENT_TUPLE} from ${EVENTS} where bol = any($1)`);
const EVENTS_BY_CONTAINER = prepared(
  `select ${EVENT_TUPLE} from ${EVENTS} where container_no = any($1) and bol is null`,
);

/**
 * Events carrying any of the bills of lading, and events that carry no bill of lading but one of
 * the containers (an event naming another bill of lading belongs to that consignment). Two
 * index scans (one statement with `bol = any(…) or container_no = any(…)` makes the planner scan);
 * rows come back as one JSON array, which both engines hand over several times faster than rows.
 */
export async function eventsFor(
  tx: Tx,
  bols: readonly string[],
  containers: readonly string[],
): Promise<MarkedEvent[]> {
  const tuples: EventTuple[] = [];
  const fetch = async (sql: string, params: unknown[]) => {
    const { rows } = await tx.query<{ events: string }>(sql, params);
    tuples.push(...(JSON.parse(rows[0]?.events ?? '[]') as EventTuple[]));
  };
  if (bols.length) await fetch(EVENTS_BY_BOL, [bols]);
  if (containers.length) {
    await fetch(EVENTS_BY_CONTAINER, [containers]);
  }
  return tuples.map(
    ([
      eventId,
      time,
      bizStep,
      disposition,
      action,
      bizLocation,
      readPoint,
      lat,
      lon,
      quantityKg,
      containerNo,
      bol,
      owner,
      tlp,
      releasableTo,
      recipients,
      rowId,
      epcs,
      parentId,
    ]) => ({
      rowId,
      eventId,
      eventTime: new Date(time).toISOString(),
      bizStep,
      disposition,
      action,
      placeId: bizLocation ?? readPoint,
      lat,
      lon,
      quantityKg,
      containerNo,
      reportedBy: owner,
      epcs: epcs ?? [],
      parentId,
      bol,
      marking: { owner_agency: owner, tlp, releasable_to: releasableTo, recipients },
    }),
  );
}

const NEWEST_EVENT_TIME = prepared(`select max(event_time) as t from ${EVENTS}`);

/** The analysis clock: the newest event time stored. */
export async function newestEventTime(tx: Tx): Promise<string | null> {
  const { rows } = await tx.query<{ t: Date | null }>(NEWEST_EVENT_TIME);
  return rows[0]?.t ? new Date(rows[0].t).toISOString() : null;
}

/**
 * Consignments to analyse: those with events recorded since their last analysis, those an input's marking
 * change or a new line or permit marked stale (src/markings/migrations/0531), and those with declaration lines
 * never analysed or without a stored overview track (analysed before tracks were stored).
 */
export async function staleBols(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ bol: string }>(
    `select e.bol from ${EVENTS} left join consignment_analyses a on a.bill_of_lading = e.bol
     where e.bol is not null
     group by e.bol, a.newest_record_time, a.stale
     having a.newest_record_time is null or a.stale or max(e.record_time) > a.newest_record_time`,
  );
  const { rows: fromLines } = await tx.query<{ bol: string }>(
    `select distinct l.bill_of_lading as bol from ${LINES}
     where not exists (select 1 from consignment_analyses a where a.bill_of_lading = l.bill_of_lading)
       or exists (select 1 from consignment_analyses a where a.bill_of_lading = l.bill_of_lading and a.stale)
       or not exists (select 1 from consignment_tracks t where t.bill_of_lading = l.bill_of_lading)`,
  );
  return [...new Set([...rows, ...fromLines].map((r) => r.bol))];
}

export async function allBols(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ bol: string }>(
    `select distinct bol from ${EVENTS} where bol is not null`,
  );
  const { rows: fromLines } = await tx.query<{ bol: string }>(
    `select distinct l.bill_of_lading as bol from ${LINES}`,
  );
  return [...new Set([...rows, ...fromLines].map((r) => r.bol))];
}
