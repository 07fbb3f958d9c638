/**
 * Pulls from peers and remembers how each pull went (0738: when, how many objects, the error), for the web's shared
 * view and the admin's peers screen. Kept apart from the pull itself (sync.ts): what is recorded is the outcome
 * the command line and `serve --sync-every` already report.
 */
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { writePeerSync } from './peers.repository.ts';
import { pullTarget } from './peers.ts';
import { syncFrom, syncPeers, type CollectionSync, type SyncOptions } from './sync.ts';

type Options = Omit<SyncOptions, 'url' | 'token'>;

const totals = (collections: readonly CollectionSync[]) => ({
  objects: collections.reduce((n, c) => n + c.pulled, 0),
  withdrawn: collections.reduce((n, c) => n + c.withdrawn, 0),
});

/** Every peer with a URL and token (`sync --all`, `serve --sync-every`), each outcome recorded. */
export async function syncPeersRecorded(db: Database, actor: Actor, options: Options = {}) {
  const results = await syncPeers(db, actor, options);
  await db.asOwner(async (tx) => {
    for (const r of results)
      await writePeerSync(
        tx,
        r.peer,
        r.error !== undefined ? { error: r.error } : totals(r.collections ?? []),
      );
  });
  return results;
}

/** One named peer (`sync --peer NAME`); a failure is recorded, then thrown as before. */
export async function syncPeerRecorded(
  db: Database,
  actor: Actor,
  name: string,
  options: Options = {},
): Promise<CollectionSync[]> {
  const target = await pullTarget(db, name);
  try {
    const collections = await syncFrom(db, actor, { ...options, ...target });
    await db.asOwner((tx) => writePeerSync(tx, name, totals(collections)));
    return collections;
  } catch (e) {
    await db.asOwner((tx) => writePeerSync(tx, name, { error: (e as Error).message }));
    throw e;
  }
}
