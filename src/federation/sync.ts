/**
 * `centinela sync --from URL --token T` (or `--peer NAME`): pulls every readable collection of another instance's
 * TAXII 2.1 server and imports it through the STIX import (owners and markings kept, never widened, forged owners
 * refused), as the acting user of this instance. Incremental: per collection, the `X-TAXII-Date-Added-Last` of the
 * last page read is the next `added_after` (`sync_cursors`). Then the collection's full manifest says what the
 * source still releases to us: an object held from it that is no longer listed is withdrawn here (with its
 * record), and one listed that is not held (released again, or added with an older date) is fetched by id. Both
 * sides audit the exchange: the source its reads, this instance the import, the withdrawal and the sync.
 *
 * The pull records how it went itself (`sync_status`, 0741), whichever path runs it (`sync`, `serve --sync-every`, a
 * test): begun when it starts, each collection's counts in the transaction that records its exchange, then ok,
 * partial (some collections recorded before a failure) or failed, with the error (read by administrators only).
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import { deleteReceivedRecords } from '../incidents/index.ts';
import { deleteReceivedReports } from '../reports/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { importStix, type StixImportSummary } from './import.ts';
import { pullTarget } from './peers.ts';
import { listPeers, readCursor, writeCursor } from './peers.repository.ts';
import { deleteReceived, heldFrom } from './received.repository.ts';
import type { StixObject } from './stix.ts';
import { beginSyncStatus, countSyncedCollection, endSyncStatus } from './sync-status.repository.ts';
import { Collection, Envelope, Manifest } from './taxii.ts';
import { apiRootOf, TaxiiClient, withSlash } from './taxii-client.ts';
import { z } from 'zod';

export interface SyncOptions {
  url: string;
  token: string;
  /** Ignore the remembered position: read the whole collection again. */
  full?: boolean;
  pageSize?: number;
  fetchFn?: typeof fetch;
  /** The registered peer pulled from (its status row); found by `url` when absent. */
  peer?: string;
}

export interface CollectionSync {
  source: string;
  pulled: number;
  import: Omit<StixImportSummary, 'skipped' | 'errors'> & { skipped: number };
  withdrawn: number;
  addedAfter: string | null;
}

/** Object ids asked for at once by `match[id]` (the URL stays short). */
const IDS_PER_REQUEST = 40;
/** Kinds the import reads but never stores: not "missing" when absent here. */
const DEFINITIONS = new Set(['marking-definition', 'extension-definition', 'identity']);

/** Every page of a listing, following `next`; the newest `X-TAXII-Date-Added-Last` seen. */
async function allPages<T extends { more: boolean; next?: string | undefined }>(
  client: TaxiiClient,
  url: string,
  query: URLSearchParams,
  schema: z.ZodType<T>,
): Promise<{ pages: T[]; last: string | null }> {
  const pages: T[] = [];
  let last: string | null = null;
  let next: string | undefined;
  do {
    const q = new URLSearchParams(query);
    if (next) q.set('next', next);
    const page = await client.get(`${url}?${q.toString()}`, schema);
    pages.push(page.body);
    if (page.last && (!last || page.last > last)) last = page.last;
    next = page.body.more ? page.body.next : undefined;
  } while (next);
  return { pages, last };
}

/** Removes what is held from a source that it no longer lists, with the records made of it; how many. */
async function withdraw(
  db: Database,
  actor: Actor,
  source: string,
  listed: ReadonlySet<string>,
): Promise<number> {
  return db.asOwner(async (tx) => {
    const gone = (await heldFrom(tx, source)).filter((h) => !listed.has(h.stixId));
    if (gone.length === 0) return 0;
    const records = (table: string) =>
      gone.flatMap((h) => (h.recordTable === table && h.recordId ? [h.recordId] : []));
    await deleteReceivedReports(tx, records('reports'));
    await deleteReceivedRecords(tx, 'incidents', records('incidents'));
    await deleteReceivedRecords(tx, 'field_reports', records('field_reports'));
    await deleteReceived(
      tx,
      gone.map((h) => h.stixId),
    );
    await recordAudit(tx, actor, {
      action: 'withdraw',
      table: 'stix_objects',
      ids: gone.map((h) => h.stixId),
      detail: { source, withdrawn: gone.length },
    });
    return gone.length;
  });
}

async function syncCollection(
  db: Database,
  actor: Actor,
  client: TaxiiClient,
  objectsUrl: string,
  manifestUrl: string,
  options: SyncOptions,
  target: string,
): Promise<CollectionSync> {
  const after = options.full ? null : await db.asOwner((tx) => readCursor(tx, objectsUrl));
  const query = new URLSearchParams({ limit: String(options.pageSize ?? 1_000) });
  if (after) query.set('added_after', after);
  const pulled = await allPages(client, objectsUrl, query, Envelope);
  const objects = new Map<string, StixObject>();
  for (const page of pulled.pages) for (const o of page.objects ?? []) objects.set(o.id, o);

  const manifest = await allPages(client, manifestUrl, new URLSearchParams({ limit: '10000' }), Manifest);
  const listed = new Set(manifest.pages.flatMap((p) => (p.objects ?? []).map((o) => o.id)));
  // listed there, held nowhere here and not in this window: released again, or added with an older date
  const held = new Set((await db.asOwner((tx) => heldFrom(tx, objectsUrl))).map((h) => h.stixId));
  const missing = [...listed].filter(
    (id) => !held.has(id) && !objects.has(id) && !DEFINITIONS.has(id.slice(0, id.indexOf('--'))),
  );
  // fetched by id with what they name (creators' identities, marking definitions), which the import needs
  for (let round = 0; round < 2 && missing.length > 0; round++) {
    const asked = missing.splice(0);
    for (let i = 0; i < asked.length; i += IDS_PER_REQUEST) {
      const q = new URLSearchParams({ 'match[id]': asked.slice(i, i + IDS_PER_REQUEST).join(',') });
      const { pages } = await allPages(client, objectsUrl, q, Envelope);
      for (const page of pages)
        for (const o of page.objects ?? []) {
          objects.set(o.id, o);
          const named = o as StixObject;
          for (const ref of [named.created_by_ref, ...(named.object_marking_refs ?? [])])
            if (ref && !objects.has(ref) && !missing.includes(ref)) missing.push(ref);
        }
    }
  }

  let summary: StixImportSummary | null = null;
  if (objects.size > 0) {
    const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects: [...objects.values()] };
    summary = await importStix(db, actor, JSON.stringify(bundle), { source: objectsUrl });
  }
  const withdrawn = await withdraw(db, actor, objectsUrl, listed);
  const addedAfter = pulled.last ?? after;
  await db.asOwner(async (tx) => {
    await writeCursor(tx, { source: objectsUrl, addedAfter, objects: objects.size, withdrawn });
    await countSyncedCollection(tx, target, { objects: objects.size, withdrawn });
    await recordAudit(tx, actor, {
      action: 'sync',
      table: 'sync_cursors',
      ids: [objectsUrl],
      detail: {
        source: objectsUrl,
        objects: objects.size,
        imported: summary?.imported ?? 0,
        updated: summary?.updated ?? 0,
        narrowed: summary?.narrowed ?? 0,
        withdrawn,
      },
    });
  });
  return {
    source: objectsUrl,
    pulled: objects.size,
    import: {
      objects: summary?.objects ?? 0,
      imported: summary?.imported ?? 0,
      updated: summary?.updated ?? 0,
      unchanged: summary?.unchanged ?? 0,
      narrowed: summary?.narrowed ?? 0,
      definitions: summary?.definitions ?? 0,
      rejected: summary?.rejected ?? 0,
      skipped: summary?.skipped.length ?? 0,
    },
    withdrawn,
    addedAfter,
  };
}

/** Pulls every readable collection of the instance at `url` (a discovery or API root URL); records how it went. */
export async function syncFrom(db: Database, actor: Actor, options: SyncOptions): Promise<CollectionSync[]> {
  const target = withSlash(options.url);
  await db.asOwner((tx) => beginSyncStatus(tx, target, options.peer ?? null));
  const results: CollectionSync[] = [];
  try {
    const client = new TaxiiClient(options.token, options.fetchFn ?? fetch);
    const root = await apiRootOf(client, options.url);
    const { body } = await client.get(
      `${root}collections/`,
      z.object({ collections: z.array(Collection).optional() }),
    );
    for (const collection of (body.collections ?? []).filter((c) => c.can_read)) {
      const base = `${root}collections/${encodeURIComponent(collection.id)}/`;
      results.push(
        await syncCollection(db, actor, client, `${base}objects/`, `${base}manifest/`, options, target),
      );
    }
  } catch (e) {
    // what the collections recorded stays: the next pull resumes from their cursors; the failed exchange is on
    // the record too (the audit is read by auditors, who may see where from and why)
    const error = (e as Error).message;
    await db.asOwner(async (tx) => {
      await endSyncStatus(tx, target, error);
      await recordAudit(tx, actor, {
        action: 'sync_failed',
        table: 'sync_status',
        ids: [target],
        detail: { source: target, collections: results.length, error: error.slice(0, 2000) },
      });
    });
    throw e;
  }
  await db.asOwner((tx) => endSyncStatus(tx, target, null));
  return results;
}

type PullOptions = Omit<SyncOptions, 'url' | 'token' | 'peer'>;

/** Pulls from one registered peer (`centinela sync --peer NAME`); a failure is recorded, then thrown. */
export async function syncPeer(
  db: Database,
  actor: Actor,
  name: string,
  options: PullOptions = {},
): Promise<CollectionSync[]> {
  return syncFrom(db, actor, { ...options, ...(await pullTarget(db, name)), peer: name });
}

/** Pulls from every peer registered with a URL and token (`centinela serve --sync-every`, `sync --all`). */
export async function syncPeers(
  db: Database,
  actor: Actor,
  options: PullOptions = {},
): Promise<{ peer: string; collections?: CollectionSync[]; error?: string }[]> {
  const results = [];
  for (const peer of await db.asOwner((tx) => listPeers(tx)))
    if (peer.url && peer.token) {
      try {
        results.push({
          peer: peer.name,
          collections: await syncFrom(db, actor, {
            ...options,
            url: peer.url,
            token: peer.token,
            peer: peer.name,
          }),
        });
      } catch (e) {
        results.push({ peer: peer.name, error: (e as Error).message });
      }
    }
  return results;
}
