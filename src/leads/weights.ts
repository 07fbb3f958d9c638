/**
 * What one piece of evidence is worth before space and suppression: a base weight by kind, the Admiralty grading
 * of a field report, its indicators, and exponential decay by a half-life per kind counted back from `asOf`.
 * The numbers are judgements written down once (docs/LEADS.md says why each is what it is); none was fitted to
 * the scenario generator.
 */
import type { EvidenceInput } from './model.ts';

const DAY_MS = 86_400_000;

/**
 * Incidents that say "a lab is or was near": a dumpsite is waste from cooking (spread wide, `fusion.ts`); a seizure
 * on a road says where a load passed. The paperwork kinds happen at the supplier or the victim — where legal
 * chemicals are handled, not where a lab is — so they weigh like a poorly graded tip, and they also make the
 * baseline of legal activity the fusion divides by (docs/LEADS.md).
 */
const PAPERWORK_KINDS = new Set([
  'theft_loss',
  'stopped_shipment',
  'attempted_diversion',
  'suspicious_order',
]);
const INCIDENT_BASE: Record<string, number> = {
  chemical_dumpsite: 2,
  seizure: 0.5,
  theft_loss: 0.3,
  stopped_shipment: 0.2,
  attempted_diversion: 0.3,
  suspicious_order: 0.1,
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

/**
 * How far the lab a piece points at may lie from the point it was recorded at, km: the σ of a circular normal,
 * its kernel's bandwidth (`grid.ts` `spread`). A report's is its position error by source: an aerial image is
 * geolocated to a few hundred metres, a ground observation to a street, an informant names a neighbourhood, an open
 * source a town; technical collection (signals, sensors) places a device, not a building. Indirect evidence adds
 * how far a lab sits from where it was seen: diverted goods go from the receiving place to a lab elsewhere in the
 * town, waste is dumped kilometres from its lab, a seizure on a road says where a load passed.
 */
const REPORT_SIGMA_KM: Record<string, number> = {
  aerial: 0.3,
  ground: 0.5,
  technical: 1,
  informant: 1.5,
  open_source: 3,
};
const UNKNOWN_SOURCE_SIGMA_KM = 1;
const CUSTODY_SIGMA_KM = 3;
const DUMPSITE_SIGMA_KM = 3;
const SEIZURE_SIGMA_KM = 2;
const PAPERWORK_SIGMA_KM = 1;

export function sigmaKmOf(e: EvidenceInput): number {
  switch (e.kind) {
    case 'field_report':
      return REPORT_SIGMA_KM[e.sourceType] ?? UNKNOWN_SOURCE_SIGMA_KM;
    case 'incident':
      return e.incidentKind === 'chemical_dumpsite'
        ? DUMPSITE_SIGMA_KM
        : PAPERWORK_KINDS.has(e.incidentKind)
          ? PAPERWORK_SIGMA_KM
          : SEIZURE_SIGMA_KM;
    default:
      return CUSTODY_SIGMA_KM;
  }
}

/** Admiralty reliability A–F and credibility 1–6; F and 6 ("cannot be judged") count as D and 4. */
export const RELIABILITY_FACTOR = { A: 1, B: 0.8, C: 0.6, D: 0.4, E: 0.2, F: 0.4 } as const;
export const CREDIBILITY_FACTOR = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.4 } as const;

/**
 * Indicator specificity: what a clandestine lab shows and a legal plant or a busy street does not (glassware, a
 * pill press, altered ventilation, blacked-out windows, unusual power use, lookouts) counts fully; signs of
 * chemicals being handled at all (waste, precursor packaging, a generator) count half; what every legal plant or
 * night-time business shows (odour, drums, vehicle traffic, night activity) counts little.
 */
const SPECIFIC_INDICATORS = new Set([
  'glassware',
  'pill_press',
  'ventilation_modified',
  'blacked_out_windows',
  'unusual_power_use',
  'lookouts',
]);
const MEDIUM_INDICATORS = new Set(['chemical_waste', 'precursor_packaging', 'generator']);
const SPECIFIC_INDICATOR = 1;
const MEDIUM_INDICATOR = 0.4;
const GENERIC_INDICATOR = 0.1;
const MAX_INDICATOR_FACTOR = 4;
/**
 * A field report's weight at A1 with no indicator: a graded observation of a place is direct evidence, where a
 * diverted consignment (weight 2) is indirect — most diversions lead to no lab.
 */
const REPORT_BASE = 3;

/**
 * Half-lives in days: how fast each kind stops saying where a lab is now. A report observes a standing place that
 * runs for months to years, not an event: it stays as long as an incident (60 days, an event's horizon, threw
 * away most of what was seen of a lab still active). Diverted precursors are used within a few cook cycles.
 */
export const HALF_LIFE_DAYS = {
  field_report: 180,
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

/**
 * Groups of evidence that are not independent of each other: within a group, repeats saturate (log1p) so that
 * twenty diversions to one front's warehouse do not outweigh a report and a diversion converging; a consignment
 * and its own off-path finding are one custody observation.
 */
export type EvidenceGroup = 'custody' | 'paperwork' | 'seizure' | 'dumpsite' | 'report';
export function groupOf(e: EvidenceInput): EvidenceGroup {
  if (e.kind === 'incident') {
    if (PAPERWORK_KINDS.has(e.incidentKind)) return 'paperwork';
    return e.incidentKind === 'chemical_dumpsite' ? 'dumpsite' : 'seizure';
  }
  if (e.kind === 'field_report') return 'report';
  return 'custody';
}

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
    (s, i) =>
      s +
      (SPECIFIC_INDICATORS.has(i)
        ? SPECIFIC_INDICATOR
        : MEDIUM_INDICATORS.has(i)
          ? MEDIUM_INDICATOR
          : GENERIC_INDICATOR),
    0,
  );
  return Math.min(MAX_INDICATOR_FACTOR, 1 + sum);
}

/**
 * The share of a piece's weight that legal chemical activity could produce: custody, paperwork and seizures
 * wholly; a report's base and its generic and medium indicators, not its lab-specific ones; a dumpsite not at all.
 */
export function legallyExplained(e: EvidenceInput): number {
  if (e.kind === 'field_report') {
    const all = indicatorFactor(e.indicators);
    const specific = [...new Set(e.indicators)].filter((i) => SPECIFIC_INDICATORS.has(i)).length;
    return Math.max(0, Math.min(1, (all - Math.min(all - 1, specific * SPECIFIC_INDICATOR)) / all));
  }
  if (e.kind === 'incident' && e.incidentKind === 'chemical_dumpsite') return 0;
  return 1;
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
      return (
        REPORT_BASE *
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
