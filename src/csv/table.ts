/**
 * A CSV file with a header, read into cells by column name, for every import. Whatever cannot be used is
 * reported by physical line: a damaged record that spans several lines (a quote that never closes, or closes
 * lines later) costs one error per line it swallowed, so no row disappears without a line number. Cells the
 * database would refuse (control characters, too long) are errors here, before any column rule.
 */
import { readCsvRecords, type ByteSource, type CsvRecord } from './records.ts';
import { TEXT_LIMITS, textIssue } from '../store/bounds.ts';
import { fieldError, type FieldError } from '../shared/row-errors.ts';

export type { FieldError } from '../shared/row-errors.ts';

/** A row that was not imported: its 1-based line in the file (the header is line 1) and what is wrong. */
export interface RowError {
  line: number;
  errors: FieldError[];
}

/** What every import reports: rows read, rows stored, rows rejected and why. */
export interface ImportSummary {
  rows: number;
  imported: number;
  rejected: number;
  errors: RowError[];
}

/** The header does not carry the file format's columns: no row of the file can be read. */
export class CsvHeaderError extends Error {
  constructor(
    readonly what: string,
    readonly missing: readonly string[],
  ) {
    super(`${what} CSV header lacks column(s): ${missing.join(', ')}`);
    this.name = 'CsvHeaderError';
  }
}

export interface TableFormat {
  /** Names the file in messages ("declarations", "permits"). */
  what: string;
  /** Columns the header must have. */
  required: readonly string[];
  /** Columns whose cells may hold TEXT_LIMITS.longCell characters instead of TEXT_LIMITS.cell. */
  longColumns?: ReadonlySet<string>;
  /**
   * Columns whose quoted cells may hold line breaks (free text, addresses). In any other column a line break
   * means a quote went missing and the cell swallowed the lines after it: the record is refused, line by line.
   */
  multiLineColumns?: ReadonlySet<string>;
}

export type TableRow =
  | { kind: 'row'; line: number; cells: Record<string, string> }
  | { kind: 'error'; line: number; cells: Record<string, string>; errors: FieldError[] };

export async function* readCsvTable(source: ByteSource, format: TableFormat): AsyncGenerator<TableRow> {
  let header: string[] | undefined;
  for await (const record of readCsvRecords(source)) {
    if (!header) {
      header = record.fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
      const missing = format.required.filter((column) => !header?.includes(column));
      if (missing.length > 0) throw new CsvHeaderError(format.what, missing);
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '') cells[name] = record.fields[i] ?? '';
    });
    const damage = recordDamage(record, header, format.multiLineColumns);
    if (damage) {
      yield { kind: 'error', line: record.line, cells, errors: [damage] };
      for (let line = record.line + 1; line <= record.endLine; line++)
        yield {
          kind: 'error',
          line,
          cells: {},
          errors: [fieldError('(row)', 'DAMAGED_RECORD', { line: record.line })],
        };
      continue;
    }
    const unstorable = cellErrors(header, record.fields, format.longColumns);
    if (unstorable.length > 0) yield { kind: 'error', line: record.line, cells, errors: unstorable };
    else yield { kind: 'row', line: record.line, cells };
  }
}

function recordDamage(
  record: CsvRecord,
  header: readonly string[],
  multiLineColumns: ReadonlySet<string> | undefined,
): FieldError | null {
  if (record.error) return { field: '(row)', ...record.error };
  if (record.fields.length !== header.length)
    return fieldError('(row)', 'FIELD_COUNT', { expected: header.length, got: record.fields.length });
  const broken = record.fields.findIndex(
    (value, i) => /[\r\n]/.test(value) && !multiLineColumns?.has(header[i]!),
  );
  if (broken < 0) return null;
  return fieldError(header[broken] || `(column ${broken + 1})`, 'QUOTE_SPANS_LINES', {
    from: record.line,
    to: record.endLine,
  });
}

/** Cells the database would refuse (control characters, too long), whatever their column's own rules. */
function cellErrors(
  header: readonly string[],
  fields: readonly string[],
  longColumns: ReadonlySet<string> | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  fields.forEach((value, i) => {
    const field = header[i] || `(column ${i + 1})`;
    const problem = textIssue(value, longColumns?.has(field) ? TEXT_LIMITS.longCell : TEXT_LIMITS.cell);
    if (problem) errors.push({ field, ...problem });
  });
  return errors;
}
