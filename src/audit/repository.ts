import type { Tx } from '../store/database.ts';
import { Conditions } from '../store/conditions.ts';
import { GENESIS_HASH, type AuditEntry } from './chain.ts';

const CHAIN_LOCK = 7_407_001; // an arbitrary constant naming the audit append lock

export async function lockAndReadChainHead(tx: Tx): Promise<{ seq: number; hash: string }> {
  await tx.query('select pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  const { rows } = await tx.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_log order by seq desc limit 1',
  );
  return rows[0] ?? { seq: 0, hash: GENESIS_HASH };
}

export async function appendEntry(tx: Tx, entry: AuditEntry, prevHash: string, hash: string): Promise<void> {
  await tx.query(
    `insert into audit_log (seq, at, actor_user, actor_agency, actor_nation, action, subject_table,
       subject_ids, request_id, detail, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      entry.seq,
      entry.at,
      entry.actorUser,
      entry.actorAgency,
      entry.actorNation,
      entry.action,
      entry.subjectTable,
      entry.subjectIds,
      entry.requestId,
      JSON.stringify(entry.detail),
      prevHash,
      hash,
    ],
  );
}

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
  const { rows } = await tx.query<AuditRow & { actor_username: string | null; actor_name: string | null }>(
    `select a.*, u.username as actor_username, u.display_name as actor_name
     from audit_log a left join users u on u.id::text = a.actor_user
     ${c.where} order by a.seq desc limit ${c.bind(q.limit)}`,
    c.params,
  );
  return rows.map((row) => ({
    ...toEntry(row),
    actorUsername: row.actor_username,
    actorName: row.actor_name,
  }));
}
