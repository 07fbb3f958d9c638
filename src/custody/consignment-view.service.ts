/**
 * One consignment as the caller may see it: its lines, permits, timeline, state, track and
 * findings — read under the caller's row-level security, so a partner sees only what was released.
 */
import { recordReadsOf, type ReadRow } from '../audit/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../shared/actor.ts';
import { markingFromRow, type Marking } from '../shared/marking.ts';
import type { Database, Tx } from '../store/database.ts';
import { assembleBatch, placeIdsNamed } from './assemble.ts';
import { DEFAULT_THRESHOLDS } from './config.ts';
import { consignmentState, localDay, portToSearch, timelineEntries, track } from './consignment.ts';
import { lineScreenings, type LineScreening } from '../declarations/index.ts';
import { listFindings } from './findings.repository.ts';
import { eventsFor, linesByBol, newestEventTime } from './inputs.repository.ts';
import { permitRequirement } from './permit-regime.ts';
import { screeningIdentifier, withSubstances } from './substance.ts';
import { declaredDestination, findingPosition } from './place-view.ts';
import type { Point } from './geo.ts';
import type { DeclarationLine } from './model.ts';
import { permitsAtSite, permitsFor, placesNamed, type StoredPlace } from './registry.repository.ts';

export async function consignmentView(db: Database, actor: Actor, bol: string) {
  return db.asUser(actor, async (tx) => {
    const declared = await linesByBol(tx, [bol]);
    const cited = await permitsFor(
      tx,
      [],
      [...new Set(declared.map((l) => l.permitId).filter((p): p is string => p !== null))],
    );
    const lines = withSubstances(declared, cited, await screeningIdentifier(declared));
    const containers = [...new Set(lines.map((l) => l.containerNo).filter((c): c is string => c !== null))];
    const events = await eventsFor(tx, [bol], containers);
    if (lines.length === 0 && events.length === 0)
      throw new AppError('CONSIGNMENT_NOT_FOUND', { field: 'bol' });
    const permitIds = [...new Set(lines.map((l) => l.permitId).filter((p): p is string => p !== null))];
    const permits = await permitsFor(tx, [], permitIds);
    // Only the places this page names: its events', its destination's, and its port's when searched for.
    const places = await placesNamed(tx, placeIdsNamed(events, lines), portToSearch(lines));
    const asOf = (await newestEventTime(tx)) ?? new Date().toISOString();
    const [facts] = assembleBatch(
      {
        bols: [bol],
        lines,
        events,
        places,
        permits,
        permitLines: [],
        asOf,
        requiresPermit: permitRequirement(DEFAULT_THRESHOLDS, []),
      },
      DEFAULT_THRESHOLDS,
    );
    const { findings } = await listFindings(tx, { bol, limit: 1000, offset: 0 });
    const timeline = timelineEntries(facts!);
    const eventMarkings = new Map(events.map((e) => [e.eventId, markingFromRow(e.marking)] as const));
    // the row's id, which a release names the event by (an eventID is the capturing system's, not a key here)
    const eventRows = new Map(events.map((e) => [e.eventId, e.rowId] as const));
    const screenings = new Map(
      (await lineScreenings(tx, bol)).map((s) => [`${s.declarationId}#${s.lineNo}`, s] as const),
    );
    const destination = await readDestination(tx, lines, places, facts!.destination);
    // Every amber-or-above row the view shows is a read on the record, recorded in one entry for the page
    // after the reads: lines by their natural key (declaration and line number), the cited and the
    // destination's permits, the registered places the timeline and the destination name, the events and
    // the findings.
    const shownPlaces = new Map<string, StoredPlace>();
    for (const e of facts!.events) {
      const place = e.placeId ? places.get(e.placeId) : undefined;
      if (place) shownPlaces.set(place.id, place);
    }
    if (destination.place) shownPlaces.set(destination.place.id, destination.place);
    const shownPermits = new Map([...permits, ...destination.permits].map((p) => [p.id, p] as const));
    const reads: [string, ReadRow[]][] = [
      [
        'declaration_lines',
        lines.flatMap((l) =>
          l.marking ? [{ id: `${l.declarationId}:${l.lineNo}`, marking: markingFromRow(l.marking) }] : [],
        ),
      ],
      ['permits', [...shownPermits.values()].map((p) => ({ id: p.id, marking: p.marking }))],
      ['locations', [...shownPlaces.values()].map((p) => ({ id: p.id, marking: p.marking }))],
      ['epcis_events', eventReads(bol, [...eventMarkings.values()])],
      ['findings', findings.map((f) => ({ id: f.id, marking: f.marking }))],
    ];
    await recordReadsOf(tx, actor, Object.fromEntries(reads)); // one entry for the page
    return {
      billOfLading: bol,
      state: consignmentState(facts!, DEFAULT_THRESHOLDS),
      // Every item carries its marking, so the view can show each one's TLP and releasability.
      lines: lines.map(({ marking, rowId, ...line }) => ({
        id: rowId,
        ...withScreening(line, screenings.get(`${line.declarationId}#${line.lineNo}`)),
        marking: marking ? markingFromRow(marking) : null,
      })),
      permits,
      timeline: timeline.map((entry) => ({
        id: eventRows.get(entry.eventId) ?? null,
        ...entry,
        marking: eventMarkings.get(entry.eventId) ?? null,
      })),
      track: track(facts!),
      destination: facts!.destination,
      declaredDestination: destination.view,
      findings: findings.map((f) => {
        const at = findingPosition(f.evidence, timeline);
        return {
          id: f.id,
          kind: f.kind,
          severity: f.severity,
          evidence: f.evidence,
          explanation: f.explanation,
          marking: f.marking,
          status: f.status,
          dismissReason: f.dismissReason,
          lat: at?.lat ?? null,
          lon: at?.lon ?? null,
        };
      }),
    };
  });
}

/**
 * The events a page showed, named by their consignment once per distinct marking (as the entity list names each
 * entity's anchor with its members' markings, 0622): the page shows every event of the bill of lading and its
 * containers that the caller may read, which an auditor can list again from the entry's time, and naming each
 * one (≈ 1,100 a page on the medium world, twice in the entry) made every consignment read tens of kilobytes to
 * stage and chain.
 */
function eventReads(bol: string, markings: readonly Marking[]): ReadRow[] {
  const distinct = new Map(markings.map((m) => [JSON.stringify(m), m] as const));
  return [...distinct.values()].map((marking) => ({ id: `consignment:${bol}`, marking }));
}

/**
 * The declared destination named from the registry, with the permits that license it on the declaration's
 * day; the caller records the reads of the place and permits with the view's others.
 */
async function readDestination(
  tx: Tx,
  lines: readonly DeclarationLine[],
  places: ReadonlyMap<string, StoredPlace>,
  point: Point | null,
) {
  const text = lines.find((l) => l.destination)?.destination ?? null;
  const place = text ? places.get(text.trim()) : undefined;
  const permits = place ? await permitsAtSite(tx, place.locationId, place.operatorRfc) : [];
  const day = lines[0] ? localDay(lines[0].declaredAt, DEFAULT_THRESHOLDS.localUtcOffsetHours) : '';
  return { view: declaredDestination(text, place, permits, day, point), place, permits };
}

/** A line as shown: its custody facts, plus screening's verdict and reasons and the parties' names. */
function withScreening<L extends object>(line: L, screening: LineScreening | undefined) {
  return {
    ...line,
    verdict: screening?.verdict ?? null,
    substance: screening?.substance ?? null,
    reasons: screening?.reasons ?? [],
    importerName: screening?.importerName ?? null,
    consigneeName: screening?.consigneeName ?? null,
  };
}
