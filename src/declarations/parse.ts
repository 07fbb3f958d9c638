/**
 * Streams a declarations CSV into validated rows and per-row errors, in file order. A row that
 * cannot be used is reported with its line number and every field that is wrong; nothing is dropped.
 */
import type { ByteSource } from '../csv/records.ts';
import { readCsvTable, type FieldError, type RowError as CsvRowError } from '../csv/table.ts';
import { DECLARATION_COLUMNS, DeclarationRow } from './row.ts';
import { textProblem } from '../store/bounds.ts';
import { fieldErrorsOf } from '../csv/row-issues.ts';

/** The header does not carry the contract's columns: no row of the file can be read. */
export { CsvHeaderError as DeclarationsHeaderError } from '../csv/table.ts';

/** The CSV row error, with the declaration and line it was meant to be when those could be read. */
export interface RowError extends CsvRowError {
  declaration_id?: string;
  line_no?: number;
}

export type ParsedRow =
  { kind: 'row'; line: number; row: DeclarationRow } | { kind: 'error'; error: RowError };

/** A set, not the list: every cell of every row is looked up (24 × 24 comparisons a row with the list). */
const CONTRACT_COLUMNS: ReadonlySet<string> = new Set(DECLARATION_COLUMNS);
/** Free-text columns may hold TEXT_LIMITS.longCell characters; every other cell TEXT_LIMITS.cell. */
const LONG_COLUMNS = new Set(['goods_description', 'smiles']);
/** Free text and addresses may run over several lines inside quotes; names, codes and numbers never do. */
const MULTI_LINE_COLUMNS = new Set([
  'goods_description',
  'importer_address',
  'consignee_address',
  'destination',
]);

export async function* parseDeclarations(source: ByteSource): AsyncGenerator<ParsedRow> {
  const format = {
    what: 'declarations',
    required: DECLARATION_COLUMNS,
    longColumns: LONG_COLUMNS,
    multiLineColumns: MULTI_LINE_COLUMNS,
  };
  for await (const read of readCsvTable(source, format)) {
    yield toRow(read.line, read.cells, read.kind === 'error' ? read.errors : []);
  }
}

function toRow(line: number, all: Record<string, string>, readErrors: FieldError[]): ParsedRow {
  const cells: Record<string, string> = {};
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(all)) {
    if (CONTRACT_COLUMNS.has(name)) cells[name] = value;
    else extra[name] = value;
  }
  const identity = {
    // Only an identity fit to print and store: a declaration id with a NUL or a megabyte in it is not quoted back.
    ...(cells.declaration_id && textProblem(cells.declaration_id, 64) === null
      ? { declaration_id: cells.declaration_id.trim() }
      : {}),
    ...(/^\d{1,9}$/.test(cells.line_no?.trim() ?? '') ? { line_no: Number(cells.line_no) } : {}),
  };
  if (readErrors.length > 0) return { kind: 'error', error: { line, ...identity, errors: readErrors } };
  const parsed = DeclarationRow.safeParse(cells);
  if (!parsed.success) {
    return { kind: 'error', error: { line, ...identity, errors: fieldErrorsOf(parsed.error, cells) } };
  }
  return { kind: 'row', line, row: { ...parsed.data, extra } };
}
