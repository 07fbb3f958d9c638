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

/**
 * Every item of a list, page after page through the list's own API (the same visibility, each page read and
 * audited as the list's), until a page comes back short or `max` items are in.
 */
export async function collectPages<T>(
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; total?: number }>,
  pageSize: number,
  onProgress: (loaded: number, total: number | null) => void = () => {},
  max = EXPORT_MAX_ROWS,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetchPage(Math.min(pageSize, max - items.length), offset);
    items.push(...page.items);
    onProgress(items.length, page.total ?? null);
    if (items.length >= max) return { items, truncated: page.items.length > 0 && (page.total ?? 0) > max };
    if (page.items.length < pageSize) return { items, truncated: false };
  }
}

/** Today as YYYY-MM-DD, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
