import type { Tx } from '../store/database.ts';
import { markingFromRow, type Marking, type MarkingChange, type MarkingRow } from '../shared/marking.ts';

/** Tables under the marking rule: those `centinela_mark` gave a `marking_read` policy. */
export async function markedTables(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ tablename: string }>(
    "select tablename from pg_policies where policyname = 'marking_read' order by tablename",
  );
  return rows.map((r) => r.tablename);
}

/** How a marked table names its records: its single-column primary key and that column's type. */
export interface RecordKey {
  column: string;
  type: string;
  /** A derived record read by its visibility class (`viewers`, a `derived_read` policy), not by its marking. */
  derived: boolean;
}

/**
 * The key of a marked table's records, or null when it is not one: its single-column primary key, or, for a
 * natural key scoped to the contributing agency (primary key (owner_agency, key): declarations), the key
 * column — a caller names its own record by its number, and two agencies may hold the same number; likewise
 * for a key scoped to the visibility class (primary key (key, viewers): findings, whose keyed id two classes
 * may share, 0544; or (key, entity_id): entity links, 0546) — an agency reads one class's row of it.
 */
export async function recordKey(tx: Tx, table: string): Promise<RecordKey | null> {
  const { rows } = await tx.query<RecordKey>(
    `select a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
       p.policyname = 'derived_read' as derived
     from pg_policies p
     join pg_class c on c.relname = p.tablename and c.relnamespace = 'public'::regnamespace
     join pg_index i on i.indrelid = c.oid and i.indisprimary
     join pg_attribute a on a.attrelid = c.oid and a.attnum = any (i.indkey)
     where p.policyname in ('marking_read', 'derived_read') and p.tablename = $1
       and (i.indnatts = 1 or (i.indnatts = 2 and a.attname not in ('owner_agency', 'viewers', 'entity_id')
         and exists (select 1 from pg_attribute o where o.attrelid = c.oid and o.attnum = any (i.indkey)
                     and o.attname in ('owner_agency', 'viewers', 'entity_id'))))`,
    [table],
  );
  return rows.length === 1 ? rows[0]! : null;
}

/**
 * The marking of one record the caller can see, or null: the caller's own record of that key first (a key
 * scoped to the agency may name another agency's visible record too). `table` and `key` come from
 * `recordKey` (catalog names, never the caller's text); the id is cast to the key's type in SQL.
 */
export async function readMarking(
  tx: Tx,
  table: string,
  key: RecordKey,
  id: string,
): Promise<Marking | null> {
  const { rows } = await tx.query<MarkingRow>(
    `select owner_agency, tlp, releasable_to, recipients from ${table} where ${key.column} = $1::${key.type}
     order by owner_agency = centinela_current_agency() desc, owner_agency limit 1`,
    [id],
  );
  return rows[0] ? markingFromRow(rows[0]) : null;
}

export async function writeMarking(
  tx: Tx,
  table: string,
  key: RecordKey,
  id: string,
  change: MarkingChange,
): Promise<Marking | null> {
  const { rows } = await tx.query<MarkingRow>(
    `update ${table} set tlp = $2, releasable_to = $3, recipients = $4
     where ${key.column} = $1::${key.type} and owner_agency = centinela_current_agency()
     returning owner_agency, tlp, releasable_to, recipients`,
    [id, change.tlp, change.releasableTo, change.recipients],
  );
  if (rows[0] && key.derived) {
    // A narrower derived record loses the readers the new marking excludes (docs/SHARING.md).
    await tx.query(
      `update ${table} d set viewers = array(select v from unnest(d.viewers) v join agencies a on a.code = v
         where centinela_visible_for(a.code, a.nation, d.owner_agency, d.tlp, d.releasable_to, d.recipients) order by v)
       where ${key.column} = $1::${key.type} and owner_agency = centinela_current_agency()`,
      [id],
    );
  }
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
