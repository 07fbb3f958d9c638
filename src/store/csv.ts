/** Serialises rows for COPY ... FROM STDIN WITH (FORMAT csv): NULL is an unquoted empty field. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const out: string[] = [];
  for (const row of rows) out.push(row.map(csvField).join(','));
  return out.join('\n') + (rows.length > 0 ? '\n' : '');
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = pgArrayLiteral(value);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** A PostgreSQL array literal for text-like arrays: {"a","b"}. */
function pgArrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)).join(',')}}`;
}

/**
 * Query parameters as both engines accept them: arrays become PostgreSQL array literals (PGlite
 * cannot serialise arrays of types it does not know, such as arrays of enums).
 */
export function toParams(params: readonly unknown[]): unknown[] {
  return params.map((p) => (Array.isArray(p) ? pgArrayLiteral(p) : p));
}
