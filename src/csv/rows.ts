/**
 * Parses a CSV file of records (permits, locations, incidents, field reports: header required, RFC 4180) with the
 * one CSV reader of every import (`table.ts`) into rows validated by a zod schema. A row that cannot be used is reported with its line
 * and fields; the others are returned.
 */
import type { z } from 'zod';
import { CsvHeaderError, readCsvTable, type RowError } from './table.ts';
import { fieldErrorsOf } from './row-issues.ts';
import { fieldError } from '../shared/row-errors.ts';

export interface ParsedRows<T> {
  rows: { line: number; value: T }[];
  errors: RowError[];
}

export async function parseCsvRows<S extends z.ZodType>(
  text: string,
  schema: S,
  required: readonly string[],
  what = 'registry',
): Promise<ParsedRows<z.infer<S>>> {
  const result: ParsedRows<z.infer<S>> = { rows: [], errors: [] };
  try {
    for await (const read of readCsvTable([text], { what, required })) {
      if (read.kind === 'error') {
        result.errors.push({ line: read.line, errors: read.errors });
        continue;
      }
      const parsed = schema.safeParse(read.cells);
      if (parsed.success) result.rows.push({ line: read.line, value: parsed.data });
      else
        result.errors.push({
          line: read.line,
          errors: fieldErrorsOf(parsed.error, read.cells, true),
        });
    }
  } catch (error) {
    if (!(error instanceof CsvHeaderError)) throw error;
    return {
      rows: [],
      errors: [
        {
          line: 1,
          errors: error.missing.map((field) => fieldError(field, 'MISSING_COLUMN')),
        },
      ],
    };
  }
  return result;
}
