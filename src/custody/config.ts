/**
 * Thresholds of the diversion detectors. Defaults are documented in docs/FINDINGS.md; every value
 * can be overridden (CLI `--thresholds FILE.json`, or code) and is validated here.
 */
import { z } from 'zod';

export const FindingThresholds = z.object({
  /** Loss between declared/first weighed quantity and what is finally held, as a fraction. Scales weigh to ±0.5 %. */
  quantityLossTolerance: z.number().min(0).max(1).default(0.02),
  /**
   * A position is off route when it lies outside the corridor around the line from the port to the
   * declared destination: farther than this many km, or than this share of the direct distance
   * when that is more (long hauls follow roads that bend more).
   */
  routeCorridorKm: z.number().positive().default(55),
  routeCorridorShare: z.number().min(0).max(1).default(0.2),
  /** The last known place is "far from the declared destination" beyond this distance. */
  finalPlaceRadiusKm: z.number().positive().default(30),
  /** Two positions closer than this are the same place (GPS jitter). */
  samePlaceKm: z.number().positive().default(3),
  /** A stop longer than this at a place the registry does not know is a dwell. */
  dwellHours: z.number().positive().default(8),
  /**
   * At a place the registry does not know, a stop over the local night (21:00–06:00) is a driver's rest
   * (NOM-087-SCT-2-2017: at least 8 h off after a day's driving) and may last this long.
   */
  nightRestHours: z.number().positive().default(12),
  /**
   * A stop longer than this at a registered place of a kind not licensed for storage (a customs checkpoint,
   * a border post, `other`) is a dwell: customs holds last up to about three days.
   */
  facilityDwellHours: z.number().positive().default(72),
  /** Added to the facility's expected stay when the stop spans a Saturday or Sunday (offices closed). */
  weekendDwellHours: z.number().min(0).default(48),
  /** No event for longer than this while in transit is a tracking gap. */
  trackingGapHours: z.number().positive().default(18),
  /** In transit and silent for longer than this at the analysis time: never received. */
  neverReceivedHours: z.number().positive().default(96),
  /** Places of these kinds are licensed for a stop of any length. */
  licensedPlaceKinds: z.array(z.string()).default(['port', 'terminal', 'warehouse', 'site', 'plant']),
  /** Local time of the declarations and permits (Mexico has kept UTC−6 all year since 2022): days are local days. */
  localUtcOffsetHours: z.number().min(-14).max(14).default(-6),
  /**
   * The substances under the import-permit regime (CAS). A line needs a permit when its substance is
   * here (or named by a permit in the registry) and is listed as controlled on the declaration day in
   * the control list (data/control-lists), or absent from it (fail safe).
   */
  controlledCas: z.array(z.string()).default([
    '39742-60-4', // NPP
    '21409-26-7', // ANPP
    '23056-29-3', // 4-AP (4-anilinopiperidine)
    '41661-47-6', // 4-piperidone
    '79099-07-3', // 1-boc-4-piperidone
    '125541-22-2', // 1-boc-4-AP
    '1609-66-1', // norfentanyl
    '79-03-8', // propionyl chloride
    '123-62-6', // propionic anhydride
    '16648-44-5', // MAPA (methyl alpha-phenylacetoacetate)
    '108-24-7', // acetic anhydride
    '7722-64-7', // potassium permanganate
    '103-79-7', // phenyl-2-propanone (P2P)
    '299-42-3', // ephedrine
    '90-82-4', // pseudoephedrine
    '103-82-2', // phenylacetic acid
    '74-89-5', // methylamine
    '4468-48-8', // APAAN
  ]),
});
export type FindingThresholds = z.infer<typeof FindingThresholds>;

export const DEFAULT_THRESHOLDS: FindingThresholds = FindingThresholds.parse({});
