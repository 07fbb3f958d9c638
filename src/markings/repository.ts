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
