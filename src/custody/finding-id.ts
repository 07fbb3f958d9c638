/**
 * Finding ids (issue 11): an HMAC, keyed with the installation's `finding` key (src/store/derivation-keys.ts),
 * of what identifies the finding — its consignment, its kind, its readable evidence and the typed rows that
 * evidence names (`evidence_refs`) — and, for findings of one class identical in all of those, their
 * place among them (ordered by severity and text). Not random: the same derivation from the same inputs gives
 * the same id, so a finding keeps its id across re-analysis while it cites the same rows (work on it, a new
 * event it does not cite, a change of severity keep it), and a database holding only what a reader may see
 * derives the ids the reader reads in the full one. Not the class's agencies: which other agencies share a
 * reader's class is not something the reader sees (in its reduced database more agencies may see what it
 * sees), so two classes that derive the same finding from the same cited rows give it the same id — each
 * reads its own row of it (`findings` is keyed by id and viewers, 0544). Pure.
 */
import { keyedUuid } from '../shared/keyed-id.ts';
import { compareCodeUnits } from '../shared/compare.ts';

export interface IdentifiedFinding {
  billOfLading: string;
  kind: string;
  severity: string;
  evidence: readonly string[];
  evidenceRefs: readonly string[];
  explanation: { en: string; es: string };
  viewers: readonly string[];
}

const identity = (f: IdentifiedFinding): string[] => [
  'finding',
  f.billOfLading,
  f.kind,
  JSON.stringify(f.evidence),
  JSON.stringify([...f.evidenceRefs].sort()),
];

/** The id of each finding, in order: unique within each class (`viewers`). */
export function findingIds(key: Buffer, findings: readonly IdentifiedFinding[]): string[] {
  const groups = new Map<string, number[]>();
  findings.forEach((f, index) => {
    const group = JSON.stringify([f.viewers.join(','), ...identity(f)]);
    groups.set(group, [...(groups.get(group) ?? []), index]);
  });
  const ids: string[] = new Array<string>(findings.length);
  for (const members of groups.values()) {
    const ordered = [...members].sort(
      (a, b) =>
        compareCodeUnits(findings[a]!.severity, findings[b]!.severity) ||
        compareCodeUnits(findings[a]!.explanation.en, findings[b]!.explanation.en) ||
        compareCodeUnits(findings[a]!.explanation.es, findings[b]!.explanation.es),
    );
    ordered.forEach((index, occurrence) => {
      ids[index] = keyedUuid(key, [...identity(findings[index]!), String(occurrence)]);
    });
  }
  return ids;
}
