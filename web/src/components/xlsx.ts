/**
 * Excel (XLSX) exports of the lists, written in the browser by write-excel-file (loaded on first use, so the
 * lists do not carry it). Text cells are typed as text: a spreadsheet never runs them as formulas, so the CSV
 * export's apostrophe guard is not needed here. The header row is bold and stays in view while scrolling.
 */
import type { Cell } from './csv.ts';

/** Column width in characters: the longest of the header and the first rows, within reason. */
function widths(header: readonly string[], rows: readonly (readonly Cell[])[]): { width: number }[] {
  return header.map((title, column) => {
    const longest = rows
      .slice(0, 200)
      .reduce((max, row) => Math.max(max, String(row[column] ?? '').length), title.length);
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  sheet: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = [
    header.map((title) => ({ value: title, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      row.map((cell) =>
        cell === null || cell === undefined
          ? null
          : typeof cell === 'number'
            ? Number.isFinite(cell)
              ? { value: cell, type: Number }
              : null
            : { value: cell, type: String },
      ),
    ),
  ];
  // an Excel sheet name: at most 31 characters, none of : \ / ? * [ ]
  const name = sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Centinela';
  return writeXlsxFile(data, { sheet: name, stickyRowsCount: 1, columns: widths(header, rows) }).toBlob();
}
