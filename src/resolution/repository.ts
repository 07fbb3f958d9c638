/**
 * SQL of resolution: extracting party records from the source tables, storing entities with their
 * links and decisions, and the reads behind the API. Reads for callers run under row-level security
 * (`db.asUser`), and every read of entities goes through party_records, so an entity, a member or a
 * link is returned only when the caller may see the records it rests on.
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

interface PartyRow extends MarkingRow {
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

function partyFromRow(row: PartyRow): StoredParty {
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

/** Entities of the caller's class (each with its member records), optionally matching a search. */
export async function searchEntities(
  tx: Tx,
  query: { text?: string | undefined; limit: number; offset: number },
): Promise<
  {
    entityId: string;
    status: string;
    name: string | null;
    names: string[];
    rfcs: string[];
    records: number;
  }[]
> {
  const { rows } = await tx.query<{
    entity_id: string;
    status: string;
    name: string | null;
    names: string[];
    rfcs: string[];
    records: number;
  }>(
    // What the list shows is stored on the entity row when resolution writes its members (0621): the caller
    // reads only its class's entities, whose members it all sees, so a page is an index range (most records
    // first, ties by the lowest record id: content, never the id), not an aggregate of every visible member.
    `select e.id as entity_id, e.status, e.name, e.names, e.rfcs, e.record_count::int8 as records
       from entities e
      where e.record_count > 0
        and ($1::text is null or e.id in (
              select m2.entity_id from entity_members m2 join party_records p2 on p2.id = m2.party_record_id
               where p2.name_core like '%' || $1 || '%' or p2.rfc_norm = $1))
      order by e.record_count desc, e.first_record_id
      limit $2 offset $3`,
    [query.text ?? null, query.limit, query.offset],
  );
  return rows.map((r) => ({
    entityId: r.entity_id,
    status: r.status,
    name: r.name,
    names: r.names,
    rfcs: r.rfcs,
    records: r.records,
  }));
}

/** The member records of entities, as far as the caller may see them. */
export interface VisibleMember extends StoredParty {
  entityId: string;
  addressKey: string | null;
  phoneNorm: string | null;
}

/** A party record with its entity, as the network and the entity pages read it. */
const MEMBER_COLUMNS = `p.id, p.record_id, p.source, p.role, p.name, p.rfc, p.address, p.phone, p.owner_agency, p.tlp,
            p.releasable_to, p.recipients, p.declaration_id, p.bill_of_lading, p.permit_id, p.location_id,
            p.address_key, p.phone_norm, m.entity_id`;
type MemberRow = PartyRow & { entity_id: string; address_key: string | null; phone_norm: string | null };

const memberFromRow = (row: MemberRow): VisibleMember => ({
  ...partyFromRow(row),
  entityId: row.entity_id,
  addressKey: row.address_key,
  phoneNorm: row.phone_norm,
});

/** The distinct values records link through, in the order the sharing statements take them as parameters. */
function linkValues(members: readonly VisibleMember[]): string[][] {
  const values = (pick: (m: VisibleMember) => string | null) => [
    ...new Set(members.map(pick).filter((v): v is string => v !== null)),
  ];
  return [
    values((m) => m.billOfLading),
    values((m) => m.addressKey),
    values((m) => m.phoneNorm),
    values((m) => m.permitId),
    values((m) => m.locationId),
  ];
}

/**
 * Visible member records that share a consignment, an address, a phone, a permit or a site with the
 * given records: one hop of the network, found through the indexes instead of loading everything.
 */
export async function membersSharingWith(
  tx: Tx,
  members: readonly VisibleMember[],
): Promise<VisibleMember[]> {
  const { rows } = await tx.query<{ entity_id: string }>(
    `select distinct m.entity_id
       from entity_members m join party_records p on p.id = m.party_record_id
      where p.bill_of_lading = any ($1::text[]) or p.address_key = any ($2::text[])
         or p.phone_norm = any ($3::text[]) or p.permit_id = any ($4::text[]) or p.location_id = any ($5::text[])`,
    [...linkValues(members)],
  );
  // the given records' own entities stay in, even when they share nothing
  return visibleMembers(tx, [
    ...new Set([...members.map((m) => m.entityId), ...rows.map((r) => r.entity_id)]),
  ]);
}

/**
 * Visible member records that themselves hold one of the given records' consignments, addresses, phones, permits
 * or sites (not every record of their entities, as `membersSharingWith` returns): the last hop of a network at an
 * even depth needs only the edges into the hop before it. Together with the given records.
 */
export async function recordsSharingWith(
  tx: Tx,
  members: readonly VisibleMember[],
): Promise<VisibleMember[]> {
  const { rows } = await tx.query<MemberRow>(
    `select ${MEMBER_COLUMNS}
       from entity_members m join party_records p on p.id = m.party_record_id
      where p.id = any ($1::uuid[])
         or p.bill_of_lading = any ($2::text[]) or p.address_key = any ($3::text[])
         or p.phone_norm = any ($4::text[]) or p.permit_id = any ($5::text[]) or p.location_id = any ($6::text[])
      order by p.record_id`,
    [members.map((m) => m.id), ...linkValues(members)],
  );
  return rows.map(memberFromRow);
}

/**
 * What the caller's class stores about these entities (0621): the name every page shows and the lowest record id
 * (the entity's place in any order). An entity of the caller's class has only members the caller sees, so this is
 * what `entityName` would compute over all of them; an entity outside the class is absent.
 */
export async function entitySummaries(
  tx: Tx,
  entityIds: readonly string[],
): Promise<Map<string, { name: string | null; rfcs: string[]; firstRecordId: string }>> {
  const { rows } = await tx.query<{
    id: string;
    name: string | null;
    rfcs: string[];
    first_record_id: string;
  }>(
    `select e.id, e.name, e.rfcs, e.first_record_id from entities e
      where e.id = any ($1::uuid[]) and e.first_record_id is not null`,
    [[...entityIds]],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, rfcs: r.rfcs, firstRecordId: r.first_record_id }]));
}

export async function visibleMembers(tx: Tx, entityIds?: readonly string[]): Promise<VisibleMember[]> {
  const { rows } = await tx.query<MemberRow>(
    `select ${MEMBER_COLUMNS}
       from entity_members m join party_records p on p.id = m.party_record_id
      where $1::uuid[] is null or m.entity_id = any ($1::uuid[])
      -- entities in the order of their lowest visible record (content, not the opaque id)
      order by min(p.record_id) over (partition by m.entity_id), p.record_id`,
    [entityIds ? [...entityIds] : null],
  );
  return rows.map(memberFromRow);
}

/**
 * An entity's visible records folded by what its summary reads (name, RFC, role and marking), each fold with its
 * count and lowest record id, in that order: the summary without its records (`records=none`) reads a few dozen
 * folds instead of every record (1,200-1,800 on the medium world's largest entities).
 */
export async function visibleMemberFolds(
  tx: Tx,
  entityId: string,
): Promise<
  {
    name: string;
    rfc: string | null;
    role: PartyRole;
    marking: Marking;
    count: number;
    firstRecordId: string;
  }[]
> {
  const { rows } = await tx.query<
    MarkingRow & { name: string; rfc: string | null; role: PartyRole; n: number; first_record_id: string }
  >(
    `select p.name, p.rfc, p.role, p.owner_agency, p.tlp, p.releasable_to, p.recipients, count(*)::int as n,
            min(p.record_id) as first_record_id
       from entity_members m join party_records p on p.id = m.party_record_id
      where m.entity_id = $1
      group by p.name, p.rfc, p.role, p.owner_agency, p.tlp, p.releasable_to, p.recipients
      order by min(p.record_id)`,
    [entityId],
  );
  return rows.map((row) => ({
    name: row.name,
    rfc: row.rfc,
    role: row.role,
    marking: markingFromRow(row),
    count: row.n,
    firstRecordId: row.first_record_id,
  }));
}

/** The visible records with these ids (exact ids: the unique index), each with the entity it belongs to. */
export async function visibleRecordsById(tx: Tx, recordIds: readonly string[]): Promise<VisibleMember[]> {
  const { rows } = await tx.query<MemberRow>(
    `select ${MEMBER_COLUMNS}
       from party_records p join entity_members m on m.party_record_id = p.id
      where p.record_id = any ($1::text[]) order by p.record_id`,
    [[...recordIds]],
  );
  return rows.map(memberFromRow);
}

/** The links of an entity whose two records the caller may both see. */
export async function visibleLinks(
  tx: Tx,
  entityId: string,
): Promise<
  (Omit<StoredLink, 'marking'> & { id: string; tlp: string; recordIdA: string; recordIdB: string })[]
> {
  const { rows } = await tx.query<{
    id: string;
    entity_id: string;
    record_a: string;
    record_b: string;
    a_record_id: string;
    b_record_id: string;
    reason: 'identical' | 'match' | 'confirmed';
    weight: number | null;
    probability: number | null;
    support: number | null;
    fields: unknown[];
    tlp: string;
  }>(
    `select l.id, l.entity_id, l.record_a, l.record_b, a.record_id as a_record_id, b.record_id as b_record_id,
            l.reason, l.weight, l.probability, l.support, l.fields, l.tlp
       from entity_links l
       join party_records a on a.id = l.record_a
       join party_records b on b.id = l.record_b
      where l.entity_id = $1 order by a.record_id, b.record_id`,
    [entityId],
  );
  return rows.map((r) => ({
    id: r.id,
    entityId: r.entity_id,
    recordA: r.record_a,
    recordB: r.record_b,
    recordIdA: r.a_record_id,
    recordIdB: r.b_record_id,
    reason: r.reason,
    weight: r.weight,
    probability: r.probability,
    support: r.support,
    fields: r.fields,
    tlp: r.tlp,
  }));
}

export async function entityStatus(tx: Tx, entityId: string): Promise<string | null> {
  const { rows } = await tx.query<{ status: string }>('select status from entities where id = $1', [
    entityId,
  ]);
  return rows[0]?.status ?? null;
}

/**
 * What a list of entities read, for its audit entry: per entity its anchor (the lowest member record id, content
 * the caller sees, so the same in a database holding only what it may see) and each distinct marking of its
 * member records. The entry names the anchors with the narrowest of those markings rather than every member:
 * the largest entities hold over a thousand records each, and an entry naming 45,000 ids per page made the trail
 * grow by gigabytes and every list read slow (issue 14).
 */
export async function listedEntityMarkings(
  tx: Tx,
  entityIds: readonly string[],
): Promise<{ id: string; marking: Marking }[]> {
  if (entityIds.length === 0) return [];
  const { rows } = await tx.query<{ id: string; member_markings: MarkingRow[] }>(
    // stored with the list's summaries (0622), so a page reads 50 rows, not every member of 50 entities
    `select e.first_record_id as id, e.member_markings from entities e
      where e.id = any ($1::uuid[]) and e.first_record_id is not null`,
    [[...entityIds]],
  );
  return rows.flatMap((r) => r.member_markings.map((m) => ({ id: r.id, marking: markingFromRow(m) })));
}
