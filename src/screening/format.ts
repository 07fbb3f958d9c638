/** Output formats of `centinela screen`: jsonl (the contract), csv and a terminal table. */
import { stringify } from 'csv-stringify/sync';
import { isScreenedError, type ScreenOutput } from './screen-file.ts';

export const FORMATS = ['jsonl', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

const CSV_COLUMNS = [
  'line',
  'declaration_id',
  'line_no',
  'verdict',
  'substance_id',
  'score',
  'jurisdictions',
  'reason_codes',
  'reasons_en',
  'reasons_es',
  'error',
];

export function csvHeader(): string {
  return stringify([CSV_COLUMNS]);
}

export function formatOutput(output: ScreenOutput, format: Format): string {
  if (format === 'jsonl') return JSON.stringify(output) + '\n';
  if (isScreenedError(output)) {
    const cells = [
      output.line,
      output.declaration_id ?? '',
      output.line_no ?? '',
      'error',
      '',
      '',
      '',
      '',
      '',
      '',
    ];
    return format === 'csv'
      ? stringify([[...cells, output.error]])
      : tableRow([...cells.slice(0, 4), output.error]);
  }
  const cells = [
    output.line,
    output.declaration_id,
    output.line_no,
    output.verdict,
    output.substance?.id ?? '',
    output.score,
    output.jurisdictions.join('; '),
    output.reasons.map((r) => r.code).join(' '),
    output.reasons.map((r) => r.en).join(' | '),
    output.reasons.map((r) => r.es).join(' | '),
    '',
  ];
  if (format === 'csv') return stringify([cells]);
  return tableRow([
    output.line,
    output.declaration_id,
    output.line_no,
    output.verdict,
    output.substance?.id ?? '-',
    output.score,
    cells[7],
  ]);
}

const WIDTHS = [6, 18, 5, 11, 22, 6];

export function tableHeader(): string {
  return tableRow(['line', 'declaration', 'no', 'verdict', 'substance', 'score', 'reasons / error']);
}

function tableRow(cells: readonly unknown[]): string {
  return (
    cells
      .map((cell, i) => (i < WIDTHS.length ? String(cell).padEnd(WIDTHS[i] as number) : String(cell)))
      .join(' ') + '\n'
  );
}
