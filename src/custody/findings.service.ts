/**
 * Diversion analysis: for a set of consignments, gather inputs, run the detectors, and replace their findings,
 * overview tracks (the port map's, src/custody/tracks.ts) and analysed states. Runs as a system task (it reads
 * the records of every agency) but derives nothing from more than a reader may see: each consignment is
 * derived once per visibility class — the agencies that see exactly the same inputs (visibility-classes.ts) —
 * from that class's inputs only, and what it derives is readable by that class only (`viewers`). Each record
 * is marked from the inputs it used (never wider) and owned by an agency that contributed one of them: the
 * owner of the class's first declaration line, else of its first event.
 */
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import { combineMarkings, markingFromRow, type Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { agencyViews, allAgencies, type AgencyView } from './agency-views.ts';
import { assembleBatch } from './assemble.ts';
import { DEFAULT_THRESHOLDS, type FindingThresholds } from './config.ts';
import { consignmentState, filedUnder, type ConsignmentFacts } from './consignment.ts';
import { detectFindings } from './detectors/index.ts';
import {
  lockConsignments,
  markAnalysed,
  replaceFindings,
  type MarkedFinding,
} from './findings.repository.ts';
import { historyOfConsignments, type StoredWork } from './finding-actions.repository.ts';
import { workOfClass, type Reopening } from './finding-work.ts';
import { listedSummary, overviewOf } from './tracks.ts';
import { replaceTracks, type MarkedTrack } from './tracks.repository.ts';
import {
  allBols,
  bolsByContainer,
  eventsFor,
  linesByBol,
  linesByPermit,
  staleBols,
  type MarkedEvent,
  type MarkedLine,
} from './inputs.repository.ts';
import type { DeclarationLine, EvidenceRef } from './model.ts';
import { screeningIdentifier, withSubstances, type SubstanceIdentifier } from './substance.ts';
import { permitsFor, registeredPlaces, type StoredPermit, type StoredPlace } from './registry.repository.ts';
import {
  ViewerCache,
  visibilityClasses,
  type AgencyRef,
  type VisibilityClass,
} from './visibility-classes.ts';

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
  const { bols, agencies, views } = await db.asOwner(async (tx) => {
    const agencies = await allAgencies(tx);
    return {
      bols: (await scopeBols(tx, scope)).sort(),
      agencies,
      views: await agencyViews(tx, agencies, await registeredPlaces(tx), thresholds),
    };
  });
  const cache = new ViewerCache(agencies);
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
      const identify = await screeningIdentifier(declared);
      // Read for every agency at once (supersets: each class then keeps what it sees).
      const described = withSubstances(declared, cited, identify);
      const containers = [
        ...new Set(declared.map((l) => l.containerNo).filter((c): c is string => c !== null)),
      ];
      const events = await eventsFor(tx, batch, containers);
      const substances = [
        ...new Set(
          [...described, ...declared].map((l) => l.casNumber).filter((c): c is string => c !== null),
        ),
      ];
      const permitIds = idsOfPermits(declared);
      const permits = await permitsFor(tx, substances, permitIds);
      const permitLines = await linesByPermit(tx, permitIds);
      // Read under the consignments' lock: an analyst's action commits before it or waits for this analysis.
      const work = await historyOfConsignments(tx, batch);
      const derived = deriveByClass(
        batch,
        { declared, described, events, permits, permitLines, work },
        { agencies, views, cache, identify },
        thresholds,
      );
      const reopened = derived.reopened;
      const { ids } = await replaceFindings(tx, batch, derived.findings, reopened);
      await replaceTracks(tx, batch, derived.tracks);
      await markAnalysed(tx, batch);
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

interface BatchRows {
  declared: readonly MarkedLine[];
  /** The same lines with their substance filled in from every cited permit (to find the permits to read). */
  described: readonly MarkedLine[];
  events: readonly MarkedEvent[];
  permits: readonly StoredPermit[];
  permitLines: readonly MarkedLine[];
  /** The history of work on the batch's findings (every class's). */
  work: readonly StoredWork[];
}

interface ClassContext {
  agencies: readonly AgencyRef[];
  views: ReadonlyMap<string, AgencyView>;
  cache: ViewerCache;
  identify: SubstanceIdentifier | null;
}

function groupByKey<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Each consignment's inputs (a superset: every event that may join it, every permit its lines may need, every
 * earlier line of its permits), split into visibility classes; for each class, the facts assembled from that
 * class's inputs and the class's view of the registry and clock, the detectors, and the records derived.
 */
function deriveByClass(
  batch: readonly string[],
  rows: BatchRows,
  context: ClassContext,
  thresholds: FindingThresholds,
): { findings: MarkedFinding[]; tracks: MarkedTrack[]; reopened: Reopening[] } {
  const linesOf = groupByKey(rows.declared, (l) => l.billOfLading);
  const workOf = groupByKey(rows.work, (w) => w.billOfLading);
  const describedOf = groupByKey(rows.described, (l) => l.billOfLading);
  const eventsOfBol = groupByKey(rows.events, (e) => e.bol);
  const eventsOfContainer = groupByKey(
    rows.events.filter((e) => e.bol === null),
    (e) => e.containerNo,
  );
  const findings: MarkedFinding[] = [];
  const tracks: MarkedTrack[] = [];
  const reopened: Reopening[] = [];
  for (const bol of batch) {
    const lines = linesOf.get(bol) ?? [];
    const containers = new Set(lines.map((l) => l.containerNo).filter((c): c is string => c !== null));
    const events = [
      ...(eventsOfBol.get(bol) ?? []),
      ...[...containers].flatMap((c) => eventsOfContainer.get(c) ?? []),
    ];
    const substances = new Set((describedOf.get(bol) ?? []).map((l) => l.casNumber));
    const permitIds = new Set(lines.map((l) => l.permitId).filter((p): p is string => p !== null));
    const permits = rows.permits.filter((p) => substances.has(p.substanceCas) || permitIds.has(p.permitId));
    const permitLines = rows.permitLines.filter(
      (l) => l.billOfLading !== bol && l.permitId !== null && permitIds.has(l.permitId),
    );
    const classes = visibilityClasses(
      { lines, events, permits, permitLines, work: workOf.get(bol) ?? [] },
      context.cache,
      context.agencies,
      (agency) => context.views.get(agency)!.key,
    );
    for (const visible of classes) {
      const derived = deriveClass(bol, visible, context, thresholds);
      findings.push(...derived.findings);
      tracks.push(derived.track);
      reopened.push(...derived.reopened);
    }
  }
  return { findings, tracks, reopened };
}

/**
 * The registered places an explanation names (docs/SHARING.md "Derived records"): inputs of the finding like
 * the rows its evidence cites, so the finding is marked no wider than they are and narrowing one narrows it
 * (`location:<row id>` in its typed evidence, 0545). Found in the text the detectors wrote rather than asked of
 * them, so their output stays what it was; a name that happens to be part of another text counts too (one
 * input too many only narrows).
 */
function placesNamed(
  explanation: { en: string; es: string },
  places: ReadonlyMap<string, StoredPlace>,
): CitedRow[] {
  return [...places.values()]
    .filter((p) => p.name !== '' && (explanation.en.includes(p.name) || explanation.es.includes(p.name)))
    .map((p) => ({ ref: `location:${p.id}`, marking: p.marking }));
}

/** One class's findings and track (with its state), marked from the inputs each used, read by the class. */
function deriveClass(
  bol: string,
  visible: VisibilityClass<MarkedLine, MarkedEvent, StoredPermit, StoredWork>,
  context: ClassContext,
  thresholds: FindingThresholds,
): { findings: MarkedFinding[]; track: MarkedTrack; reopened: Reopening[] } {
  const view = context.views.get(visible.viewers[0]!)!;
  const lines = withSubstances(visible.lines, visible.permits, context.identify);
  const [consignment] = assembleBatch(
    {
      bols: [bol],
      lines,
      events: visible.events,
      places: view.places,
      permits: visible.permits,
      permitLines: withSubstances(visible.permitLines, visible.permits, null),
      asOf: view.asOf,
      requiresPermit: view.requiresPermit,
    },
    thresholds,
  );
  const facts = consignment!;
  const lineInputs = lines.flatMap((l) => (l.marking ? [markingFromRow(l.marking)] : []));
  // Owned by an agency that contributed to what it derives from: the first line's, else the first event's (of
  // the facts, else of the class's events: a class may see events the assembly leaves out).
  const ownerAgency =
    lineInputs[0]?.ownerAgency ??
    (facts.events[0] as MarkedEvent | undefined)?.marking.owner_agency ??
    visible.events[0]?.marking.owner_agency ??
    visible.viewers[0]!;
  const nation = context.agencies.find((a) => a.agency === ownerAgency)?.nation ?? '';
  const owner = { agency: ownerAgency, nation };
  const cited = citedRows(facts, lines, visible.permits);
  const found = detectFindings(facts, thresholds);
  // The queue files a finding under its consignment's declared date and port.
  const { declaredAt, portLocode } = filedUnder(facts);
  // Each kind's work: the history the class reads, folded, against the kind's highest severity now.
  const { workOfKind, reopened } = workOfClass(bol, visible.viewers, found, visible.work);
  const findings = found.map(({ refs, ...finding }): MarkedFinding => {
    const named = [
      ...refs.flatMap((ref) => cited[ref.type].get(ref.id) ?? []),
      ...placesNamed(finding.explanation, view.places),
    ];
    return {
      ...finding,
      work: workOfKind.get(finding.kind)!,
      marking: combineMarkings(owner, [...lineInputs, ...named.map((n) => n.marking)]),
      evidenceRefs: [...new Set(named.map((n) => n.ref))].sort(),
      viewers: visible.viewers,
      declaredAt,
      portLocode,
    };
  });
  // An event with no position of its own is drawn at the registered place it names: the place is an input.
  const passedThrough = facts.events.flatMap((e) => {
    const event = e as MarkedEvent;
    const place = event.lat === null && event.placeId ? view.places.get(event.placeId) : undefined;
    return [markingFromRow(event.marking), ...(place ? [place.marking] : [])];
  });
  return {
    findings,
    track: {
      ...overviewOf(facts, new Set(found.flatMap((f) => f.evidence))),
      ...listedSummary(bol, visible.lines, visible.events),
      marking: combineMarkings(owner, [...lineInputs, ...passedThrough]),
      viewers: visible.viewers,
      state: consignmentState(facts, thresholds),
    },
    reopened,
  };
}
