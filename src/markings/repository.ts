import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingChange, type MarkingRow } from './marking.ts';

/** Tables under the marking rule: those `centinela_mark` gave a `marking_read` policy. */
export async function markedTables(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ tablename: string }>(
    "select tablename from pg_policies where policyname = 'marking_read' order by tablename",
  );
  return rows.map((r) => r.tablename);
}

/** The marking of one record the caller can see, or null. `table` must come from `markedTables`. */
export async function readMarking(tx: Tx, table: string, id: string): Promise<Marking | null> {
  const { rows } = await tx.query<MarkingRow>(
    `select owner_agency, tlp, releasable_to, recipients from ${table} where id = $1`,
    [id],
  );
  return rows[0] ? markingFromRow(rows[0]) : null;
}

export async function writeMarking(
  tx: Tx,
  table: string,
  id: string,
  change: MarkingChange,
): Promise<Marking | null> {
  const { rows } = await tx.query<MarkingRow>(
    `update ${table} set tlp = $2, releasable_to = $3, recipients = $4 where id = $1
     returning owner_agency, tlp, releasable_to, recipients`,
    [id, change.tlp, change.releasableTo, change.recipients],
  );
  return rows[0] ? markingFromRow(rows[0]) : null;
}

/**
 * The narrowing triggers (migrations/0490_derived_markings.sql) count the derived rows they narrow, per
 * table, in this transaction-local setting: the caller may not see those rows, so it cannot count them.
 */
const NARROWED_SETTING = 'centinela.narrowed_derived';

export async function resetNarrowedDerived(tx: Tx): Promise<void> {
  await tx.query("select set_config($1, '', true)", [NARROWED_SETTING]);
}

/** Derived rows narrowed per table since the last reset, in this transaction. */
export async function narrowedDerived(tx: Tx): Promise<Record<string, number>> {
  const { rows } = await tx.query<{ counts: string | null }>(
    "select nullif(current_setting($1, true), '') as counts",
    [NARROWED_SETTING],
  );
  const counts = rows[0]?.counts;
  if (!counts) return {};
  return Object.fromEntries(
    Object.entries(JSON.parse(counts) as Record<string, number | string>)
      .map(([table, n]) => [table, Number(n)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
