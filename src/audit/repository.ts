import type { Tx } from '../store/database.ts';
import { Conditions } from '../store/conditions.ts';
import { GENESIS_HASH, type AuditEntry } from './chain.ts';
import type { Checkpoint } from './checkpoint.ts';
import { markingFromRow, type Marking, type MarkingRow, type Tlp } from '../markings/marking.ts';

const CHAIN_LOCK = 7_407_001; // an arbitrary constant naming the audit chain's lock (held by the sequencer only)

/** Takes the chain's lock for the transaction and reads the head (the schema owner: the sequencer). */
export async function lockAndReadChainHead(tx: Tx): Promise<{ seq: number; hash: string }> {
  await tx.query('select pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  const { rows } = await tx.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_log order by seq desc limit 1',
  );
  return rows[0] ?? { seq: 0, hash: GENESIS_HASH };
}

/** An entry as a request stages it: everything but its place in the chain. */
export type StagedEntry = Omit<AuditEntry, 'seq' | 'marking'> & { marking: Marking | null };

export async function stageEntry(tx: Tx, entry: StagedEntry): Promise<void> {
  const m = entry.marking;
  await tx.query(
    `insert into audit_staged (at, actor_user, actor_agency, actor_nation, action, subject_table, subject_ids,
       request_id, detail, owner_agency, tlp, releasable_to, recipients)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
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
    ],
  );
}

/** Staged entries committed so far, oldest first (the sequencer, as the schema owner). */
export async function readStaged(tx: Tx, limit: number): Promise<(AuditEntry & { stagedId: number })[]> {
  const { rows } = await tx.query<Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'> & { id: number }>(
    'select * from audit_staged order by id limit $1',
    [limit],
  );
  return rows.map((row) => {
    const { prevHash: _p, hash: _h, ...entry } = toEntry({ ...row, seq: 0, prev_hash: '', hash: '' });
    return { ...entry, stagedId: Number(row.id) };
  });
}

/**
 * Moves staged entries into the chain with the places the sequencer computed; their content is copied
 * from the staged rows themselves, so what is chained is exactly what was hashed.
 */
export async function chainStaged(
  tx: Tx,
  placed: readonly { stagedId: number; seq: number; prevHash: string; hash: string }[],
): Promise<void> {
  await tx.query(
    `insert into audit_log (seq, at, actor_user, actor_agency, actor_nation, action, subject_table, subject_ids,
       request_id, detail, owner_agency, tlp, releasable_to, recipients, prev_hash, hash)
     select p.seq, s.at, s.actor_user, s.actor_agency, s.actor_nation, s.action, s.subject_table, s.subject_ids,
       s.request_id, s.detail, s.owner_agency, s.tlp, s.releasable_to, s.recipients, p.prev_hash, p.hash
     from jsonb_to_recordset($1::jsonb) as p (staged_id bigint, seq bigint, prev_hash text, hash text)
     join audit_staged s on s.id = p.staged_id
     order by p.seq`,
    [
      JSON.stringify(
        placed.map((p) => ({ staged_id: p.stagedId, seq: p.seq, prev_hash: p.prevHash, hash: p.hash })),
      ),
    ],
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
  const { rows } = await tx.query<MarkingRow & { n: number }>(
    `select owner_agency, tlp, releasable_to, recipients, count(*)::int as n from ${table}
     where id = any($1::${key.idType}[]) group by 1, 2, 3, 4`,
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

interface AuditRow {
  seq: number;
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

export type StoredAuditEntry = AuditEntry & { prevHash: string; hash: string };

function toEntry(row: AuditRow): StoredAuditEntry {
  return {
    seq: row.seq,
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

/** A page of the chain in sequence order, starting after `afterSeq`. */
export async function readChainPage(tx: Tx, afterSeq: number, limit: number): Promise<StoredAuditEntry[]> {
  const { rows } = await tx.query<AuditRow>('select * from audit_log where seq > $1 order by seq limit $2', [
    afterSeq,
    limit,
  ]);
  return rows.map(toEntry);
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
  beforeSeq?: number | undefined;
  afterSeq?: number | undefined;
  /** Newest first (the view) unless 'asc' (exports, in chain order). */
  order?: 'asc' | 'desc' | undefined;
  limit: number;
}

/** An entry as the auditors' view shows it: who acted named as a person, not only by id. */
export type AuditSearchEntry = StoredAuditEntry & { actorUsername: string | null; actorName: string | null };

/**
 * The newest entries first, filtered; for the auditors' view. Names come from the users table as it is now
 * (the chain itself records ids, which never change).
 */
export async function searchAudit(tx: Tx, q: AuditQuery): Promise<AuditSearchEntry[]> {
  const c = new Conditions();
  if (q.action) c.add('a.action = ?', q.action);
  if (q.table) c.add('a.subject_table = ?', q.table);
  if (q.user) c.add('(a.actor_user = ? or u.username = ?)', q.user);
  if (q.agency) c.add('a.actor_agency = ?', q.agency);
  if (q.subjectId) c.add('? = any (a.subject_ids)', q.subjectId);
  if (q.from) c.add('a.at >= ?::date', q.from);
  if (q.to) c.add('a.at < ?::date + 1', q.to);
  if (q.beforeSeq) c.add('a.seq < ?', q.beforeSeq);
  if (q.afterSeq) c.add('a.seq > ?', q.afterSeq);
  const { rows } = await tx.query<AuditRow & { actor_username: string | null; actor_name: string | null }>(
    `select a.*, u.username as actor_username, u.display_name as actor_name
     from audit_log a left join users u on u.id::text = a.actor_user
     ${c.where} order by a.seq ${q.order === 'asc' ? 'asc' : 'desc'} limit ${c.bind(q.limit)}`,
    c.params,
  );
  return rows.map((row) => ({
    ...toEntry(row),
    actorUsername: row.actor_username,
    actorName: row.actor_name,
  }));
}

/** How many entries before `beforeSeq` (all when null) the caller may read. */
export async function countVisibleAudit(tx: Tx, beforeSeq: number | null): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'select count(*)::int as n from audit_log where $1::bigint is null or seq < $1::bigint',
    [beforeSeq],
  );
  return rows[0]?.n ?? 0;
}

export async function isVisibleAuditEntry(tx: Tx, seq: number): Promise<boolean> {
  const { rows } = await tx.query('select 1 from audit_log where seq = $1', [seq]);
  return rows.length > 0;
}

export async function insertCheckpoint(tx: Tx, c: Checkpoint): Promise<void> {
  await tx.query(
    `insert into audit_checkpoints (seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5)
     on conflict (seq) do nothing`,
    [c.seq, c.hash, c.signedAt, c.keyId, c.signature],
  );
}

export async function readCheckpoints(tx: Tx): Promise<Checkpoint[]> {
  const { rows } = await tx.query<{
    seq: number;
    hash: string;
    signed_at: Date;
    key_id: string;
    signature: string;
  }>('select * from audit_checkpoints order by seq');
  return rows.map((r) => ({
    seq: Number(r.seq),
    hash: r.hash,
    signedAt: new Date(r.signed_at).toISOString(),
    keyId: r.key_id,
    signature: r.signature,
  }));
}

export async function chainHead(tx: Tx): Promise<{ seq: number; hash: string } | null> {
  const { rows } = await tx.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_log order by seq desc limit 1',
  );
  return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
}
