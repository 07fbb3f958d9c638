/**
 * SQL of resolution's runs: storing party records, entities with their members and links, runs and decisions.
 * What callers read of them (the entity list, members, links, the network's hops) is in reads.repository.ts.
 */
import type { Tx } from '../store/database.ts';
import { derivationKey } from '../store/derivation-keys.ts';
import { newEntityIdKey, partyRecordId } from './entity-id.ts';
import { keyedUuid } from '../shared/keyed-id.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { PartyRole, PartySource } from './party.ts';

export interface StoredParty {
  id: string;
  recordId: string;
  source: PartySource;
  role: PartyRole;
  name: string;
  rfc: string | null;
  address: string | null;
  phone: string | null;
  marking: Marking;
  declarationId: string | null;
  billOfLading: string | null;
  permitId: string | null;
  locationId: string | null;
}

/** A party as extracted from a source row, before it has a stored id and normalised keys. */
export type ExtractedParty = Omit<StoredParty, 'id'>;

export interface NormalisedKeys {
  nameCore: string;
  rfcNorm: string | null;
  rfcWarnings: string[];
  addressKey: string | null;
  phoneNorm: string | null;
}

export interface PartyRow extends MarkingRow {
  id: string;
  record_id: string;
  source: PartySource;
  role: PartyRole;
  name: string;
  rfc: string | null;
  address: string | null;
  phone: string | null;
  declaration_id: string | null;
  bill_of_lading: string | null;
  permit_id: string | null;
  location_id: string | null;
}

export function partyFromRow(row: PartyRow): StoredParty {
  return {
    id: row.id,
    recordId: row.record_id,
    source: row.source,
    role: row.role,
    name: row.name,
    rfc: row.rfc,
    address: row.address,
    phone: row.phone,
    marking: markingFromRow(row),
    declarationId: row.declaration_id,
    billOfLading: row.bill_of_lading,
    permitId: row.permit_id,
    locationId: row.location_id,
  };
}

/**
 * Replaces the stored party records with the extracted ones: ids kept for records that remain, keyed ids
 * (entity-id.ts, partyRecordId) for the others.
 */
export async function replacePartyRecords(
  tx: Tx,
  parties: readonly (ExtractedParty & { keys: NormalisedKeys })[],
  key: Buffer,
): Promise<StoredParty[]> {
  const { rows: existing } = await tx.query<{ id: string; record_id: string }>(
    'select id, record_id from party_records',
  );
  const idByRecord = new Map(existing.map((row) => [row.record_id, row.id]));
  await tx.query('delete from entities');
  await tx.query('delete from party_records');
  const stored = parties.map((party) => ({
    ...party,
    id: idByRecord.get(party.recordId) ?? partyRecordId(key, party.recordId),
  }));
  await insertPartyRecords(tx, stored);
  return stored;
}

/** Appends party records (with their ids and normalised keys). */
export async function insertPartyRecords(
  tx: Tx,
  stored: readonly (ExtractedParty & { id: string; keys: NormalisedKeys })[],
): Promise<void> {
  await tx.copyRows(
    'party_records',
    [
      'id',
      'owner_agency',
      'tlp',
      'releasable_to',
      'recipients',
      'record_id',
      'source',
      'role',
      'name',
      'rfc',
      'address',
      'phone',
      'name_core',
      'rfc_norm',
      'rfc_warnings',
      'address_key',
      'phone_norm',
      'declaration_id',
      'bill_of_lading',
      'permit_id',
      'location_id',
    ],
    stored.map((p) => [
      p.id,
      p.marking.ownerAgency,
      p.marking.tlp,
      p.marking.releasableTo,
      p.marking.recipients,
      p.recordId,
      p.source,
      p.role,
      p.name,
      p.rfc,
      p.address,
      p.phone,
      p.keys.nameCore,
      p.keys.rfcNorm,
      p.keys.rfcWarnings,
      p.keys.addressKey,
      p.keys.phoneNorm,
      p.declarationId,
      p.billOfLading,
      p.permitId,
      p.locationId,
    ]),
  );
}

/**
 * Every stored record with the entity it belongs to in each visibility class (a system read, for
 * incremental resolution): class key (viewers joined by ",") → record id → assignment.
 */
export async function storedAssignments(
  tx: Tx,
): Promise<Map<string, Map<string, { id: string; entityId: string }>>> {
  const { rows } = await tx.query<{ id: string; record_id: string; entity_id: string; viewers: string[] }>(
    `select p.id, p.record_id, m.entity_id, m.viewers
       from party_records p join entity_members m on m.party_record_id = p.id`,
  );
  const byClass = new Map<string, Map<string, { id: string; entityId: string }>>();
  for (const r of rows) {
    const key = r.viewers.join(',');
    let assigned = byClass.get(key);
    if (!assigned) byClass.set(key, (assigned = new Map()));
    assigned.set(r.record_id, { id: r.id, entityId: r.entity_id });
  }
  return byClass;
}

/** The stored party records' ids (a system read). */
export async function storedPartyIds(tx: Tx): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; record_id: string }>(
    'select id, record_id from party_records',
  );
  return new Map(rows.map((r) => [r.record_id, r.id]));
}

/** The model of the last full run of each visibility class (key: viewers joined by ","). */
export async function latestModels(tx: Tx): Promise<Map<string, unknown>> {
  const { rows } = await tx.query<{ viewers: string[]; model: unknown }>(
    'select distinct on (viewers) viewers, model from resolution_runs order by viewers, id desc',
  );
  return new Map(rows.map((r) => [r.viewers.join(','), r.model]));
}

/** Every agency with its nation (not intelligence: the directory). */
export async function agencyNations(tx: Tx): Promise<{ code: string; nation: string }[]> {
  const { rows } = await tx.query<{ code: string; nation: string }>(
    'select code, nation from agencies order by code',
  );
  return rows;
}

/**
 * The key of entity ids (src/resolution/entity-id.ts), created on first use. A system read: the
 * application role has no access to the key store.
 */
export async function entityIdKey(tx: Tx, fresh: () => Buffer): Promise<Buffer> {
  return derivationKey(tx, 'entity', fresh);
}

/** Moves every member and link of one entity into another (a new record joined the two). */
export async function mergeEntityInto(tx: Tx, from: string, into: string): Promise<void> {
  await tx.query('update entity_members set entity_id = $2 where entity_id = $1', [from, into]);
  await tx.query('update entity_links set entity_id = $2 where entity_id = $1', [from, into]);
  await tx.query('delete from entities where id = $1', [from]);
}

export interface StoredLink {
  entityId: string;
  recordA: string;
  recordB: string;
  reason: 'identical' | 'match' | 'confirmed';
  weight: number | null;
  probability: number | null;
  support: number | null;
  fields: unknown[];
  marking: Marking;
}

/** Entities of one visibility class, with their members and links, read by `viewers` only. */
export async function insertEntities(
  tx: Tx,
  viewers: readonly string[],
  entities: readonly { id: string; status: 'resolved' | 'confirmed'; members: readonly StoredParty[] }[],
  links: readonly StoredLink[],
): Promise<void> {
  await tx.copyRows(
    'entities',
    ['id', 'status', 'viewers'],
    entities.map((e) => [e.id, e.status, viewers]),
  );
  await insertMembers(tx, viewers, entities);
  const key = await entityIdKey(tx, newEntityIdKey);
  const seen = new Map<string, number>();
  await tx.copyRows(
    'entity_links',
    [
      'id',
      'owner_agency',
      'tlp',
      'releasable_to',
      'recipients',
      'entity_id',
      'record_a',
      'record_b',
      'reason',
      'weight',
      'probability',
      'support',
      'fields',
      'viewers',
    ],
    links.map((l) => [
      linkId(key, l, seen),
      l.marking.ownerAgency,
      l.marking.tlp,
      l.marking.releasableTo,
      l.marking.recipients,
      l.entityId,
      l.recordA,
      l.recordB,
      l.reason,
      l.weight,
      l.probability,
      l.support,
      JSON.stringify(l.fields),
      viewers,
    ]),
  );
}

/**
 * A link's id: keyed (entity-id.ts) by the two records it joins and why — not by its entity, whose id names the
 * class (which other agencies share a reader's class is not the reader's to see, 0546) — so a resolution that
 * links the same records the same way gives it the same id; the rare repeat is told apart by its place.
 */
function linkId(key: Buffer, link: StoredLink, seen: Map<string, number>): string {
  const parts = ['link', link.recordA, link.recordB, link.reason];
  const signature = parts.join('\u0000');
  const occurrence = seen.get(signature) ?? 0;
  seen.set(signature, occurrence + 1);
  return keyedUuid(key, [...parts, String(occurrence)]);
}

/** Member rows carry the marking of their record, and are read by the class's viewers only. */
export async function insertMembers(
  tx: Tx,
  viewers: readonly string[],
  entities: readonly { id: string; members: readonly StoredParty[] }[],
): Promise<void> {
  await tx.copyRows(
    'entity_members',
    ['party_record_id', 'owner_agency', 'tlp', 'releasable_to', 'recipients', 'entity_id', 'viewers'],
    entities.flatMap((e) =>
      e.members.map((m) => [
        m.id,
        m.marking.ownerAgency,
        m.marking.tlp,
        m.marking.releasableTo,
        m.marking.recipients,
        e.id,
        viewers,
      ]),
    ),
  );
}

export async function recordRun(
  tx: Tx,
  viewers: readonly string[],
  records: number,
  entities: number,
  model: unknown,
): Promise<void> {
  await tx.query('insert into resolution_runs (viewers, records, entities, model) values ($1, $2, $3, $4)', [
    viewers,
    records,
    entities,
    JSON.stringify(model),
  ]);
}

export interface StoredDecision {
  id: string;
  kind: 'confirm' | 'split';
  entityId: string | null;
  recordIds: string[];
  otherRecordIds: string[];
  reason: string;
  decidedAt: string;
}

export async function listDecisions(tx: Tx): Promise<(StoredDecision & { marking: Marking })[]> {
  const { rows } = await tx.query<
    MarkingRow & {
      id: string;
      kind: 'confirm' | 'split';
      entity_id: string | null;
      record_ids: string[];
      other_record_ids: string[];
      reason: string;
      decided_at: Date | string;
    }
  >(
    `select id, kind, entity_id, record_ids, other_record_ids, reason, decided_at, owner_agency, tlp, releasable_to,
            recipients
       from resolution_decisions order by decided_at, id`,
  );
  return rows.map((r) => ({
    marking: markingFromRow(r),
    id: r.id,
    kind: r.kind,
    entityId: r.entity_id,
    recordIds: r.record_ids,
    otherRecordIds: r.other_record_ids,
    reason: r.reason,
    decidedAt: new Date(r.decided_at).toISOString(),
  }));
}

export async function insertDecision(
  tx: Tx,
  decision: Omit<StoredDecision, 'decidedAt'> & { marking: Marking; decidedBy: string },
): Promise<void> {
  await tx.query(
    `insert into resolution_decisions (id, owner_agency, tlp, releasable_to, recipients, kind, entity_id, record_ids,
       other_record_ids, reason, decided_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      decision.id,
      decision.marking.ownerAgency,
      decision.marking.tlp,
      decision.marking.releasableTo,
      decision.marking.recipients,
      decision.kind,
      decision.entityId,
      decision.recordIds,
      decision.otherRecordIds,
      decision.reason,
      decision.decidedBy,
    ],
  );
}
