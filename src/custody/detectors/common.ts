import type { FindingThresholds } from '../config.ts';
import { localDay, type ConsignmentFacts } from '../consignment.ts';
import type { EvidenceRef, Finding, FindingKind, Severity } from '../model.ts';

export type Detector = (facts: ConsignmentFacts, thresholds: FindingThresholds) => Finding[];

/**
 * What a finding cites: an event by its eventID (a plain string), or a permit or a declaration line, named
 * as such. The type travels with the reference (Finding.refs), so an event whose eventID reads like a
 * permit's evidence ('permit:…') is still an event (docs/SHARING.md "Derived records").
 */
export type Cited = string | { permit: string } | { line: { declarationId: string; lineNo: number } };

function refOf(cited: Cited): EvidenceRef {
  if (typeof cited === 'string') return { type: 'event', id: cited };
  if ('permit' in cited) return { type: 'permit', id: cited.permit };
  return { type: 'line', id: `${cited.line.declarationId}:${cited.line.lineNo}` };
}

export function finding(
  facts: ConsignmentFacts,
  kind: FindingKind,
  severity: Severity,
  cited: Cited[],
  en: string,
  es: string,
): Finding {
  const refs = cited.map(refOf);
  // The readable evidence, as it always was: event ids, 'permit:<number>', 'line:<declaration>:<line>'.
  const evidence = refs.map((r) => (r.type === 'event' ? r.id : `${r.type}:${r.id}`));
  return { billOfLading: facts.billOfLading, kind, severity, evidence, refs, explanation: { en, es } };
}

export const kg = (value: number): string => `${Math.round(value * 10) / 10} kg`;
export const km = (value: number): string => `${Math.round(value)} km`;
export const hours = (value: number): string => `${Math.round(value * 10) / 10} h`;

/** The lines whose substance needs a permit on their (local) declaration day. */
export function controlledLines(facts: ConsignmentFacts, thresholds: FindingThresholds) {
  return facts.lines.filter(
    (line) =>
      line.casNumber !== null &&
      facts.requiresPermit(line.casNumber, localDay(line.declaredAt, thresholds.localUtcOffsetHours)),
  );
}
