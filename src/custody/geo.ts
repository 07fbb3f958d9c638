/** Distances on the Earth, enough for corridor checks at country scale (errors well under 1 %). */
const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  lat: number;
  lon: number;
}

const rad = (deg: number): number => (deg * Math.PI) / 180;

export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance from p to the segment a–b, in a local equirectangular projection around p. */
export function distanceToSegmentKm(p: Point, a: Point, b: Point): number {
  const kx = Math.cos(rad(p.lat)) * (Math.PI / 180) * EARTH_RADIUS_KM;
  const ky = (Math.PI / 180) * EARTH_RADIUS_KM;
  const ax = (a.lon - p.lon) * kx;
  const ay = (a.lat - p.lat) * ky;
  const bx = (b.lon - p.lon) * kx;
  const by = (b.lat - p.lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Seaports named by the BRIEF, from UN/LOCODE 2024-2 (research/tracking.md §3.7). */
export const PORT_COORDINATES: Record<string, Point> = {
  MXZLO: { lat: 19.05, lon: -104.3 },
  MXLZC: { lat: 17.95, lon: -102.18 },
  MXVER: { lat: 19.2, lon: -96.08 },
  MXATM: { lat: 22.4, lon: -97.92 },
  MXESE: { lat: 31.85, lon: -116.6 },
};
