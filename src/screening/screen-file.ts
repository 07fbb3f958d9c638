/**
 * Screens a declarations CSV without a database: one output object per input row, in file order,
 * either a verdict or the row's errors.
 */
import type { DeclarationRow } from '../declarations/index.ts';
import type { ByteSource } from '../csv/records.ts';
import { parseDeclarations, type ParsedRow, type RowError } from '../declarations/index.ts';
import type { ScreeningResult, Screener } from './screen-line.ts';

export interface ScreenedLine extends ScreeningResult {
  line: number;
  declaration_id: string;
  line_no: number;
}

export interface ScreenedError extends RowError {
  error: string;
}

export type ScreenOutput = ScreenedLine | ScreenedError;

export function isScreenedError(output: ScreenOutput): output is ScreenedError {
  return 'error' in output;
}

/** A row's errors as one readable sentence, keeping the structured list beside it. */
export function describeRowError(error: RowError): ScreenedError {
  return { ...error, error: error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') };
}

/**
 * Rows that parse but whose SMILES does not: an invalid structure is a row error (the line cannot
 * be screened on what it declares), reported like any other.
 */
export function checkStructure(parsed: ParsedRow, screener: Screener): ParsedRow {
  if (parsed.kind !== 'row' || parsed.row.smiles === null) return parsed;
  if (screener.parseSmiles(parsed.row.smiles).valid) return parsed;
  const { row } = parsed;
  return {
    kind: 'error',
    error: {
      line: parsed.line,
      declaration_id: row.declaration_id,
      line_no: row.line_no,
      errors: [{ field: 'smiles', message: 'invalid SMILES (RDKit cannot parse it)' }],
    },
  };
}

export function screenRow(row: DeclarationRow, line: number, screener: Screener): ScreenedLine {
  return { line, declaration_id: row.declaration_id, line_no: row.line_no, ...screener.screen(row) };
}

export async function* screenDeclarations(
  source: ByteSource,
  screener: Screener,
): AsyncGenerator<ScreenOutput> {
  for await (const raw of parseDeclarations(source)) {
    const parsed = checkStructure(raw, screener);
    yield parsed.kind === 'row'
      ? screenRow(parsed.row, parsed.line, screener)
      : describeRowError(parsed.error);
  }
}
