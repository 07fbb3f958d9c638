/**
 * The SQL of how each pull went (`sync_status`, 0741): written by the pull itself (sync.ts) as the schema owner, read
 * by users through the view `peer_sync_status`, which shows the URL and the error to administrators only.
 */
import type { Tx } from '../store/database.ts';

export type SyncOutcome = 'running' | 'ok' | 'partial' | 'failed';

/**
 * A pull begins: the target's row says it is running, with nothing counted yet. `peer` names the registered peer
 * pulled from; without it, the peer whose URL is the target (a trailing slash aside), if one is registered.
 */
export async function beginSyncStatus(tx: Tx, target: string, peer: string | null): Promise<void> {
  await tx.query(
    `insert into sync_status (target, peer)
       values ($1, coalesce($2, (select name from peers where rtrim(url, '/') = rtrim($1, '/') order by name limit 1)))
     on conflict (target) do update set peer = excluded.peer, tried_at = now(), finished_at = null,
       outcome = 'running', collections = 0, objects = 0, withdrawn = 0, error = null`,
    [target, peer],
  );
}

/** One collection's exchange, counted in the transaction that records it (its cursor and audit entry). */
export async function countSyncedCollection(
  tx: Tx,
  target: string,
  counts: { objects: number; withdrawn: number },
): Promise<void> {
  await tx.query(
    `update sync_status set collections = collections + 1, objects = objects + $2, withdrawn = withdrawn + $3
      where target = $1`,
    [target, counts.objects, counts.withdrawn],
  );
}

/**
 * A pull ends: ok (the last success moves), or partial (some collections recorded, then a failure) or failed
 * (none), with the error, which only administrators read. The counts stay what the collections recorded.
 */
export async function endSyncStatus(tx: Tx, target: string, error: string | null): Promise<void> {
  await tx.query(
    `update sync_status set finished_at = now(),
       outcome = case when $2::text is null then 'ok' when collections > 0 then 'partial' else 'failed' end,
       synced_at = case when $2::text is null then now() else synced_at end,
       error = $2::text
      where target = $1`,
    [target, error === null ? null : error.slice(0, 2000)],
  );
}

export interface SyncStatusRow {
  /** The registered peer; null for a source pulled with `sync --from` that no peer names. */
  peer: string | null;
  agency: string | null;
  pulls: boolean;
  triedAt: string | null;
  finishedAt: string | null;
  syncedAt: string | null;
  outcome: SyncOutcome | null;
  collections: number | null;
  objects: number | null;
  withdrawn: number | null;
  /** Administrators only (the view masks it for everyone else). */
  url: string | null;
  /** Administrators only (the view masks it for everyone else). */
  error: string | null;
}

/** Every peer and source as the caller may read them (as the caller: the view decides what it sees). */
export async function readSyncStatus(tx: Tx): Promise<SyncStatusRow[]> {
  const { rows } = await tx.query<{
    peer: string | null;
    agency: string | null;
    pulls: boolean;
    tried_at: Date | string | null;
    finished_at: Date | string | null;
    synced_at: Date | string | null;
    outcome: SyncOutcome | null;
    collections: number | null;
    objects: number | null;
    withdrawn: number | null;
    url: string | null;
    error: string | null;
  }>(
    `select peer, agency, pulls, tried_at, finished_at, synced_at, outcome, collections, objects, withdrawn, url, error
       from peer_sync_status order by peer nulls last, tried_at desc`,
  );
  const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());
  return rows.map((r) => ({
    peer: r.peer,
    agency: r.agency,
    pulls: r.pulls,
    triedAt: iso(r.tried_at),
    finishedAt: iso(r.finished_at),
    syncedAt: iso(r.synced_at),
    outcome: r.outcome,
    collections: r.collections,
    objects: r.objects,
    withdrawn: r.withdrawn,
    url: r.url,
    error: r.error,
  }));
}
