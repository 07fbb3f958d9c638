import { prepared, type Tx } from '../store/database.ts';
import { Conditions } from '../store/conditions.ts';
import { agencyOfChain, GENESIS_HASH, LINKED, type AuditEntry, type StoredAuditEntry } from './chain.ts';
import { LEGACY_CHAIN, OPERATOR_CHAIN, type AgencyOfNation, type ChainHead } from './chains.ts';
import type { Checkpoint } from './checkpoint.ts';
import { markingFromRow, type Marking, type MarkingRow, type Tlp } from '../shared/marking.ts';

const CHAIN_LOCK = 7_407_001; // an arbitrary constant naming the audit chains' lock (held by the sequencer only)

/** Takes the chains' lock for the transaction (the schema owner: the sequencer). */
export async function lockChains(tx: Tx): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
}

/** Every agency with its nation: who may read an entry follows from them (chains.ts). */
export async function readAgencies(tx: Tx): Promise<AgencyOfNation[]> {
  const { rows } = await tx.query<AgencyOfNation>('select code, nation from agencies order by code');
  return rows;
}

/**
 * The heads the sequencer extends: the operator's chain, the chain of links of each of `agencies` (genesis for a
 * chain with none), and the sequencer's last order.
 */
export async function readChainHeads(
  tx: Tx,
  agencies: readonly string[],
): Promise<{
  operator: { seq: number; hash: string };
  links: Map<string, { seq: number; hash: string }>;
  lastOrder: number;
}> {
  const operator = await tx.query<{ chain_seq: string | number; hash: string }>(
    'select chain_seq, hash from audit_log where chain = $1 order by chain_seq desc limit 1',
    [OPERATOR_CHAIN],
  );
  const { rows } = await tx.query<{ agency: string; position: string | number; hash: string }>(
    `select h.agency, h.position, h.hash from unnest($1::text[]) as c (agency)
     cross join lateral (select agency, position, hash from audit_links where agency = c.agency
                         order by position desc limit 1) h`,
    [[...agencies]],
  );
  const links = new Map(agencies.map((agency) => [agency, { seq: 0, hash: GENESIS_HASH }]));
  for (const row of rows) links.set(row.agency, { seq: Number(row.position), hash: row.hash });
  const last = await tx.query<{ seq: string | number }>(
    'select seq from audit_log order by seq desc limit 1',
  );
  const head = operator.rows[0];
  return {
    operator: head ? { seq: Number(head.chain_seq), hash: head.hash } : { seq: 0, hash: GENESIS_HASH },
    links,
    lastOrder: Number(last.rows[0]?.seq ?? 0),
  };
}

/**
 * An entry as a request stages it: everything but its place in the chain, and the agencies that read every
 * derived record it names (null when it names none; 0593), which narrow its class (chains.ts, `readersOf`).
 */
export type StagedEntry = Omit<AuditEntry, 'seq' | 'marking'> & {
  marking: Marking | null;
  derivedViewers: readonly string[] | null;
};

const STAGE_ENTRY = prepared(`insert into audit_staged (at, actor_user, actor_agency, actor_nation, action,
    subject_table, subject_ids, request_id, detail, owner_agency, tlp, releasable_to, recipients, derived_viewers)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`);

export async function stageEntry(tx: Tx, entry: StagedEntry): Promise<void> {
  const m = entry.marking;
  await tx.query(STAGE_ENTRY, [
    entry.at,
    entry.actorUser,
    entry.actorAgency,
    entry.actorNation,
    entry.action,
    entry.subjectTable,
    entry.subjectIds,
    entry.requestId,
    JSON.stringify(entry.detail),
    m?.ownerAgency ?? null,
    m?.tlp ?? null,
    m?.releasableTo ?? null,
    m?.recipients ?? null,
    entry.derivedViewers === null ? null : [...entry.derivedViewers].sort(),
  ]);
}

/**
 * Staged entries committed so far, oldest first (the sequencer, as the schema owner): what is hashed, and apart
 * from it the agencies that read the derived records they name (`derivedViewers`, never hashed: the chain is).
 */
export async function readStaged(
  tx: Tx,
  limit: number,
): Promise<(Omit<AuditEntry, 'seq' | 'chain'> & { stagedId: number; derivedViewers: string[] | null })[]> {
  const { rows } = await tx.query<
    Omit<AuditRow, 'chain' | 'chain_seq' | 'prev_hash' | 'hash'> & {
      id: number;
      derived_viewers: string[] | null;
    }
  >('select * from audit_staged order by id limit $1', [limit]);
  return rows.map((row) => {
    const {
      prevHash: _p,
      hash: _h,
      chain: _c,
      seq: _s,
      ...entry
    } = toEntry({ ...row, chain: '', chain_seq: 0, prev_hash: '', hash: '' });
    return { ...entry, stagedId: Number(row.id), derivedViewers: row.derived_viewers };
  });
}

/**
 * Where the sequencer puts a staged entry: its order, its chain (the operator's, with a position and links; or
 * `linked`, with its content hash and a link per reading agency) and its readers.
 */
export interface Placement {
  stagedId: number;
  /** The random id its links name (an entry of the `linked` chain), or null. */
  entry: string | null;
  order: number;
  chain: string;
  seq: number | null;
  viewers: readonly string[];
  prevHash: string | null;
  hash: string;
  links: readonly { agency: string; position: number; prevHash: string; hash: string }[];
}

/**
 * Moves staged entries into the trail at the places the sequencer computed, and writes their links; their
 * content is copied from the staged rows themselves, so what is chained is exactly what was hashed.
 */
export async function chainStaged(tx: Tx, placed: readonly Placement[]): Promise<void> {
  await tx.query(
    `insert into audit_log (seq, at, actor_user, actor_agency, actor_nation, action, subject_table, subject_ids,
       request_id, detail, owner_agency, tlp, releasable_to, recipients, chain, chain_seq, viewers, prev_hash, hash,
       entry)
     select p.seq, s.at, s.actor_user, s.actor_agency, s.actor_nation, s.action, s.subject_table, s.subject_ids,
       s.request_id, s.detail, s.owner_agency, s.tlp, s.releasable_to, s.recipients, p.chain, p.chain_seq,
       p.viewers, p.prev_hash, p.hash, p.entry
     from jsonb_to_recordset($1::jsonb)
       as p (staged_id bigint, seq bigint, chain text, chain_seq bigint, viewers text[], prev_hash text, hash text,
             entry uuid)
     join audit_staged s on s.id = p.staged_id
     order by p.seq`,
    [
      JSON.stringify(
        placed.map((p) => ({
          staged_id: p.stagedId,
          seq: p.order,
          chain: p.chain,
          chain_seq: p.seq,
          viewers: p.viewers,
          prev_hash: p.prevHash,
          hash: p.hash,
          entry: p.entry,
        })),
      ),
    ],
  );
  const links = placed.flatMap((p) =>
    p.links.map((l) => ({
      agency: l.agency,
      position: l.position,
      entry: p.entry,
      prev_hash: l.prevHash,
      hash: l.hash,
    })),
  );
  if (links.length > 0)
    await tx.query(
      `insert into audit_links (agency, position, entry, prev_hash, hash)
       select l.agency, l.position, l.entry, l.prev_hash, l.hash
       from jsonb_to_recordset($1::jsonb) as l (agency text, position bigint, entry uuid, prev_hash text, hash text)
       order by l.agency, l.position`,
      [JSON.stringify(links)],
    );
  await tx.query('delete from audit_staged where id = any($1::bigint[])', [placed.map((p) => p.stagedId)]);
}

const SAFE_TABLE = /^[a-z_][a-z0-9_]{0,62}$/;
const keyTypes = new Map<string, { idType: string } | 'unmarked'>();

/**
 * The distinct markings of the rows `ids` of a marked table, as the caller sees them; `complete` is
 * false when some id named no visible row (or was not a key). 'unmarked' for a table without markings.
 */
export async function markingsOf(
  tx: Tx,
  table: string,
  ids: readonly string[],
): Promise<{ markings: Marking[]; complete: boolean } | 'unmarked'> {
  if (!SAFE_TABLE.test(table)) return { markings: [], complete: false };
  let key = keyTypes.get(table);
  if (!key) {
    const { rows } = await tx.query<{ id_type: string | null; marked: boolean }>(
      `select (select format_type(atttypid, atttypmod) from pg_attribute
                where attrelid = to_regclass($1) and attname = 'id' and not attisdropped) as id_type,
              exists (select 1 from pg_attribute
                      where attrelid = to_regclass($1) and attname = 'tlp' and not attisdropped) as marked`,
      [table],
    );
    const row = rows[0];
    key = row?.marked && row.id_type ? { idType: row.id_type } : 'unmarked';
    keyTypes.set(table, key);
  }
  if (key === 'unmarked') return 'unmarked';
  const unique = [...new Set(ids)];
  const valid = key.idType === 'uuid' ? unique.filter((id) => UUID.test(id)) : unique;
  if (!['uuid', 'text', 'bigint', 'integer'].includes(key.idType)) return { markings: [], complete: false };
  // Prepared: one text per audited table, a set the code bounds (`table` is a name it passes, never input).
  const { rows } = await tx.query<MarkingRow & { n: number }>(
    prepared(`select owner_agency, tlp, releasable_to, recipients, count(*)::int as n from ${table}
     where id = any($1::${key.idType}[]) group by 1, 2, 3, 4`),
    [
      key.idType === 'bigint' || key.idType === 'integer'
        ? valid.filter((id) => /^-?\d{1,18}$/.test(id))
        : valid,
    ],
  );
  const found = rows.reduce((sum, row) => sum + row.n, 0);
  return { markings: rows.map(markingFromRow), complete: found === unique.length };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids of `ids` that can be keys of type `idType` (others name no row; casting them would fail). */
function keysOfType(idType: string, ids: readonly string[]): string[] | null {
  if (idType === 'uuid') return ids.filter((id) => UUID.test(id));
  if (idType === 'bigint' || idType === 'integer') return ids.filter((id) => /^-?\d{1,18}$/.test(id));
  return idType === 'text' ? [...ids] : null;
}

interface DerivedKey {
  idType: string | null;
  /** Tracks are also named by their bill of lading (the port map): the caller reads one per bill, its class's. */
  byBillOfLading: boolean;
}
const derivedKeys = new Map<string, DerivedKey | 'contributed'>();

/**
 * The viewers of the derived records `ids` of `table` — a table whose rows are stored per visibility class and
 * read by their `viewers` (findings, finding_actions, consignment_tracks, entities, entity_links: 0510, 0540) —
 * as the distinct sets the caller reads; `complete` is false when some id named no row the caller reads.
 * 'contributed' for a table without viewers (its rows are read by their marking alone).
 */
export async function derivedViewersOf(
  tx: Tx,
  table: string,
  ids: readonly string[],
): Promise<{ viewers: string[][]; complete: boolean } | 'contributed'> {
  if (!SAFE_TABLE.test(table)) return 'contributed';
  let key = derivedKeys.get(table);
  if (!key) {
    const { rows } = await tx.query<{ id_type: string | null; derived: boolean; bol: boolean }>(
      `select (select format_type(atttypid, atttypmod) from pg_attribute
                where attrelid = to_regclass($1) and attname = 'id' and not attisdropped) as id_type,
              exists (select 1 from pg_attribute where attrelid = to_regclass($1) and attname = 'viewers'
                      and not attisdropped) as derived,
              exists (select 1 from pg_attribute where attrelid = to_regclass($1) and attname = 'bill_of_lading'
                      and not attisdropped) as bol`,
      [table],
    );
    const row = rows[0];
    key =
      row?.derived && table !== 'audit_log'
        ? { idType: row.id_type, byBillOfLading: table === 'consignment_tracks' && row.bol }
        : 'contributed';
    derivedKeys.set(table, key);
  }
  if (key === 'contributed') return 'contributed';
  const unique = [...new Set(ids)];
  const byId = key.idType === null ? null : keysOfType(key.idType, unique);
  const sources: string[] = [];
  const params: string[][] = [];
  if (byId !== null && byId.length > 0) {
    params.push(byId);
    sources.push(
      `select t.id::text, t.viewers from ${table} t where t.id = any($${params.length}::${key.idType}[])`,
    );
  }
  if (key.byBillOfLading) {
    params.push(unique);
    sources.push(
      `select t.bill_of_lading, t.viewers from ${table} t where t.bill_of_lading = any($${params.length})`,
    );
  }
  if (sources.length === 0) return { viewers: [], complete: unique.length === 0 };
  const { rows } = await tx.query<{ viewers: string[][]; found: number }>(
    prepared(`with named (key, viewers) as (${sources.join(' union all ')})
     select coalesce(jsonb_agg(distinct to_jsonb(viewers)), '[]'::jsonb) as viewers,
            count(distinct key)::int as found
     from named`),
    params,
  );
  const found = rows[0] ?? { viewers: [], found: 0 };
  return { viewers: found.viewers, complete: found.found === unique.length };
}

interface AuditRow {
  chain: string;
  chain_seq: number | string;
  at: Date;
  actor_user: string | null;
  actor_agency: string | null;
  actor_nation: string | null;
  action: string;
  subject_table: string | null;
  subject_ids: string[];
  request_id: string | null;
  detail: Record<string, unknown>;
  owner_agency: string | null;
  tlp: Tlp | null;
  releasable_to: string[] | null;
  recipients: string[] | null;
  prev_hash: string;
  hash: string;
}

export type { StoredAuditEntry };

/**
 * The entries as the caller reads them, one row per chain an entry is in: an entry of the `linked` chain is shown
 * in its reader's chain of links (`agency:<code>`, its position and links there: the caller reads only its own
 * agency's links, row-level security), any other in its own chain. The application role may not read `seq`, the
 * order across every chain.
 */
const ENTRIES = `(select case when a.chain = '${LINKED}' then 'agency:' || l.agency else a.chain end as chain,
    coalesce(l.position, a.chain_seq) as chain_seq, a.at, a.actor_user, a.actor_agency, a.actor_nation, a.action,
    a.subject_table, a.subject_ids, a.request_id, a.detail, a.owner_agency, a.tlp, a.releasable_to, a.recipients,
    coalesce(l.prev_hash, a.prev_hash) as prev_hash, coalesce(l.hash, a.hash) as hash
  from audit_log a left join audit_links l on a.chain = '${LINKED}' and l.entry = a.entry
  where a.chain <> '${LINKED}' or l.agency is not null)`;

const ENTRY_COLUMNS = `chain, chain_seq, at, actor_user, actor_agency, actor_nation, action, subject_table,
  subject_ids, request_id, detail, owner_agency, tlp, releasable_to, recipients, prev_hash, hash`;

function toEntry(row: AuditRow): StoredAuditEntry {
  return {
    seq: Number(row.chain_seq),
    chain: row.chain,
    at: new Date(row.at).toISOString(),
    actorUser: row.actor_user,
    actorAgency: row.actor_agency,
    actorNation: row.actor_nation,
    action: row.action,
    subjectTable: row.subject_table,
    subjectIds: row.subject_ids,
    requestId: row.request_id,
    detail: row.detail,
    ...(row.owner_agency !== null && row.tlp !== null
      ? {
          marking: {
            ownerAgency: row.owner_agency,
            tlp: row.tlp,
            releasableTo: row.releasable_to ?? [],
            recipients: row.recipients ?? [],
          },
        }
      : {}),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * A page of one chain in its order, starting after position `afterSeq` (the schema owner: verification), each
 * entry with its order across every chain (`order`: an entry linked in several chains is one entry).
 */
export async function readChainPage(
  tx: Tx,
  chain: string,
  afterSeq: number,
  limit: number,
): Promise<(StoredAuditEntry & { order: number })[]> {
  const agency = agencyOfChain(chain);
  const { rows } =
    agency === null
      ? await tx.query<AuditRow & { seq: string | number }>(
          `select seq, ${ENTRY_COLUMNS} from audit_log where chain = $1 and chain_seq > $2
           order by chain_seq limit $3`,
          [chain, afterSeq, limit],
        )
      : await tx.query<AuditRow & { seq: string | number }>(
          `select a.seq, $1 as chain, l.position as chain_seq, a.at, a.actor_user, a.actor_agency, a.actor_nation,
             a.action, a.subject_table, a.subject_ids, a.request_id, a.detail, a.owner_agency, a.tlp,
             a.releasable_to, a.recipients, l.prev_hash, l.hash
           from audit_links l join audit_log a on a.entry = l.entry
           where l.agency = $2 and l.position > $3 order by l.position limit $4`,
          [chain, agency, afterSeq, limit],
        );
  return rows.map((row) => ({ ...toEntry(row), order: Number(row.seq) }));
}

/** The head of every chain the transaction's caller may read (every chain, for the schema owner). */
export async function chainHeads(tx: Tx): Promise<ChainHead[]> {
  const { rows } = await tx.query<{ chain: string; chain_seq: string | number; hash: string }>(
    `with recursive chains (chain) as (
       (select chain from audit_log where chain <> '${LINKED}' order by chain limit 1)
       union all
       select (select a.chain from audit_log a where a.chain > c.chain and a.chain <> '${LINKED}'
               order by a.chain limit 1)
       from chains c where c.chain is not null),
     agencies (agency) as (
       (select agency from audit_links order by agency limit 1)
       union all
       select (select l.agency from audit_links l where l.agency > g.agency order by l.agency limit 1)
       from agencies g where g.agency is not null)
     select h.chain, h.chain_seq, h.hash from chains c
     cross join lateral (select chain, chain_seq, hash from audit_log a where a.chain = c.chain
                         order by chain_seq desc limit 1) h
     where c.chain is not null
     union all
     select 'agency:' || h.agency, h.position, h.hash from agencies g
     cross join lateral (select agency, position, hash from audit_links l where l.agency = g.agency
                         order by position desc limit 1) h
     where g.agency is not null
     order by 1`,
  );
  return rows.map((r) => ({ chain: r.chain, seq: Number(r.chain_seq), hash: r.hash }));
}

export interface AuditQuery {
  action?: string | undefined;
  table?: string | undefined;
  /** A user's id or username. */
  user?: string | undefined;
  agency?: string | undefined;
  subjectId?: string | undefined;
  /** Days (YYYY-MM-DD, UTC), both included. */
  from?: string | undefined;
  to?: string | undefined;
  /** Entries after this one in ascending order (an export's next page). */
  after?: { at: string; chain: string; seq: number } | undefined;
  offset?: number | undefined;
  /** Newest first (the view) unless 'asc' (exports, oldest first). */
  order?: 'asc' | 'desc' | undefined;
  limit: number;
}

/** An entry as the auditors' view shows it: who acted named as a person, not only by id. */
export type AuditSearchEntry = StoredAuditEntry & { actorUsername: string | null; actorName: string | null };

/** The filters of a search of the trail, as conditions over `a` (the entries) and `u` (their actors). */
function auditConditions(q: AuditQuery): Conditions {
  const c = new Conditions();
  if (q.action) c.add('a.action = ?', q.action);
  if (q.table) c.add('a.subject_table = ?', q.table);
  if (q.user) c.add('(a.actor_user = ? or u.username = ?)', q.user);
  if (q.agency) c.add('a.actor_agency = ?', q.agency);
  if (q.subjectId) c.add('? = any (a.subject_ids)', q.subjectId);
  if (q.from) c.add('a.at >= ?::date', q.from);
  if (q.to) c.add('a.at < ?::date + 1', q.to);
  if (q.after)
    c.add(
      "(a.at, a.chain, a.chain_seq) > ((?::jsonb->>'at')::timestamptz, ?::jsonb->>'chain', (?::jsonb->>'seq')::bigint)",
      JSON.stringify(q.after),
    );
  return c;
}

/** How many entries a search of the trail finds (the list's total), under the caller's row-level security. */
export async function countAudit(tx: Tx, q: AuditQuery): Promise<number> {
  const c = auditConditions(q);
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) as n from ${ENTRIES} a left join users u on u.id::text = a.actor_user ${c.where}`,
    c.params,
  );
  return Number(rows[0]!.n);
}

/**
 * The newest entries first, filtered; for the auditors' view. The order is the entries' own (time, chain,
 * position), never the order across chains, which counts entries of chains the caller may not read. Names
 * come from the users table as it is now (the chain itself records ids, which never change).
 */
export async function searchAudit(tx: Tx, q: AuditQuery): Promise<AuditSearchEntry[]> {
  const c = auditConditions(q);
  const direction = q.order === 'asc' ? 'asc' : 'desc';
  const { rows } = await tx.query<AuditRow & { actor_username: string | null; actor_name: string | null }>(
    `select ${ENTRY_COLUMNS.replace(/(\w+)/g, 'a.$1')}, u.username as actor_username, u.display_name as actor_name
     from ${ENTRIES} a left join users u on u.id::text = a.actor_user
     ${c.where} order by a.at ${direction}, a.chain ${direction}, a.chain_seq ${direction}
     limit ${c.bind(q.limit)} offset ${c.bind(q.offset ?? 0)}`,
    c.params,
  );
  return rows.map((row) => ({
    ...toEntry(row),
    actorUsername: row.actor_username,
    actorName: row.actor_name,
  }));
}

export async function insertCheckpoint(tx: Tx, c: Checkpoint, order: number): Promise<void> {
  await tx.query(
    `insert into audit_checkpoints (seq, hash, signed_at, key_id, signature, heads) values ($1, $2, $3, $4, $5, $6)
     on conflict (seq) do nothing`,
    [order, c.root, c.signedAt, c.keyId, c.signature, JSON.stringify(c.heads)],
  );
}

/** The sequencer's last order (a checkpoint is stored under it). */
export async function lastOrder(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ seq: string | number }>(
    'select seq from audit_log order by seq desc limit 1',
  );
  return Number(rows[0]?.seq ?? 0);
}

export async function readCheckpoints(tx: Tx): Promise<Checkpoint[]> {
  const { rows } = await tx.query<{
    seq: number;
    hash: string;
    signed_at: Date;
    key_id: string;
    signature: string;
    heads: ChainHead[] | null;
  }>('select * from audit_checkpoints order by seq');
  return rows.map((r) =>
    r.heads === null
      ? {
          version: 1 as const,
          heads: [{ chain: LEGACY_CHAIN, seq: Number(r.seq), hash: r.hash }],
          root: r.hash,
          signedAt: new Date(r.signed_at).toISOString(),
          keyId: r.key_id,
          signature: r.signature,
        }
      : {
          version: 2 as const,
          heads: r.heads,
          root: r.hash,
          signedAt: new Date(r.signed_at).toISOString(),
          keyId: r.key_id,
          signature: r.signature,
        },
  );
}
