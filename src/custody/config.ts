/**
 * Thresholds of the diversion detectors. Defaults are documented in docs/FINDINGS.md; every value
 * can be overridden (CLI `--thresholds FILE.json`, or code) and is validated here.
 */
import { z } from 'zod';

export const FindingThresholds = z.object({
  /** Loss between declared/first weighed quantity and what is finally held, as a fraction. Scales weigh to ±0.5 %. */
  quantityLossTolerance: z.number().min(0).max(1).default(0.02),
  /** A position is off route when it lies outside the corridor: farther than this from the port→destination path. */
  routeCorridorKm: z.number().positive().default(40),
  /** …and the detour through it exceeds the direct distance by more than this fraction. */
  routeDetourFactor: z.number().min(1).default(1.35),
  /** The last known place is "far from the declared destination" beyond this distance. */
  finalPlaceRadiusKm: z.number().positive().default(30),
  /** Two positions closer than this are the same place (GPS jitter). */
  samePlaceKm: z.number().positive().default(3),
  /** A stop longer than this outside a licensed site is a dwell. */
  dwellHours: z.number().positive().default(8),
  /** No event for longer than this while in transit is a tracking gap. */
  trackingGapHours: z.number().positive().default(18),
  /** In transit and silent for longer than this at the analysis time: never received. */
  neverReceivedHours: z.number().positive().default(96),
  /** Places of these kinds are licensed for a stop of any length. */
  licensedPlaceKinds: z.array(z.string()).default(['port', 'terminal', 'warehouse', 'site', 'plant']),
  /** CAS numbers that need a permit besides those the permit registry names. */
  controlledCas: z.array(z.string()).default([
    '39742-60-4', // NPP
    '21409-26-7', // ANPP
    '23056-29-3', // 4-AP (4-anilinopiperidine)
    '41661-47-6', // 4-piperidone
    '79099-07-3', // 1-boc-4-piperidone
    '125541-22-2', // 1-boc-4-AP
    '1609-66-1', // norfentanyl
    '79-03-8', // propionyl chloride
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
