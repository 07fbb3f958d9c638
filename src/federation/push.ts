/**
 * `centinela push --peer NAME`: sends a peer's inbox (TAXII 2.1 add objects, inbox.ts on its side) what this
 * instance releases to it — its collection exactly as the peer's account here reads it (`exportEntries` as that
 * account, under row-level security, the reads audited as that account's, as when it pulls) — less what this
 * instance itself received: a received object belongs to its origin, and the peer refuses objects its pushing
 * peer's nation does not own. Sent in envelopes below the peer's `max_content_length`, each carrying the identities
 * and marking definitions its objects name (the peer imports each envelope on its own). The inbox is idempotent,
 * so a push sends everything again: what the peer holds already comes back as successes that change nothing.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { openOwnerSession } from '../identity/index.ts';
import { hasRole, type Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import { z } from 'zod';
import { exportEntries } from './export.ts';
import { pushTarget } from './peers.ts';
import type { StixObject } from './stix.ts';
import { ApiRoot, Collection, Status } from './taxii.ts';
import { apiRootOf, TaxiiClient } from './taxii-client.ts';

const DEFINITION_TYPES = new Set(['identity', 'marking-definition', 'extension-definition']);
/** Room left under the peer's limit for the envelope's own bytes. */
const ENVELOPE_MARGIN = 1_024;
/** Objects per envelope at most: the peer answers each with one status listing every object. */
const OBJECTS_PER_ENVELOPE = 1_000;

export interface PushOptions {
  fetchFn?: typeof fetch;
  /** The largest envelope to send, in bytes (the peer's `max_content_length` when smaller). */
  maxBytes?: number;
}

export interface PushResult {
  peer: string;
  /** The peer's inbox collection's objects URL. */
  inbox: string;
  /** Records sent (not counting the definitions sent with them). */
  objects: number;
  envelopes: number;
  /** Every object the peer stored, updated, already held or read as a definition. */
  successes: number;
  /** Each object refused, by the peer or here (too large for one envelope), with the reason. */
  failures: { id: string; message: string }[];
  /** The peer's status resources, one per envelope. */
  statuses: string[];
}

export async function pushPeer(
  db: Database,
  actor: Actor,
  name: string,
  options: PushOptions = {},
): Promise<PushResult> {
  if (!hasRole(actor, 'analyst', 'commander', 'admin'))
    throw new AppError('FORBIDDEN', { detail: 'analysts, commanders and administrators push to peers' });
  const target = await pushTarget(db, name);
  const client = new TaxiiClient(target.token, options.fetchFn ?? fetch);
  const result: PushResult = {
    peer: name,
    inbox: target.url,
    objects: 0,
    envelopes: 0,
    successes: 0,
    failures: [],
    statuses: [],
  };
  try {
    const root = await apiRootOf(client, target.url);
    const { body: described } = await client.get(root, ApiRoot);
    const { body: listed } = await client.get(
      `${root}collections/`,
      z.object({ collections: z.array(Collection).optional() }),
    );
    const inbox = (listed.collections ?? []).find((c) => c.can_write);
    if (!inbox) throw new AppError('PEER_UNAVAILABLE', { detail: `${root}: no collection we may write to` });
    result.inbox = `${root}collections/${encodeURIComponent(inbox.id)}/objects/`;
    const limit = Math.min(described.max_content_length, options.maxBytes ?? Infinity) - ENVELOPE_MARGIN;
    for (const envelope of envelopes(await releasedTo(db, target.username, name), limit, result)) {
      const status = await client.post(result.inbox, JSON.stringify({ objects: envelope.objects }), Status);
      result.envelopes++;
      result.objects += envelope.records;
      result.successes += status.success_count;
      result.statuses.push(status.id);
      for (const f of status.failures ?? [])
        result.failures.push({ id: f.id, message: f.message ?? 'refused' });
    }
  } catch (e) {
    await audit(db, actor, result, (e as Error).message);
    throw e;
  }
  await audit(db, actor, result, null);
  return result;
}

/** What the peer's account here reads, less what this instance received from anyone. */
async function releasedTo(db: Database, username: string, name: string): Promise<StixObject[]> {
  const account = await openOwnerSession(db, username, `push-${randomUUID()}`, `push to ${name}`, 1);
  if (!account) throw new AppError('NOT_FOUND', { detail: `the account of peer ${name} is disabled` });
  const { bundle, received } = await exportEntries(db, account);
  return bundle.objects.filter((o) => !received.has(o.id));
}

/**
 * The records in envelopes of at most `limit` bytes and `OBJECTS_PER_ENVELOPE` objects, each with the definitions
 * its records name (found by id anywhere in a record, its extensions' keys included, and in those definitions).
 */
function* envelopes(
  objects: readonly StixObject[],
  limit: number,
  result: PushResult,
): Generator<{ objects: StixObject[]; records: number }> {
  const definitions = new Map(objects.filter((o) => DEFINITION_TYPES.has(o.type)).map((o) => [o.id, o]));
  let page: StixObject[] = [];
  let named = new Set<string>();
  let bytes = 0;
  let records = 0;
  for (const object of objects) {
    if (DEFINITION_TYPES.has(object.type)) continue;
    const needs = namedBy(object, definitions);
    const own = sizeOf(object);
    const extra = (set: Set<string>) =>
      own + [...needs].filter((id) => !set.has(id)).reduce((s, id) => s + sizeOf(definitions.get(id)!), 0);
    let cost = extra(named);
    if (records > 0 && (bytes + cost > limit || page.length + needs.size + 1 > OBJECTS_PER_ENVELOPE)) {
      yield { objects: page, records };
      page = [];
      named = new Set();
      bytes = 0;
      records = 0;
      cost = extra(named);
    }
    if (cost > limit) {
      result.failures.push({ id: object.id, message: `larger than the peer accepts (${limit} bytes)` });
      continue;
    }
    bytes += cost;
    for (const id of needs)
      if (!named.has(id)) {
        named.add(id);
        page.push(definitions.get(id)!);
      }
    page.push(object);
    records++;
  }
  if (records > 0) yield { objects: page, records };
}

/** An object's bytes in an envelope's `objects` array (its comma included). */
const sizeOf = (o: StixObject): number => Buffer.byteLength(JSON.stringify(o)) + 1;

/** The definitions an object names, and those they name in turn. */
function namedBy(object: StixObject, definitions: ReadonlyMap<string, StixObject>): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const definition = definitions.get(value);
      if (definition && !found.has(value)) {
        found.add(value);
        visit(definition);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        visit(key);
        visit(inner);
      }
  };
  visit(object);
  found.delete(object.id);
  return found;
}

async function audit(db: Database, actor: Actor, result: PushResult, error: string | null): Promise<void> {
  await db.asOwner((tx) =>
    recordAudit(tx, actor, {
      action: 'push',
      table: 'peers',
      ids: [result.peer],
      detail: {
        source: result.inbox,
        objects: result.objects,
        successes: result.successes,
        failures: result.failures.length,
        ...(error === null ? {} : { error: error.slice(0, 2000) }),
      },
    }),
  );
}
