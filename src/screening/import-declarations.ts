/**
 * Importing a declarations file: every line screened, stored with its verdict, and an alert stored
 * for every line that is not clear, all marked as the importing agency's. Batches commit on their
 * own (one audit entry each, with the ids), so a large import that stops can be run again: lines
 * already stored are skipped, never written twice.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import { combineMarkings, type Marking } from '../shared/marking.ts';
import type { ByteSource } from '../csv/records.ts';
import { DeclarationsHeaderError, parseDeclarations, type RowError } from '../declarations/index.ts';
import type { ImportSummary as CsvImportSummary } from '../csv/table.ts';
import { insertDeclarations, insertLines, type ScreenedRow } from '../declarations/index.ts';
import { insertAlerts, type NewAlert } from './alerts.repository.ts';
import { checkStructure } from './screen-file.ts';
import type { Screener, Verdict } from './screen-line.ts';

export const DEFAULT_BATCH_SIZE = 1000;
/** The summary lists at most this many row errors in full; the count is always exact. */
const MAX_REPORTED_ERRORS = 1000;

/** The import summary of every CSV import (`src/csv/table.ts`), with what screening adds. */
export interface ImportSummary extends CsvImportSummary {
  list_version: string;
  already_imported: number;
  alerts: Record<Exclude<Verdict, 'clear'>, number>;
  verdicts: Record<Verdict, number>;
  batches: number;
  errors: RowError[];
}

export interface ImportOptions {
  batchSize?: number;
  /** Called after each committed batch with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
  /** The lines' marking (BRIEF "Markings on import"); the importer's agency owns them in any case. */
  marking?: Marking;
}

export async function importDeclarations(
  db: Database,
  actor: Actor,
  source: ByteSource,
  screener: Screener,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const lineMarking: Marking = {
    ownerAgency: actor.agency,
    tlp: 'amber',
    releasableTo: [actor.nation],
    recipients: [],
    ...options.marking,
  };
  // An alert is derived from its line: never wider than it.
  const alertMarking = combineMarkings(actor, [lineMarking]);
  const summary: ImportSummary = {
    list_version: screener.list.version,
    rows: 0,
    imported: 0,
    already_imported: 0,
    rejected: 0,
    alerts: { controlled: 0, analog: 0, watch: 0 },
    verdicts: { controlled: 0, analog: 0, watch: 0, clear: 0 },
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
      const inserted = await insertLines(tx, lines, lineMarking, screener.list.version);
      const alerts: NewAlert[] = lines
        .filter((l) => inserted.has(l.lineId) && l.verdict !== 'clear')
        .map((l) => ({
          id: randomUUID(),
          lineId: l.lineId,
          declarationId: l.row.declaration_id,
          lineNo: l.row.line_no,
          verdict: l.verdict,
          substanceId: l.substanceId,
          score: l.score,
          reasons: l.reasons,
          portLocode: l.row.port_locode,
          declaredAt: l.row.declared_at,
        }));
      await insertAlerts(tx, alerts, alertMarking);
      for (const alert of alerts) summary.alerts[alert.verdict as keyof ImportSummary['alerts']]++;
      summary.imported += inserted.size;
      summary.already_imported += lines.length - inserted.size;
      summary.batches++;
      await recordAudit(tx, actor, {
        action: 'import',
        table: 'declaration_lines',
        ids: [...inserted],
        detail: {
          batch: summary.batches,
          lines: lines.length,
          inserted: inserted.size,
          alerts: alerts.length,
          alert_ids: alerts.map((a) => a.id),
          list_version: screener.list.version,
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
      summary.rejected++;
      if (summary.errors.length < MAX_REPORTED_ERRORS)
        summary.errors.push({
          line: fileLines.get(line.lineId) ?? 0,
          declaration_id: line.row.declaration_id,
          line_no: line.row.line_no,
          errors: [{ field: column ?? '(row)', message: `refused by the database (${code}): ${message}` }],
        });
    }
  };

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const lines = batch;
    batch = [];
    await writeOrIsolate(lines);
    for (const line of lines) fileLines.delete(line.lineId);
    options.onProgress?.(summary.rows);
  };

  try {
    for await (const raw of parseDeclarations(source)) {
      summary.rows++;
      const parsed = checkStructure(raw, screener);
      if (parsed.kind === 'error') {
        summary.rejected++;
        if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(parsed.error);
        continue;
      }
      const result = screener.screen(parsed.row);
      summary.verdicts[result.verdict]++;
      const lineId = randomUUID();
      fileLines.set(lineId, parsed.line);
      batch.push({
        lineId,
        row: parsed.row,
        verdict: result.verdict,
        substanceId: result.substance?.id ?? null,
        score: result.score,
        reasons: result.reasons,
      });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof DeclarationsHeaderError)
      throw new AppError('DECLARATIONS_HEADER', { detail: `missing: ${error.missing.join(', ')}` });
    throw error;
  }
  return summary;
}

/** A database error about a value of one row, not about the database or the request as a whole. */
function isValueError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('54') || code === '23514');
}
