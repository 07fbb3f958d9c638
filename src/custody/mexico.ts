/**
 * Whether a position is in Mexico, or across a land border: a coarse outline of the country (≈ 80 vertices, errors of a few km along
 * the borders and coasts) with a margin, so GPS jitter at a coastal terminal or a truck queueing at a border
 * bridge stays in Mexico, while a position well inside the United States, Guatemala or Belize, or out at sea,
 * does not. Enough to tell "abroad" for trans-shipment and the leg of a journey; not a cadastre.
 */
import { distanceToSegmentKm, type Point } from './geo.ts';

/** [lat, lon] clockwise from Tijuana: US border, Gulf coast, Yucatán, Belize and Guatemala, Pacific, Baja. */
const OUTLINE: [number, number][] = [
  [32.53, -117.12],
  [32.72, -114.72],
  [31.33, -111.07],
  [31.33, -108.21],
  [31.78, -108.21],
  [31.78, -106.53],
  [30.6, -105.0],
  [29.56, -104.42],
  [28.97, -103.2],
  [29.18, -102.95],
  [29.8, -102.3],
  [29.32, -100.93],
  [28.7, -100.5],
  [27.5, -99.5],
  [26.4, -99.05],
  [26.1, -98.3],
  [25.87, -97.5],
  [25.95, -97.14],
  [24.0, -97.7],
  [22.2, -97.75],
  [21.0, -97.3],
  [19.2, -96.1],
  [18.15, -94.45],
  [18.45, -92.7],
  [18.65, -91.8],
  [19.85, -90.6],
  [21.2, -90.4],
  [21.4, -89.6],
  [21.55, -87.5],
  [21.2, -86.75],
  [20.2, -87.35],
  [18.5, -87.7],
  [18.48, -88.3],
  [17.82, -89.15],
  [17.82, -90.98],
  [17.25, -90.98],
  [17.25, -91.44],
  [16.07, -90.44],
  [16.07, -91.73],
  [15.25, -92.07],
  [14.53, -92.23],
  [15.7, -93.75],
  [16.15, -94.9],
  [16.15, -95.2],
  [15.65, -96.5],
  [16.55, -98.8],
  [16.85, -99.9],
  [17.9, -102.2],
  [18.3, -103.5],
  [19.05, -104.45],
  [20.6, -105.35],
  [21.5, -105.3],
  [23.2, -106.5],
  [25.5, -109.1],
  [27.9, -110.95],
  [29.0, -112.3],
  [31.3, -113.6],
  [31.8, -114.8],
  [28.0, -112.8],
  [24.2, -110.3],
  [22.87, -109.9],
  [24.5, -112.1],
  [27.8, -115.1],
  [30.0, -115.9],
  [31.85, -116.7],
];

const toPoints = (outline: [number, number][]): Point[] => outline.map(([lat, lon]) => ({ lat, lon }));
const vertices = toPoints(OUTLINE);

/**
 * The land beyond the land borders: the southern United States (from the border to 36° N) and Guatemala,
 * Belize and their neighbours. A position at sea is in neither: roads drawn along a coast and vessels in
 * Mexican waters are not abroad; a vessel that leaves is seen at its foreign port.
 */
const NEIGHBOURS: { country: string; vertices: Point[] }[] = [
  {
    country: 'US',
    vertices: toPoints([
      ...OUTLINE.slice(0, 18),
      [27.8, -97.0],
      [29.3, -94.8],
      [29.7, -93.8],
      [36.0, -93.8],
      [36.0, -121.0],
      [34.4, -120.5],
      [33.7, -118.3],
    ]),
  },
  {
    country: 'GT',
    vertices: toPoints([
      ...OUTLINE.slice(32, 41),
      [13.9, -90.8],
      [13.4, -87.3],
      [15.7, -87.5],
      [15.9, -88.6],
      [17.2, -88.1],
      [18.48, -88.0],
    ]),
  },
];

function inside(p: Point, polygon: Point[] = vertices): boolean {
  let crossings = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (
      a.lat > p.lat !== b.lat > p.lat &&
      p.lon < ((b.lon - a.lon) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lon
    )
      crossings = !crossings;
  }
  return crossings;
}

function distanceToOutlineKm(p: Point): number {
  let best = Infinity;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++)
    best = Math.min(best, distanceToSegmentKm(p, vertices[j]!, vertices[i]!));
  return best;
}

/** Beyond this distance outside the outline a position is abroad (the outline's error plus GPS jitter). */
export const BORDER_MARGIN_KM = 30;

export function isInMexico(p: Point): boolean {
  return inside(p) || distanceToOutlineKm(p) <= BORDER_MARGIN_KM;
}

/** The neighbouring country a position is in, beyond the margin (`US` or `GT` for Central America), else null. */
export function neighbourCountry(p: Point): string | null {
  if (isInMexico(p)) return null;
  return NEIGHBOURS.find((n) => inside(p, n.vertices))?.country ?? null;
}
