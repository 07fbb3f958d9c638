/**
 * Capture, then analyse: the one orchestration of an EPCIS import, for the capture route and
 * `centinela import epcis`. Each document is stored whole or not at all (idempotent by eventID); then the
 * custody findings are brought up to date, either for the consignments these captures touched (the route: one
 * request, its own consignments) or for every stale one (the CLI: a rerun after an interrupted import stores
 * nothing new but still finishes the analysis an earlier run left undone). The analysis is custody's, given by
 * the composition root (src/app): custody reads the events through this capability's face, so epcis does not
 * import custody.
 */
import type { Actor } from '../shared/actor.ts';
import type { Database } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { refreshStatistics } from '../store/statistics.ts';
import { captureDocument } from './capture.ts';

/** What an analysis covers: the consignments of the given bills of lading and containers, or every stale one. */
export type AnalysisScope = 'stale' | { bols: string[]; containers: string[] };

export interface AnalysisSummary {
  consignments: number;
  findings: number;
}

/** Custody's analysis of consignments into findings (`analyseConsignments`), as the composition root passes it. */
export type Analyse = (
  db: Database,
  actor: Actor,
  scope: AnalysisScope,
  options: { onProgress?: (done: number, total: number) => void },
) => Promise<AnalysisSummary>;

export interface CaptureAndAnalyseOptions {
  analyse: 'touched' | 'stale';
  /** The analysis to run after the captures. */
  analyser: Analyse;
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
  const scope: AnalysisScope =
    options.analyse === 'stale' ? 'stale' : { bols: [...bols], containers: [...containers] };
  const analysis = await options.analyser(
    db,
    actor,
    scope,
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  return { captureIds, events, stored, analysis };
}
