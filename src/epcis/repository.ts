/** SQL of EPCIS capture and query. Every function runs in the caller's transaction (`db.asUser`). */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import type { NormalisedEvent } from './normalise.ts';
import type { EventQuery } from './query.ts';

const EVENT_COLUMNS = [
  'id',
  'owner_agency',
  'event_id',
  'event_type',
  'event_time',
  'event_time_zone_offset',
  'record_time',
  'action',
  'biz_step',
  'disposition',
  'read_point',
  'biz_location',
  'epcs',
  'parent_id',
  'bol',
  'container_no',
  'quantity_kg',
  'lat',
  'lon',
  'document',
  'capture_id',
  'reported_by',
  'tlp',
  'releasable_to',
  'recipients',
] as const;

export interface CaptureStamp {
  captureId: string;
  ownerAgency: string;
  reportedBy: string | null;
  recordTime: string;
  /** The events' marking (BRIEF "Markings on import"): `amber`, the owner's nation, when absent. */
  marking?: Pick<Marking, 'tlp' | 'releasableTo' | 'recipients'> | undefined;
}

function eventRow(event: NormalisedEvent, stamp: CaptureStamp): unknown[] {
  const document = { ...event.document, eventID: event.eventId, recordTime: stamp.recordTime };
  return [
    randomUUID(),
    stamp.ownerAgency,
    event.eventId,
    event.eventType,
    event.eventTime,
    event.eventTimeZoneOffset,
    stamp.recordTime,
    event.action,
    event.bizStep,
    event.disposition,
    event.readPoint,
    event.bizLocation,
    event.epcs,
    event.parentId,
    event.bol,
    event.containerNo,
    event.quantityKg,
    event.lat,
    event.lon,
    document,
    stamp.captureId,
    stamp.reportedBy,
    stamp.marking?.tlp ?? 'amber',
    stamp.marking?.releasableTo ?? [],
    stamp.marking?.recipients ?? [],
  ];
}

/**
 * Stores events not stored before (by event_id) and returns the ids of those it stored. Bulk path:
 * COPY into a transaction-scoped staging table, then one insert … on conflict do nothing.
 */
export async function insertNewEvents(
  tx: Tx,
  events: readonly NormalisedEvent[],
  stamp: CaptureStamp,
): Promise<{ id: string; eventId: string; bol: string | null; containerNo: string | null }[]> {
  if (events.length === 0) return [];
  await tx.query(
    `create temp table if not exists epcis_events_staging
       (like epcis_events including defaults) on commit delete rows`,
  );
  await stageRows(
    tx,
    events.map((e) => eventRow(e, stamp)),
  );
  const columns = EVENT_COLUMNS.join(', ');
  // distinct on: the same eventID twice in one document is stored once, the first one.
  const { rows } = await tx.query<{
    id: string;
    event_id: string;
    bol: string | null;
    container_no: string | null;
  }>(
    `insert into epcis_events (${columns})
     select distinct on (event_id) ${columns} from epcis_events_staging order by event_id
     on conflict (owner_agency, event_id) do nothing
     returning id, event_id, bol, container_no`,
  );
  await tx.query('delete from epcis_events_staging');
  return rows.map((r) => ({ id: r.id, eventId: r.event_id, bol: r.bol, containerNo: r.container_no }));
}

/**
 * COPY on PostgreSQL. PGlite's COPY reads a "server file" (/dev/blob), which the non-superuser
 * application role may not do, so there the rows travel as one JSON parameter expanded by
 * jsonb_populate_recordset — one statement, no per-row round trip.
 */
async function stageRows(tx: Tx, rows: unknown[][]): Promise<void> {
  if (tx.engine === 'postgres') {
    await tx.copyRows('epcis_events_staging', EVENT_COLUMNS, rows);
    return;
  }
  const records = rows.map((row) => Object.fromEntries(EVENT_COLUMNS.map((column, i) => [column, row[i]])));
  const columns = EVENT_COLUMNS.join(', ');
  await tx.query(
    `insert into epcis_events_staging (${columns})
     select ${columns} from jsonb_populate_recordset(null::epcis_events_staging, $1::jsonb)`,
    [JSON.stringify(records)],
  );
}

export interface CaptureJob {
  id: string;
  running: boolean;
  success: boolean | null;
  captureErrorBehaviour: string;
  eventCount: number;
  storedCount: number;
  errors: unknown[];
  createdAt: string;
  finishedAt: string | null;
}

export async function insertCaptureJob(
  tx: Tx,
  job: CaptureJob,
  ownerAgency: string,
  createdBy: string | null,
) {
  await tx.query(
    `insert into epcis_capture_jobs (id, owner_agency, running, success, capture_error_behaviour, event_count,
       stored_count, errors, created_at, finished_at, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      job.id,
      ownerAgency,
      job.running,
      job.success,
      job.captureErrorBehaviour,
      job.eventCount,
      job.storedCount,
      JSON.stringify(job.errors),
      job.createdAt,
      job.finishedAt,
      createdBy,
    ],
  );
}

export async function findCaptureJob(tx: Tx, id: string): Promise<CaptureJob | null> {
  const { rows } = await tx.query<{
    id: string;
    running: boolean;
    success: boolean | null;
    capture_error_behaviour: string;
    event_count: number;
    stored_count: number;
    errors: unknown[];
    created_at: Date;
    finished_at: Date | null;
  }>('select * from epcis_capture_jobs where id = $1', [id]);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    running: row.running,
    success: row.success,
    captureErrorBehaviour: row.capture_error_behaviour,
    eventCount: row.event_count,
    storedCount: row.stored_count,
    errors: row.errors,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}

export interface StoredEventRow {
  id: string;
  tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
  event_time: Date;
  document: Record<string, unknown>;
}

/** Events matching the query, in (event_time, id) order, starting after the page cursor. */
export async function queryEvents(tx: Tx, query: EventQuery, limit: number): Promise<StoredEventRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.eventType) where.push(`event_type = any(${param(query.eventType)})`);
  if (query.GE_eventTime) where.push(`event_time >= ${param(query.GE_eventTime)}`);
  if (query.LT_eventTime) where.push(`event_time < ${param(query.LT_eventTime)}`);
  if (query.EQ_bizStep) where.push(`biz_step = any(${param(query.EQ_bizStep)})`);
  if (query.EQ_disposition) where.push(`disposition = any(${param(query.EQ_disposition)})`);
  if (query.EQ_readPoint) where.push(`read_point = any(${param(query.EQ_readPoint)})`);
  if (query.EQ_bizLocation) where.push(`biz_location = any(${param(query.EQ_bizLocation)})`);
  if (query.MATCH_epc) where.push(`epcs && ${param(query.MATCH_epc)}`);
  if (query.EQ_bizTransaction_bol) where.push(`bol = any(${param(query.EQ_bizTransaction_bol)})`);
  if (query.after) {
    where.push(
      `(event_time, id) > (${param(query.after.eventTime)}::timestamptz, ${param(query.after.id)}::uuid)`,
    );
  }
  const { rows } = await tx.query<StoredEventRow>(
    `select id, tlp, event_time, document from epcis_events
     ${where.length ? `where ${where.join(' and ')}` : ''}
     order by event_time, id limit ${param(limit)}`,
    params,
  );
  return rows;
}
