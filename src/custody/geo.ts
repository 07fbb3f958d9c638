import type { Point } from '../shared/geo.ts';

// The geometry moved to src/shared/geo.ts (issue 13); this re-export goes when custody imports it from there.
export { distanceToSegmentKm, haversineKm, type Point } from '../shared/geo.ts';

/** Seaports named by the BRIEF, from UN/LOCODE 2024-2 (research/tracking.md §3.7). */
export const PORT_COORDINATES: Record<string, Point> = {
  MXZLO: { lat: 19.05, lon: -104.3 },
  MXLZC: { lat: 17.95, lon: -102.18 },
  MXVER: { lat: 19.2, lon: -96.08 },
  MXATM: { lat: 22.4, lon: -97.92 },
  MXESE: { lat: 31.85, lon: -116.6 },
};
