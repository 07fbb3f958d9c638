import type { Tx } from '../store/database.ts';
import type { Actor } from '../identity/actor.ts';
import { AUDITED_READ_LEVELS, type Marking, type Tlp } from '../markings/marking.ts';
import { auditMarking, DERIVATION_ACTIONS, unresolvedMarking } from './marking.ts';
import { markingsOf, stageEntry } from './repository.ts';

export interface AuditEvent {
  /** What happened: `create`, `update`, `import`, `read`, `login`, `login_failed`, `logout`… */
  action: string;
  table?: string;
  ids?: readonly string[];
  detail?: Record<string, unknown>;
  /**
   * The markings of the records the entry names (a marking change passes the one before and the one
   * after). When absent, the markings of `ids` in `table` are read in the caller's transaction.
   */
  markings?: readonly Marking[];
}

/** Who acted when there is no logged-in user yet (a failed login, a system task). */
export type AuditActor = Pick<Actor, 'requestId'> & Partial<Omit<Actor, 'requestId'>>;

/**
 * Records one entry in the caller's transaction, so that it commits or rolls back with the change it
 * records. The entry is staged (an insert that takes no lock); the sequencer (sequencer.ts) chains it
 * after the transaction commits, in the chain of the agencies that may read it. It carries the marking of
 * what it names (marking.ts); a derivation run's entry carries none (the operator's chain).
 */
export async function recordAudit(tx: Tx, actor: AuditActor, event: AuditEvent): Promise<void> {
  const ids = [...(event.ids ?? [])];
  const derivation = DERIVATION_ACTIONS.has(event.action);
  const named =
    event.markings ??
    (event.table && ids.length > 0 && !derivation ? await lookUp(tx, actor, event.table, ids) : []);
  await stageEntry(tx, {
    at: new Date().toISOString(),
    actorUser: actor.userId ?? null,
    actorAgency: actor.agency ?? null,
    actorNation: actor.nation ?? null,
    action: event.action,
    subjectTable: event.table ?? null,
    subjectIds: ids,
    requestId: actor.requestId,
    detail: event.detail ?? {},
    marking: derivation ? null : auditMarking(actor, named),
  });
}

async function lookUp(tx: Tx, actor: AuditActor, table: string, ids: string[]): Promise<Marking[]> {
  const found = await markingsOf(tx, table, ids);
  if (found === 'unmarked') return [];
  if (found.complete) return found.markings;
  const closed = unresolvedMarking(actor);
  return closed ? [...found.markings, closed] : found.markings;
}

/** A row a request returned: its key, and its marking (or its TLP alone, the marking then looked up). */
export interface ReadRow {
  id: string | number;
  marking?: Marking | null | undefined;
  tlp?: Tlp | undefined;
}

/**
 * Records the read of the rows that are amber, amber+strict or red (nothing when none are): one entry
 * for the request, whatever tables it read (`recordReadsOf`).
 */
export async function recordReads(
  tx: Tx,
  actor: Actor,
  table: string,
  rows: readonly ReadRow[],
): Promise<void> {
  await recordReadsOf(tx, actor, { [table]: rows });
}

/**
 * One `read` entry naming every restricted row a request returned, across tables: `subject_ids` holds
 * the ids, `detail.tables` the ids by table when there is more than one table.
 */
export async function recordReadsOf(
  tx: Tx,
  actor: Actor,
  byTable: Readonly<Record<string, readonly ReadRow[]>>,
): Promise<void> {
  const tables: [string, ReadRow[]][] = [];
  for (const [table, rows] of Object.entries(byTable)) {
    const restricted = rows.filter((row) => {
      const tlp = row.marking?.tlp ?? row.tlp;
      return tlp !== undefined && AUDITED_READ_LEVELS.has(tlp);
    });
    if (restricted.length > 0) tables.push([table, restricted]);
  }
  if (tables.length === 0) return;
  const markings: Marking[] = [];
  for (const [table, rows] of tables) {
    const known = rows.flatMap((row) => (row.marking ? [row.marking] : []));
    const unknown = rows.filter((row) => !row.marking).map((row) => String(row.id));
    markings.push(...known, ...(unknown.length > 0 ? await lookUp(tx, actor, table, unknown) : []));
  }
  // A row named with several markings (a consignment read through its lines and events) is named once.
  const idsOf = (rows: ReadRow[]) => [...new Set(rows.map((row) => String(row.id)))];
  const ids = [...new Set(tables.flatMap(([, rows]) => idsOf(rows)))];
  await recordAudit(tx, actor, {
    action: 'read',
    table: tables.length === 1 ? tables[0]![0] : undefined,
    ids,
    markings,
    detail:
      tables.length === 1
        ? {}
        : {
            tables: Object.fromEntries(tables.map(([table, rows]) => [table, rows.map((r) => String(r.id))])),
          },
  });
}
