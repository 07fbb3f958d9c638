/**
 * Screens a declarations CSV without a database: one output object per input row, in file order,
 * either a verdict or the row's errors.
 */
import type { DeclarationRow } from '../declarations/index.ts';
import type { ByteSource } from '../csv/records.ts';
import { parseDeclarations, type ParsedRow, type RowError } from '../declarations/index.ts';
import type { ScreeningResult, Screener } from './screen-line.ts';
import type { StructurePool } from './structure-pool.ts';
import { fieldError } from '../shared/row-errors.ts';

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
      errors: [fieldError('smiles', 'SMILES')],
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

/** Rows handed to the structure workers at a time. */
const BATCH = 512;

/**
 * The same output as `screenDeclarations`, with the structures of each batch of rows analysed on
 * worker threads while the previous batch is screened on this one.
 */
export async function* screenDeclarationsInParallel(
  source: ByteSource,
  screener: Screener,
  pool: StructurePool,
): AsyncGenerator<ScreenOutput> {
  // This thread takes a share too: on a shared machine each thread gets its slice of the cores.
  const analyse = async (batch: ParsedRow[]): Promise<ParsedRow[]> => {
    const smiles = batch.flatMap((p) => (p.kind === 'row' && p.row.smiles !== null ? [p.row.smiles] : []));
    const missing = screener.unanalysed(smiles);
    const local = Math.floor(missing.length / (pool.size + 1));
    const remote = missing.slice(local);
    const analysed = pool.analyse(remote);
    for (const s of missing.slice(0, local)) screener.parseSmiles(s);
    screener.rememberStructures(remote, await analysed);
    return batch;
  };
  let batch: ParsedRow[] = [];
  let ready: Promise<ParsedRow[]> | undefined;
  const flush = function* (rows: ParsedRow[]): Generator<ScreenOutput> {
    for (const raw of rows) {
      const parsed = checkStructure(raw, screener);
      yield parsed.kind === 'row'
        ? screenRow(parsed.row, parsed.line, screener)
        : describeRowError(parsed.error);
    }
  };
  for await (const raw of parseDeclarations(source)) {
    batch.push(raw);
    if (batch.length < BATCH) continue;
    const previous = ready;
    ready = analyse(batch);
    batch = [];
    if (previous) yield* flush(await previous);
  }
  const last = analyse(batch);
  if (ready) yield* flush(await ready);
  yield* flush(await last);
}
