/**
 * Streams a declarations CSV into validated rows and per-row errors, in file order. A row that
 * cannot be used is reported with its line number and every field that is wrong; nothing is dropped.
 */
import { readCsvRecords, type ByteSource } from './csv-records.ts';
import { DECLARATION_COLUMNS, DeclarationRow } from './row.ts';
import { TEXT_LIMITS, textProblem } from '../store/bounds.ts';

/** Free-text columns may hold TEXT_LIMITS.longCell characters; every other cell TEXT_LIMITS.cell. */
const LONG_COLUMNS = new Set(['goods_description', 'smiles']);

/** Cells the database would refuse (control characters, too long), whatever their column's own rules. */
function cellErrors(header: readonly string[], fields: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  fields.forEach((value, i) => {
    const field = header[i] || `(column ${i + 1})`;
    const problem = textProblem(value, LONG_COLUMNS.has(field) ? TEXT_LIMITS.longCell : TEXT_LIMITS.cell);
    if (problem) errors.push({ field, message: problem });
  });
  return errors;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface RowError {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  declaration_id?: string;
  line_no?: number;
  errors: FieldError[];
}

export type ParsedRow =
  { kind: 'row'; line: number; row: DeclarationRow } | { kind: 'error'; error: RowError };

/** The header does not carry the contract's columns: no row of the file can be read. */
export class DeclarationsHeaderError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`declarations CSV header lacks column(s): ${missing.join(', ')}`);
    this.name = 'DeclarationsHeaderError';
  }
}

export async function* parseDeclarations(source: ByteSource): AsyncGenerator<ParsedRow> {
  let header: string[] | undefined;
  for await (const record of readCsvRecords(source)) {
    if (!header) {
      header = record.fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
      const missing = DECLARATION_COLUMNS.filter((column) => !header?.includes(column));
      if (missing.length > 0) throw new DeclarationsHeaderError(missing);
      continue;
    }
    yield toRow(header, record.line, record.fields, record.error);
  }
}

function toRow(header: string[], line: number, fields: string[], recordError: string | undefined): ParsedRow {
  const cells: Record<string, string> = {};
  const extra: Record<string, string> = {};
  header.forEach((name, i) => {
    const value = fields[i] ?? '';
    if ((DECLARATION_COLUMNS as readonly string[]).includes(name)) cells[name] = value;
    else if (name !== '') extra[name] = value;
  });
  const identity = {
    // Only an identity fit to print and store: a declaration id with a NUL or a megabyte in it is not quoted back.
    ...(cells.declaration_id && textProblem(cells.declaration_id, 64) === null
      ? { declaration_id: cells.declaration_id.trim() }
      : {}),
    ...(/^\d{1,9}$/.test(cells.line_no?.trim() ?? '') ? { line_no: Number(cells.line_no) } : {}),
  };
  if (recordError)
    return {
      kind: 'error',
      error: { line, ...identity, errors: [{ field: '(row)', message: recordError }] },
    };
  if (fields.length !== header.length)
    return {
      kind: 'error',
      error: {
        line,
        ...identity,
        errors: [
          {
            field: '(row)',
            message: `expected ${header.length} fields as in the header, got ${fields.length}`,
          },
        ],
      },
    };
  const unstorable = cellErrors(header, fields);
  if (unstorable.length > 0) return { kind: 'error', error: { line, ...identity, errors: unstorable } };
  const parsed = DeclarationRow.safeParse(cells);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? '(row)'),
      message: issue.message,
    }));
    return { kind: 'error', error: { line, ...identity, errors } };
  }
  return { kind: 'row', line, row: { ...parsed.data, extra } };
}
