import type { Tx } from '../store/database.ts';
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
  user?: string | undefined;
  subjectId?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/** The newest entries first, filtered; for the auditors' view. */
export async function searchAudit(tx: Tx, q: AuditQuery): Promise<StoredAuditEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (q.action) add('action = ?', q.action);
  if (q.table) add('subject_table = ?', q.table);
  if (q.user) add('actor_user = ?', q.user);
  if (q.subjectId) add('? = any (subject_ids)', q.subjectId);
  if (q.beforeSeq) add('seq < ?', q.beforeSeq);
  params.push(q.limit);
  const { rows } = await tx.query<AuditRow>(
    `select * from audit_log ${where.length ? `where ${where.join(' and ')}` : ''} order by seq desc limit $${params.length}`,
    params,
  );
  return rows.map(toEntry);
}
