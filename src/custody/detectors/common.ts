import type { FindingThresholds } from '../config.ts';
import type { ConsignmentFacts } from '../consignment.ts';
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

/** CAS numbers of the lines that need a permit: named by the registry, by configuration, or by a permit id on the line. */
export function controlledLines(facts: ConsignmentFacts, thresholds: FindingThresholds) {
  const registryCas = new Set(facts.permits.map((p) => p.substanceCas));
  const configured = new Set(thresholds.controlledCas);
  return facts.lines.filter(
    (line) => line.casNumber !== null && (configured.has(line.casNumber) || registryCas.has(line.casNumber)),
  );
}
