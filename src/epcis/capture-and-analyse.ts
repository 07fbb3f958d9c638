/**
 * Capture, then analyse: the one orchestration of an EPCIS import, for the capture route and
 * `centinela import epcis`. Each document is stored whole or not at all (idempotent by eventID); then the
 * custody findings are brought up to date, either for the consignments these captures touched (the route: one
 * request, its own consignments) or for every stale one (the CLI: a rerun after an interrupted import stores
 * nothing new but still finishes the analysis an earlier run left undone).
 */
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { analyseConsignments, type AnalysisSummary } from '../custody/index.ts';
import { captureDocument } from './capture.ts';

export interface CaptureAndAnalyseOptions {
  analyse: 'touched' | 'stale';
  /** After the last capture, before the analysis starts. */
  onCaptured?: (events: number, stored: number) => void;
  onProgress?: (done: number, total: number) => void;
  /** The events' marking (BRIEF "Markings on import"). */
  marking?: Marking;
}

export interface CaptureAndAnalyseResult {
  captureIds: string[];
  events: number;
  stored: number;
  analysis: AnalysisSummary;
}

export async function captureAndAnalyse(
  db: Database,
  actor: Actor,
  documents: Iterable<unknown> | AsyncIterable<unknown>,
  options: CaptureAndAnalyseOptions,
): Promise<CaptureAndAnalyseResult> {
  const captureIds: string[] = [];
  const bols = new Set<string>();
  const containers = new Set<string>();
  let events = 0;
  let stored = 0;
  for await (const document of documents) {
    const result = await captureDocument(
      db,
      actor,
      document,
      options.marking ? { marking: options.marking } : {},
    );
    captureIds.push(result.captureId);
    events += result.eventCount;
    stored += result.storedCount;
    for (const bol of result.touched.bols) bols.add(bol);
    for (const container of result.touched.containers) containers.add(container);
  }
  options.onCaptured?.(events, stored);
  // a bulk import changes the planner's picture of the event tables; one request does not
  if (options.analyse === 'stale' && stored > 0) await refreshStatistics(db);
  const scope = options.analyse === 'stale' ? 'stale' : { bols: [...bols], containers: [...containers] };
  const analysis = await analyseConsignments(
    db,
    actor,
    scope,
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  return { captureIds, events, stored, analysis };
}
