/** Pure builders from API records to GeoJSON the map draws (tested without a browser). */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Location } from '../api/contract.ts';

export interface TrackInput {
  billOfLading: string;
  track: { lat: number; lon: number }[];
  alerting?: boolean;
}
export interface FindingInput {
  id: string;
  kind: string;
  billOfLading?: string;
  lat?: number | null;
  lon?: number | null;
}

const isCoordinate = (lat: unknown, lon: unknown): boolean =>
  typeof lat === 'number' &&
  typeof lon === 'number' &&
  Number.isFinite(lat) &&
  Number.isFinite(lon) &&
  Math.abs(lat) <= 90 &&
  Math.abs(lon) <= 180;

export function locationsToGeoJSON(locations: Location[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: locations
      .filter((l) => isCoordinate(l.lat, l.lon))
      .map((l) => ({
        type: 'Feature',
        id: l.locationId,
        properties: { id: l.locationId, name: l.name, kind: l.kind, licensed: l.licensed !== false },
        geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
      })),
  };
}

/** One line per consignment; a track with fewer than two usable points is not a line and is left out. */
export function tracksToGeoJSON(tracks: TrackInput[]): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const t of tracks) {
    const coordinates = t.track.filter((p) => isCoordinate(p.lat, p.lon)).map((p) => [p.lon, p.lat]);
    if (coordinates.length < 2) continue;
    features.push({
      type: 'Feature',
      properties: { bol: t.billOfLading, alerting: t.alerting === true },
      geometry: { type: 'LineString', coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function findingsToGeoJSON(findings: FindingInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: findings
      .filter((f) => isCoordinate(f.lat, f.lon))
      .map((f) => ({
        type: 'Feature',
        properties: { id: f.id, kind: f.kind, bol: f.billOfLading ?? null },
        geometry: { type: 'Point', coordinates: [f.lon as number, f.lat as number] },
      })),
  };
}

/**
 * A consignment's named points (drawn by marks.ts): where its track starts (the port), the declared destination
 * and the last known position.
 */
export const MARK_COLORS = { start: '#5fb3f9', destination: '#4ade80', last: '#fcd34d' } as const;
export type MarkRole = keyof typeof MARK_COLORS;

export interface MarkInput {
  role: MarkRole;
  lat: number;
  lon: number;
  /** Shown beside the point; null draws the point without a label. */
  label: string | null;
}

export function marksToGeoJSON(marks: readonly MarkInput[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: marks
      .filter((m) => Number.isFinite(m.lat) && Number.isFinite(m.lon))
      .map((m) => ({
        type: 'Feature',
        properties: { role: m.role, label: m.label },
        geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
      })),
  };
}

export type Bounds = [[number, number], [number, number]];

/** The box around every coordinate of the given collections, or null when there is nothing to frame. */
export function boundsOf(...collections: FeatureCollection[]): Bounds | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  const visit = (position: number[]) => {
    const [lon, lat] = position as [number, number];
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  };
  for (const collection of collections) {
    for (const feature of collection.features) {
      const g = feature.geometry;
      if (g.type === 'Point') visit(g.coordinates);
      else if (g.type === 'LineString') g.coordinates.forEach(visit);
    }
  }
  if (!Number.isFinite(minLon)) return null;
  return [
    [minLon, minLat],
    [maxLon, maxLat],
  ];
}
