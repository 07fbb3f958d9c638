/**
 * The per-row error report of an import in the user's language. The server gives each problem a code from a
 * closed catalogue (src/shared/row-errors.ts) with its parameters (a line, a limit, a value) beside its English
 * sentence for the command line; the screen and its CSV download say the code in the catalogue's words.
 */
import type { TFunction } from 'i18next';
import { formatNumber } from '../format.ts';
import type { ImportOutcome } from './upload.ts';

export interface ErrorRow {
  /** The file line (CSV), or the event's position in the eventList (EPCIS; 0 for the document). */
  line: number;
  field: string;
  message: string;
}

interface CodedError {
  code: string;
  params: Record<string, string | number>;
}

/** One problem in the user's language, numbers written as the language writes them. */
export function localizeRowError(error: CodedError, t: TFunction, language: string): string {
  const values = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatNumber(value, language) : value,
    ]),
  );
  return t(`intake.rowErrors.${error.code}`, values);
}

/** Every problem of an import, one row per field, in file order. */
export function errorRows(outcome: ImportOutcome, t: TFunction, language: string): ErrorRow[] {
  return outcome.summary.errors.flatMap((entry) =>
    entry.errors.map((error) => ({
      line: entry.line,
      field: error.field,
      message: localizeRowError(error, t, language),
    })),
  );
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The report as a CSV file (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the accents). */
export function errorReportCsv(rows: readonly ErrorRow[], header: readonly [string, string, string]): string {
  const lines = [header, ...rows.map((r) => [r.line, r.field, r.message] as const)];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
