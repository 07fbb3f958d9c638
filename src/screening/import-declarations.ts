/**
 * Importing a declarations file, the use case: every line screened, stored with its verdict (the declarations
 * capability's import: batches that commit on their own, one audit entry each, resumable), and an alert stored
 * for every line that is not clear, in the same transaction as its line, all marked as the importing agency's.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings, importMarking, type Marking } from '../shared/marking.ts';
import type { ByteSource } from '../csv/records.ts';
import type { ImportSummary as CsvImportSummary } from '../csv/table.ts';
import { importDeclarationLines, type RowError } from '../declarations/index.ts';
import { insertAlerts, type NewAlert } from './alerts.repository.ts';
import { checkStructure } from './screen-file.ts';
import type { Screener, Verdict } from './screen-line.ts';

export const DEFAULT_BATCH_SIZE = 1000;

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
  const lineMarking: Marking = { ...importMarking(actor), ...options.marking };
  // An alert is derived from its line: never wider than it.
  const alertMarking = combineMarkings(actor, [lineMarking]);
  const alerts: ImportSummary['alerts'] = { controlled: 0, analog: 0, watch: 0 };
  const verdicts: ImportSummary['verdicts'] = { controlled: 0, analog: 0, watch: 0, clear: 0 };
  const counts = await importDeclarationLines(
    db,
    actor,
    source,
    {
      listVersion: screener.list.version,
      check: (parsed) => checkStructure(parsed, screener),
      screen: (row) => {
        const result = screener.screen(row);
        verdicts[result.verdict]++;
        return {
          verdict: result.verdict,
          substanceId: result.substance?.id ?? null,
          score: result.score,
          reasons: result.reasons,
        };
      },
      derive: async (tx, inserted) => {
        const newAlerts: NewAlert[] = inserted
          .filter((l) => l.verdict !== 'clear')
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
        await insertAlerts(tx, newAlerts, alertMarking);
        for (const alert of newAlerts) alerts[alert.verdict as keyof ImportSummary['alerts']]++;
        return {
          alerts: newAlerts.length,
          alert_ids: newAlerts.map((a) => a.id),
          list_version: screener.list.version,
        };
      },
    },
    { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, onProgress: options.onProgress, lineMarking },
  );
  return {
    list_version: screener.list.version,
    rows: counts.rows,
    imported: counts.imported,
    already_imported: counts.already_imported,
    rejected: counts.rejected,
    alerts,
    verdicts,
    batches: counts.batches,
    errors: counts.errors,
  };
}
