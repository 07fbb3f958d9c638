/**
 * What one piece of evidence is worth before space and suppression: a base weight by kind, the Admiralty grading
 * of a field report, its indicators, and exponential decay by a half-life per kind counted back from `asOf`.
 * The numbers are judgements written down once (docs/LEADS.md says why each is what it is); none was fitted to
 * the scenario generator.
 */
import type { EvidenceInput } from './model.ts';

const DAY_MS = 86_400_000;

/** Incidents that say "a lab is or was near": a dumpsite is waste from cooking; a seizure on a road says less. */
const INCIDENT_BASE: Record<string, number> = {
  chemical_dumpsite: 2,
  seizure: 1,
  // where legal chemicals are handled (the victim, the supplier, the declarant): diversion, not the lab's place
  theft_loss: 0.5,
  stopped_shipment: 0.5,
  attempted_diversion: 0.5,
  suspicious_order: 0.3,
};

/** A finding's position is where custody last had the goods; an unlicensed receiver is a named place. */
const FINDING_BASE: Record<string, number> = {
  unlicensed_receiver: 2,
  quantity_loss: 1.5,
  route_deviation: 1.5,
  tracking_gap: 1.5,
  split: 1,
  dwell: 1,
  transshipment: 0.5,
  no_permit: 1,
  permit_quota_exceeded: 0.5,
  permit_expired: 0.5,
};

const FIELD_REPORT_BASE = 2;

/** Admiralty reliability A–F and credibility 1–6; F and 6 ("cannot be judged") count as D and 4. */
export const RELIABILITY_FACTOR = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.4 } as const;
export const CREDIBILITY_FACTOR = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.4 } as const;

/** Indicators specific to a clandestine lab count more than those any busy workshop shows. */
const STRONG_INDICATORS = new Set([
  'chemical_odour',
  'chemical_waste',
  'precursor_packaging',
  'glassware',
  'pill_press',
]);
const STRONG_INDICATOR = 0.5;
const WEAK_INDICATOR = 0.25;
const MAX_INDICATOR_FACTOR = 3;

/** Half-lives in days: how fast each kind stops saying where a lab is now. */
export const HALF_LIFE_DAYS = {
  field_report: 60,
  incident: 180,
  consignment: 120,
  finding: 120,
  outcome: 365,
} as const;

/** How strongly a search that found nothing, a dismantled lab or a found outcome discounts the evidence it explains. */
export const SUPPRESSION = {
  site_searched_negative: 0.8,
  nothing_found: 0.8,
  lab_dismantled: 0.9,
  found: 0.9,
} as const;
export type Suppressor = keyof typeof SUPPRESSION;

/** The suppressor an evidence item is, or null for positive evidence. */
export function suppressorOf(e: EvidenceInput): Suppressor | null {
  if (e.kind === 'outcome') return e.outcome;
  if (
    e.kind === 'incident' &&
    (e.incidentKind === 'site_searched_negative' || e.incidentKind === 'lab_dismantled')
  )
    return e.incidentKind;
  return null;
}

export function indicatorFactor(indicators: readonly string[]): number {
  const sum = [...new Set(indicators)].reduce(
    (s, i) => s + (STRONG_INDICATORS.has(i) ? STRONG_INDICATOR : WEAK_INDICATOR),
    0,
  );
  return Math.min(MAX_INDICATOR_FACTOR, 1 + sum);
}

/** A seizure's size matters by order of magnitude: ×1 at 0 kg, ×2 from 1,000 kg. */
export function quantityFactor(kg: number | null | undefined): number {
  return kg == null ? 1 : Math.min(2, 1 + Math.log10(1 + kg) / 3);
}

/** The weight of a positive piece of evidence at its own instant (no decay yet); 0 for a suppressor. */
export function baseWeight(e: EvidenceInput): number {
  switch (e.kind) {
    case 'consignment':
      return e.status === 'diverted' ? 2 : 1.5;
    case 'finding':
      return FINDING_BASE[e.findingKind] ?? 1;
    case 'incident':
      return (INCIDENT_BASE[e.incidentKind] ?? 0) * quantityFactor(e.quantityKg);
    case 'field_report':
      // an observation of a site is the most place-specific evidence there is
      return (
        FIELD_REPORT_BASE *
        RELIABILITY_FACTOR[e.reliability] *
        CREDIBILITY_FACTOR[e.credibility] *
        indicatorFactor(e.indicators)
      );
    case 'outcome':
      return 0;
  }
}

/** 2^(−age / half-life); evidence at `asOf` counts fully. */
export function decay(e: EvidenceInput, asOf: Date): number {
  const ageDays = Math.max(0, asOf.getTime() - e.at.getTime()) / DAY_MS;
  return 2 ** (-ageDays / HALF_LIFE_DAYS[e.kind]);
}
