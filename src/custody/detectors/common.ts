import type { FindingThresholds } from '../config.ts';
import { localDay, type ConsignmentFacts } from '../consignment.ts';
import type { Finding, FindingKind, Severity } from '../model.ts';

export type Detector = (facts: ConsignmentFacts, thresholds: FindingThresholds) => Finding[];

export function finding(
  facts: ConsignmentFacts,
  kind: FindingKind,
  severity: Severity,
  evidence: string[],
  en: string,
  es: string,
): Finding {
  return { billOfLading: facts.billOfLading, kind, severity, evidence, explanation: { en, es } };
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
