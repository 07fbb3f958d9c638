/** The SQL of received STIX objects (table `stix_objects`, 0730). */
import type { Marking } from '../shared/marking.ts';
import { markingFromRow, type MarkingRow } from '../shared/marking.ts';
import type { Tx } from '../store/database.ts';
import type { StixObject } from './stix.ts';

export interface ReceivedObject {
  object: StixObject;
  marking: Marking;
  recordId: string | null;
  /** When this instance stored the version it holds, or changed its marking since (ISO 8601). */
  dateAdded: string;
}

/** The received objects the caller may see (row-level security), in the order they were added. */
export async function listReceived(tx: Tx): Promise<ReceivedObject[]> {
  const { rows } = await tx.query<
    MarkingRow & { object: StixObject; record_id: string | null; date_added: Date | string }
  >(
    `select owner_agency, tlp, releasable_to, recipients, object, record_id,
            greatest(date_added, marked_at) as date_added
       from stix_objects order by 7, stix_id`,
  );
  return rows.map((r) => ({
    object: r.object,
    marking: markingFromRow(r),
    recordId: r.record_id,
    dateAdded: new Date(r.date_added).toISOString(),
  }));
}

export interface StoredVersion {
  modified: string | null;
  recordId: string | null;
  marking: Marking;
}

/** The versions held of these ids, whoever may read them (the import's system step). */
export async function storedVersions(tx: Tx, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
  const { rows } = await tx.query<
    MarkingRow & { stix_id: string; modified: Date | null; record_id: string | null }
  >(
    `select stix_id, modified, record_id, owner_agency, tlp, releasable_to, recipients from stix_objects
      where stix_id = any ($1::text[])`,
    [[...ids]],
  );
  return new Map(
    rows.map((r) => [
      r.stix_id,
      {
        modified: r.modified ? new Date(r.modified).toISOString() : null,
        recordId: r.record_id,
        marking: markingFromRow(r),
      },
    ]),
  );
}

export interface NewReceived {
  object: StixObject;
  marking: Marking;
  recordTable: 'reports' | 'incidents' | 'field_reports' | null;
  recordId: string | null;
  receivedBy: string;
  /** The collection it was pulled from (a sync), or null (a file). */
  source: string | null;
}

/** Stores an object received, or its newer version (a new `date_added`: a TAXII reader pages by it). */
export async function upsertReceived(tx: Tx, r: NewReceived): Promise<void> {
  await tx.query(
    `insert into stix_objects (stix_id, owner_agency, tlp, releasable_to, recipients, type, modified, object,
       record_table, record_id, received_by, source)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12)
     on conflict (stix_id) do update set tlp = excluded.tlp, releasable_to = excluded.releasable_to,
       recipients = excluded.recipients, modified = excluded.modified, object = excluded.object,
       record_table = excluded.record_table, record_id = excluded.record_id, received_by = excluded.received_by,
       source = coalesce(excluded.source, stix_objects.source), date_added = now()`,
    [
      r.object.id,
      r.marking.ownerAgency,
      r.marking.tlp,
      r.marking.releasableTo,
      r.marking.recipients,
      r.object.type,
      r.object.modified ?? null,
      JSON.stringify(r.object),
      r.recordTable,
      r.recordId,
      r.receivedBy,
      r.source,
    ],
  );
}

export interface HeldFrom {
  stixId: string;
  recordTable: 'reports' | 'incidents' | 'field_reports' | null;
  recordId: string | null;
}

/** The objects held from one source (the sync's system step: whoever may read them). */
export async function heldFrom(tx: Tx, source: string): Promise<HeldFrom[]> {
  const { rows } = await tx.query<{
    stix_id: string;
    record_table: HeldFrom['recordTable'];
    record_id: string | null;
  }>('select stix_id, record_table, record_id from stix_objects where source = $1', [source]);
  return rows.map((r) => ({ stixId: r.stix_id, recordTable: r.record_table, recordId: r.record_id }));
}

export async function deleteReceived(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.query('delete from stix_objects where stix_id = any ($1::text[])', [[...ids]]);
}
