/**
 * Visibility classes: the agencies that see exactly the same inputs of a consignment, grouped, each group with
 * exactly those inputs. The analysis derives a consignment's findings, track and state once per class from the
 * class's inputs only, and stores them readable by the class's agencies only (`viewers`), so what an agency
 * reads is what Centinela would derive if the database held only what that agency may see (docs/SHARING.md
 * "Derived records: one derivation per view"). Pure: the rule is `canSee`, the TypeScript statement of the
 * database's rule that the tests hold to it (src/markings/visibility.test.ts, visible-for.test.ts).
 */
import { canSee, markingFromRow, type Marking, type MarkingRow } from '../shared/marking.ts';

export interface AgencyRef {
  agency: string;
  nation: string;
}

/** An input as the class computation sees it: a stable identity and its marking. */
export interface Marked {
  marking: Marking | MarkingRow | null;
}

const asMarking = (m: Marking | MarkingRow): Marking => ('ownerAgency' in m ? m : markingFromRow(m));

/**
 * An entry of the history of work on the consignment's findings (finding_actions): read by the class it was
 * taken in (`viewers`) and by its marking — both.
 */
export interface MarkedWork extends Marked {
  viewers: readonly string[];
}

export interface ConsignmentInputs<
  L extends Marked,
  E extends Marked,
  P extends Marked,
  W extends MarkedWork,
> {
  lines: readonly L[];
  events: readonly E[];
  permits: readonly P[];
  /** Other consignments' lines citing the same permits (the quota already used). */
  permitLines: readonly L[];
  /** The history of work on its findings: the workflow state each class derives (finding-work.ts). */
  work: readonly W[];
}

export interface VisibilityClass<L, E, P, W> {
  /** The agencies of the class, sorted. */
  viewers: string[];
  lines: L[];
  events: E[];
  permits: P[];
  permitLines: L[];
  work: W[];
}

/** Which agencies may see a marking; markings repeat, so each distinct one is evaluated once. */
export class ViewerCache {
  private readonly cache = new Map<string, ReadonlySet<string>>();
  constructor(private readonly agencies: readonly AgencyRef[]) {}

  viewersOf(row: Marking | MarkingRow | null): ReadonlySet<string> {
    if (!row) return new Set(); // an unmarked input (a schema without markings) is nobody's to see
    const marking = asMarking(row);
    const key = `${marking.ownerAgency}|${marking.tlp}|${marking.releasableTo.join(',')}|${marking.recipients.join(',')}`;
    let viewers = this.cache.get(key);
    if (!viewers) {
      viewers = new Set(this.agencies.filter((a) => canSee(a, marking)).map((a) => a.agency));
      this.cache.set(key, viewers);
    }
    return viewers;
  }
}

/**
 * The classes of one consignment. An agency belongs to a class only if it sees at least one of the
 * consignment's lines or events (otherwise the consignment does not exist for it); `viewKey` adds what the
 * agency sees beyond the consignment (the places registry, the analysis clock), so that two agencies share a
 * class only if everything the derivation reads is the same for both.
 */
export function visibilityClasses<L extends Marked, E extends Marked, P extends Marked, W extends MarkedWork>(
  inputs: ConsignmentInputs<L, E, P, W>,
  cache: ViewerCache,
  agencies: readonly AgencyRef[],
  viewKey: (agency: string) => string,
): VisibilityClass<L, E, P, W>[] {
  const seen = new Map<string, { signature: string[]; anchored: boolean }>();
  for (const a of agencies) seen.set(a.agency, { signature: [], anchored: false });
  const readersOfWork = (row: MarkedWork) =>
    [...cache.viewersOf(row.marking)].filter((agency) => row.viewers.includes(agency));
  const visit = <R extends Marked>(
    kind: string,
    rows: readonly R[],
    anchors: boolean,
    readers: (row: R) => Iterable<string> = (row) => cache.viewersOf(row.marking),
  ) => {
    rows.forEach((row, index) => {
      for (const agency of readers(row)) {
        const entry = seen.get(agency);
        if (!entry) continue;
        entry.signature.push(`${kind}${index}`);
        if (anchors) entry.anchored = true;
      }
    });
  };
  visit('l', inputs.lines, true);
  visit('e', inputs.events, true);
  visit('p', inputs.permits, false);
  visit('q', inputs.permitLines, false);
  // The history does not anchor: work alone does not make a consignment exist for an agency.
  visit('w', inputs.work, false, readersOfWork);
  const groups = new Map<string, string[]>();
  for (const [agency, entry] of seen) {
    if (!entry.anchored) continue;
    const key = `${viewKey(agency)}#${entry.signature.join(',')}`;
    const group = groups.get(key);
    if (group) group.push(agency);
    else groups.set(key, [agency]);
  }
  return [...groups.values()].map((members) => {
    const viewers = [...members].sort();
    const sees = (row: Marked) => cache.viewersOf(row.marking).has(viewers[0]!);
    const reads = (row: W) => readersOfWork(row).includes(viewers[0]!);
    return {
      viewers,
      lines: inputs.lines.filter(sees),
      events: inputs.events.filter(sees),
      permits: inputs.permits.filter(sees),
      permitLines: inputs.permitLines.filter(sees),
      work: inputs.work.filter(reads),
    };
  });
}
