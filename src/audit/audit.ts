import type { Tx } from '../store/database.ts';
import type { Actor } from '../identity/actor.ts';
import { AUDITED_READ_LEVELS, type Tlp } from '../markings/marking.ts';
import { entryHash, type AuditEntry } from './chain.ts';
import { appendEntry, lockAndReadChainHead } from './repository.ts';

export interface AuditEvent {
  /** What happened: `create`, `update`, `import`, `read`, `login`, `login_failed`, `logout`… */
  action: string;
  table?: string;
  ids?: readonly string[];
  detail?: Record<string, unknown>;
}

/** Who acted when there is no logged-in user yet (a failed login, a system task). */
export type AuditActor = Pick<Actor, 'requestId'> & Partial<Omit<Actor, 'requestId'>>;

/**
 * Appends one entry to the hash chain in the caller's transaction, so the entry commits or rolls
 * back with the change it records. Appends are serialised by a transaction-scoped advisory lock.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, event: AuditEvent): Promise<number> {
  const head = await lockAndReadChainHead(tx);
  const entry: AuditEntry = {
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actorUser: actor.userId ?? null,
    actorAgency: actor.agency ?? null,
    actorNation: actor.nation ?? null,
    action: event.action,
    subjectTable: event.table ?? null,
    subjectIds: [...(event.ids ?? [])],
    requestId: actor.requestId,
    detail: event.detail ?? {},
  };
  await appendEntry(tx, entry, head.hash, entryHash(head.hash, entry));
  return entry.seq;
}

/** Records the read of the rows that are amber, amber+strict or red (nothing when none are). */
export async function recordReads(
  tx: Tx,
  actor: Actor,
  table: string,
  rows: readonly { id: string | number; tlp: Tlp }[],
): Promise<void> {
  const ids = rows.filter((row) => AUDITED_READ_LEVELS.has(row.tlp)).map((row) => String(row.id));
  if (ids.length > 0) await recordAudit(tx, actor, { action: 'read', table, ids });
}
