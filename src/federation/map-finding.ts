/** Diversion findings as Centinela's new SDO `x-centinela-finding` (extension-definition `centinela-finding`). */
import type { Marking } from '../shared/marking.ts';
import { extensionId, extensionType } from './extensions.ts';
import { common, compact } from './map-common.ts';
import { stixId, type StixObject } from './stix.ts';

export interface FindingRecord {
  id: string;
  billOfLading: string;
  kind: string;
  severity: string;
  status: string;
  evidence: string[];
  explanation: { en: string; es: string };
  marking: Marking;
  computedAt: string;
  updatedAt: string;
}

/** The STIX id of a finding. */
export const findingStixId = (id: string) => stixId(extensionType('finding'), 'finding', id);

export function findingToStix(finding: FindingRecord): StixObject {
  const type = extensionType('finding');
  const modified = finding.updatedAt > finding.computedAt ? finding.updatedAt : finding.computedAt;
  return {
    ...common(type, findingStixId(finding.id), finding.marking, finding.computedAt, modified),
    extensions: { [extensionId('finding')]: { extension_type: 'new-sdo' } },
    ...compact({
      bill_of_lading: finding.billOfLading,
      kind: finding.kind,
      severity: finding.severity,
      status: finding.status,
      evidence: finding.evidence,
      explanation_en: finding.explanation.en,
      explanation_es: finding.explanation.es,
    }),
  };
}
