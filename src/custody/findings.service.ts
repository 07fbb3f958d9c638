/**
 * Diversion analysis: for a set of consignments, gather inputs, run the detectors, and replace
 * their findings and their overview tracks (the port map's, src/custody/tracks.ts). Runs as a system task (it must see declarations, permits and events of several
 * agencies); each finding's marking is combined from the inputs it was derived from, so it is
 * never wider than they are, and it is owned by the owner of the declaration (customs) when there
 * is one, else by the agency that asked for the analysis.
 */
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../identity/actor.ts';
import { combineMarkings, markingFromRow, type Marking } from '../markings/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { assembleBatch } from './assemble.ts';
import { DEFAULT_THRESHOLDS, type FindingThresholds } from './config.ts';
import { consignmentState, filedUnder, type ConsignmentFacts } from './consignment.ts';
import { detectFindings } from './detectors/index.ts';
import {
  lockConsignments,
  markAnalysed,
  nationsOf,
  replaceFindings,
  type MarkedFinding,
} from './findings.repository.ts';
import { overviewOf } from './tracks.ts';
import { replaceTracks, type MarkedTrack } from './tracks.repository.ts';
import {
  allBols,
  bolsByContainer,
  eventsFor,
  linesByBol,
  linesByPermit,
  newestEventTime,
  staleBols,
  type MarkedEvent,
  type MarkedLine,
} from './inputs.repository.ts';
import type { DeclarationLine, EvidenceRef } from './model.ts';
import { permitRequirement } from './permit-regime.ts';
import { screeningIdentifier, withSubstances } from './substance.ts';
import {
  allPermittedSubstances,
  allPlaces,
  permitsFor,
  type StoredPermit,
  type StoredPlace,
} from './registry.repository.ts';

export type AnalysisScope = 'stale' | 'all' | { bols: readonly string[]; containers: readonly string[] };

export interface AnalysisOptions {
  thresholds?: FindingThresholds;
  /** Consignments per transaction: bounds memory and lock time. */
  batchSize?: number;
  /** Batches analysed at once (default 2 on PostgreSQL, 1 on PGlite). */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface AnalysisSummary {
  consignments: number;
  findings: number;
}

async function scopeBols(tx: Tx, scope: AnalysisScope): Promise<string[]> {
  if (scope === 'all') return allBols(tx);
  if (scope === 'stale') return staleBols(tx);
  return [...new Set([...scope.bols, ...(await bolsByContainer(tx, scope.containers))])];
}

export async function analyseConsignments(
  db: Database,
  actor: Actor,
  scope: AnalysisScope,
  options: AnalysisOptions = {},
): Promise<AnalysisSummary> {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const batchSize = options.batchSize ?? 500;
  const { bols, asOf, places, requiresPermit } = await db.asOwner(async (tx) => ({
    bols: (await scopeBols(tx, scope)).sort(),
    asOf: (await newestEventTime(tx)) ?? new Date(0).toISOString(),
    places: await allPlaces(tx),
    requiresPermit: permitRequirement(thresholds, await allPermittedSubstances(tx)),
  }));
  // Batches are disjoint sets of consignments, so they can run side by side on PostgreSQL (one
  // connection each; only the audit append is serialised). PGlite has one connection.
  const concurrency = options.concurrency ?? (db.engine === 'postgres' ? 2 : 1);
  const batches: string[][] = [];
  for (let start = 0; start < bols.length; start += batchSize)
    batches.push(bols.slice(start, start + batchSize));
  let findings = 0;
  let done = 0;
  const work = async (): Promise<void> => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const found = await analyseBatch(batch); // not `findings += await …`: that reads findings before awaiting
      findings += found;
      done += batch.length;
      options.onProgress?.(done, bols.length);
    }
  };
  const analyseBatch = (batch: string[]): Promise<number> =>
    db.asOwner(async (tx) => {
      await lockConsignments(tx, batch);
      const declared = await linesByBol(tx, batch);
      const cited = await permitsFor(tx, [], idsOfPermits(declared));
      const lines = withSubstances(declared, cited, await screeningIdentifier(declared));
      const containers = [...new Set(lines.map((l) => l.containerNo).filter((c): c is string => c !== null))];
      const events = await eventsFor(tx, batch, containers);
      const substances = [...new Set(lines.map((l) => l.casNumber).filter((c): c is string => c !== null))];
      const permitIds = idsOfPermits(lines);
      const permits = await permitsFor(tx, substances, permitIds);
      const permitLines = withSubstances(await linesByPermit(tx, permitIds), permits, null);
      const facts = assembleBatch(
        { bols: batch, lines, events, places, permits, permitLines, asOf, requiresPermit },
        thresholds,
      );
      const derived = await deriveMarked(tx, actor, facts, { lines, events, permits, places }, thresholds);
      const { ids, reopened } = await replaceFindings(tx, batch, derived.findings);
      await replaceTracks(tx, batch, derived.tracks);
      await markAnalysed(
        tx,
        facts.map((f) => ({ bol: f.billOfLading, state: consignmentState(f, thresholds) })),
      );
      await recordAudit(tx, actor, {
        action: 'analyse',
        table: 'findings',
        ids,
        // Dismissed findings whose severity rose are open again (docs/FINDINGS.md): say which.
        detail: { consignments: batch.length, ...(reopened.length > 0 ? { reopened } : {}) },
      });
      return ids.length;
    });
  await Promise.all(Array.from({ length: concurrency }, work));
  return { consignments: bols.length, findings };
}

function idsOfPermits(lines: readonly DeclarationLine[]): string[] {
  return [...new Set(lines.map((l) => l.permitId).filter((p): p is string => p !== null))];
}

/** A row a finding's evidence names: its typed reference (by row id) and its marking. */
interface CitedRow {
  ref: string;
  marking: Marking;
}

/**
 * The rows a consignment's findings may cite, by the kind of reference: an event by its eventID among the
 * consignment's events, a permit by its number among the permits read, a line by `<declaration>:<line>`
 * among its lines. Each kind is looked up in its own map, so an event named 'permit:…' is only an event.
 * A number two agencies share names both rows (citing one too many narrows, never widens).
 */
function citedRows(
  consignment: ConsignmentFacts,
  lines: readonly MarkedLine[],
  permits: readonly StoredPermit[],
): Record<EvidenceRef['type'], Map<string, CitedRow[]>> {
  const add = (map: Map<string, CitedRow[]>, key: string, row: CitedRow) => {
    const rows = map.get(key);
    if (rows) rows.push(row);
    else map.set(key, [row]);
  };
  const cited = { event: new Map<string, CitedRow[]>(), permit: new Map(), line: new Map() };
  for (const e of consignment.events) {
    const event = e as MarkedEvent;
    add(cited.event, event.eventId, { ref: `event:${event.rowId}`, marking: markingFromRow(event.marking) });
  }
  for (const p of permits) add(cited.permit, p.permitId, { ref: `permit:${p.id}`, marking: p.marking });
  for (const l of lines) {
    if (l.billOfLading !== consignment.billOfLading || !l.marking || !l.rowId) continue;
    add(cited.line, `${l.declarationId}:${l.lineNo}`, {
      ref: `line:${l.rowId}`,
      marking: markingFromRow(l.marking),
    });
  }
  return cited;
}

/**
 * The findings and the overview track of each consignment, each marked from the inputs it was
 * derived from: a finding from the lines and the records its evidence names, a track from the lines
 * and every event it passes through.
 */
async function deriveMarked(
  tx: Tx,
  actor: Actor,
  facts: readonly ConsignmentFacts[],
  inputs: {
    lines: readonly MarkedLine[];
    events: readonly MarkedEvent[];
    permits: readonly StoredPermit[];
    places: ReadonlyMap<string, StoredPlace>;
  },
  thresholds: FindingThresholds,
): Promise<{ findings: MarkedFinding[]; tracks: MarkedTrack[] }> {
  const { lines, permits, places } = inputs;
  const owners = [...new Set(lines.flatMap((l) => (l.marking ? [l.marking.owner_agency] : [])))];
  const nations = await nationsOf(tx, [...owners, actor.agency]);
  const findings: MarkedFinding[] = [];
  const tracks: MarkedTrack[] = [];
  for (const consignment of facts) {
    const cited = citedRows(consignment, lines, permits);
    const lineInputs = consignment.lines.flatMap((l) => {
      const marking = (l as MarkedLine).marking;
      return marking ? [markingFromRow(marking)] : [];
    });
    const ownerAgency = lineInputs[0]?.ownerAgency ?? actor.agency;
    const owner = { agency: ownerAgency, nation: nations.get(ownerAgency) ?? actor.nation };
    const found = detectFindings(consignment, thresholds);
    // The queue files a finding under its consignment's declared date and port.
    const { declaredAt, portLocode } = filedUnder(consignment);
    for (const { refs, ...finding } of found) {
      const named = refs.flatMap((ref) => cited[ref.type].get(ref.id) ?? []);
      findings.push({
        ...finding,
        marking: combineMarkings(owner, [...lineInputs, ...named.map((n) => n.marking)]),
        evidenceRefs: [...new Set(named.map((n) => n.ref))].sort(),
        declaredAt,
        portLocode,
      });
    }
    // An event with no position of its own is drawn at the registered place it names: the place is an input.
    const passedThrough = consignment.events.flatMap((e) => {
      const event = e as MarkedEvent;
      const place = event.lat === null && event.placeId ? places.get(event.placeId) : undefined;
      return [markingFromRow(event.marking), ...(place ? [place.marking] : [])];
    });
    tracks.push({
      ...overviewOf(consignment, new Set(found.flatMap((f) => f.evidence))),
      marking: combineMarkings(owner, [...lineInputs, ...passedThrough]),
    });
  }
  return { findings, tracks };
}
