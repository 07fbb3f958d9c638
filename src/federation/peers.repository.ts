/** The SQL of peers and sync cursors (0731): read and written by the schema owner only (the table holds secrets). */
import type { Tx } from '../store/database.ts';

export interface PeerRow {
  name: string;
  agency: string | null;
  userId: string | null;
  username: string | null;
  url: string | null;
  token: string | null;
  createdAt: string;
  createdBy: string;
  /** What the peer's account and token are for (the account's display name). */
  label: string | null;
  sync: PeerSync;
}

/** How the last pull from the peer went (`sync_status`, 0741); all null until it is first pulled from. */
export interface PeerSync {
  triedAt: string | null;
  syncedAt: string | null;
  objects: number | null;
  withdrawn: number | null;
  error: string | null;
}

export async function insertPeer(
  tx: Tx,
  peer: Omit<PeerRow, 'createdAt' | 'username' | 'label' | 'sync'>,
): Promise<void> {
  await tx.query(
    'insert into peers (name, agency, user_id, url, token, created_by) values ($1, $2, $3, $4, $5, $6)',
    [peer.name, peer.agency, peer.userId, peer.url, peer.token, peer.createdBy],
  );
}

export async function listPeers(tx: Tx): Promise<PeerRow[]> {
  const { rows } = await tx.query<{
    name: string;
    agency: string | null;
    user_id: string | null;
    username: string | null;
    url: string | null;
    token: string | null;
    created_at: Date | string;
    created_by: string;
    label: string | null;
    sync_tried_at: Date | string | null;
    synced_at: Date | string | null;
    sync_objects: number | null;
    sync_withdrawn: number | null;
    sync_error: string | null;
  }>(
    `select p.name, p.agency, p.user_id, u.username, p.url, p.token, p.created_at, p.created_by,
       u.display_name as label, s.tried_at as sync_tried_at, s.synced_at, s.objects as sync_objects,
       s.withdrawn as sync_withdrawn, s.error as sync_error
       from peers p left join users u on u.id = p.user_id left join sync_status s on s.peer = p.name
       order by p.name`,
  );
  const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());
  return rows.map((r) => ({
    name: r.name,
    agency: r.agency,
    userId: r.user_id,
    username: r.username,
    url: r.url,
    token: r.token,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
    label: r.label,
    sync: {
      triedAt: iso(r.sync_tried_at),
      syncedAt: iso(r.synced_at),
      objects: r.sync_objects,
      withdrawn: r.sync_withdrawn,
      error: r.sync_error,
    },
  }));
}

export async function deletePeer(tx: Tx, name: string): Promise<PeerRow | null> {
  const found = (await listPeers(tx)).find((p) => p.name === name) ?? null;
  if (found) await tx.query('delete from peers where name = $1', [name]);
  return found;
}

export interface SyncCursor {
  source: string;
  addedAfter: string | null;
  syncedAt: string;
  objects: number;
  withdrawn: number;
}

export async function readCursor(tx: Tx, source: string): Promise<string | null> {
  const { rows } = await tx.query<{ added_after: string | null }>(
    'select added_after from sync_cursors where source = $1',
    [source],
  );
  return rows[0]?.added_after ?? null;
}

export async function writeCursor(
  tx: Tx,
  cursor: { source: string; addedAfter: string | null; objects: number; withdrawn: number },
): Promise<void> {
  await tx.query(
    `insert into sync_cursors (source, added_after, objects, withdrawn) values ($1, $2, $3, $4)
     on conflict (source) do update set added_after = coalesce(excluded.added_after, sync_cursors.added_after),
       objects = excluded.objects, withdrawn = excluded.withdrawn, synced_at = now()`,
    [cursor.source, cursor.addedAfter, cursor.objects, cursor.withdrawn],
  );
}

export async function listCursors(tx: Tx): Promise<SyncCursor[]> {
  const { rows } = await tx.query<{
    source: string;
    added_after: string | null;
    synced_at: Date | string;
    objects: number;
    withdrawn: number;
  }>('select source, added_after, synced_at, objects, withdrawn from sync_cursors order by source');
  return rows.map((r) => ({
    source: r.source,
    addedAfter: r.added_after,
    syncedAt: new Date(r.synced_at).toISOString(),
    objects: r.objects,
    withdrawn: r.withdrawn,
  }));
}
