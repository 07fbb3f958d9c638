/**
 * How much of real feeds' variation a world carries, as rates (docs/DECISIONS.md "Scenario variation").
 * `plain` is the world as it was (one container per bill of lading, journeys starting at the Mexican
 * terminal); `realistic` adds what independent data has: the exporter's and carrier's events abroad before
 * discharge, multi-container bills moved on different days, cross-dock transloads, customs holds, port
 * congestion, weekends at inland terminals, trans-shipment through a border crossing, events without
 * eventID, several time offsets, wider GPS jitter and lines that name no permit although the importer
 * holds one (a documentation gap), and what someone else's world would have (src/scenario/unfamiliar.ts). Every rate can be overridden (`centinela scenario --variation FILE`).
 */
import { z } from 'zod';

export const Variation = z.object({
  /** Share of containers whose events start at the origin port abroad (loading, departure, sea positions). */
  preArrival: z.number().min(0).max(1),
  /** Share of vessels that wait 1–5 days at anchorage off the Mexican port before discharge. */
  congestion: z.number().min(0).max(1),
  /** Share of bills of lading with 2–4 containers, discharged and moved on different days. */
  multiContainer: z.number().min(0).max(1),
  /** Share of containers held 1–5 days at the terminal by customs (inspection, documents). */
  customsHold: z.number().min(0).max(1),
  /** Share of road legs that stop at an inland terminal (overnight, or over a weekend). */
  inlandTerminalStop: z.number().min(0).max(1),
  /** Share of road legs transloaded at a cross-dock (container → trailer, AggregationEvent). */
  transload: z.number().min(0).max(1),
  /** Share of trans-shipments that leave by road through a border crossing (else by sea). */
  borderTransshipment: z.number().min(0).max(1),
  /** Share of splits made by sending whole containers to different parties (bills with 2+ containers). */
  containerSplit: z.number().min(0).max(1),
  /** Share of events written without eventID (idempotent capture hashes their content). */
  withoutEventId: z.number().min(0).max(1),
  /** Share of events re-sent (same content, same eventID when they have one). */
  resent: z.number().min(0).max(1),
  /** Share of documents whose events are shuffled within a few neighbours. */
  outOfOrder: z.number().min(0).max(1),
  /** Share of Mexican events written in another offset than −06:00 (−07:00, −05:00, Z). */
  otherOffset: z.number().min(0).max(1),
  /** GPS jitter radius, km. */
  gpsJitterKm: z.number().min(0).max(5),
  /** Share of lines under a valid permit of their importer for that site that name no permit. */
  documentationGap: z.number().min(0).max(1),
  // Written the way someone else would write a world (src/scenario/unfamiliar.ts); 0 in files written before.
  /** Share of consignments discharged at a smaller port the code has no table entry for. */
  smallPort: z.number().min(0).max(1).default(0),
  /** Share of registered places whose kind the registry writes in its own words (bodega, garita, planta…). */
  kindWords: z.number().min(0).max(1).default(0),
  /** Share of events at a registered place written with a readPoint only, half of them a dock door. */
  readPointOnly: z.number().min(0).max(1).default(0),
  /** Share of road legs whose tracker reports every 1.5–4 h. */
  sparsePings: z.number().min(0).max(1).default(0),
  /** Share of road legs with a driver's night's rest of 7–11 h at a roadside place. */
  nightRest: z.number().min(0).max(1).default(0),
  /** Share of road legs held 2–8 days at a bonded warehouse near the destination. */
  bondedHold: z.number().min(0).max(1).default(0),
  /** Share of consignments with a consignee's second site (in another city) received there instead. */
  secondSite: z.number().min(0).max(1).default(0),
  /** Share of weighings written in tonnes or pounds. */
  otherUnits: z.number().min(0).max(1).default(0),
  /** Share of consignments whose events write CBV values as Web URIs. */
  webVocabulary: z.number().min(0).max(1).default(0),
});
export type Variation = z.infer<typeof Variation>;

export const PLAIN: Variation = {
  preArrival: 0,
  congestion: 0,
  multiContainer: 0,
  customsHold: 0,
  inlandTerminalStop: 0,
  transload: 0,
  borderTransshipment: 0,
  containerSplit: 0,
  withoutEventId: 0,
  resent: 0.02,
  outOfOrder: 0.2,
  otherOffset: 0,
  gpsJitterKm: 0.15,
  documentationGap: 0,
  smallPort: 0,
  kindWords: 0,
  readPointOnly: 0,
  sparsePings: 0,
  nightRest: 0,
  bondedHold: 0,
  secondSite: 0,
  otherUnits: 0,
  webVocabulary: 0,
};

export const REALISTIC: Variation = {
  preArrival: 0.85,
  congestion: 0.25,
  multiContainer: 0.3,
  customsHold: 0.3,
  inlandTerminalStop: 0.2,
  transload: 0.12,
  borderTransshipment: 0.5,
  containerSplit: 0.7,
  withoutEventId: 0.15,
  resent: 0.04,
  outOfOrder: 0.4,
  otherOffset: 0.2,
  gpsJitterKm: 0.5,
  documentationGap: 0.2,
  smallPort: 0.1,
  kindWords: 0.3,
  readPointOnly: 0.2,
  sparsePings: 0.2,
  nightRest: 0.3,
  bondedHold: 0.08,
  secondSite: 0.1,
  otherUnits: 0.1,
  webVocabulary: 0.2,
};

export const VARIATION_PRESETS = { plain: PLAIN, realistic: REALISTIC } as const;
export type VariationPreset = keyof typeof VARIATION_PRESETS;

/** Whether a world carries variation written the way someone else would (src/scenario/unfamiliar.ts). */
export function isUnfamiliar(variation: Variation): boolean {
  return variation.smallPort + variation.kindWords + variation.bondedHold + variation.secondSite > 0;
}

/** Whether a world has any of the realistic variation (the plain path stays byte-identical to before). */
export function isPlain(variation: Variation): boolean {
  return (Object.keys(PLAIN) as (keyof Variation)[]).every((k) => variation[k] === PLAIN[k]);
}
