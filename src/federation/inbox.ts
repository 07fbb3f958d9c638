/**
 * The TAXII inbox (TAXII 2.1 §5.5 "Add Objects", §4.3 "Get Status"): a peer instance's machine account pushes
 * objects, and this instance receives them exactly as `centinela sync` would pull them from that peer: through the
 * one import path (import.ts) in this instance's view (plan.ts, `ImportView`): the originating agency stays the
 * owner (created here, in its nation, when absent), markings kept and never widened, idempotent by id and
 * `modified`, forged owners refused; and the peer pushes only what agencies of its own nation own. Processing is
 * synchronous: the status resource is complete when the answer is sent, stored in the push's transaction, and
 * read back only by the account that pushed (row-level security, 0734).
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import { agenciesWithLocalUsers, listAgencies } from '../identity/index.ts';
import type { Database, Tx } from '../store/database.ts';
import { importBundle, type StixImportSummary } from './import.ts';
import { readBundle } from './parse.ts';
import type { Skipped } from './plan.ts';
import type { Status } from './taxii.ts';

type Details = NonNullable<Status['successes']>[number];

/** Why an object was not received, in the words of a status resource's `failures`. */
const REASONS: Record<Skipped['reason'], (actor: Actor) => string> = {
  not_released_to_you: () =>
    'not_released_to_you: its marking releases it to no agency with accounts on this instance',
  local_agency: () =>
    'local_agency: its creator is an agency with accounts of its own on this instance (a forged owner)',
  other_nation: (actor) =>
    `other_nation: its owner is not an agency of ${actor.nation}, the nation of the pushing peer (${actor.agency})`,
  own_nation: () => 'own_nation: its owner is an agency of this instance’s nation',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An object's id and version as a status names them (what was sent, whatever it was). */
function detailsOf(raw: unknown, index: number, fallbackVersion: string): Details {
  const o = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= 300 ? v : null);
  return {
    id: text(o.id) ?? `objects[${index}]`,
    // an object without `modified` (a marking definition, an SCO) is versioned by `created`, else by its arrival
    version: text(o.modified) ?? text(o.created) ?? fallbackVersion,
  };
}

/** The status resource of one push, from the import's summary: every object sent is a success or a failure. */
function statusOf(
  id: string,
  requestTimestamp: string,
  objects: readonly unknown[],
  summary: Pick<StixImportSummary, 'skipped' | 'errors'>,
  actor: Actor,
): Status {
  const failed = new Map<number, string>();
  for (const e of summary.errors) failed.set(e.index, `${e.field}: ${e.message}`);
  for (const s of summary.skipped) failed.set(s.index, REASONS[s.reason](actor));
  const successes: Details[] = [];
  const failures: Details[] = [];
  objects.forEach((raw, index) => {
    const details = detailsOf(raw, index, requestTimestamp);
    const message = failed.get(index);
    if (message === undefined) successes.push(details);
    else failures.push({ ...details, message });
  });
  return {
    id,
    status: 'complete',
    request_timestamp: requestTimestamp,
    total_count: objects.length,
    success_count: successes.length,
    successes,
    failure_count: failures.length,
    failures,
    pending_count: 0,
  };
}

async function insertStatus(tx: Tx, userId: string, status: Status): Promise<void> {
  await tx.query(
    `insert into taxii_statuses (id, user_id, request_timestamp, total_count, success_count, failure_count,
       successes, failures) values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      status.id,
      userId,
      status.request_timestamp,
      status.total_count,
      status.success_count,
      status.failure_count,
      JSON.stringify(status.successes ?? []),
      JSON.stringify(status.failures ?? []),
    ],
  );
}

/** Amber to the pushing peer's nation and to every nation with accounts of its own here. */
async function pushAuditMarking(tx: Tx, actor: Actor): Promise<Marking> {
  const local = new Set(await agenciesWithLocalUsers(tx));
  const nations = (await listAgencies(tx)).filter((a) => local.has(a.code)).map((a) => a.nation);
  return {
    ownerAgency: actor.agency,
    tlp: 'amber',
    releasableTo: [...new Set([actor.nation, ...nations])].sort(),
    recipients: [],
  };
}

/** The `source` a push stores: the pushing account, which `centinela_source_peer` (0742, 0751) names. */
export const pushSourceOf = (userId: string): string => `push:${userId}`;

/**
 * Receives what a peer pushed (the objects of a TAXII envelope), in one transaction with its status resource and
 * its audit entry (`import` on `taxii_statuses`: the status id, the counts). A bad object or one the peer may not
 * push is a failure of the status; the rest is received.
 */
export async function pushObjects(db: Database, actor: Actor, objects: readonly unknown[]): Promise<Status> {
  const id = randomUUID();
  const requestTimestamp = new Date().toISOString();
  const parsed = readBundle({ type: 'bundle', id: `bundle--${id}`, objects });
  const out: { status?: Status } = {};
  await importBundle(db, actor, parsed, {
    view: 'instance',
    // where it came from, like a pull's collection URL: the peer's account (0742 names its peer); never a URL,
    // so a sync never withdraws what was pushed
    source: pushSourceOf(actor.userId),
    finish: async (tx, summary) => {
      const done = statusOf(id, requestTimestamp, objects, summary, actor);
      await insertStatus(tx, actor.userId, done);
      await recordAudit(tx, actor, {
        action: 'import',
        table: 'taxii_statuses',
        ids: [id],
        // a push into this instance is on its own record: the peer's nation and the nations with accounts here
        // read it (by default an entry naming no marked record is the acting agency's nation's alone)
        markings: [await pushAuditMarking(tx, actor)],
        detail: {
          push: true,
          status: id,
          objects: done.total_count,
          successes: done.success_count,
          failures: done.failure_count,
          imported: summary.imported,
          updated: summary.updated,
          unchanged: summary.unchanged,
          narrowed: summary.narrowed,
        },
      });
      out.status = done;
    },
  });
  if (!out.status) throw new AppError('INTERNAL', { detail: 'the push ended without a status' });
  return out.status;
}

/** A status resource, read as the caller: only the account that pushed finds it (404 for anyone else). */
export async function readStatus(db: Database, actor: Actor, id: string): Promise<Status> {
  if (!UUID.test(id)) throw new AppError('NOT_FOUND', { detail: 'no such status' });
  const rows = await db.asUser(actor, async (tx) => {
    const result = await tx.query<{
      id: string;
      request_timestamp: Date | string;
      total_count: number;
      success_count: number;
      failure_count: number;
      successes: Details[];
      failures: Details[];
    }>(
      `select id, request_timestamp, total_count, success_count, failure_count, successes, failures
         from taxii_statuses where id = $1`,
      [id],
    );
    return result.rows;
  });
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', { detail: 'no such status' });
  return {
    id: row.id,
    status: 'complete',
    request_timestamp: new Date(row.request_timestamp).toISOString(),
    total_count: row.total_count,
    success_count: row.success_count,
    successes: row.successes,
    failure_count: row.failure_count,
    failures: row.failures,
    pending_count: 0,
  };
}
