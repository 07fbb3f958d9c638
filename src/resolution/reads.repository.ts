/**
 * What callers read of resolution: the entity list, an entity's members, folds and links, and the network's hops
 * through shared values. Reads run under row-level security (`db.asUser`), and every read of entities goes
 * through party_records, so an entity, a member or a link is returned only when the caller may see the records
 * it rests on.
 */
import { prepared, type Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';
import type { PartyRole } from './party.ts';
import { partyFromRow, type PartyRow, type StoredLink, type StoredParty } from './repository.ts';

/** Entities of the caller's class (each with its member records), optionally matching a search. */
/** The entity list's filter ($1: the folded text, or null), written once for the page and its count. */
const ENTITY_FILTER = `e.record_count > 0
        and ($1::text is null or e.id in (
              select m2.entity_id from entity_members m2 join party_records p2 on p2.id = m2.party_record_id
               where p2.name_core like '%' || $1 || '%' or p2.rfc_norm = $1))`;

/** How many entities the list has for the caller with the text filter (the envelope's total). */
export async function countEntities(tx: Tx, text: string | undefined): Promise<number> {
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) as n from entities e where ${ENTITY_FILTER}`,
    [text ?? null],
  );
  return Number(rows[0]!.n);
}

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
      where ${ENTITY_FILTER}
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

const ENTITY_SUMMARY =
  prepared(`select p.name, p.rfc, p.role, p.owner_agency, p.tlp, p.releasable_to, p.recipients,
    count(*)::int as n, min(p.record_id) as first_record_id
  from entity_members m join party_records p on p.id = m.party_record_id
  where m.entity_id = $1
  group by p.name, p.rfc, p.role, p.owner_agency, p.tlp, p.releasable_to, p.recipients
  order by min(p.record_id)`);

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
  >(ENTITY_SUMMARY, [entityId]);
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

const ENTITY_STATUS = prepared('select status from entities where id = $1');

export async function entityStatus(tx: Tx, entityId: string): Promise<string | null> {
  const { rows } = await tx.query<{ status: string }>(ENTITY_STATUS, [entityId]);
  return rows[0]?.status ?? null;
}

// stored with the list's summaries (0622), so a page reads 50 rows, not every member of 50 entities
const LISTED_ENTITY_MARKINGS = prepared(`select e.first_record_id as id, e.member_markings from entities e
  where e.id = any ($1::uuid[]) and e.first_record_id is not null`);

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
  const { rows } = await tx.query<{ id: string; member_markings: MarkingRow[] }>(LISTED_ENTITY_MARKINGS, [
    [...entityIds],
  ]);
  return rows.flatMap((r) => r.member_markings.map((m) => ({ id: r.id, marking: markingFromRow(m) })));
}

/**
 * The node keys a record links through, as the network names them (src/network/graph.ts): its consignment (by bill
 * of lading, else by declaration), address, phone, permit and site.
 */
const RECORD_LINK_KEYS = `array[
            case when p.bill_of_lading is not null then 'consignment:' || p.bill_of_lading
                 when p.declaration_id is not null then 'consignment:decl:' || p.declaration_id end,
            'address:' || p.address_key, 'phone:' || p.phone_norm, 'permit:' || p.permit_id,
            'site:' || p.location_id]`;

/** An entity that shares values with another, folded: what the network's depth-2 cut reads instead of its records. */
export interface SharingEntity {
  entityId: string;
  /** The given node keys its visible records hold (consignment:…, address:…, phone:…, permit:…, site:…). */
  keys: string[];
  /** The distinct RFCs of those records (an incorporation date links through them). */
  rfcs: string[];
  /** Its lowest visible record id among them. */
  firstRecordId: string;
  /** What the caller's class stores of it (as `entitySummaries`), if it is of that class. */
  stored: { name: string | null; rfcs: string[]; firstRecordId: string } | null;
}

/**
 * The entities other than `entityId` whose visible records share a consignment, an address, a phone, a permit or a
 * site with `members`, one row each with the keys of `keys` they hold: the same records `recordsSharingWith` reads,
 * folded by entity in the database (hundreds of rows for a large importer instead of thousands of records).
 */
export async function entitiesSharingWith(
  tx: Tx,
  entityId: string,
  members: readonly VisibleMember[],
  keys: readonly string[],
): Promise<SharingEntity[]> {
  const { rows } = await tx.query<{
    entity_id: string;
    keys: string[] | null;
    rfcs: string[];
    first_record_id: string;
    name: string | null;
    stored_rfcs: string[] | null;
    stored_first_record_id: string | null;
  }>(
    `select s.*, e.name, e.rfcs as stored_rfcs, e.first_record_id as stored_first_record_id
       from (select m.entity_id,
                    array_agg(distinct k.key) filter (where k.key = any ($7::text[])) as keys,
                    coalesce(array_agg(distinct p.rfc) filter (where p.rfc is not null), '{}') as rfcs,
                    min(p.record_id collate "C") as first_record_id
               from entity_members m join party_records p on p.id = m.party_record_id
                    cross join lateral unnest(${RECORD_LINK_KEYS}) as k(key)
              where m.entity_id <> $1::uuid
                and (p.bill_of_lading = any ($2::text[]) or p.address_key = any ($3::text[])
                 or p.phone_norm = any ($4::text[]) or p.permit_id = any ($5::text[])
                 or p.location_id = any ($6::text[]))
              group by m.entity_id) s
            left join entities e on e.id = s.entity_id and e.first_record_id is not null`,
    [entityId, ...linkValues(members), [...keys]],
  );
  return rows.map((r) => ({
    entityId: r.entity_id,
    keys: r.keys ?? [],
    rfcs: r.rfcs,
    firstRecordId: r.first_record_id,
    stored:
      r.stored_first_record_id === null
        ? null
        : { name: r.name, rfcs: r.stored_rfcs ?? [], firstRecordId: r.stored_first_record_id },
  }));
}

/** Node keys (consignment:…, address:…) split by the column each names, as the sharing statements take them. */
function keyValues(keys: readonly string[]): string[][] {
  const of = (prefix: string) =>
    keys
      .filter((k) => k.startsWith(prefix) && !k.startsWith('consignment:decl:'))
      .map((k) => k.slice(prefix.length));
  return [
    of('consignment:'),
    of('address:'),
    of('phone:'),
    of('permit:'),
    of('site:'),
    keys.filter((k) => k.startsWith('consignment:decl:')).map((k) => k.slice('consignment:decl:'.length)),
  ];
}

/**
 * The visible records of these entities that hold one of these node keys, or one of these RFCs while sharing a value
 * with `members` (an incorporation date links through the RFC): what a depth-2 view shows of the entities it keeps
 * (their edges into the values kept), nothing of those it leaves out.
 */
export async function recordsHolding(
  tx: Tx,
  entityIds: readonly string[],
  keys: readonly string[],
  rfcs: readonly string[],
  members: readonly VisibleMember[],
): Promise<VisibleMember[]> {
  if (entityIds.length === 0) return [];
  // From the values to the records holding them (one index each), then to their memberships: the entities kept
  // can be large (a medium world's importer has ~1,700 records), and reading their members first scanned 54,691
  // memberships to keep 536 (2.2 s at load 13).
  const { rows } = await tx.query<MemberRow>(
    `with holding as materialized (
       select p.id from party_records p where p.bill_of_lading = any ($2::text[])
       union select p.id from party_records p where p.address_key = any ($3::text[])
       union select p.id from party_records p where p.phone_norm = any ($4::text[])
       union select p.id from party_records p where p.permit_id = any ($5::text[])
       union select p.id from party_records p where p.location_id = any ($6::text[])
       union select p.id from party_records p where p.bill_of_lading is null and p.declaration_id = any ($7::text[])
       union select p.id from party_records p
              where p.rfc = any ($8::text[])
                and (p.bill_of_lading = any ($9::text[]) or p.address_key = any ($10::text[])
                 or p.phone_norm = any ($11::text[]) or p.permit_id = any ($12::text[])
                 or p.location_id = any ($13::text[])))
     select ${MEMBER_COLUMNS}
       from holding h join party_records p on p.id = h.id join entity_members m on m.party_record_id = p.id
      where m.entity_id = any ($1::uuid[])
      order by p.record_id`,
    [[...entityIds], ...keyValues(keys), [...rfcs], ...linkValues(members)],
  );
  return rows.map(memberFromRow);
}

/**
 * The entity each party of these RFCs and names resolved into, as far as the caller may read one: by the
 * normalised RFC (`rfc_norm`), else by the folded core name (`name_core`), through the caller's visible records and
 * its class's entities (row-level security), so a party is linked only to an entity the caller can open. A value
 * held by records of several entities goes to the one of its lowest record id (content, never the opaque id).
 */
export async function entitiesOfParties(
  tx: Tx,
  rfcs: readonly string[],
  nameCores: readonly string[],
): Promise<{ byRfc: Map<string, string>; byName: Map<string, string> }> {
  if (rfcs.length === 0 && nameCores.length === 0) return { byRfc: new Map(), byName: new Map() };
  const { rows } = await tx.query<{ by: 'rfc' | 'name'; value: string; entity_id: string }>(
    `select distinct on (by, value) by, value, entity_id from (
       select 'rfc' as by, p.rfc_norm as value, m.entity_id, p.record_id
         from party_records p join entity_members m on m.party_record_id = p.id
        where p.rfc_norm = any ($1::text[])
       union all
       select 'name', p.name_core, m.entity_id, p.record_id
         from party_records p join entity_members m on m.party_record_id = p.id
        where p.name_core = any ($2::text[])) found
      order by by, value, record_id`,
    [[...rfcs], [...nameCores]],
  );
  const pick = (by: 'rfc' | 'name') =>
    new Map(rows.filter((r) => r.by === by).map((r) => [r.value, r.entity_id]));
  return { byRfc: pick('rfc'), byName: pick('name') };
}
