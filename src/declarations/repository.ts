/**
 * SQL for declarations and their lines. Batches are written with one INSERT … SELECT FROM unnest(…)
 * per table (one parameter per column, whatever the batch size) and ON CONFLICT DO NOTHING, so that
 * importing a file again, or resuming an interrupted import, never writes a line twice.
 */
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import type { DeclarationRow } from './row.ts';

export interface ScreenedRow {
  lineId: string;
  row: DeclarationRow;
  verdict: string;
  substanceId: string | null;
  score: number;
  reasons: unknown[];
}

const DECLARATION_COLUMNS = [
  ['id', 'text'],
  ['declared_at', 'timestamptz'],
  ['port_locode', 'text'],
  ['customs_office', 'text'],
  ['origin_country', 'text'],
  ['vessel_imo', 'text'],
  ['importer_name', 'text'],
  ['importer_rfc', 'text'],
  ['importer_address', 'text'],
  ['broker_name', 'text'],
] as const;

const LINE_COLUMNS = [
  ['id', 'uuid'],
  ['declaration_id', 'text'],
  ['line_no', 'int4'],
  ['declared_at', 'timestamptz'],
  ['port_locode', 'text'],
  ['importer_name', 'text'],
  ['importer_rfc', 'text'],
  ['broker_name', 'text'],
  ['container_no', 'text'],
  ['bill_of_lading', 'text'],
  ['consignee_name', 'text'],
  ['consignee_rfc', 'text'],
  ['consignee_address', 'text'],
  ['hs_code', 'text'],
  ['goods_description', 'text'],
  ['cas_number', 'text'],
  ['smiles', 'text'],
  ['quantity_kg', 'numeric'],
  ['declared_value_usd', 'numeric'],
  ['permit_id', 'text'],
  ['destination', 'text'],
  ['extra', 'jsonb'],
  ['verdict', 'text'],
  ['substance_id', 'text'],
  ['score', 'float4'],
  ['reasons', 'jsonb'],
] as const;

function unnestInsert(
  table: string,
  columns: readonly (readonly [string, string])[],
  extra: string,
  conflict: string,
): string {
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const n = columns.length;
  return `insert into ${table} (${names}, owner_agency, tlp, releasable_to, recipients${extra ? `, ${extra}` : ''})
    select u.*, $${n + 1}, $${n + 2}::tlp, $${n + 3}::text[], $${n + 4}::text[]${extra ? `, $${n + 5}` : ''}
    from unnest(${arrays}) as u
    on conflict ${conflict} do nothing`;
}

/** Inserts the declarations of a batch that do not exist yet (the first line of each gives its header). */
export async function insertDeclarations(
  tx: Tx,
  rows: readonly DeclarationRow[],
  marking: Marking,
  importedBy: string,
): Promise<number> {
  const first = new Map<string, DeclarationRow>();
  for (const row of rows) if (!first.has(row.declaration_id)) first.set(row.declaration_id, row);
  if (first.size === 0) return 0;
  const headers = [...first.values()];
  const columnValues = DECLARATION_COLUMNS.map(([name]) =>
    headers.map((row) => (name === 'id' ? row.declaration_id : row[name as keyof DeclarationRow])),
  );
  const result = await tx.query(
    unnestInsert('declarations', DECLARATION_COLUMNS, 'imported_by', '(owner_agency, id)'),
    [...columnValues, marking.ownerAgency, marking.tlp, marking.releasableTo, marking.recipients, importedBy],
  );
  return result.affectedRows;
}

/**
 * Inserts the lines of a batch; returns the ids of those actually inserted (a line this agency already
 * imported is skipped; another agency's line of the same number is another record, and is not consulted).
 */
export async function insertLines(
  tx: Tx,
  lines: readonly ScreenedRow[],
  marking: Marking,
  listVersion: string,
): Promise<Set<string>> {
  if (lines.length === 0) return new Set();
  const value = (line: ScreenedRow, name: string): unknown => {
    switch (name) {
      case 'id':
        return line.lineId;
      case 'extra':
        return JSON.stringify(line.row.extra);
      case 'verdict':
        return line.verdict;
      case 'substance_id':
        return line.substanceId;
      case 'score':
        return line.score;
      case 'reasons':
        return JSON.stringify(line.reasons);
      default:
        return line.row[name as keyof DeclarationRow];
    }
  };
  const columnValues = LINE_COLUMNS.map(([name]) => lines.map((line) => value(line, name)));
  const { rows } = await tx.query<{ id: string }>(
    `${unnestInsert('declaration_lines', LINE_COLUMNS, 'list_version', '(owner_agency, declaration_id, line_no)')} returning id`,
    [
      ...columnValues,
      marking.ownerAgency,
      marking.tlp,
      marking.releasableTo,
      marking.recipients,
      listVersion,
    ],
  );
  return new Set(rows.map((r) => r.id));
}
