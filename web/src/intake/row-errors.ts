/**
 * The per-row error report of an import in the user's language. The server names each problem in English
 * (the CLI's report); the known ones are recognised here and said in the catalogue's words, anything else is
 * said generically in Spanish rather than shown in English on a Spanish screen.
 */
import type { TFunction } from 'i18next';
import type { ImportOutcome } from './upload.ts';

export interface ErrorRow {
  /** The file line (CSV), or the event's position in the eventList (EPCIS; 0 for the document). */
  line: number;
  field: string;
  message: string;
}

type Rule = [RegExp, string, (match: RegExpMatchArray) => Record<string, string>];
const none = () => ({});

const RULES: Rule[] = [
  [/^required$/i, 'required', none],
  [/^expected a CAS number/, 'casFormat', none],
  [/^expected a number$|expected number/, 'number', none],
  [/^not a decimal number/, 'decimal', none],
  [/^a positive whole number$/, 'wholeNumber', none],
  [/^Too small: expected number to be >0$/, 'positive', none],
  [/^expected YYYY-MM-DD$|^Invalid ISO date$/, 'date', none],
  [/^an ISO 8601 date or date-time$/, 'instant', none],
  [/^a real date between/, 'realDate', none],
  [/^a UN\/LOCODE/, 'locode', none],
  [/^an ISO 3166 alpha-2/, 'country', none],
  [/^an IMO number/, 'imo', none],
  [/^an HS code/, 'hs', none],
  [/^invalid SMILES/, 'smiles', none],
  [/^absurd: more than (.+)$/, 'absurd', (m) => ({ max: m[1]! })],
  [/^missing column in the header$/, 'missingColumn', none],
  [/^valid_to is before valid_from$/, 'validToBefore', none],
  [/^not read: part of the damaged record of line (\d+)$/, 'damaged', (m) => ({ line: m[1]! })],
  [
    /^expected (\d+) fields as in the header, got (\d+)$/,
    'fieldCount',
    (m) => ({ expected: m[1]!, got: m[2]! }),
  ],
  [/^bad quoting: .* from line (\d+) to line (\d+)/, 'badQuoting', (m) => ({ from: m[1]!, to: m[2]! })],
  [/^longer than (\d+) characters \((\d+)\)$/, 'tooLong', (m) => ({ max: m[1]!, length: m[2]! })],
  [
    /^contains the control character (U\+[0-9A-F]+) at position (\d+)$/,
    'controlCharacter',
    (m) => ({ code: m[1]!, position: m[2]! }),
  ],
  [/^invalid UTF-8/, 'utf8', none],
  [/^refused by the database/, 'database', none],
  [/^must have required property '([^']+)'$/, 'requiredProperty', (m) => ({ name: m[1]! })],
  [/^must /, 'schema', none],
];

/** One problem in the user's language; English keeps the server's own words. */
export function localizeRowMessage(message: string, t: TFunction, language: string): string {
  if (!language.startsWith('es')) return message;
  for (const [pattern, key, values] of RULES) {
    const match = message.match(pattern);
    if (match) return t(`intake.rowErrors.${key}`, values(match));
  }
  return t('intake.rowErrors.other');
}

/** Every problem of an import, one row per field, in file order. */
export function errorRows(outcome: ImportOutcome, t: TFunction, language: string): ErrorRow[] {
  const entries: { line: number; errors: { field: string; message: string }[] }[] = outcome.summary.errors;
  return entries.flatMap((entry) =>
    entry.errors.map((error) => ({
      line: entry.line,
      field: error.field,
      message: localizeRowMessage(error.message, t, language),
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
