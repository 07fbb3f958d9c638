/**
 * Parses a CSV file (header required, RFC 4180) into rows validated by a zod schema. A row that
 * cannot be used is reported with its line number, field and reason; the others are returned.
 */
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export interface RowError {
  /** 1-based line number in the file (the header is line 1). */
  row: number;
  field: string;
  message: string;
}

export interface ParsedRows<T> {
  rows: { row: number; value: T }[];
  errors: RowError[];
}

export function parseCsvRows<S extends z.ZodType>(
  text: string,
  schema: S,
  required: readonly string[],
): ParsedRows<z.infer<S>> {
  const records = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: false,
    info: true,
    relax_column_count: true,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const header = records[0] ? Object.keys(records[0].record) : firstLineColumns(text);
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((field) => ({ row: 1, field, message: 'missing column in the header' })),
    };
  }
  const result: ParsedRows<z.infer<S>> = { rows: [], errors: [] };
  for (const { record, info } of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      result.rows.push({ row: info.lines, value: parsed.data });
    } else {
      for (const issue of parsed.error.issues) {
        result.errors.push({
          row: info.lines,
          field: issue.path.join('.') || '(row)',
          message: issue.message,
        });
      }
    }
  }
  return result;
}

function firstLineColumns(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((c) => c.trim());
}
