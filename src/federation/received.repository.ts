/** The SQL of received STIX objects (table `stix_objects`, 0730). */
import type { Marking } from '../shared/marking.ts';
import { markingFromRow, type MarkingRow } from '../shared/marking.ts';
import { addedRelation, atText } from '../store/added-since.ts';
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
  /** The receiver's narrowing of its copy (0739), or null. */
  narrowed: Omit<Marking, 'ownerAgency'> | null;
}

/** The versions held of these ids, whoever may read them (the import's system step). */
export async function storedVersions(tx: Tx, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
  const { rows } = await tx.query<
    MarkingRow & {
      stix_id: string;
      modified: Date | null;
      record_id: string | null;
      narrowed_tlp: Marking['tlp'] | null;
      narrowed_releasable_to: string[] | null;
      narrowed_recipients: string[] | null;
    }
  >(
    `select stix_id, modified, record_id, owner_agency, tlp, releasable_to, recipients, narrowed_tlp,
       narrowed_releasable_to, narrowed_recipients from stix_objects where stix_id = any ($1::text[])`,
    [[...ids]],
  );
  return new Map(
    rows.map((r) => [
      r.stix_id,
      {
        modified: r.modified ? new Date(r.modified).toISOString() : null,
        recordId: r.record_id,
        marking: markingFromRow(r),
        narrowed: r.narrowed_tlp
          ? {
              tlp: r.narrowed_tlp,
              releasableTo: r.narrowed_releasable_to ?? [],
              recipients: r.narrowed_recipients ?? [],
            }
          : null,
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

export type ReceivedVia = 'pull' | 'push' | 'file';
/** How an object came, from its source: a push stores `push:<account>` (inbox.ts), a pull its collection URL. */
const VIA_SQL = (source: string) =>
  `case when ${source} is null then 'file' when ${source} like 'push:%' then 'push' else 'pull' end`;

export interface ReceivedGroup {
  ownerAgency: string;
  ownerNation: string | null;
  /** How it came: pulled by a sync, pushed by a peer (the TAXII inbox), or imported from a file. */
  via: ReceivedVia;
  /** The registered peer it came from, when one matches. */
  peer: string | null;
  /** The collection URL: administrators only (0742), null for everyone else. */
  source: string | null;
  type: string;
  objects: number;
  lastAdded: string;
}

/** What the caller may see of what was received, by originating agency, source and type (row-level security). */
export async function receivedSummary(tx: Tx): Promise<ReceivedGroup[]> {
  const { rows } = await tx.query<{
    owner_agency: string;
    nation: string | null;
    via: ReceivedVia;
    peer: string | null;
    source: string | null;
    type: string;
    objects: string;
    last_added: Date | string;
  }>(
    `select g.owner_agency, a.nation, ${VIA_SQL('g.source')} as via, centinela_source_peer(g.source) as peer,
       centinela_admin_source(g.source) as source, g.type, sum(g.objects) as objects, max(g.last_added) as last_added
     from (select s.owner_agency, s.source, s.type, count(*) as objects,
             max(greatest(s.date_added, s.marked_at)) as last_added
           from stix_objects s group by s.owner_agency, s.source, s.type) g
     left join agencies a on a.code = g.owner_agency
     group by 1, 2, 3, 4, 5, 6
     order by a.nation, g.owner_agency, via, peer nulls first, source nulls first, g.type`,
  );
  return rows.map((r) => ({
    ownerAgency: r.owner_agency,
    ownerNation: r.nation,
    via: r.via,
    peer: r.peer,
    source: r.source,
    type: r.type,
    objects: Number(r.objects),
    lastAdded: new Date(r.last_added).toISOString(),
  }));
}

export interface ReceivedRecord {
  stixId: string;
  type: string;
  recordTable: 'reports' | 'incidents' | 'field_reports' | null;
  recordId: string | null;
  via: ReceivedVia;
  /** The registered peer it came from, when one matches. */
  peer: string | null;
  /** The collection URL: administrators only (0742), null for everyone else. */
  source: string | null;
  dateAdded: string;
  /** The agency of the user whose import or sync stored it: the receiving agency, whose copy it is. */
  receivedBy: string | null;
  marking: Marking;
  /** The marking the receiver narrowed its copy to (a ceiling a newer version is held under), or null. */
  narrowed: Omit<Marking, 'ownerAgency'> | null;
}

/** One received object the caller may see, by its STIX id or the id of the record it became. */
export async function findReceived(tx: Tx, id: string): Promise<ReceivedRecord | null> {
  const { rows } = await tx.query<
    MarkingRow & {
      stix_id: string;
      type: string;
      record_table: ReceivedRecord['recordTable'];
      record_id: string | null;
      via: ReceivedVia;
      peer: string | null;
      source: string | null;
      date_added: Date | string;
      received_agency: string | null;
      narrowed_tlp: Marking['tlp'] | null;
      narrowed_releasable_to: string[] | null;
      narrowed_recipients: string[] | null;
    }
  >(
    `select s.stix_id, s.type, s.record_table, s.record_id, ${VIA_SQL('s.source')} as via,
       centinela_source_peer(s.source) as peer,
       centinela_admin_source(s.source) as source, greatest(s.date_added, s.marked_at) as date_added,
       s.owner_agency, s.tlp, s.releasable_to, s.recipients, u.agency as received_agency,
       s.narrowed_tlp, s.narrowed_releasable_to, s.narrowed_recipients
     from stix_objects s left join users u on u.id = s.received_by
     where s.stix_id = $1 or s.record_id::text = $1
     order by s.stix_id limit 1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    stixId: r.stix_id,
    type: r.type,
    recordTable: r.record_table,
    recordId: r.record_id,
    via: r.via,
    peer: r.peer,
    source: r.source,
    dateAdded: new Date(r.date_added).toISOString(),
    receivedBy: r.received_agency,
    marking: markingFromRow(r),
    narrowed: r.narrowed_tlp
      ? {
          tlp: r.narrowed_tlp,
          releasableTo: r.narrowed_releasable_to ?? [],
          recipients: r.narrowed_recipients ?? [],
        }
      : null,
  };
}

/**
 * Narrows a received object as the receiver asked (its system step: the row is the originating agency's), and keeps
 * the marking as the ceiling a newer version will be held under. The normalising trigger keeps the owner's nation.
 */
export async function narrowReceivedObject(
  tx: Tx,
  stixId: string,
  marking: Omit<Marking, 'ownerAgency'>,
  by: string,
): Promise<Marking | null> {
  const { rows } = await tx.query<MarkingRow>(
    `update stix_objects set tlp = $2, releasable_to = $3, recipients = $4,
       narrowed_tlp = $2, narrowed_releasable_to = $3, narrowed_recipients = $4, narrowed_by = $5
     where stix_id = $1 returning owner_agency, tlp, releasable_to, recipients`,
    [stixId, marking.tlp, marking.releasableTo, marking.recipients, by],
  );
  return rows[0] ? markingFromRow(rows[0]) : null;
}

/** Definitions before what names them at the same instant (the collection's order; 0733 indexes it). */
const RANK = `case type when 'marking-definition' then 0 when 'extension-definition' then 1
  when 'identity' then 2 else 3 end`;
const AT = 'greatest(date_added, marked_at)';

type ReceivedRow = MarkingRow & { object: StixObject; record_id: string | null; date_added: Date | string };

/** The received objects the caller may see in the order of a TAXII collection (store/added-since.ts). */
export const RECEIVED_ADDED = addedRelation({
  from: 'from stix_objects',
  at: AT,
  key: [RANK, 'stix_id collate "C"'],
  keyTypes: ['int', 'text'],
  id: { column: 'stix_id', type: 'text' },
  filters: { type: 'type', spec: "coalesce(object->>'spec_version', '2.0')" },
  toRecord: (r: ReceivedRow): Omit<ReceivedObject, 'dateAdded'> => ({
    object: r.object,
    marking: markingFromRow(r),
    recordId: r.record_id,
  }),
});

/**
 * The identities that the received objects added at or after `since` (all when null) name in a top-level `*_ref`
 * or `*_refs` property, with the newest instant of the objects naming each (the collection dates an identity by
 * its newest reader).
 */
export async function identityRefsSince(
  tx: Tx,
  since: string | null,
): Promise<{ ref: string; at: string }[]> {
  const { rows } = await tx.query<{ ref: string; at: string }>(
    `select r.ref, ${atText(`max(${AT})`)} as at
       from stix_objects s
       cross join lateral (
         select e.value #>> '{}' as ref from jsonb_each(s.object) e
          where e.key like '%\\_ref' and jsonb_typeof(e.value) = 'string'
         union all
         select a.ref from jsonb_each(s.object) e,
                jsonb_array_elements_text(case jsonb_typeof(e.value) when 'array' then e.value else '[]' end) a(ref)
          where e.key like '%\\_refs') r
      where r.ref like 'identity--%' ${since === null ? '' : `and ${AT} >= $1::timestamptz`}
      group by r.ref`,
    since === null ? [] : [since],
  );
  return rows;
}

/** Which of these records (reports, incidents, field reports) the caller holds as received objects. */
export async function receivedRecordIds(tx: Tx, recordIds: readonly string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const { rows } = await tx.query<{ record_id: string }>(
    'select record_id from stix_objects where record_id = any ($1::uuid[])',
    [[...recordIds]],
  );
  return new Set(rows.map((r) => r.record_id));
}
