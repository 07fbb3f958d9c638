/**
 * Visibility classes: agencies grouped by exactly what they may see of resolution's inputs (party
 * records and analysts' decisions). Resolution runs once per class over that class's inputs only, so
 * what an agency reads of entities is what resolution would give if the database held only what the
 * agency may see (docs/SHARING.md). Agencies that see the same inputs share one run and one set of
 * stored rows. Pure.
 */
import { canSee, type Marking } from '../shared/marking.ts';

export interface Agency {
  code: string;
  nation: string;
}

export interface VisibilityClass {
  /** Agency codes, sorted: the readers of everything derived for this class. */
  viewers: string[];
  /** Positions (in input order) of the records the class sees. */
  records: number[];
  /** Positions of the decisions the class sees. */
  decisions: number[];
}

const markingKey = (m: Marking) =>
  `${m.ownerAgency}|${m.tlp}|${m.releasableTo.join(',')}|${m.recipients.join(',')}`;

/** Positions of `markings` each agency sees, computed once per distinct marking. */
function visiblePositions(
  agency: Agency,
  markings: readonly Marking[],
  cache: Map<string, boolean>,
): number[] {
  const positions: number[] = [];
  markings.forEach((marking, i) => {
    const key = `${agency.code}#${markingKey(marking)}`;
    let seen = cache.get(key);
    if (seen === undefined) {
      seen = canSee({ agency: agency.code, nation: agency.nation }, marking);
      cache.set(key, seen);
    }
    if (seen) positions.push(i);
  });
  return positions;
}

/**
 * The classes, in the order of their first viewer's code. An agency that sees no record belongs to no
 * class: it has no entities.
 */
export function visibilityClasses(
  agencies: readonly Agency[],
  records: readonly Marking[],
  decisions: readonly Marking[],
): VisibilityClass[] {
  const cache = new Map<string, boolean>();
  const byKey = new Map<string, VisibilityClass>();
  for (const agency of [...agencies].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const seenRecords = visiblePositions(agency, records, cache);
    if (seenRecords.length === 0) continue;
    const seenDecisions = visiblePositions(agency, decisions, cache);
    const key = `${seenRecords.join(',')}/${seenDecisions.join(',')}`;
    const existing = byKey.get(key);
    if (existing) existing.viewers.push(agency.code);
    else byKey.set(key, { viewers: [agency.code], records: seenRecords, decisions: seenDecisions });
  }
  return [...byKey.values()];
}

/** The agencies that may see a marking (a decision's readers). */
export function viewersOf(agencies: readonly Agency[], marking: Marking): string[] {
  return agencies
    .filter((a) => canSee({ agency: a.code, nation: a.nation }, marking))
    .map((a) => a.code)
    .sort();
}
