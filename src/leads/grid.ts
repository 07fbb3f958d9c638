/**
 * Space on the H3 grid: a quartic (biweight) kernel over grid rings — Silverman's K(u) = (1 − u²)², the kernel
 * crime-analysis tools use — reaching zero one ring past its radius, so every cell within the radius counts.
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

/** The kernel's weights over its disk's cells, centre first, ring by ring (for Gi* and the permutation test). */
export function kernelWeights(radius: number): number[] {
  const weights: number[] = [];
  for (let r = 0; r <= radius; r++)
    for (let i = 0; i < (r === 0 ? 1 : 6 * r); i++) weights.push(quartic(r, radius));
  return weights;
}
