import type { Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { AuditAction } from '../shared/audit-actions.ts';
import { AUDITED_READ_LEVELS, type Marking, type Tlp } from '../shared/marking.ts';
import { auditMarking, DERIVATION_ACTIONS, unresolvedMarking } from './marking.ts';
import { derivedViewersOf, markingsOf, stageEntry } from './repository.ts';

export interface AuditEvent {
  /** What happened: one of AUDIT_ACTIONS (`create`, `update`, `import`, `read`, `login`, …). */
  action: AuditAction;
  table?: string;
  ids?: readonly string[];
  detail?: Record<string, unknown>;
  /**
   * The markings of the records the entry names (a marking change passes the one before and the one
   * after). When absent, the markings of `ids` in `table` are read in the caller's transaction.
   */
  markings?: readonly Marking[];
  /**
   * The viewers of each derived record the entry names (findings, their history, tracks, entities, entity links:
   * stored per visibility class and read by their viewers). When absent, those of `ids` in `table`, if it holds
   * derived records, are read in the caller's transaction. The entry is then read only by agencies among every
   * one of them (chains.ts, `readersOf`).
   */
  viewers?: readonly (readonly string[])[];
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
  const viewers =
    event.viewers ??
    (event.table && ids.length > 0 && !derivation ? await viewersLookUp(tx, actor, event.table, ids) : []);
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
    derivedViewers: derivation ? null : readingEvery(viewers),
  });
}

/** The agencies among every one of `viewers` (null when the entry names no derived record). */
function readingEvery(viewers: readonly (readonly string[])[]): string[] | null {
  if (viewers.length === 0) return null;
  return viewers.reduce<string[]>((acc, v) => acc.filter((agency) => v.includes(agency)), [...viewers[0]!]);
}

/**
 * The viewers of derived records named by id. Ids that name no row the caller reads fail closed, as their
 * markings do: the entry is then read by the acting agency alone (by none without one).
 */
async function viewersLookUp(tx: Tx, actor: AuditActor, table: string, ids: string[]): Promise<string[][]> {
  const found = await derivedViewersOf(tx, table, ids);
  if (found === 'contributed') return [];
  return found.complete ? found.viewers : [...found.viewers, actor.agency ? [actor.agency] : []];
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
  /** A derived row's viewers; looked up by id when absent and its table holds derived records. */
  viewers?: readonly string[] | undefined;
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
  const viewers: (readonly string[])[] = [];
  for (const [table, rows] of tables) {
    const known = rows.flatMap((row) => (row.marking ? [row.marking] : []));
    const unknown = rows.filter((row) => !row.marking).map((row) => String(row.id));
    markings.push(...known, ...(unknown.length > 0 ? await lookUp(tx, actor, table, unknown) : []));
    // A derived row read is read by its viewers: the entry naming it, by those among them its marking allows.
    const withViewers = rows.flatMap((row) => (row.viewers ? [row.viewers] : []));
    const without = rows.filter((row) => !row.viewers).map((row) => String(row.id));
    viewers.push(
      ...withViewers,
      ...(without.length > 0 ? await viewersLookUp(tx, actor, table, without) : []),
    );
  }
  // A row named with several markings (a consignment read through its lines and events) is named once.
  const idsOf = (rows: ReadRow[]) => [...new Set(rows.map((row) => String(row.id)))];
  const ids = [...new Set(tables.flatMap(([, rows]) => idsOf(rows)))];
  await recordAudit(tx, actor, {
    action: 'read',
    table: tables.length === 1 ? tables[0]![0] : undefined,
    ids,
    markings,
    viewers,
    detail:
      tables.length === 1
        ? {}
        : {
            tables: Object.fromEntries(tables.map(([table, rows]) => [table, rows.map((r) => String(r.id))])),
          },
  });
}
