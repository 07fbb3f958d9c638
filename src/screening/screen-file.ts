/**
 * Screens a declarations CSV without a database: one output object per input row, in file order,
 * either a verdict or the row's errors.
 */
import type { DeclarationRow } from '../declarations/index.ts';
import type { ByteSource } from '../csv/records.ts';
import { parseDeclarations, type ParsedRow, type RowError } from '../declarations/index.ts';
import type { ScreeningResult, Screener } from './screen-line.ts';
import type { StructureAnalysis } from './structure.ts';
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
 * be screened on what it declares), reported like any other. `analysis` is the row's structure analysed already.
 */
export function checkStructure(
  parsed: ParsedRow,
  screener: Screener,
  analysis?: StructureAnalysis,
): ParsedRow {
  if (parsed.kind !== 'row' || parsed.row.smiles === null) return parsed;
  if ((analysis ?? screener.parseSmiles(parsed.row.smiles)).valid) return parsed;
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

export function screenRow(
  row: DeclarationRow,
  line: number,
  screener: Screener,
  analysis?: StructureAnalysis,
): ScreenedLine {
  return {
    line,
    declaration_id: row.declaration_id,
    line_no: row.line_no,
    ...screener.screen(row, analysis),
  };
}

export async function* screenDeclarations(
  source: ByteSource,
  screener: Screener,
): AsyncGenerator<ScreenOutput> {
  await screener.analyseStructuresHere();
  for await (const raw of parseDeclarations(source)) {
    const parsed = checkStructure(raw, screener);
    yield parsed.kind === 'row'
      ? screenRow(parsed.row, parsed.line, screener)
      : describeRowError(parsed.error);
  }
}

export interface ParallelOptions {
  /**
   * Starts the workers when a file proves to need them (at most once); null: this thread analyses every structure.
   * The caller closes the pool it started.
   */
  startPool: () => Promise<StructurePool | null>;
  /** Rows handed to the workers at a time (tests use small ones). */
  batch?: number;
}

/** Rows handed to the structure workers at a time. */
const BATCH = 512;

interface Batch {
  rows: ParsedRow[];
  /** The batch's structures analysed, held here so that the screener's bounded cache cannot drop one. */
  analyses: Map<string, StructureAnalysis>;
}

/**
 * The same output as `screenDeclarations`, with the structures analysed on worker threads once a file proves to
 * have many: the workers start when the distinct structures analysed here and those of a batch that is not the file's
 * last reach a batch's size. A short file, or one of a few products repeated (most declarations carry no structure),
 * is screened on this thread alone, and a screener created with `structures: 'elsewhere'` loads RDKit here only then:
 * each worker costs its own start and RDKit, and each thread V8's background compilation and collection. While the
 * workers analyse a batch, this thread screens the previous one; it takes a share of the structures only when it has
 * RDKit loaded already.
 */
export async function* screenDeclarationsInParallel(
  source: ByteSource,
  screener: Screener,
  { startPool, batch: size = BATCH }: ParallelOptions,
): AsyncGenerator<ScreenOutput> {
  let starting: Promise<StructurePool | null> | undefined;
  let analysedHere = 0;
  const analyse = async (rows: ParsedRow[], last: boolean): Promise<Batch> => {
    const analyses = new Map<string, StructureAnalysis>();
    const unknown = new Set<string>();
    for (const p of rows) {
      if (p.kind !== 'row' || p.row.smiles === null || analyses.has(p.row.smiles)) continue;
      const known = screener.analysed(p.row.smiles);
      if (known) analyses.set(p.row.smiles, known);
      else unknown.add(p.row.smiles);
    }
    const missing = [...unknown];
    if (missing.length === 0) return { rows, analyses };
    if (!starting && !last && analysedHere + missing.length >= size) starting = startPool();
    const pool = starting ? await starting : null;
    const here =
      pool === null
        ? missing.length
        : screener.analysesHere
          ? Math.floor(missing.length / (pool.size + 1))
          : 0;
    const remote = missing.slice(here);
    const analysed = pool && remote.length > 0 ? pool.analyse(remote) : Promise.resolve([]);
    if (here > 0) await screener.analyseStructuresHere();
    for (const s of missing.slice(0, here)) analyses.set(s, screener.parseSmiles(s));
    analysedHere += here;
    const results = await analysed;
    screener.rememberStructures(remote, results);
    remote.forEach((s, i) => analyses.set(s, results[i] as StructureAnalysis));
    return { rows, analyses };
  };
  const flush = function* ({ rows, analyses }: Batch): Generator<ScreenOutput> {
    for (const raw of rows) {
      const analysis =
        raw.kind === 'row' && raw.row.smiles !== null ? analyses.get(raw.row.smiles) : undefined;
      const parsed = checkStructure(raw, screener, analysis);
      yield parsed.kind === 'row'
        ? screenRow(parsed.row, parsed.line, screener, analysis)
        : describeRowError(parsed.error);
    }
  };
  let rows: ParsedRow[] = [];
  let ready: Promise<Batch> | undefined;
  for await (const raw of parseDeclarations(source)) {
    // A full batch is handed on when the next row shows that it is not the file's last.
    if (rows.length === size) {
      const previous = ready;
      ready = analyse(rows, false);
      rows = [];
      if (previous) yield* flush(await previous);
    }
    rows.push(raw);
  }
  const last = analyse(rows, true);
  if (ready) yield* flush(await ready);
  yield* flush(await last);
}
