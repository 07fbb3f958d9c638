/**
 * Builds each consignment's facts from the rows gathered for a batch of bills of lading: which
 * events belong to which consignment, the permits and the year's earlier quota use. Pure.
 */
import type { FindingThresholds } from './config.ts';
import { localDay, portPoint, timeline, withPositions, type ConsignmentFacts } from './consignment.ts';
import { resolveDestination } from './destination.ts';
import type { CustodyEvent, DeclarationLine, Permit, Place } from './model.ts';

/** An event linked only by container number belongs to the consignment declared around its time. */
const CONTAINER_WINDOW_BEFORE_MS = 45 * 86_400_000;
const CONTAINER_WINDOW_AFTER_MS = 120 * 86_400_000;

export interface BatchInputs {
  bols: readonly string[];
  lines: readonly DeclarationLine[];
  events: readonly (CustodyEvent & { bol: string | null })[];
  places: ReadonlyMap<string, Place>;
  permits: readonly Permit[];
  /** Every line naming one of the batch's permits (any consignment), for the yearly quota. */
  permitLines: readonly DeclarationLine[];
  asOf: string;
  requiresPermit: (cas: string, day: string) => boolean;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
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
 * Kilograms imported under each permit of this consignment's lines, by earlier consignments,
 * within the permit's validity (local days): what the yearly quota has already absorbed.
 */
export function quotaUsedBefore(
  lines: readonly DeclarationLine[],
  permitLines: readonly DeclarationLine[],
  permits: readonly Permit[],
  offsetHours: number,
): Map<string, number> {
  const used = new Map<string, number>();
  const first = lines[0];
  if (!first) return used;
  for (const line of lines) {
    const permit = permits.find((p) => p.permitId === line.permitId && p.substanceCas === line.casNumber);
    if (!permit || used.has(permit.permitId)) continue;
    let total = 0;
    for (const other of permitLines) {
      if (other.permitId !== permit.permitId || other.casNumber !== permit.substanceCas) continue;
      if (other.billOfLading === first.billOfLading) continue;
      const day = localDay(other.declaredAt, offsetHours);
      if (day < permit.validFrom || day > permit.validTo) continue;
      const earlier =
        other.declaredAt < first.declaredAt ||
        (other.declaredAt === first.declaredAt && other.billOfLading < first.billOfLading);
      if (earlier) total += other.quantityKg;
    }
    used.set(permit.permitId, total);
  }
  return used;
}

/** An SGLN with another extension than the registered one's (`….0`): a dock door or bay of that place. */
const SGLN_EXTENSION = /^(urn:epc:id:sgln:[^.]+\.[^.]*)\.[^.]+$/;

/**
 * A reader reports where it is (its readPoint: a dock door, extension 1–9), the registry lists the place
 * (extension 0): an event read at a sub-location of a registered place is at that place.
 */
export function atRegisteredPlace<E extends CustodyEvent>(event: E, places: ReadonlyMap<string, Place>): E {
  const id = event.placeId;
  if (!id || places.has(id)) return event;
  const parent = SGLN_EXTENSION.exec(id)?.[1];
  return parent && places.has(`${parent}.0`) ? { ...event, placeId: `${parent}.0` } : event;
}

/**
 * The registry ids the assembly of these events and lines looks up: each event's place and the registered place
 * of its sub-location (atRegisteredPlace), and the declared destination (resolveDestination).
 */
export function placeIdsNamed(events: readonly CustodyEvent[], lines: readonly DeclarationLine[]): string[] {
  const ids = new Set<string>();
  for (const { placeId } of events) {
    if (!placeId) continue;
    ids.add(placeId);
    const parent = SGLN_EXTENSION.exec(placeId)?.[1];
    if (parent) ids.add(`${parent}.0`);
  }
  for (const line of lines) if (line.destination) ids.add(line.destination.trim());
  return [...ids];
}

export function assembleBatch(inputs: BatchInputs, thresholds: FindingThresholds): ConsignmentFacts[] {
  const linesByBol = groupBy(inputs.lines, (l) => l.billOfLading);
  const eventsByBol = groupBy(inputs.events, (e) => e.bol);
  const eventsByContainer = groupBy(
    inputs.events.filter((e) => e.bol === null),
    (e) => e.containerNo,
  );
  return inputs.bols.map((bol) => {
    const lines = linesByBol.get(bol) ?? [];
    const own = eventsByBol.get(bol) ?? [];
    const declaredAt = lines[0] ? Date.parse(lines[0].declaredAt) : null;
    const byContainer =
      declaredAt === null
        ? []
        : [...new Set(lines.map((l) => l.containerNo).filter((c): c is string => c !== null))].flatMap(
            (container) =>
              (eventsByContainer.get(container) ?? []).filter((e) => {
                const t = Date.parse(e.eventTime);
                return (
                  t >= declaredAt - CONTAINER_WINDOW_BEFORE_MS && t <= declaredAt + CONTAINER_WINDOW_AFTER_MS
                );
              }),
          );
    const events = timeline(
      [...own, ...byContainer].map((e) => withPositions(atRegisteredPlace(e, inputs.places), inputs.places)),
    );
    const substances = new Set(lines.map((l) => l.casNumber));
    const permitIds = new Set(lines.map((l) => l.permitId));
    return {
      billOfLading: bol,
      lines,
      events,
      places: inputs.places,
      permits: inputs.permits.filter((p) => substances.has(p.substanceCas) || permitIds.has(p.permitId)),
      quotaUsedBeforeKg: quotaUsedBefore(
        lines,
        inputs.permitLines,
        inputs.permits,
        thresholds.localUtcOffsetHours,
      ),
      port: portPoint(lines, inputs.places),
      destination: resolveDestination(lines.find((l) => l.destination)?.destination ?? null, inputs.places),
      asOf: inputs.asOf,
      requiresPermit: inputs.requiresPermit,
    };
  });
}
