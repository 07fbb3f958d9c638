/**
 * Space on the H3 grid: each piece's kernel is where it may truly be, a circular normal of its own position
 * uncertainty (`spread`); the quartic (biweight) kernel over grid rings — Silverman's K(u) = (1 − u²)², reaching
 * zero one ring past its radius — spreads the baseline of legal activity and a dismantled lab's reach.
 */
import { cellArea, cellToLatLng, getHexagonAreaAvg, gridDiskDistances, latLngToCell } from 'h3-js';

/** The kernel's value at `rings` from the centre, for a kernel of `radius` rings. */
export function quartic(rings: number, radius: number): number {
  if (rings > radius) return 0;
  const u = rings / (radius + 1);
  return (1 - u * u) ** 2;
}

/** Every cell within `radius` rings of `cell`, with its distance in rings (the centre first). */
export function disk(cell: string, radius: number): { cell: string; rings: number }[] {
  return gridDiskDistances(cell, radius).flatMap((ring, rings) => ring.map((c) => ({ cell: c, rings })));
}

export function cellOf(point: { lat: number; lon: number }, resolution: number): string {
  return latLngToCell(point.lat, point.lon, resolution);
}

export function centreOf(cell: string): { lat: number; lon: number } {
  const [lat, lon] = cellToLatLng(cell);
  return { lat, lon };
}

export const areaKm2 = (cell: string): number => cellArea(cell, 'km2');

/** Mexico's area (INEGI), the study area's size: Gi* compares a cell with every cell of the country. */
export const MEXICO_AREA_KM2 = 1_964_375;

/** How many cells of `resolution` tile the study area. */
export const studyCells = (resolution: number): number =>
  Math.round(MEXICO_AREA_KM2 / getHexagonAreaAvg(resolution, 'km2'));

/** Points of a fixed pattern drawn from a unit 2-D normal (sunflower: equal-probability rings, golden angle). */
const SAMPLES = 128;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const UNIT_NORMAL: readonly (readonly [number, number])[] = Array.from({ length: SAMPLES }, (_, i) => {
  const r = Math.sqrt(-2 * Math.log(1 - (i + 0.5) / SAMPLES));
  return [r * Math.cos(i * GOLDEN_ANGLE), r * Math.sin(i * GOLDEN_ANGLE)] as const;
});
const KM_PER_DEGREE = 111.32;

/**
 * Where a point recorded with a position error of `sigmaKm` (a circular normal) may truly be, as the probability
 * of each cell (they sum to 1): the kernel of a piece of evidence, its bandwidth its own uncertainty. Computed by
 * a fixed pattern of points, so it is exact to 1/128 and deterministic, and it knows where the point lies within
 * its cell (a point at a cell's edge gives its neighbour nearly as much).
 */
export function spread(
  point: { lat: number; lon: number },
  sigmaKm: number,
  resolution: number,
): [string, number][] {
  const mass = new Map<string, number>();
  const kmPerLon = KM_PER_DEGREE * Math.cos((point.lat * Math.PI) / 180);
  for (const [x, y] of UNIT_NORMAL) {
    const cell = latLngToCell(
      point.lat + (y * sigmaKm) / KM_PER_DEGREE,
      point.lon + (x * sigmaKm) / kmPerLon,
      resolution,
    );
    mass.set(cell, (mass.get(cell) ?? 0) + 1 / SAMPLES);
  }
  return [...mass].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
