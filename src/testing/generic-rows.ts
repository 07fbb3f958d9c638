/**
 * Builds a minimal valid row for any table from the catalogue, so that tests can exercise rules
 * that hold for every marked table (including tables added later) without knowing their columns.
 * Rows are inserted as the owner with `session_replication_role = replica`, which skips foreign-key
 * and user triggers: these tests are about what the app role can read, not about referential shape.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/database.ts';

interface ColumnInfo {
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  is_identity: 'YES' | 'NO';
}

let serial = 1_000_000;

/**
 * A value for each pattern a CHECK constraint holds a text column to (`col ~ 'pattern'`): a pattern cannot be
 * read back into a value, so each one a migration adds gets its sample here.
 */
const PATTERN_SAMPLES: Record<string, string> = {
  '^lead-[0-9a-f]{15}$': 'lead-872834a4affffff',
  '^[^@[:space:]]+@[^@[:space:]]+$': 'analyst@example.org',
  '^[0-9a-f]{64}$': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

/**
 * The first literal a CHECK constraint allows for a text column (`kind in ('a', 'b')` → 'a'), or a sample of the
 * pattern it must match. Constraints in the order they were created: a column's own check comes before a check
 * across columns that names it.
 */
async function allowedLiteral(tx: Tx, table: string, column: string): Promise<string | null> {
  const { rows } = await tx.query<{ def: string }>(
    `select pg_get_constraintdef(c.oid) as def from pg_constraint c
     where c.conrelid = $1::regclass and c.contype = 'c' order by c.oid`,
    [table],
  );
  for (const { def } of rows) {
    if (!new RegExp(`\\b${column}\\b`).test(def)) continue;
    const pattern = new RegExp(`\\b${column} ~ '((?:[^']|'')*)'::text`).exec(def);
    if (pattern) {
      const sample = PATTERN_SAMPLES[pattern[1]!.replaceAll("''", "'")];
      if (sample === undefined)
        throw new Error(`${table}.${column}: no sample for the pattern ${pattern[1]}`);
      return sample;
    }
    const literal = /'((?:[^']|'')*)'::text/.exec(def);
    if (literal) return literal[1]!.replaceAll("''", "'");
  }
  return null;
}

async function sampleValue(tx: Tx, table: string, column: ColumnInfo): Promise<unknown> {
  const n = serial++;
  switch (column.data_type) {
    case 'uuid':
      return randomUUID();
    case 'text':
    case 'character varying':
      return (await allowedLiteral(tx, table, column.column_name)) ?? `v${n}`;
    case 'integer':
    case 'bigint':
    case 'smallint':
    case 'numeric':
    case 'double precision':
    case 'real':
      return 1 + (n % 50); // small and positive: inside the usual range checks (latitudes, shares)
    case 'boolean':
      return false;
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return new Date(Date.UTC(2026, 0, 1) + n).toISOString();
    case 'date':
      return '2026-01-01';
    case 'jsonb':
    case 'json':
      return '{}';
    case 'bytea': // a byte, which satisfies `octet_length(x) > 0` checks
      return new Uint8Array([n % 256]);
    case 'ARRAY': // one element, which satisfies `cardinality(x) > 0` checks
      if (column.udt_name === '_uuid') return [randomUUID()];
      if (/^_(int|numeric|float)/.test(column.udt_name)) return [1];
      if (column.udt_name === '_text' || column.udt_name === '_varchar') return [`v${n}`];
      return [];
    case 'USER-DEFINED': {
      const { rows } = await tx.query<{ label: string }>(
        `select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid
         where t.typname = $1 order by e.enumsortorder limit 1`,
        [column.udt_name],
      );
      return rows[0]?.label ?? null;
    }
    default:
      return null;
  }
}

/** Inserts a row into `table` with the given marking; returns its primary key as text. */
export async function insertGenericRow(
  tx: Tx,
  table: string,
  marking: { owner_agency: string; tlp: string; releasable_to: string[]; recipients: string[] },
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { rows: columns } = await tx.query<ColumnInfo>(
    `select column_name, data_type, udt_name, is_nullable, column_default, is_identity
     from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  const values: Record<string, unknown> = { ...marking, ...overrides };
  // A derived table read by its visibility class's `viewers` as well as by its marking: every agency is
  // a viewer, so that the marking alone decides (what these tests are about).
  if (columns.some((c) => c.column_name === 'viewers') && !('viewers' in values)) {
    const { rows } = await tx.query<{ codes: string[] }>(
      'select array_agg(code order by code) as codes from agencies',
    );
    values.viewers = rows[0]!.codes;
  }
  for (const column of columns) {
    if (column.column_name in values) continue;
    if (column.is_nullable === 'YES' || column.column_default !== null || column.is_identity === 'YES')
      continue;
    values[column.column_name] = await sampleValue(tx, table, column);
  }
  const names = Object.keys(values);
  const pk = await primaryKey(tx, table);
  await tx.query('set local session_replication_role = replica');
  const { rows } = await tx.query<Record<string, unknown>>(
    `insert into ${table} (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning ${pk}::text as pk`,
    names.map((k) => values[k]),
  );
  await tx.query('set local session_replication_role = origin');
  return String(rows[0]!.pk);
}

export async function primaryKey(tx: Tx, table: string): Promise<string> {
  const { rows } = await tx.query<{ attname: string }>(
    `select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
     where i.indrelid = $1::regclass and i.indisprimary order by a.attnum`,
    [table],
  );
  if (rows.length === 0) throw new Error(`${table} has no primary key`);
  return rows.length === 1 ? rows[0]!.attname : `(${rows.map((r) => r.attname).join(', ')})`;
}
