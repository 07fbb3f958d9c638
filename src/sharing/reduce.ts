/**
 * The reduced world of a user U: a second database holding the identity tables and only the
 * contributed records U may see, copied with their ids, owners and markings. Which rows U may see is
 * decided by the TypeScript oracle of the visibility rule (`canSee`, src/shared/marking.ts), not by
 * the policies under test. Derived records are not copied: the caller runs the derivations again.
 *
 * Every marked table is contributed unless it is listed in DERIVED_TABLES, so a new marked table is
 * copied without editing this file; unmarked tables are system state and are not copied (except the
 * identity tables and the keys of derived ids).
 */
import type { Database, Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { canSee, markingFromRow, type MarkingRow } from '../shared/marking.ts';
import { sequenceAudit } from '../audit/sequencer.ts';

/** Marked tables whose rows the derivations (analysis, resolution) write; recomputed, never copied. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  'findings',
  'consignment_tracks',
  'party_records',
  'entity_members',
  'entity_links',
]);

/**
 * Copied whole: who may see everything and nothing else (credentials too: the database verifies sessions), and
 * the installation's keys of derived ids (`derivation_keys`): the reduced world is the same installation holding
 * less, so the same derivation gives the same keyed id in both (an audit entry copied from the full world names
 * the finding or entity the reader's own reads name there).
 */
const IDENTITY_TABLES = ['nations', 'agencies', 'users', 'credentials', 'derivation_keys'];

/**
 * Rows of a contributed table that the derivations wrote (not an agency): the analysis's `reopen`
 * entries in a finding's history have no actor.
 */
const DERIVED_ROWS: Record<string, (row: Record<string, unknown>) => boolean> = {
  finding_actions: (row) => row.actor_user === null,
};

/** The marked tables of the schema (row-level security on, an owner_agency column). */
export async function markedTables(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ table: string }>(
    `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' and c.relrowsecurity
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'owner_agency' and not a.attisdropped)
      order by c.relname`,
  );
  return rows.map((r) => r.table);
}

/**
 * What the visibility rule sees of a user: the database gives no agency to an account without a role that reads
 * intelligence (an admin-only one) or that must change its password (`centinela_verified_identity`, 0560).
 */
export function viewerOf(user: Actor): { agency: string; nation: string } {
  const reads = user.roles.some((role) => role !== 'admin') && !user.mustChangePassword;
  return reads ? { agency: user.agency, nation: user.nation } : { agency: '', nation: '' };
}

async function rowsOf(tx: Tx, table: string): Promise<Record<string, unknown>[]> {
  const { rows } = await tx.query<{ r: Record<string, unknown> }>(`select to_jsonb(t) as r from ${table} t`);
  return rows.map((row) => row.r);
}

/** The contributed rows of the full world that `user` may see, per table. */
export async function visibleContributions(
  full: Database,
  user: Actor,
): Promise<Map<string, Record<string, unknown>[]>> {
  const viewer = viewerOf(user);
  // Audit entries staged by committed requests are records like the rest: chain them before copying the trail.
  await sequenceAudit(full);
  return full.asOwner(async (tx) => {
    const copied = new Map<string, Record<string, unknown>[]>();
    for (const table of IDENTITY_TABLES) copied.set(table, await rowsOf(tx, table));
    for (const table of await markedTables(tx)) {
      if (DERIVED_TABLES.has(table)) continue;
      const derivedRow = DERIVED_ROWS[table];
      copied.set(
        table,
        (await rowsOf(tx, table)).filter(
          (row) =>
            !derivedRow?.(row) &&
            viewer.agency !== '' &&
            // a row with no marking (an audit entry of the operator's chain) is read by no agency
            row.owner_agency != null &&
            canSee(viewer, markingFromRow(row as unknown as MarkingRow)),
        ),
      );
    }
    // The trail's entries are stored once and chained per reading agency (0594): the user's agency's chain is
    // what it reads of the trail, so the reduced world holds it and goes on from its head.
    copied.set(
      'audit_links',
      (await rowsOf(tx, 'audit_links')).filter((row) => viewer.agency !== '' && row.agency === viewer.agency),
    );
    return copied;
  });
}

/**
 * Writes the rows into an empty migrated database. Foreign keys and triggers are off while copying
 * (session_replication_role = replica): a visible row may reference one the user may not see (an
 * action on an alert, a line of a declaration), and markings are already normalised.
 */
export async function copyInto(
  reduced: Database,
  tables: Map<string, Record<string, unknown>[]>,
): Promise<void> {
  await reduced.asOwner(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    for (const [table, rows] of tables) {
      if (rows.length === 0) continue;
      await tx.query(
        `insert into ${table} select * from jsonb_populate_recordset(null::${table}, $1::jsonb)`,
        [JSON.stringify(rows)],
      );
    }
  });
}

/**
 * Empties every table but the migrations' bookkeeping, so one migrated database serves the reduced
 * worlds of several users in turn (cloning a database per user costs seconds). Triggers are off
 * (replica) because the audit trail refuses truncation on purpose.
 */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.asOwner(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    const { rows } = await tx.query<{ table: string }>(
      `select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> 'schema_migrations'`,
    );
    await tx.query(`truncate ${rows.map((r) => `"${r.table}"`).join(', ')} restart identity cascade`);
  });
}
