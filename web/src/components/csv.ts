/**
 * CSV exports of the lists (pure but for the download). RFC 4180 quoting, CRLF, a UTF-8 byte order mark so a
 * spreadsheet opens "Química" as written; a cell that a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR) is prefixed with an apostrophe, so an exported company name cannot execute.
 */
export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The largest export: beyond it a list is better filtered first (the user is told). */
export const EXPORT_MAX_ROWS = 20_000;

/** Today as YYYY-MM-DD, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
