/**
 * Importing a declarations file, the declarations capability's part: rows read with per-row errors, lines stored
 * in batches that commit on their own (one audit entry each, with the ids), a batch the database refuses for a
 * value split until the refused rows stand alone, and lines already stored skipped, so a large import that stops
 * can be run again. What each line is screened to, and what its screening derives (alerts), the caller gives as a
 * `LineDeriver`: screening's import (src/screening/import-declarations.ts) is the one use case.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { Marking } from '../shared/marking.ts';
import type { ByteSource } from '../csv/records.ts';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { DeclarationsHeaderError, parseDeclarations, type ParsedRow, type RowError } from './parse.ts';
import { insertDeclarations, insertLines, type ScreenedRow } from './repository.ts';
import type { DeclarationRow } from './row.ts';
import { fieldError } from '../shared/row-errors.ts';

/** The summary lists at most this many row errors in full; the count is always exact. */
const MAX_REPORTED_ERRORS = 1000;

/** What the import itself counts (the caller adds what its derivation counts). */
export interface LineImportCounts {
  rows: number;
  imported: number;
  already_imported: number;
  rejected: number;
  batches: number;
  errors: RowError[];
}

/** What a line is stored with: its screening. */
export type LineScreeningResult = Omit<ScreenedRow, 'lineId' | 'row'>;

export interface LineDeriver {
  /** The version of the rules that screen the lines, stored on each line. */
  listVersion: string;
  /** A second look at a parsed row: a row it cannot screen becomes a row error. */
  check(parsed: ParsedRow): ParsedRow;
  screen(row: DeclarationRow): LineScreeningResult;
  /**
   * Writes what the newly stored lines derive, in the batch's transaction; returns what the batch's audit entry
   * adds to its detail.
   */
  derive(tx: Tx, inserted: ScreenedRow[]): Promise<Record<string, unknown>>;
}

export interface LineImportOptions {
  batchSize: number;
  onProgress?: ((rowsRead: number) => void) | undefined;
  /** The lines' marking; the importer's agency owns them in any case. */
  lineMarking: Marking;
}

export async function importDeclarationLines(
  db: Database,
  actor: Actor,
  source: ByteSource,
  deriver: LineDeriver,
  options: LineImportOptions,
): Promise<LineImportCounts> {
  const { batchSize, lineMarking } = options;
  const counts: LineImportCounts = {
    rows: 0,
    imported: 0,
    already_imported: 0,
    rejected: 0,
    batches: 0,
    errors: [],
  };
  let batch: ScreenedRow[] = [];

  /** The file line of each row of the batch, to name a row the database refuses. */
  const fileLines = new Map<string, number>();

  const writeBatch = async (lines: ScreenedRow[]): Promise<void> => {
    await db.asUser(actor, async (tx) => {
      await insertDeclarations(
        tx,
        lines.map((l) => l.row),
        lineMarking,
        actor.userId,
      );
      const inserted = await insertLines(tx, lines, lineMarking, deriver.listVersion);
      const derived = await deriver.derive(
        tx,
        lines.filter((l) => inserted.has(l.lineId)),
      );
      counts.imported += inserted.size;
      counts.already_imported += lines.length - inserted.size;
      counts.batches++;
      await recordAudit(tx, actor, {
        action: 'import',
        table: 'declaration_lines',
        ids: [...inserted],
        detail: {
          batch: counts.batches,
          lines: lines.length,
          inserted: inserted.size,
          ...derived,
        },
      });
    });
  };

  /**
   * A batch the database refuses for a value (SQLSTATE 22, 23514, 54: what the bounds before it missed) is
   * split in halves until the refused rows stand alone; each is reported with its line, and the rest imports.
   */
  const writeOrIsolate = async (lines: ScreenedRow[]): Promise<void> => {
    try {
      await writeBatch(lines);
    } catch (error) {
      if (!isValueError(error)) throw error;
      if (lines.length > 1) {
        const half = Math.ceil(lines.length / 2);
        await writeOrIsolate(lines.slice(0, half));
        await writeOrIsolate(lines.slice(half));
        return;
      }
      const line = lines[0]!;
      const { code, column, message } = error as { code: string; column?: string; message: string };
      counts.rejected++;
      if (counts.errors.length < MAX_REPORTED_ERRORS)
        counts.errors.push({
          line: fileLines.get(line.lineId) ?? 0,
          declaration_id: line.row.declaration_id,
          line_no: line.row.line_no,
          errors: [fieldError(column ?? '(row)', 'DATABASE_REFUSED', { sqlstate: code, detail: message })],
        });
    }
  };

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const lines = batch;
    batch = [];
    await writeOrIsolate(lines);
    for (const line of lines) fileLines.delete(line.lineId);
    options.onProgress?.(counts.rows);
  };

  try {
    for await (const raw of parseDeclarations(source)) {
      counts.rows++;
      const parsed = deriver.check(raw);
      if (parsed.kind === 'error') {
        counts.rejected++;
        if (counts.errors.length < MAX_REPORTED_ERRORS) counts.errors.push(parsed.error);
        continue;
      }
      const lineId = randomUUID();
      const screened = deriver.screen(parsed.row);
      fileLines.set(lineId, parsed.line);
      batch.push({ lineId, row: parsed.row, ...screened });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof DeclarationsHeaderError)
      throw new AppError('DECLARATIONS_HEADER', { detail: `missing: ${error.missing.join(', ')}` });
    throw error;
  }
  return counts;
}

/** A database error about a value of one row, not about the database or the request as a whole. */
function isValueError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('54') || code === '23514');
}
